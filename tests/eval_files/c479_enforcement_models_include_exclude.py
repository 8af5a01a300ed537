"""Payload models for ICE/CBP/DHS exchanges, narrowed with include/exclude (expected clean).

Scenario: a federal contractor's exchange library validates the state
feed into an internal ``MemberRecord`` (which holds SSN, name, diagnosis
and aid code) and then produces the three enforcement payloads the
information-exchange agreement allows: an ICE subject record, a CBP
match query and a DHS address update.

Why no finding is expected:
- ``IceSubjectPayload``, ``CbpMatchQuery`` and ``DhsAddressUpdate`` are
  named for enforcement, so their field declarations are the placements
  (SPEC §3, §4); every declared field is permitted (Medicaid ID, date of
  birth, home/mailing address, ZIP, phone, immigration status, country of
  citizenship) or harmless (``schema_version``, with a constant default).
  Their constructors' keywords are not reported again (SPEC §3).
- ``MemberRecord`` is not named for enforcement; its prohibited fields
  would be placed at the ``**row`` source of its constructor (SPEC §3),
  but they never reach an enforcement sink: ``model_dump(include=...)``
  with a constant set of permitted names, ``model_dump(exclude=...)``
  naming every prohibited field, and a value replaced with a constant
  (``ssn`` set to ``None``) are sanitizers (SPEC §6 honours include and
  exclude).
- ``IceSubjectPayload.model_validate(...)`` and the parameter annotated
  ``payload: IceSubjectPayload`` carry that model's declared fields
  (SPEC §6); ``model_dump_json()`` and ``_asdict()`` of models declared
  here carry their declared fields, not MCD103 (SPEC §6).
- Each call is about one member handed in by the caller (SPEC §10 "Not
  bulk").
"""
import copy
import datetime as dt
import json
from typing import NamedTuple, TypedDict

import httpx
import requests
from pydantic import BaseModel

ICE_SUBJECT_URL = "https://eid.ice.gov/api/v2/subjects"
CBP_MATCH_URL = "https://match.api.cbp.gov/v1/queries"
DHS_ADDRESS_URL = "https://eid.ice.gov/api/v2/address-updates"
JSON_HEADERS = {"Content-Type": "application/json"}

SUBJECT_FIELDS = {"cin", "date_of_birth", "home_address", "phone_number", "immigration_status"}


class MemberRecord(BaseModel):
    cin: str
    ssn: str | None = None
    full_name: str
    date_of_birth: dt.date
    home_address: str
    mailing_address: str | None = None
    zip_code: str
    phone_number: str | None = None
    immigration_status: str | None = None
    country_of_citizenship: str | None = None
    primary_diagnosis: str | None = None
    aid_code: str


class IceSubjectPayload(BaseModel):
    schema_version: str = "2.1"
    medicaid_id: str
    date_of_birth: dt.date
    home_address: str
    phone_number: str | None = None
    immigration_status: str


class CbpMatchQuery(TypedDict):
    medicaid_id: str
    date_of_birth: str
    country_of_citizenship: str


class DhsAddressUpdate(NamedTuple):
    medicaid_id: str
    mailing_address: str
    zip_code: str


def load_member(row: dict) -> MemberRecord:
    return MemberRecord(**row)


class SubjectSender:
    def __init__(self):
        self.session = requests.Session()

    def submit(self, payload: IceSubjectPayload) -> None:
        resp = self.session.post(ICE_SUBJECT_URL, data=payload.model_dump_json(), headers=JSON_HEADERS, timeout=30)
        resp.raise_for_status()

    def refer(self, row: dict) -> None:
        member = load_member(row)
        basics = member.model_dump(include=SUBJECT_FIELDS)
        basics["medicaid_id"] = basics.pop("cin")
        self.submit(IceSubjectPayload.model_validate(basics))


def query_cbp(row: dict) -> dict:
    member = load_member(row)
    rec = member.model_dump(exclude={"full_name", "primary_diagnosis", "aid_code", "mailing_address"})
    rec["ssn"] = None
    preview = copy.deepcopy(rec)
    query = CbpMatchQuery(
        medicaid_id=preview["cin"],
        date_of_birth=preview["date_of_birth"].isoformat(),
        country_of_citizenship=preview["country_of_citizenship"] or "UNK",
    )
    resp = httpx.post(CBP_MATCH_URL, json=query, timeout=30.0)
    resp.raise_for_status()
    return resp.json()


def send_address_update(row: dict) -> None:
    member = load_member(row)
    if not member.mailing_address:
        return
    update = DhsAddressUpdate(
        medicaid_id=member.cin,
        mailing_address=member.mailing_address,
        zip_code=member.zip_code,
    )
    body = json.dumps(update._asdict())
    requests.post(DHS_ADDRESS_URL, data=body, headers=JSON_HEADERS, timeout=30).raise_for_status()
