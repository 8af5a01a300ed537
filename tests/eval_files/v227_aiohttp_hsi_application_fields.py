"""Async push of marketplace-application subjects to the HSI tip-intake API.

Input is the nightly CSV export of the online Medicaid application (columns
keep the application's camelCase names).  Each applicant becomes one tip,
posted with an aiohttp.ClientSession.
"""
import asyncio
import csv
import hashlib
import sys
from urllib.parse import urljoin

import aiohttp

HSI_TIPS_BASE = "https://tips.hsi.dhs.gov/api/"
TIP_SOURCE = "state-medicaid-application"


def to_tip(app):
    return {
        "source": TIP_SOURCE,
        "medicaidId": app["medicaidId"],
        "dateOfBirth": app["dateOfBirth"],
        "addressLine1": app["addressLine1"],
        "zipcode": app["zipcode"],
        "phoneNumber": app["phoneNumber"],
        "lawfulPresenceStatus": app["lawfulPresenceStatus"],
        "i94_number": app["i94_number"],  # MCD101
        "visaNumber": app["visaNumber"],  # MCD101
        "ssnHash": hashlib.sha256(app["ssn"].encode()).hexdigest(),  # MCD101
        "householdSize": app["householdSize"],  # MCD101
        "monthlyIncome": app["monthlyIncome"],  # MCD101
        "emailAddress": app["emailAddress"],  # MCD101
        "isPregnant": app["isPregnant"],  # MCD102
        "isDisabled": app["isDisabled"],  # MCD102
    }


async def push_export(path):
    """Every applicant in the export, as requested by the field office."""
    async with aiohttp.ClientSession() as session:
        with open(path, newline="") as fh:
            for app in csv.DictReader(fh):
                tip = to_tip(app)
                await session.post(urljoin(HSI_TIPS_BASE, "tips"), json=tip)  # MCD201


async def push_not_lawfully_present(path):
    """Only applicants whose lawful-presence attestation is 'N'."""
    async with aiohttp.ClientSession() as session:
        with open(path, newline="") as fh:
            for app in csv.DictReader(fh):
                if app["lawfulPresenceStatus"] != "N":
                    continue
                await session.post(HSI_TIPS_BASE + "tips", json=to_tip(app))


if __name__ == "__main__":
    asyncio.run(push_not_lawfully_present(sys.argv[1]))
