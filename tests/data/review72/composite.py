import requests
from django.conf import settings


class StateClient:
    def __init__(self):
        self.url = settings.MMIS_URL

    def send(self, member):
        requests.post(self.url, json={"first_name": member.first_name})


class IceDetainerSync:
    """Polls detainer notices and updates the state's own case system."""

    def __init__(self):
        self.state = StateClient()

    def run(self, member):
        self.state.send(member)


class StateFhir:
    def __init__(self):
        self.url = "https://fhir.example-vendor.com/Patient"

    def send(self, member):
        requests.post(self.url, json={"first_name": member.first_name})


class DhsCaseSync:
    def __init__(self):
        self.fhir = StateFhir()

    def run(self, member):
        self.fhir.send(member)
