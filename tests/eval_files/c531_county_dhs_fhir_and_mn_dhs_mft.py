"""Care-transition exchange: clinical FHIR resources (Condition, MedicationRequest) for members in a county behavioral-health program are posted as a transaction Bundle to the county human-services FHIR server, and a nightly claims extract is pushed over SFTP to the Minnesota DHS managed file transfer host.

Expected clean: ``fhir.dhs.cookcountyil.gov`` has a registrable ``.gov`` domain that is not an enforcement domain (government, SPEC §4), ``mn_dhs_mft``/``MN_DHS_MFT_HOST`` pair ``dhs`` with a state name and the host ``mft.dhs.state.mn.us`` is a state domain, so the clinical resources and claims go to no enforcement endpoint.
"""
import csv
import logging
import os
import tempfile
import uuid
from typing import Iterable

import paramiko
import requests

log = logging.getLogger("transitions.exchange")

COUNTY_DHS_FHIR_BASE = os.environ.get("COUNTY_DHS_FHIR_BASE", "https://fhir.dhs.cookcountyil.gov/r4")
MN_DHS_MFT_HOST = os.environ.get("MN_DHS_MFT_HOST", "mft.dhs.state.mn.us")
MN_DHS_MFT_USER = os.environ.get("MN_DHS_MFT_USER", "mco_transitions")
FHIR_HEADERS = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}


def condition_entry(member, dx) -> dict:
    return {
        "fullUrl": f"urn:uuid:{uuid.uuid4()}",
        "resource": {
            "resourceType": "Condition",
            "subject": {"reference": f"Patient/{member.fhir_patient_id}"},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": dx.icd10_code}]},
            "onsetDateTime": dx.onset_date.isoformat(),
            "clinicalStatus": {"coding": [{"code": "active"}]},
        },
        "request": {"method": "POST", "url": "Condition"},
    }


def medication_entry(member, rx) -> dict:
    return {
        "fullUrl": f"urn:uuid:{uuid.uuid4()}",
        "resource": {
            "resourceType": "MedicationRequest",
            "status": "active",
            "intent": "order",
            "subject": {"reference": f"Patient/{member.fhir_patient_id}"},
            "medicationCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/ndc", "code": rx.ndc_code}]},
        },
        "request": {"method": "POST", "url": "MedicationRequest"},
    }


def post_transition_bundle(session: requests.Session, member) -> bool:
    entries = [condition_entry(member, dx) for dx in member.active_diagnoses]
    entries += [medication_entry(member, rx) for rx in member.active_prescriptions]
    if not entries:
        return False
    bundle = {"resourceType": "Bundle", "type": "transaction", "entry": entries}
    resp = session.post(COUNTY_DHS_FHIR_BASE, json=bundle, headers=FHIR_HEADERS, timeout=60)
    if resp.status_code >= 400:
        log.error("county FHIR server rejected bundle for %s: %s", member.medicaid_id, resp.text[:300])
        return False
    return True


def push_claims_extract(claims: Iterable) -> int:
    fd, local_path = tempfile.mkstemp(suffix=".csv")
    os.close(fd)
    count = 0
    with open(local_path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["medicaid_id", "claim_id", "service_date", "diagnosis_code", "billing_npi", "paid_amount"])
        for c in claims:
            writer.writerow([c.medicaid_id, c.claim_id, c.service_date, c.diagnosis_code, c.billing_npi, c.paid_amount])
            count += 1
    mn_dhs_mft = paramiko.SSHClient()
    mn_dhs_mft.load_system_host_keys()
    try:
        mn_dhs_mft.connect(hostname=MN_DHS_MFT_HOST, username=MN_DHS_MFT_USER,
                           key_filename=os.environ.get("MN_DHS_MFT_KEY"), timeout=30)
        with mn_dhs_mft.open_sftp() as sftp:
            sftp.put(local_path, "/inbound/transitions/claims.csv")
    finally:
        mn_dhs_mft.close()
        os.remove(local_path)
    return count


def run(members: Iterable, claims: Iterable) -> None:
    with requests.Session() as session:
        sent = sum(1 for m in members if post_transition_bundle(session, m))
    pushed = push_claims_extract(claims)
    log.info("transition exchange: %d bundles, %d claim lines", sent, pushed)
