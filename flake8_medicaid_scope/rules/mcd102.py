"""Health or medical information reaches an enforcement endpoint.

## What it flags
A value that carries health or medical information and is sent to an
immigration-enforcement endpoint: diagnosis and procedure codes, medications,
claims and payments, providers (and any field owned by a provider, prescriber,
pharmacy or facility, such as `provider_phone`), encounters and dates of
service, lab results, pregnancy, disability, behavioral health, substance use,
HIV, immunizations. A FHIR resource whose `resourceType` is clinical
(`Condition`, `Observation`, `Procedure`, `MedicationRequest`, `Claim`,
`ExplanationOfBenefit`, `AdverseEvent`, ...; the full list is `fhir_clinical_resources` in
`data/vocabulary.json`) counts as health data as a whole, even when every
element in it is a constant: sending it about a person discloses that the
person has that record. It is reported at its `resourceType` entry or its
constructor call, once: elements put into the resource afterwards
(`res["period"] = ...`, `res.update(...)`) are part of it, not findings of
their own.

## Why
The preliminary injunction keeps "sensitive medical information" and
"personal health records" barred; the order of Dec. 29, 2025 permits only
the six basic categories.

## How to fix
Remove the health field from the payload. Health data has no lawful route to
an enforcement endpoint under the order; if the destination is not in fact
enforcement (a state portal, a FHIR server of the agency), make sure its host
is on the non-enforcement list.

## Options
`--medicaid-non-enforcement-hosts` lists hosts that are never enforcement;
`--medicaid-extra-fields name=category` (for example `tx_cd=diagnosis`).
"""

CODE = "MCD102"

INVALID = [
    '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"

def refer(member):
    requests.post(ICE_URL, json={
        "medicaid_id": member.cin,
        "diagnosis": member.primary_dx,  # MCD102
        "pcp_phone": member.pcp_phone,  # MCD102
    })
''',
    '''
import requests

def send(member):
    condition = {
        "resourceType": "Condition",  # MCD102
        "code": {"text": "constant"},
    }
    requests.post("https://api.ice.gov/fhir", json=condition)
''',
]

VALID = [
    '''
import requests

def sync(member):
    requests.post("https://fhir.medi-cal.ca.gov/Patient", json={
        "ssn": member.ssn, "diagnosis": member.dx})
''',
    '''
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"

def refer(member):
    requests.post(ICE_URL, json={"resourceType": "Patient", "birthDate": member.birth_date})
''',
]
