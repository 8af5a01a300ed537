"""Eligibility check against the Illinois Department of Human Services (a state Medicaid agency)."""
import json
from urllib.request import Request, urlopen

DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api/check"


def check(applicant):
    body = json.dumps({"ssn": applicant.ssn, "income": applicant.income, "household_size": applicant.size})
    req = Request(DHS_ELIGIBILITY_URL, data=body.encode(), method="POST")
    return urlopen(req).read()
