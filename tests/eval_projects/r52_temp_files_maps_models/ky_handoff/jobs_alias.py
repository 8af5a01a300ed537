"""Column maps read through a local name."""
import requests

from ky_handoff import mapping

EID_URL = "https://eid.ice.gov/api/v1/referrals"


def refer_aliased(row):
    cols = mapping.ERO_COLUMNS
    requests.post(EID_URL, json={out: row[src] for out, src in cols.items()}, timeout=30)  # MCD101


def refer_aliased_basic(row):
    cols = mapping.BASIC_COLUMNS
    requests.post(EID_URL, json={out: row[src] for out, src in cols.items()}, timeout=30)

