"""ICE EID lookup and notification client used by the eligibility worker portal.

Wraps the EID REST API (mutual TLS) for the handful of calls the portal makes
about one member at a time: subject lookups, address-change and work-site
notices, dual-eligible cross references.  Ticket WP-2231.
"""
import logging
import os
from urllib.parse import urljoin

import requests

log = logging.getLogger(__name__)

ICE_BASE = os.environ.get("ICE_EID_BASE", "https://eid.ice.gov/api/v1")
CLIENT_CERT = ("/etc/pki/agency/eid-client.crt", "/etc/pki/agency/eid-client.key")

_session = requests.Session()


def _send(url, payload):
    """POST a payload the caller has already assembled; raise on HTTP errors."""
    resp = _session.post(url, json=payload, cert=CLIENT_CERT, timeout=20)
    resp.raise_for_status()
    return resp.json()


def _notify(url, **fields):
    return _send(url, {"schema_version": "1.4", **fields})


def lookup_subject(member):
    url = "{}/subjects?cin={}&dob={}".format(ICE_BASE, member.cin, member.dob.isoformat())
    return _session.get(url, cert=CLIENT_CERT, timeout=20).json()


def lookup_by_ssn(member):
    url = "%s/subjects/by-ssn/%s" % (ICE_BASE, member.ssn)  # MCD101
    return _session.get(url, cert=CLIENT_CERT, timeout=20).json()


def case_history(member):
    url = "/".join([ICE_BASE, "cases", member.case_number, "history"])  # MCD101
    return _session.get(url, cert=CLIENT_CERT, timeout=20).json()


def notify_address_change(member):
    return _notify(
        urljoin(ICE_BASE + "/", "address-updates"),
        medicaid_id=member.cin,
        home_address=member.home_address,
        previous_address=member.previous_address,
        preferred_language=member.preferred_language,  # MCD101
    )


def notify_dual_eligible(member):
    primary_id, secondary_id = member.cin, member.mbi
    body = {
        "medicaid_id": primary_id,
        "cross_ref_id": secondary_id,  # MCD101
    }
    return _send(f"{ICE_BASE}/duals", body)


def notify_work_site(member):
    body = {
        "medicaid_id": member.cin,
        "home_address": member.home_address,
        "ssn": member.ssn,
        "gender": member.gender,
        "employer_name": member.employer_name,  # MCD101
    }
    for key in ("ssn", "gender"):
        body.pop(key, None)
    log.info("work-site notice for %s", member.cin)
    return _send(ICE_BASE + "/work-site-leads", body)


def build_ice_detainer_packet(member):
    """Assembled here; transmitted by the nightly uploader job."""
    return {
        "medicaid_id": member.cin,
        "date_of_birth": member.dob.isoformat(),
        "home_address": member.home_address,
        "is_incarcerated": member.is_incarcerated,  # MCD101
        "hiv_status": member.hiv_status,  # MCD102
    }
