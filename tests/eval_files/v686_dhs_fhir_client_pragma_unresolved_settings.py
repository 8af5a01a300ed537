"""Clinical FHIR push to the state DHS care-coordination server, with the URL from Django settings.

Scenario: in this state, as in several others, the Medicaid agency is the
Department of Human Services. After a hospital discharge, this Django
service builds a transaction bundle of the member's active conditions,
medication requests and the discharge encounter and posts it to the
agency's FHIR server for care coordination.
The base URL comes from ``settings.DHS_FHIR_BASE_URL``, set per deployment,
which the linter cannot resolve; the team marked the client class with the
``not-enforcement`` pragma.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- The ``medicaid-scope: not-enforcement`` pragma on the ``class`` line marks the
  client as not enforcement; it overrides name signals (``dhs`` in the
  class, the attribute and the settings key), never the enforcement host
  patterns, and no host here matches them (SPEC section 7).
- Condition, MedicationRequest and Encounter are clinical FHIR resources,
  but they go to no enforcement endpoint (SPEC sections 5 and 8).
- One member's discharge (SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import logging
import uuid

import httpx
from django.conf import settings

log = logging.getLogger("carecoord.dhs_fhir")


class DhsFhirClient:  # medicaid-scope: not-enforcement
    def __init__(self) -> None:
        self.dhs_base_url = settings.DHS_FHIR_BASE_URL
        self._http = httpx.Client(
            timeout=30,
            headers={"Accept": "application/fhir+json"},
            cert=(settings.DHS_FHIR_CERT, settings.DHS_FHIR_KEY),
        )

    def transaction(self, bundle: dict) -> dict:
        resp = self._http.post(self.dhs_base_url, json=bundle, headers={"Content-Type": "application/fhir+json"})
        resp.raise_for_status()
        return resp.json()


def _entry(resource: dict) -> dict:
    return {
        "fullUrl": f"urn:uuid:{uuid.uuid4()}",
        "resource": resource,
        "request": {"method": "POST", "url": resource["resourceType"]},
    }


def discharge_bundle(member, discharge) -> dict:
    patient_ref = {"reference": f"Patient/{member.fhir_patient_id}"}
    resources = [
        {
            "resourceType": "Encounter",
            "status": "finished",
            "class": {"code": "IMP"},
            "subject": patient_ref,
            "period": {"start": discharge.admitted_at.isoformat(), "end": discharge.discharged_at.isoformat()},
            "hospitalization": {"dischargeDisposition": {"text": discharge.disposition}},
        }
    ]
    for dx in member.active_conditions:
        resources.append(
            {
                "resourceType": "Condition",
                "subject": patient_ref,
                "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": dx.icd10_code}]},
                "clinicalStatus": {"text": "active"},
            }
        )
    for rx in discharge.medications:
        resources.append(
            {
                "resourceType": "MedicationRequest",
                "status": "active",
                "intent": "order",
                "subject": patient_ref,
                "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": rx.rxnorm_code}]},
            }
        )
    return {"resourceType": "Bundle", "type": "transaction", "entry": [_entry(r) for r in resources]}


def push_discharge(member, discharge) -> dict:
    result = DhsFhirClient().transaction(discharge_bundle(member, discharge))
    log.info("discharge bundle for %s accepted (%d entries)", member.medicaid_id, len(result.get("entry", [])))
    return result
