"""Immunization forecasting for the EPSDT well-child outreach.

"ICE" here is the Immunization Calculation Engine (an open-source
OpenCDS-based clinical decision support service run by our vendor), not
Immigration and Customs Enforcement.  The pragmas below tell the
medicaid-scope linter so.
"""
import logging
import os
from datetime import date

import requests

log = logging.getLogger("epsdt.forecast")

ICE_ENGINE_URL = os.environ.get("ICE_ENGINE_URL", "https://cds.hlnconsulting-cloud.net/opencds")  # medicaid-scope: not-enforcement
ICE_SCHEDULE_ID = "default"


def build_ice_evaluation_request(child, doses):  # medicaid-scope: not-enforcement
    return {
        "scheduleId": ICE_SCHEDULE_ID,
        "evalDate": date.today().isoformat(),
        "patient": {
            "id": child.cin,
            "birthDate": child.birth_date.isoformat(),
            "gender": child.sex,
        },
        "immunizations": [
            {"cvx": d.cvx_code, "date": d.administered_on.isoformat(), "lot": d.lot_number}
            for d in doses
        ],
        "conditions": [{"code": c.icd10_code} for c in child.immunity_conditions],
    }


class IceForecastClient:  # medicaid-scope: not-enforcement
    def __init__(self):
        self.base_url = ICE_ENGINE_URL
        self.session = requests.Session()
        self.session.headers["Accept"] = "application/json"

    def forecast(self, child, doses):
        body = build_ice_evaluation_request(child, doses)
        resp = self.session.post(f"{self.base_url}/evaluate", json=body, timeout=20)
        resp.raise_for_status()
        return resp.json()["forecasts"]


def overdue_series(children, doses_by_child):
    client = IceForecastClient()
    overdue = {}
    for child in children:
        forecasts = client.forecast(child, doses_by_child.get(child.cin, []))
        late = [f["series"] for f in forecasts if f["status"] == "OVERDUE"]
        if late:
            overdue[child.cin] = late
    log.info("%d children have overdue series", len(overdue))
    return overdue
