# OPTIONS: enforcement_tokens=ice,ero,cbp,enforcement,deportation
"""A state DHS team drops 'dhs' from the tokens: their DHS URLs come from configuration."""
import requests
from django.conf import settings


class DhsEligibilityClient:
    def __init__(self):
        self.base = settings.DHS_ELIGIBILITY_BASE

    def check(self, applicant):
        return requests.post(self.base + "/check", json={"ssn": applicant.ssn, "income": applicant.income}).json()
