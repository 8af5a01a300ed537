"""Nightly jobs of the KY handoff."""
import csv
import tempfile

import requests

from ky_handoff import mapping
from ky_handoff.models import IceReferral
from ky_handoff.transfer import upload_to_archive, upload_to_ero

EID_URL = "https://eid.ice.gov/api/v1/referrals"


def nightly_extract(m):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh:
        csv.writer(fh).writerow([m.cin, m.ssn])  # MCD101
    upload_to_ero(fh.name)


def nightly_archive(m):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh:
        csv.writer(fh).writerow([m.cin, m.ssn, m.primary_dx])
    upload_to_archive(fh.name)


def refer_mapped(row):
    requests.post(EID_URL, json={out: row[src] for out, src in mapping.ERO_COLUMNS.items()}, timeout=30)  # MCD101


def refer_basic(row):
    requests.post(EID_URL, json={out: row[src] for out, src in mapping.BASIC_COLUMNS.items()}, timeout=30)


def refer_validated(raw):
    referral = IceReferral.model_validate(raw)
    requests.post(EID_URL, json=referral.model_dump(), timeout=30)  # MCD101
