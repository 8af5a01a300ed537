"""CBP person match: a shared subject card, dumped with ``exclude={"ssn"}``.

Scenario: a state agency's case-management system builds one
``SubjectCard`` per member for the caseworker's case header; the same card
answers a CBP person-match request. ``build_card`` fills the card,
``send_card`` dumps it without the SSN and posts it to CBP. The card also
carries the preferred language (for the case header) and the primary
diagnosis (for the care-coordination tab), which the dump does not drop.

Expected findings (``SubjectCard`` is not named for enforcement, so the
placement is the constructor's keyword argument, SPEC section 3; the card
is built in ``build_card`` and sent by ``send_card``, a parameter annotated
with a payload model declared in the module carries its fields, SPEC
section 6):
- line 60: MCD101 'preferred_language' (language);
- line 61: MCD102 'primary_dx_code' (diagnosis).
Destination: ``CBP_MATCH_URL`` (host ``match.cbp.gov``, ``cbp.gov``; ``cbp``
in the constant name, SPEC section 4).

Not findings: ``ssn`` is dropped by ``exclude=`` (pydantic ``model_dump``
honours ``include``/``exclude``, SPEC section 6); Medicaid ID, date of
birth, home address, phone and immigration status are permitted. The
``model_config`` line declares no field. One member per request (SPEC
section 10, "Not bulk").
"""
from __future__ import annotations

import logging
from datetime import date

import requests
from pydantic import BaseModel, ConfigDict

log = logging.getLogger("casework.cbp_match")

CBP_MATCH_URL = "https://match.cbp.gov/api/v1/person-match"


class SubjectCard(BaseModel):
    model_config = ConfigDict(frozen=True, str_strip_whitespace=True)

    medicaid_id: str
    date_of_birth: date
    home_address: str
    phone_number: str | None = None
    immigration_status: str
    ssn: str | None = None
    preferred_language: str | None = None
    primary_dx_code: str | None = None


def build_card(member) -> SubjectCard:
    return SubjectCard(
        medicaid_id=member.medicaid_id,
        date_of_birth=member.date_of_birth,
        home_address=member.home_address,
        phone_number=member.phone_number,
        immigration_status=member.immigration_status,
        ssn=member.ssn,
        preferred_language=member.preferred_language,  # MCD101
        primary_dx_code=member.primary_dx_code,  # MCD102
    )


def case_header(card: SubjectCard) -> str:
    masked = f"***-**-{card.ssn[-4:]}" if card.ssn else "none on file"
    return f"{card.medicaid_id} | DOB {card.date_of_birth:%m/%d/%Y} | SSN {masked}"


def send_card(card: SubjectCard, session: requests.Session) -> str:
    body = card.model_dump(mode="json", exclude={"ssn"})
    resp = session.post(CBP_MATCH_URL, json=body, timeout=30)
    if resp.status_code == 404:
        return "NO_MATCH"
    resp.raise_for_status()
    return resp.json()["matchStatus"]


def match_member(member, session: requests.Session) -> str:
    card = build_card(member)
    log.info("match request for %s", case_header(card))
    return send_card(card, session)
