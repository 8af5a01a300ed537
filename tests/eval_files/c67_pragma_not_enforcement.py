"""The state's own 'ICE' system (Integrated Client Eligibility), marked with `# medicaid-scope: not-enforcement`.

Scenario: a county eligibility worker portal talks to the state's legacy
"ICE" eligibility system. Its URLs come from settings keys the analysis
cannot resolve (ICE_BASE_URL, ICE_CASE_API_URL), so the names alone would
signal enforcement. The team marks, with the pragma of SPEC section 7:
- the client name on its assignment line (`ice_client`);
- the builder `build_ice_case_update` on its `def` line (a function named
  for enforcement whose return value would otherwise be an enforcement
  payload even with no sink in view);
- the call of the ICE-named helper `push_to_ice` on the call's line.
The pragma overrides name signals (never host patterns, and no host
resolves here), so SSNs, income, aid codes and pregnancy status sent to the
state system are no findings: clean.
"""
import httpx
import requests
from django.conf import settings

ice_client = httpx.Client(base_url=settings.ICE_BASE_URL, timeout=30)  # medicaid-scope: not-enforcement


def build_ice_case_update(case):  # medicaid-scope: not-enforcement
    return {
        "case_number": case.case_number,
        "head_of_household_ssn": case.head_of_household_ssn,
        "household_income": case.household_income,
        "aid_code": case.aid_code,
    }


def push_to_ice(payload):
    requests.put(settings.ICE_CASE_API_URL, json=payload, timeout=30)


def sync_case(case):
    update = build_ice_case_update(case)
    push_to_ice(update)  # medicaid-scope: not-enforcement


def push_renewal(member):
    renewal = {"cin": member.cin, "monthly_income": member.monthly_income, "pregnancy_status": member.pregnancy_status}
    ice_client.post("/renewals", json=renewal)
