"""Client for ICE, the Immunization Calculation Engine (HLN's open-source
forecaster) that the state health department runs for the registry.

Medicaid care managers ask it which vaccines a child is due for.  Here
"ICE" is a clinical decision-support service at a ny.gov host; it receives
immunization histories, which is what it is for.
"""
import json
import logging
from datetime import date

import urllib3

log = logging.getLogger(__name__)

ICE_ENGINE_URL = "https://ice.health.ny.gov/opencds-decision-support-service/evaluate"


class IceEngineClient:
    def __init__(self) -> None:
        self.url = ICE_ENGINE_URL
        self.http = urllib3.PoolManager(retries=urllib3.Retry(total=3, backoff_factor=0.5))

    @staticmethod
    def build_bundle(child, shots) -> dict:
        entries = [{
            "resource": {
                "resourceType": "Patient",
                "id": child.cin,
                "name": [{"family": child.last_name, "given": [child.first_name]}],
                "gender": child.gender,
                "birthDate": child.dob.isoformat(),
            }
        }]
        for shot in shots:
            entries.append({
                "resource": {
                    "resourceType": "Immunization",
                    "status": "completed",
                    "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx",
                                                "code": shot.cvx_code}]},
                    "patient": {"reference": f"Patient/{child.cin}"},
                    "occurrenceDateTime": shot.administered_on.isoformat(),
                }
            })
        return {"resourceType": "Bundle", "type": "collection", "entry": entries}

    def forecast(self, child, shots, as_of: date | None = None) -> list[dict]:
        bundle = self.build_bundle(child, shots)
        resp = self.http.request(
            "POST",
            self.url,
            body=json.dumps({"evalTime": (as_of or date.today()).isoformat(), "bundle": bundle}),
            headers={"Content-Type": "application/fhir+json"},
        )
        if resp.status != 200:
            log.error("ICE engine returned %s for %s", resp.status, child.cin)
            return []
        return json.loads(resp.data)["recommendations"]


def due_vaccines(children, history_by_cin) -> dict:
    ice = IceEngineClient()
    due = {}
    for child in children:
        recs = ice.forecast(child, history_by_cin.get(child.cin, []))
        due[child.cin] = [r["vaccineGroup"] for r in recs if r.get("status") == "DUE"]
    return due
