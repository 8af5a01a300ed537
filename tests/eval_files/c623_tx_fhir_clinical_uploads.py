"""Clinical FHIR uploads to Texas state health FHIR servers.

Scenario: a Texas Medicaid managed-care plan posts remote-monitoring
Observations, Conditions and ExplanationOfBenefit resources to the Texas
HHSC FHIR server, and Immunization resources to the DSHS ImmTrac2
registry, through a small uploader class hierarchy.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- Condition, Observation, Immunization and ExplanationOfBenefit are
  clinical resources, but a clinical resource is health data only when
  it reaches an enforcement endpoint (SPEC sections 3 and 5). Every
  destination is a Texas state host (``fhir.hhs.texas.gov``,
  ``immtrac.dshs.texas.gov``): a state's own .gov domain, and in any case
  a ``.gov`` host that is not ``ice.gov``/``dhs.gov``/``cbp.gov``, so
  non-enforcement (SPEC section 4).
- ``DSHS_IMMTRAC_FHIR_BASE``: the token is ``dshs``, not ``dhs``;
  ``DeviceObservationUploader`` / ``device_id``: ``device`` does not
  match ``ice``; ``ServiceRequest``/``practice`` likewise (SPEC section 4).
- Even if ``self.base_url`` were not resolved, no name on any send
  carries an enforcement token, so nothing is enforcement.
"""
from __future__ import annotations

import logging
from typing import Any, ClassVar, Iterable

import requests

log = logging.getLogger("plan.fhir")

TX_FHIR_BASE = "https://fhir.hhs.texas.gov/r4"
DSHS_IMMTRAC_FHIR_BASE = "https://immtrac.dshs.texas.gov/fhir/r4"
FHIR_HEADERS = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}
LOINC = "http://loinc.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
CVX = "http://hl7.org/fhir/sid/cvx"


class UploadError(RuntimeError):
    pass


class FhirUploader:
    """Template method: subclasses implement ``build``."""

    base_url: ClassVar[str] = TX_FHIR_BASE

    def __init__(self, session: requests.Session | None = None) -> None:
        self.session = session or requests.Session()

    def build(self, item) -> dict[str, Any]:
        raise NotImplementedError

    def upload(self, item) -> str:
        resource = self.build(item)
        url = f"{self.base_url}/{resource['resourceType']}"
        resp = self.session.post(url, json=resource, headers=FHIR_HEADERS, timeout=30)
        if resp.status_code not in (200, 201):
            raise UploadError(f"{url}: HTTP {resp.status_code}")
        return resp.headers.get("Location", "")

    def upload_all(self, items: Iterable) -> int:
        done = 0
        for item in items:
            try:
                self.upload(item)
            except UploadError as exc:
                log.warning("skipped one resource: %s", exc)
                continue
            done += 1
        return done


class DeviceObservationUploader(FhirUploader):
    def build(self, reading) -> dict[str, Any]:
        return {
            "resourceType": "Observation",
            "status": "final",
            "code": {"coding": [{"system": LOINC, "code": reading.loinc_code}]},
            "subject": {"reference": f"Patient/{reading.member_id}"},
            "device": {"identifier": {"value": reading.device_id}},
            "effectiveDateTime": reading.taken_at.isoformat(),
            "valueQuantity": {"value": reading.value, "unit": reading.unit},
        }


class ConditionUploader(FhirUploader):
    def build(self, dx) -> dict[str, Any]:
        return {
            "resourceType": "Condition",
            "subject": {"reference": f"Patient/{dx.member_id}"},
            "code": {"coding": [{"system": ICD10, "code": dx.icd10_code}]},
            "onsetDateTime": dx.onset.isoformat(),
            "recorder": {"reference": f"Practitioner/{dx.practice_npi}"},
        }


class EobUploader(FhirUploader):
    def build(self, claim) -> dict[str, Any]:
        return {
            "resourceType": "ExplanationOfBenefit",
            "status": "active",
            "patient": {"reference": f"Patient/{claim.member_id}"},
            "provider": {"identifier": {"value": claim.billing_npi}},
            "item": [
                {"sequence": n, "productOrService": {"text": line.hcpcs_code}}
                for n, line in enumerate(claim.lines, start=1)
            ],
            "total": [{"amount": {"value": claim.paid_amount, "currency": "USD"}}],
        }


class ImmunizationRegistrySync(FhirUploader):
    base_url = DSHS_IMMTRAC_FHIR_BASE

    def build(self, shot) -> dict[str, Any]:
        return {
            "resourceType": "Immunization",
            "status": "completed",
            "vaccineCode": {"coding": [{"system": CVX, "code": shot.cvx_code}]},
            "patient": {"reference": f"Patient/{shot.member_id}"},
            "occurrenceDateTime": shot.given_on.isoformat(),
        }


def nightly_upload(readings, diagnoses, claims, shots) -> dict[str, int]:
    session = requests.Session()
    return {
        "observations": DeviceObservationUploader(session).upload_all(readings),
        "conditions": ConditionUploader(session).upload_all(diagnoses),
        "eobs": EobUploader(session).upload_all(claims),
        "immunizations": ImmunizationRegistrySync(session).upload_all(shots),
    }
