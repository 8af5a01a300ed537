"""FHIR R4 resource builders."""

SNOMED = "http://snomed.info/sct"


def hiv_condition(member_id):
    return {
        "resourceType": "Condition",
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"coding": [{"system": SNOMED, "code": "86406008", "display": "HIV infection"}]},
        "subject": {"reference": f"Patient/{member_id}"},
    }
