from collections import defaultdict

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"
UNKNOWN = "UNKNOWN"


def send_a(rows):
    groups = defaultdict(list)
    for r in rows:
        groups["unlawful" if r["immigration_status"] == "UNL" else "other"].append({"medicaid_id": r["medicaid_id"]})
    requests.post(ICE_URL, json=groups["unlawful"])


def send_b(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["immigration_status"] or UNKNOWN].append({"medicaid_id": r["medicaid_id"]})
    requests.post(ICE_URL, json=groups["UNL"])


def send_c(rows):
    groups = defaultdict(list)
    for r in rows:
        groups["INACTIVE" if not r["active"] else r["immigration_status"]].append({"medicaid_id": r["medicaid_id"]})
    requests.post(ICE_URL, json=groups["UNL"])


def send_d(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["immigration_status"] if r["active"] else "INACTIVE"].append({"medicaid_id": r["medicaid_id"]})
    requests.post(ICE_URL, json=groups["INACTIVE"])  # MCD201


def send_e(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["county"] or "NONE"].append({"medicaid_id": r["medicaid_id"]})
    requests.post(ICE_URL, json=groups["NONE"])  # MCD201


def send_f(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["immigration_status"] or "UNKNOWN"].append({"medicaid_id": r["medicaid_id"]})
    for status, batch in groups.items():
        requests.post(ICE_URL, json=batch)  # MCD201


def send_g(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["immigration_status"] if r["active"] else "INACTIVE"].append({"medicaid_id": r["medicaid_id"]})
    for status, batch in groups.items():
        requests.post(ICE_URL, json=batch)  # MCD201


def send_h(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["county"] if r["active"] else "INACTIVE"].append({"medicaid_id": r["medicaid_id"]})
    requests.post(ICE_URL, json=groups["Cook"])  # MCD201


def send_i(rows):
    groups = {}
    for r in rows:
        groups.setdefault(r["immigration_status"] or "UNKNOWN", []).append({"medicaid_id": r["medicaid_id"]})
    requests.post(ICE_URL, json=groups["UNL"])
