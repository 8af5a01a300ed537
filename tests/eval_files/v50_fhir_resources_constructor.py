"""FHIR models from fhir.resources and fhirclient, sent to an ICE FHIR endpoint."""
import requests
from fhir.resources.observation import Observation
from fhir.resources.patient import Patient
from fhirclient.models import condition as fc

ICE_FHIR = "https://fhir.ice.gov/r4"


def send(member, obs_json, cond_json):
    patient = Patient(birthDate=member.birth_date, gender=member.gender)  # MCD101
    requests.post(f"{ICE_FHIR}/Patient", data=patient.json())
    observation = Observation.parse_obj(obs_json)  # MCD102
    requests.post(f"{ICE_FHIR}/Observation", data=observation.json())
    condition = fc.Condition(cond_json)  # MCD102
    requests.post(f"{ICE_FHIR}/Condition", json=condition.as_json())
