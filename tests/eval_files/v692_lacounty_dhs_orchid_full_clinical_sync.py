"""Nightly clinical sync to LA County DHS (ORCHID): SSNs, diagnoses and Condition resources, every member, with DHS names everywhere.

Scenario: a Medi-Cal managed care plan's integration job pushes, for every
assigned member, a FHIR Patient (with SSN, name, gender) and the member's
open Condition resources to the ORCHID FHIR endpoint of the Los Angeles
County Department of Health Services, the county's safety-net provider.
The settings key, the session and the helper names all say ``dhs``.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``DHS_ORCHID_URL`` folds through ``os.environ.get(NAME, default)`` to
  ``orchid-api.dhs.lacounty.gov``, whose registrable domain
  ``lacounty.gov`` is under ``.gov`` and is not an enforcement domain: a
  county agency, on the non-enforcement list, which overrides every name
  signal (``DHS_``, ``dhs_session``) (SPEC section 4, "Any host whose
  registrable domain is under ``.gov`` ... ``dhs.cookcountyil.gov``").
- So the SSN, name, gender and the clinical Condition resources are sent to
  a non-enforcement host: no MCD101/MCD102 (SPEC sections 5 and 8, "No false
  alarms on ordinary code").
- Population scope applies only to enforcement sends, so the unfiltered loop
  over all members is not MCD201 (SPEC section 10).
"""
from __future__ import annotations

import logging
import os

import requests
from sqlalchemy import select
from sqlalchemy.orm import Session

from plan_dw.models import Condition as ConditionRow, Member

log = logging.getLogger("plan.dhs_orchid_sync")

DHS_ORCHID_URL = os.environ.get("DHS_ORCHID_URL", "https://orchid-api.dhs.lacounty.gov/fhir/r4")

dhs_session = requests.Session()
dhs_session.headers["Accept"] = "application/fhir+json"


def _patient(m) -> dict:
    return {
        "resourceType": "Patient",
        "id": m.medi_cal_cin,
        "identifier": [
            {"system": "urn:oid:2.16.840.1.113883.4.1", "value": m.ssn},
            {"system": "https://medi-cal.ca.gov/cin", "value": m.medi_cal_cin},
        ],
        "name": [{"family": m.last_name, "given": [m.first_name]}],
        "gender": m.gender,
        "birthDate": m.birth_date.isoformat(),
        "address": [{"line": [m.address_line1], "city": m.city, "postalCode": m.zip_code}],
    }


def _condition(c, cin: str) -> dict:
    return {
        "resourceType": "Condition",
        "subject": {"reference": f"Patient/{cin}"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": c.icd10_code}]},
        "onsetDateTime": c.onset_date.isoformat(),
    }


def sync_dhs(session: Session) -> int:
    pushed = 0
    for m in session.scalars(select(Member).where(Member.assigned_county == "19")):
        resp = dhs_session.put(f"{DHS_ORCHID_URL}/Patient/{m.medi_cal_cin}", json=_patient(m), timeout=30)
        resp.raise_for_status()
        conditions = session.scalars(
            select(ConditionRow).where(ConditionRow.member_id == m.id, ConditionRow.resolved.is_(False))
        )
        entries = [{"resource": _condition(c, m.medi_cal_cin), "request": {"method": "POST", "url": "Condition"}} for c in conditions]
        if entries:
            bundle = {"resourceType": "Bundle", "type": "transaction", "entry": entries}
            dhs_session.post(DHS_ORCHID_URL, json=bundle, timeout=60).raise_for_status()
        pushed += 1
    log.info("synced %d members to LA County DHS", pushed)
    return pushed
