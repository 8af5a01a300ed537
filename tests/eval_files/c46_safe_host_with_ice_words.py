"""A state agency's own 'ICE' (Integrated Case Eligibility) system on the state domain."""
import requests

ICE_SYSTEM_URL = "https://ice.dhcs.ca.gov/api/cases"


def update_case(case):
    requests.put(ICE_SYSTEM_URL, json={"case_number": case.number, "ssn": case.ssn, "income": case.income})
