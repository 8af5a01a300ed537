import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def const_subdict(m):
    payload = {"subject": {"kind": "person"}, "medicaid_id": m.cin}
    sub = payload.get("subject") or {}
    sub["ssn"] = m.ssn
    requests.post(ICE_URL, json=payload, timeout=30)  # expect MCD101 ssn (subject non-empty: same dict)


def empty_subdict(m):
    payload = {"subject": {}, "medicaid_id": m.cin}
    sub = payload.get("subject") or {}
    sub["race"] = m.race
    requests.post(ICE_URL, json=payload, timeout=30)  # clean (empty dict is falsy: a new dict)


def filled_subdict(m):
    payload = {"subject": {"medicaid_id": m.cin}}
    sub = payload.get("subject") or {}
    sub["sex"] = m.sex
    requests.post(ICE_URL, json=payload, timeout=30)  # expect MCD101 sex


def subscript_or(m):
    payload = {"subject": {"kind": "person"}, "medicaid_id": m.cin}
    sub = payload["subject"] or {}
    sub["gender"] = m.gender
    requests.post(ICE_URL, json=payload, timeout=30)  # expect MCD101 gender
