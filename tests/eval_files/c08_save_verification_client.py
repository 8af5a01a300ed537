"""SAVE verification client: eligibility checks must query USCIS (a DHS component) by A-Number."""
import requests

SAVE_URL = "https://save.uscis.gov/api/v4/cases"


class DhsSaveClient:
    """The name says DHS, the host is SAVE, which Medicaid eligibility must use."""

    def __init__(self, token):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def open_case(self, applicant):
        body = {
            "alien_number": applicant.a_number,
            "i94_number": applicant.i94,
            "first_name": applicant.first_name,
            "date_of_birth": applicant.dob,
        }
        return self.session.post(SAVE_URL, json=body).json()
