"""ERO subject referral sender built on pydantic payload models.

Scenario: a federal contractor's service turns one Medicaid enrollee
record, handed over by the state, into an ICE ERO "subject" referral and
posts it, plus a separate contact block, to the ERO intake API.

Expected findings (SPEC section 3, "Where a finding is reported"):
- line 56: MCD101 'full_name' (name). EroSubjectPayload is a model named for
  enforcement (camelCase split gives the token ``ero``; SPEC section 4,
  "the function or class that builds the data is named for
  enforcement"), so each of its fields is reported at its declaration,
  whatever its default (SPEC section 3, "Payload model declarations").
- line 57: MCD101 'sex' (sex), same rule; the ``Field(default=None)``
  default does not matter.
- line 100: MCD101 'email' (email). ContactBlock is not named for
  enforcement, so the placement is the keyword argument of its
  constructor (SPEC section 3); its ``model_dump_json()`` is posted to
  ERO_SUBJECTS_URL (host ``intake.ero.ice.gov`` matches ``*.ice.gov``),
  and a model declared in the module carries its declared fields
  (SPEC section 6).

Not findings: the EroSubjectPayload(...) constructor keywords (including
``full_name=`` and ``sex=``) are not reported again (SPEC section 3);
medicaid_id, date_of_birth, mailing_address, phone_number,
immigration_status and citizenship_status are permitted categories; the
URL interpolates only ``member.medicaid_id`` (permitted). Each call sends
one member chosen by the caller, so there is no population-scope case
(SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import logging
from datetime import date

import requests
from pydantic import BaseModel, Field

log = logging.getLogger("referrals.ero")

ERO_SUBJECTS_URL = "https://intake.ero.ice.gov/api/v2/subjects"
JSON_HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}
REQUEST_TIMEOUT = (5, 30)


class ReferralError(RuntimeError):
    """The intake API refused a referral."""


class EroSubjectPayload(BaseModel):
    medicaid_id: str
    date_of_birth: date
    mailing_address: str
    phone_number: str | None = None
    immigration_status: str
    citizenship_status: str = "NON_CITIZEN"
    full_name: str  # MCD101
    sex: str | None = Field(default=None, max_length=1)  # MCD101


class ContactBlock(BaseModel):
    phone_number: str
    email: str | None = None


class BaseReferralSender:
    """Shared transport; subclasses build the payloads and pick the URL."""

    def __init__(self, session: requests.Session | None = None) -> None:
        self._session = session or requests.Session()

    def _post_json(self, url: str, body: str) -> requests.Response:
        resp = self._session.post(url, data=body, headers=JSON_HEADERS,
                                  timeout=REQUEST_TIMEOUT)
        if resp.status_code >= 400:
            log.error("referral rejected with HTTP %s", resp.status_code)
            raise ReferralError(resp.text[:200])
        return resp


class SubjectReferralSender(BaseReferralSender):
    def build(self, member) -> EroSubjectPayload:
        return EroSubjectPayload(
            medicaid_id=member.medicaid_id,
            date_of_birth=member.dob,
            mailing_address=member.mailing_address,
            phone_number=member.home_phone or None,
            immigration_status=member.immigration_status,
            full_name=f"{member.first_name} {member.last_name}",
            sex=member.sex,
        )

    def send(self, member) -> str:
        payload = self.build(member)
        resp = self._post_json(ERO_SUBJECTS_URL, payload.model_dump_json())
        return resp.json()["referralId"]

    def send_contact(self, member) -> None:
        block = ContactBlock(
            phone_number=member.home_phone,
            email=member.email_address,  # MCD101
        )
        resp = self._session.post(
            f"{ERO_SUBJECTS_URL}/{member.medicaid_id}/contact",
            data=block.model_dump_json(),
            headers=JSON_HEADERS,
            timeout=REQUEST_TIMEOUT,
        )
        resp.raise_for_status()


def refer_member(member, session: requests.Session | None = None) -> str:
    sender = SubjectReferralSender(session)
    referral_id = sender.send(member)
    if member.home_phone:
        sender.send_contact(member)
    log.info("ERO referral %s created", referral_id)
    return referral_id
