"""FHIR Patient with permitted elements only, for the ICE FHIR endpoint."""
import requests

ICE_FHIR = "https://fhir.ice.gov/r4"


def patient_for(member):
    return {
        "resourceType": "Patient",
        "birthDate": member.birth_date,
        "address": [{"line": [member.street], "city": member.city, "postalCode": member.zip_code}],
        "telecom": [{"system": "phone", "value": member.phone}],
    }


def send(member):
    requests.post(f"{ICE_FHIR}/Patient", json=patient_for(member))
