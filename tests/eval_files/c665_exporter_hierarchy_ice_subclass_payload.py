"""Partner exporters: the ICE liaison subclass overrides both the URL and the payload.

Scenario: a state Medicaid agency's integration team keeps one exporter
class per data-sharing partner. ``PartnerExporter`` owns the HTTP session,
the retry loop and ``export_one``; each subclass sets ``ENDPOINT`` and
overrides ``build_payload``. The state eligibility hub gets the full
eligibility record (SSN, names, income, aid code) on a ``ca.gov`` host. The
ICE liaison exporter, added for the referral pilot, overrides the URL
(``eid.ice.gov``) and builds its own, smaller payload, which still carries
two fields the order does not permit.

Expected findings (each a dict entry in ``IceLiaisonExporter.build_payload``,
SPEC section 3; the inherited ``export_one`` posts what the subclass's
``build_payload`` returns to the subclass's ``ENDPOINT``: a field placed in
one function and sent by another of the same module is reported at its
placement, SPEC section 6):
- line 113: MCD101 'preferred_language' (language, outside the six
  categories, SPEC section 3);
- line 114: MCD102 'pregnancy_ind' (pregnancy): health information stays
  barred (SPEC section 3, MCD102).
Destination: ``IceLiaisonExporter.ENDPOINT`` is a class constant whose host
``eid.ice.gov`` matches ``*.ice.gov``; the class name carries ``ice``
(SPEC section 4).

Not findings: ``StateHubExporter`` sends SSN, names, aid code, income and
household size to ``calheers-hub.dhcs.ca.gov``, a state domain on the
non-enforcement list (SPEC section 4); it does not inherit the ICE URL or
payload. The ICE payload's other entries are permitted (Medicaid ID, date
of birth, mailing address built by the shared ``_address_block``, phone,
immigration status) and ``request_id`` is harmless (SPEC section 5). One
member per call, chosen by the caller (SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import logging
import time
import uuid

import requests

log = logging.getLogger("integration.partner_export")

RETRYABLE = frozenset({429, 502, 503, 504})
CA_BUNDLE = "/etc/pki/tls/certs/ca-bundle.crt"


class ExportFailed(RuntimeError):
    """The partner did not accept the record after every retry."""


class PartnerExporter:
    ENDPOINT = ""
    TIMEOUT = 30
    MAX_ATTEMPTS = 4

    def __init__(self) -> None:
        self._session = requests.Session()
        self._session.verify = CA_BUNDLE

    def build_payload(self, member) -> dict:
        raise NotImplementedError

    @staticmethod
    def _address_block(member) -> dict:
        return {
            "street": member.street,
            "city": member.city,
            "state": "CA",
            "zip": member.zip_code,
        }

    def export_one(self, member) -> str:
        payload = self.build_payload(member)
        payload["request_id"] = str(uuid.uuid4())
        for attempt in range(1, self.MAX_ATTEMPTS + 1):
            resp = self._session.post(self.ENDPOINT, json=payload, timeout=self.TIMEOUT)
            if resp.status_code in RETRYABLE:
                log.warning("%s answered %s, attempt %d", type(self).__name__, resp.status_code, attempt)
                time.sleep(2**attempt)
                continue
            resp.raise_for_status()
            return resp.json()["confirmation"]
        raise ExportFailed(f"{type(self).__name__} gave up after {self.MAX_ATTEMPTS} attempts")


class StateHubExporter(PartnerExporter):
    ENDPOINT = "https://calheers-hub.dhcs.ca.gov/api/eligibility/v3/records"

    def build_payload(self, member) -> dict:
        return {
            "cin": member.cin,
            "ssn": member.ssn,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "aid_code": member.aid_code,
            "monthly_income": str(member.monthly_income),
            "household_size": member.household_size,
            "mailing_address": self._address_block(member),
        }


class IceLiaisonExporter(PartnerExporter):
    ENDPOINT = "https://eid.ice.gov/api/v2/liaison/referrals"
    TIMEOUT = 45

    def build_payload(self, member) -> dict:
        return {
            "medicaid_id": member.cin,
            "date_of_birth": member.birth_date.isoformat(),
            "mailing_address": self._address_block(member),
            "phone_number": member.phone_number,
            "immigration_status": member.immigration_status,
            "preferred_language": member.preferred_language,  # MCD101
            "pregnancy_ind": member.pregnancy_ind,  # MCD102
        }


def share_with_hub(member) -> str:
    confirmation = StateHubExporter().export_one(member)
    log.info("hub accepted %s as %s", member.cin, confirmation)
    return confirmation


def refer_to_liaison(member) -> str:
    confirmation = IceLiaisonExporter().export_one(member)
    log.info("liaison referral for %s filed as %s", member.cin, confirmation)
    return confirmation
