"""Nightly sync of active members to the state's FHIR Patient registry.

Clean: bulk and unfiltered, but the destination is the state FHIR server on an ohio.gov host, not enforcement.
"""
import logging

import requests

from enrollment.models import Member

log = logging.getLogger(__name__)
FHIR_BASE = "https://fhir.medicaid.ohio.gov/r4"


def to_patient(m) -> dict:
    return {
        "resourceType": "Patient",
        "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.249.15", "value": m.medicaid_id}],
        "name": [{"family": m.last_name, "given": [m.first_name]}],
        "gender": m.gender,
        "birthDate": m.dob.isoformat(),
        "address": [{"line": [m.home_address], "city": m.city, "postalCode": m.zip_code}],
        "telecom": [{"system": "phone", "value": m.phone}],
    }


def sync_all() -> int:
    session = requests.Session()
    session.headers.update({"Content-Type": "application/fhir+json"})
    synced = 0
    for m in Member.objects.filter(enrollment_status="ACTIVE").iterator():
        resp = session.put(
            f"{FHIR_BASE}/Patient/{m.medicaid_id}",
            json=to_patient(m),
            timeout=30,
        )
        if resp.ok:
            synced += 1
    log.info("synced %d patients", synced)
    return synced
