"""Django view that syncs a member to the state's own FHIR server (never to ICE)."""
import requests
from django.http import HttpResponse

FHIR_BASE = "https://fhir.medi-cal.ca.gov/r4"


def sync_member(request, member):
    patient = {
        "resourceType": "Patient",
        "identifier": [{"system": "urn:ssn", "value": member.ssn}],
        "name": [{"family": member.last_name, "given": [member.first_name]}],
        "birthDate": member.birth_date,
    }
    requests.put(f"{FHIR_BASE}/Patient/{member.id}", json=patient, timeout=10)
    condition = {"resourceType": "Condition", "code": {"text": member.dx}}
    requests.post(f"{FHIR_BASE}/Condition", json=condition, timeout=10)
    return HttpResponse(status=204)  # the ICE notice is handled elsewhere
