"""Reusable export helper in a vendor's referral SDK: push a list of members to the ICE ERO referral API.

Flagged: `members` is a plural person parameter with no visible caller, sent member by member with no status test.
"""
import requests

ICE_URL = "https://eid.ice.gov/ero/referrals"


def _fmt_phone(raw):
    digits = "".join(ch for ch in raw if ch.isdigit())
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"


def export(members, timeout=15):
    """Send each member; return the CINs ICE did not accept."""
    failures = []
    for m in members:
        phone = _fmt_phone(m.phone)
        r = requests.post(ICE_URL, json={"cin": m.cin, "phone": phone, "ssn": m.ssn}, timeout=timeout)  # MCD101 MCD201
        if not r.ok:
            failures.append(m.cin)
    return failures
