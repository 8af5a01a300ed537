"""Entry points run by the county's scheduler and by caseworkers."""
from dataclasses import asdict

import httpx

import eid_referrals.payloads as payloads
import eid_referrals.settings as cfg
from . import ReferralClient
from .payloads import StatusQuery, add_clinical_context

client = ReferralClient()


def refer_member(member):
    """Refer one enrollee picked by a caseworker."""
    packet = payloads.build_referral(member)
    add_clinical_context(packet, member)
    return client.post("/referrals", packet)  # MCD101 MCD101 MCD102


def lookup_subject(member):
    query = StatusQuery(medicaid_id=member.cin, date_of_birth=member.birth_date.isoformat())
    return client.post(f"/subjects/{member.ssn}/status", asdict(query))  # MCD101


def report_household(member):
    body = {"medicaid_id": member.cin, "agency_code": cfg.AGENCY_CODE}
    body["household_size"] = member.household_size  # MCD101
    httpx.post(f"{cfg.ICE_EID_BASE}/households", json=body, timeout=cfg.REQUEST_TIMEOUT)


def nightly_sync(conn):
    """Push every case in tonight's county extract."""
    cur = conn.cursor()
    cur.execute("SELECT cin, birth_date FROM county_extract WHERE extract_date = CURRENT_DATE")
    for cin, birth_date in cur.fetchall():
        body = {"medicaid_id": cin, "date_of_birth": birth_date.isoformat()}
        client.post("/referrals", body)  # MCD201


def push_status_portal(member):
    """State benefits portal: a lawful partner."""
    httpx.post(
        cfg.STATUS_PORTAL_URL,
        json={"ssn": member.ssn, "monthly_income": member.monthly_income, "diagnosis_code": member.primary_dx},
        timeout=cfg.REQUEST_TIMEOUT,
    )
