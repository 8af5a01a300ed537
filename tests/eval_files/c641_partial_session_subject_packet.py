"""Program Integrity "send to liaison" action: one enrollee's subject packet to ERO.

Scenario: a caseworker in a state Medicaid agency's Program Integrity
unit opens one enrollee's case and clicks "send to liaison".
``build_subject_packet`` assembles the packet; ``transmit`` posts it
through ``_post_subject``, a ``functools.partial`` that binds the ERO
subjects URL to a pooled ``requests.Session``.

Expected findings:
- line 76: MCD101 'marital_status' (marital_status): the dict entry is the
  placement (SPEC section 3). The packet is built in
  ``build_subject_packet`` and sent by ``transmit``; a field placed in one
  function and sent by another of the same module is reported at its
  placement (SPEC section 6, calls to functions of the same module).
- line 77: MCD101 'ssn' under the key ``ssn_last4``: a slice keeps the name
  (``ssn[-4:]`` is still an SSN, SPEC section 6).
Destination: ``_post_subject`` is ``functools.partial`` of a Session's
``post`` with ``ERO_SUBJECTS_URL`` bound (host ``api.ero.ice.gov``,
``*.ice.gov``; ``ero`` in the constant name), and SPEC section 6 says
``functools.partial`` is followed (SPEC section 4, destinations).

Not findings: Medicaid ID, date of birth (through the same-module helper
``_iso``), home address parts, phone and immigration status are permitted;
the ``X-Request-Id`` header is a request id (harmless, SPEC section 5). One
enrollee chosen by the caseworker, so no MCD201 (SPEC section 10, "Not
bulk").
"""
from __future__ import annotations

import functools
import logging
import uuid
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("pi.liaison")

ERO_SUBJECTS_URL = "https://api.ero.ice.gov/v1/subjects"
CLIENT_CERT = ("/etc/pki/pi-liaison/client.crt", "/etc/pki/pi-liaison/client.key")
RETRY = Retry(
    total=3,
    backoff_factor=1.5,
    status_forcelist=(502, 503, 504),
    allowed_methods=frozenset({"POST"}),
)

_http = requests.Session()
_http.cert = CLIENT_CERT
_http.mount("https://", HTTPAdapter(max_retries=RETRY))

_post_subject = functools.partial(_http.post, ERO_SUBJECTS_URL, timeout=45)


class LiaisonRejected(RuntimeError):
    """ERO answered with a 4xx other than a duplicate."""


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def build_subject_packet(member) -> dict:
    packet = {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": _iso(member.date_of_birth),
        "home_address": {
            "street": member.home_address.street,
            "city": member.home_address.city,
            "zip_code": member.home_address.zip_code,
        },
        "phone_number": member.phone_number,
        "immigration_status": member.immigration_status,
        "marital_status": member.marital_status,  # MCD101
        "ssn_last4": member.ssn[-4:] if member.ssn else None,  # MCD101
    }
    return packet


def transmit(member, caseworker_id: str) -> str | None:
    packet = build_subject_packet(member)
    request_id = str(uuid.uuid4())
    resp = _post_subject(json=packet, headers={"X-Request-Id": request_id})
    if resp.status_code == 409:
        log.info("subject %s already on file at ERO", member.medicaid_id)
        return None
    if 400 <= resp.status_code < 500:
        raise LiaisonRejected(f"ERO rejected packet {request_id}: HTTP {resp.status_code}")
    resp.raise_for_status()
    log.info("caseworker %s sent subject packet %s", caseworker_id, request_id)
    return resp.json().get("subject_ref")
