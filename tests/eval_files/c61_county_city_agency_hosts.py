"""County and city human-services agencies: government hosts that are not enforcement.

Scenario: a state MMIS shares full case data with the county and city
agencies that run Medicaid intake and child-welfare placements. Their names
carry `dhs` (Cook County DHS, Philadelphia DHS, Hennepin County human
services), a name signal, but every URL resolves to a host whose registrable
domain is under .gov or .us and is not an enforcement domain
(cookcountyil.gov, phila.gov, hennepin.us). Such a host counts as on the
non-enforcement list and overrides every name signal (SPEC section 4): the
class name, the client name and the constants do not matter. Clean.
"""
import os
from urllib.parse import urljoin

import httpx
import requests

COOK_COUNTY_DHS_URL = "https://dhs.cookcountyil.gov/api/v2/"
PHILLY_DHS_BASE = os.environ.get("PHILLY_DHS_BASE", "https://dhs.phila.gov")
HENNEPIN_DHS_URL = "https://humanservices.hennepin.us/api/v1"

hennepin_dhs = httpx.Client(base_url=HENNEPIN_DHS_URL, timeout=30)


def transfer_case_to_cook_county(case):
    requests.post(urljoin(COOK_COUNTY_DHS_URL, "case-transfers"), json={
        "medicaid_id": case.medicaid_id,
        "ssn": case.ssn,
        "full_name": case.full_name,
        "household_income": case.household_income,
        "diagnosis_codes": case.diagnosis_codes,
    }, timeout=30)


class PhillyDhsClient:
    def __init__(self):
        self.base = PHILLY_DHS_BASE
        self.session = requests.Session()

    def send_placement(self, child):
        self.session.post(f"{self.base}/placements", json={
            "cin": child.cin,
            "first_name": child.first_name,
            "last_name": child.last_name,
            "guardian_phone": child.guardian_phone,
            "behavioral_health_dx": child.behavioral_health_dx,
        }, timeout=30)


def refer_to_hennepin(member):
    hennepin_dhs.post("/referrals", json={
        "pmi": member.pmi,
        "ssn": member.ssn,
        "race": member.race,
        "primary_language": member.primary_language,
        "disability_status": member.disability_status,
    })
