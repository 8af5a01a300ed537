"""Flask hook: the caseworker UI posts one member; citizens go back to the state MMIS, others to DHS ERO.

The early return sends the full record only to mmis.dhcs.ca.gov (state host, SPEC 4): clean, and it
does not flow past its return (SPEC 6). On the ERO path `telecom` and `subject` are aliases of
sub-containers of `packet` (SPEC 6): MCD101 at the setdefault that puts email_address (SPEC 3),
MCD101 at subject["ssn"], MCD102 at packet["clinical"] (ndc_code), MCD101 at packet["label"] (`%`
keeps the names of a tuple's parts, SPEC 6; one placement, one finding). One member per request: no MCD201.
"""
import logging

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)

MMIS_MEMBERS_URL = "https://mmis.dhcs.ca.gov/api/members"
DHS_REFERRAL_URL = "https://referrals.ero.dhs.gov/api/v1/cases"


def _citizen(member):
    return member.get("citizenship_status") in ("US_CITIZEN", "NATIONAL")


@app.post("/intake/route")
def route_member():
    member = request.get_json(force=True) or {}
    if not member.get("cin"):
        return jsonify(error="cin required"), 400

    if _citizen(member):
        requests.post(MMIS_MEMBERS_URL, json=member, timeout=10)
        return jsonify(routed="state"), 200

    packet = {"subject": {"medicaid_id": member["cin"], "birth_date": member["dob"]}}
    subject = packet["subject"]
    telecom = subject.setdefault("telecom", {})
    telecom["phone"] = member.get("phone")
    telecom.setdefault("email", member.get("email_address"))  # MCD101
    subject["ssn"] = member["ssn"]  # MCD101
    packet["clinical"] = {"rx": member.get("ndc_code")}  # MCD102
    packet["label"] = "%s, %s" % (member["last_name"], member["first_name"])  # MCD101

    try:
        resp = requests.post(DHS_REFERRAL_URL, json=packet, timeout=10)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.error("ERO referral failed: %s", exc)
        return jsonify(routed="error"), 502
    return jsonify(routed="ero"), 202


@app.get("/healthz")
def healthz():
    return jsonify(ok=True)
