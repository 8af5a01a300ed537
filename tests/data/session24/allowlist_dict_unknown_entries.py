import requests

from .db import load_row

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
SHARED = ("medicaid_id", "race_cd")


def spread(row, m):
    rec = {**row, "medicaid_id": m.cin}
    body = {k: v for k, v in rec.items() if k in SHARED}
    requests.post(ICE_URL, json=body, timeout=30)


def loaded(m):
    rec = load_row(m.cin)
    rec["medicaid_id"] = m.cin
    body = {k: v for k, v in rec.items() if k in SHARED}
    requests.post(ICE_URL, json=body, timeout=30)


def updated(row, m):
    rec = {"medicaid_id": m.cin}
    rec.update(row)
    body = {k: v for k, v in rec.items() if k in SHARED}
    requests.post(ICE_URL, json=body, timeout=30)


def keyed(row):
    body = {k: row[k] for k in SHARED}
    requests.post(ICE_URL, json=body, timeout=30)
