"""SAVE initial verification through prepared requests; the DHS-named setting points at USCIS SAVE."""
import os

import requests

DHS_SAVE_URL = os.environ.get("DHS_SAVE_URL", "https://save.uscis.gov/api/v2/cases")


class SaveClient:
    def __init__(self, client_id):
        self.session = requests.Session()
        self.session.verify = "/etc/pki/tls/certs/ca-bundle.crt"
        self.client_id = client_id

    def initiate(self, applicant):
        body = {
            "alien_number": applicant.alien_number,
            "i94_number": applicant.i94_number,
            "first_name": applicant.first_name,
            "last_name": applicant.last_name,
            "date_of_birth": applicant.date_of_birth.isoformat(),
            "benefit": "MEDICAID",
        }
        req = requests.Request(
            "POST",
            DHS_SAVE_URL,
            json=body,
            headers={"Content-Type": "application/json"},
        )
        prepared = req.prepare()
        resp = self.session.send(prepared, timeout=30)
        resp.raise_for_status()
        return resp.json()["case_number"]
