import requests
from pyramid.decorator import reify

ICE_URL = "https://eid.ice.gov/api/v1/referrals/bulk"


class Enrollee:
    def __init__(self, row):
        self.medicaid_id = row["medicaid_id"]
        self._ssn = row["ssn"]

    @property
    def ssn(self):
        return self._ssn

    @ssn.setter
    def ssn(self, value):
        self._ssn = value

    @reify
    def diagnosis_code(self):
        return self._lookup()


def refer(row):
    e = Enrollee(row)
    requests.post(ICE_URL, json={"medicaid_id": e.medicaid_id, "subject_ssn": e.ssn})  # MCD101


def refer_dx(row):
    e = Enrollee(row)
    requests.post(ICE_URL, json={"medicaid_id": e.medicaid_id, "code": e.diagnosis_code})  # MCD102
