"""SAVE immigration-status verification for Medicaid eligibility, wrapped in a retry decorator.

Eligibility rules require verifying status through SAVE, so requests carry the A-number, name, SSN
and DOB. Clean: every URL resolves to save.uscis.dhs.gov or save.uscis.gov. *.uscis.dhs.gov has more
labels than *.dhs.gov, so the SAVE entry wins (SPEC 4), and a resolved non-enforcement host overrides
the name signals in DHS_SAVE_URL and dhs_session. verify_applicants loops over a plural
person noun with no status test, but MCD201 applies only to enforcement sinks (SPEC 10).
"""
import functools
import logging
import random
import time

import requests

log = logging.getLogger("save_client")

DHS_SAVE_URL = "https://save.uscis.dhs.gov/api/v3/cases"
DHS_SAVE_STATUS_URL = "https://save.uscis.gov/api/v3/cases/{case}/status"

dhs_session = requests.Session()


def retry(times=4, backoff=0.5, on=(requests.ConnectionError, requests.Timeout)):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except on as exc:
                    if attempt == times:
                        raise
                    delay = backoff * 2 ** attempt + random.random()
                    log.warning("%s failed (%s); retry in %.1fs", fn.__name__, exc, delay)
                    time.sleep(delay)
        return wrapper
    return decorate


@retry()
def initiate_case(applicant):
    body = {
        "alienNumber": applicant.alien_number,
        "i94Number": applicant.i94_number,
        "firstName": applicant.first_name,
        "lastName": applicant.last_name,
        "dateOfBirth": applicant.dob.isoformat(),
        "ssn": applicant.ssn,
        "benefit": "MEDICAID",
    }
    resp = dhs_session.post(DHS_SAVE_URL, json=body, timeout=30)
    resp.raise_for_status()
    return resp.json()["caseNumber"]


@retry(times=6, backoff=2.0)
def poll_status(case_number):
    url = DHS_SAVE_STATUS_URL.format(case=case_number)
    resp = dhs_session.get(url, timeout=30)
    resp.raise_for_status()
    return resp.json()


def verify_applicants(applicants):
    results = {}
    for applicant in applicants:
        case = initiate_case(applicant)
        results[applicant.medicaid_id] = poll_status(case)["eligibilityStatement"]
    return results
