"""FHIR bundle for an ICE data request: includes a Condition."""
import requests

ICE_FHIR = "https://fhir.ice.gov/r4"


def bundle_for(member):
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {"resource": {"resourceType": "Patient", "birthDate": member.birth_date}},
            {"resource": {"resourceType": "Condition", "subject": {"reference": "Patient/1"}}},  # MCD102
        ],
    }


def send(member):
    requests.post(ICE_FHIR, json=bundle_for(member))
