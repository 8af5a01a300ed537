"""Referral payload assembly for the EID interface (vendor module).

The transport lives in eid_transport.py; this module only shapes the data.
"""
import logging
import re
from datetime import date

log = logging.getLogger(__name__)

SCHEMA_VERSION = "2.3"
PHONE_RE = re.compile(r"\D")


def _digits(value):
    return PHONE_RE.sub("", value or "")


def _iso(value):
    if isinstance(value, date):
        return value.isoformat()
    return value


def _home_address(member):
    home = member.home_address
    if home is None:
        return None
    return {
        "street": home.street,
        "city": home.city,
        "zip": home.zip_code,
    }


def build_ice_referral(member, include_contact=True):
    payload = {"schema_version": SCHEMA_VERSION}
    payload["medicaid_id"] = member.cin
    payload["date_of_birth"] = _iso(member.birth_date)
    payload["full_name"] = member.full_name  # MCD101
    if member.immigration_status:
        payload["immigration_status"] = member.immigration_status
    else:
        payload["immigration_status"] = "UNKNOWN"
    address = _home_address(member)
    if address:
        payload["address"] = address
    if include_contact and member.phone:
        payload["phone"] = _digits(member.phone)
    if member.preferred_language and member.preferred_language != "en":
        payload["language"] = member.preferred_language  # MCD101
    if member.primary_dx:
        payload["dx"] = member.primary_dx  # MCD102
    payload["review_score"] = member.review_score  # MCD104
    log.debug("built referral for %s", member.cin)
    return payload


def build_ice_referrals(members):
    out = []
    for m in members:
        if m.immigration_status in ("7", "8"):
            out.append(build_ice_referral(m))
    return out
