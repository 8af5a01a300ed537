"""Pennsylvania DHS: clinical FHIR bundles to the state FHIR server and the PA DHS archive bucket.

Scenario: the Pennsylvania Department of Human Services (the state's
Medicaid agency) builds a FHIR bundle per member with the Patient (name,
SSN identifier), Conditions and MedicationRequests, posts it to the
department's own FHIR server and archives a copy to the department's S3
bucket. Every name says "DHS".

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``DHS_FHIR_BASE`` folds to ``fhir.dhs.pa.gov``, a state ``.gov`` domain
  (``pa.gov``) on the non-enforcement list; the resolved host overrides
  the ``dhs`` token of the constant and of ``dhs_fhir`` (SPEC section 4).
- The bucket ``pa-dhs-fhir-archive``: a ``dhs`` token next to a state
  postal code names a state agency, not enforcement (SPEC section 4).
- Clinical resources (Condition, MedicationRequest) are health data only
  when they reach an enforcement endpoint (SPEC section 5); here none does.
"""
from __future__ import annotations

import gzip
import json
import logging
from datetime import datetime, timezone

import boto3
import requests

log = logging.getLogger("pa_dhs.fhir_publish")

DHS_FHIR_BASE = "https://fhir.dhs.pa.gov/r4"
DHS_ARCHIVE_BUCKET = "pa-dhs-fhir-archive"
SSN_SYSTEM = "http://hl7.org/fhir/sid/us-ssn"


def member_bundle(m) -> dict:
    patient = {
        "resourceType": "Patient",
        "id": m.medicaid_id,
        "identifier": [{"system": SSN_SYSTEM, "value": m.ssn}],
        "name": [{"family": m.last_name, "given": [m.first_name]}],
        "gender": m.gender,
        "birthDate": m.birth_date.isoformat(),
    }
    conditions = [
        {
            "resourceType": "Condition",
            "subject": {"reference": f"Patient/{m.medicaid_id}"},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": dx}]},
        }
        for dx in m.diagnosis_codes
    ]
    medications = [
        {
            "resourceType": "MedicationRequest",
            "status": "active",
            "intent": "order",
            "subject": {"reference": f"Patient/{m.medicaid_id}"},
            "medicationCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/ndc", "code": rx.ndc_code}]},
        }
        for rx in m.active_prescriptions
    ]
    return {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {"resource": r, "request": {"method": "POST", "url": r["resourceType"]}}
            for r in [patient, *conditions, *medications]
        ],
    }


def publish(members, run_at: datetime | None = None) -> int:
    run_at = run_at or datetime.now(timezone.utc)
    dhs_fhir = requests.Session()
    dhs_fhir.cert = ("/etc/pki/pa-dhs/fhir.crt", "/etc/pki/pa-dhs/fhir.key")
    s3 = boto3.client("s3")
    published = 0
    for m in members:
        bundle = member_bundle(m)
        resp = dhs_fhir.post(DHS_FHIR_BASE, json=bundle, headers={"Content-Type": "application/fhir+json"}, timeout=60)
        resp.raise_for_status()
        s3.put_object(
            Bucket=DHS_ARCHIVE_BUCKET,
            Key=f"bundles/{run_at:%Y/%m/%d}/{m.medicaid_id}.json.gz",
            Body=gzip.compress(json.dumps(bundle).encode("utf-8")),
            ServerSideEncryption="aws:kms",
        )
        published += 1
    log.info("published %d member bundles", published)
    return published
