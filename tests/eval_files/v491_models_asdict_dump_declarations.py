"""Lead, snapshot and traveler-query models of a DHS exchange module (violating).

Scenario: a federal contractor's exchange module declares the models it
sends to ICE EID and to a CBP traveler API.  Two internal models
(``MemberSnapshot``, ``CaseSummary``) are not named for enforcement and
are serialized with ``asdict`` / ``model_dump``; two wire models
(``DhsLeadRecord``, ``CbpTravelerQuery``) are named for enforcement.

Destination: ``ICE_LEAD_URL`` resolves to ``eid.ice.gov`` and
``CBP_QUERY_URL`` to ``api.cbp.gov`` (SPEC §4).  Each function handles
one member or row handed in by the caller: no MCD201 (SPEC §10).

Expected findings:
- ``MemberSnapshot`` is a dataclass not named for enforcement: its fields
  are placed at the constructor's keyword arguments (SPEC §3), and
  ``asdict`` of a model declared here carries its declared fields
  (SPEC §6).  ``gender=m.gender`` -> MCD101 at that keyword line.
- ``CaseSummary(**row)``: for a model not named for enforcement the
  placement is the ``**`` source (SPEC §3); the model carries its declared
  fields (SPEC §6).  ``model_dump(exclude={"ssn"})`` removes the SSN
  (exclude is honoured), leaving ``household_size`` -> one MCD101 at the
  ``CaseSummary(**row)`` line.
- ``DhsLeadRecord`` (TypedDict named for enforcement): fields reported at
  their declarations (SPEC §3): ``ethnicity`` -> MCD101.  The keywords of
  its constructor in ``lead_for`` are not reported again.
- ``CbpTravelerQuery`` (NamedTuple named for enforcement): ``visa_number``
  is an immigration document id (reference tricky case 4) -> MCD101 at
  the declaration.
Not findings: the other declared/passed fields (CIN/Medicaid ID, date of
birth, home address, phone) are permitted; ``submit``'s parameter is
annotated with ``DhsLeadRecord`` and carries its declared fields, which
are reported once, at the declarations.
"""
import dataclasses
import datetime as dt
from typing import NamedTuple, TypedDict

import httpx
import requests
from pydantic import BaseModel

ICE_LEAD_URL = "https://eid.ice.gov/api/v1/leads"
CBP_QUERY_URL = "https://api.cbp.gov/traveler/v2/queries"


@dataclasses.dataclass
class MemberSnapshot:
    cin: str
    birth_date: str
    home_address: str
    gender: str


class CaseSummary(BaseModel):
    cin: str
    date_of_birth: dt.date
    ssn: str | None = None
    household_size: int
    phone_number: str | None = None


class DhsLeadRecord(TypedDict):
    medicaid_id: str
    home_address: str
    ethnicity: str  # MCD101


class CbpTravelerQuery(NamedTuple):
    cin: str
    date_of_birth: str
    visa_number: str  # MCD101


def snapshot(m) -> MemberSnapshot:
    return MemberSnapshot(
        cin=m.cin,
        birth_date=m.birth_date.isoformat(),
        home_address=m.home_address,
        gender=m.gender,  # MCD101
    )


def send_snapshot(m) -> None:
    body = dataclasses.asdict(snapshot(m))
    requests.post(ICE_LEAD_URL + "/snapshots", json=body, timeout=30).raise_for_status()


def send_summary(row: dict) -> None:
    summary = CaseSummary(**row)  # MCD101
    body = summary.model_dump(exclude={"ssn"}, mode="json")
    requests.post(ICE_LEAD_URL + "/summaries", json=body, timeout=30).raise_for_status()


def lead_for(m) -> DhsLeadRecord:
    return DhsLeadRecord(medicaid_id=m.cin, home_address=m.home_address, ethnicity=m.ethnicity)


class LeadSender:
    def __init__(self):
        self.session = requests.Session()

    def submit(self, payload: DhsLeadRecord) -> str:
        resp = self.session.post(ICE_LEAD_URL, json=payload, timeout=30)
        resp.raise_for_status()
        return resp.json()["leadId"]


def query_traveler(m) -> dict:
    q = CbpTravelerQuery(cin=m.cin, date_of_birth=m.birth_date.isoformat(), visa_number=m.visa_number)
    resp = httpx.post(CBP_QUERY_URL, json=q._asdict(), timeout=30.0)
    resp.raise_for_status()
    return resp.json()


def run(m, row: dict) -> None:
    send_snapshot(m)
    send_summary(row)
    LeadSender().submit(lead_for(m))
    query_traveler(m)
