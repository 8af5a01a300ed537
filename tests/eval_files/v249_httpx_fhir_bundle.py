"""Contractor job that sends a FHIR R4 collection Bundle about one enrollee to the HSI FHIR gateway.

The gateway host fhir.hsi.dhs.gov matches *.dhs.gov (§4); build_ice_bundle is also named for enforcement.
- Patient elements classify one by one (§5): name.family and name.given (name) and gender (sex) are
  outside the six categories -> MCD101 at each value's line (§3, multi-line placement at the value).
  birthDate, telecom phone, home address and the citizenship extension are permitted (§1).
- The Condition resource is clinical: one MCD102 at its "resourceType" entry (§3, §5); its
  inner code/subject elements are not reported separately. correlation_id is harmless (§5).
"""
import logging
import uuid

import httpx

log = logging.getLogger(__name__)

HSI_FHIR_BASE = "https://fhir.hsi.dhs.gov/r4"
CLIENT_CERT = ("/etc/pki/hsi/client.pem", "/etc/pki/hsi/client.key")
CITIZENSHIP_EXT = "http://hl7.org/fhir/StructureDefinition/patient-citizenship"
ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm"


def build_ice_bundle(member, correlation_id):
    """Build the referral Bundle: one Patient plus the qualifying Condition."""
    patient = {
        "resourceType": "Patient",
        "id": "subject",
        "extension": [
            {
                "url": CITIZENSHIP_EXT,
                "extension": [{"url": "code", "valueCodeableConcept": {"text": member.citizenship_status}}],
            }
        ],
        "name": [
            {
                "family": member.last_name,  # MCD101
                "given": [member.first_name],  # MCD101
            }
        ],
        "gender": member.gender,  # MCD101
        "birthDate": member.birth_date.isoformat(),
        "telecom": [{"system": "phone", "value": member.phone_number, "use": "home"}],
        "address": [
            {
                "use": "home",
                "line": [member.home_address.line1],
                "city": member.home_address.city,
                "postalCode": member.home_address.zip_code,
            }
        ],
    }
    condition = {
        "resourceType": "Condition",  # MCD102
        "subject": {"reference": "Patient/subject"},
        "code": {"coding": [{"system": ICD10_SYSTEM, "code": member.primary_dx}]},
        "recordedDate": member.dx_recorded_date.isoformat(),
    }
    return {
        "resourceType": "Bundle",
        "id": correlation_id,
        "type": "collection",
        "entry": [
            {"fullUrl": "urn:uuid:subject", "resource": patient},
            {"resource": condition},
        ],
    }


def send_bundle(bundle):
    with httpx.Client(base_url=HSI_FHIR_BASE, cert=CLIENT_CERT, timeout=30.0) as client:
        resp = client.post("/Bundle", json=bundle, headers={"Content-Type": "application/fhir+json"})
        resp.raise_for_status()
        return resp.headers.get("Location")


def refer_member(member):
    correlation_id = str(uuid.uuid4())
    bundle = build_ice_bundle(member, correlation_id)
    try:
        location = send_bundle(bundle)
    except httpx.HTTPStatusError as exc:
        log.error("gateway rejected bundle %s: %s", correlation_id, exc.response.status_code)
        raise
    except httpx.TransportError:
        log.exception("gateway unreachable for bundle %s", correlation_id)
        raise
    log.info("bundle %s stored at %s", correlation_id, location)
    return location
