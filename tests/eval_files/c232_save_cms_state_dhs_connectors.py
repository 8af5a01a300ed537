"""Verification and reporting connectors for an integrated eligibility system.

Every destination here is a benefits-administration partner, not immigration
enforcement, even where the names say "DHS":

* SAVE (Systematic Alien Verification for Entitlements) is run by USCIS and is
  the verification service Medicaid eligibility checks are required to use;
* T-MSIS submissions go to CMS;
* the Illinois and Minnesota "Departments of Human Services" and the Cook
  County DHS are the state/county Medicaid agencies themselves.
"""
import os
from urllib.parse import urljoin

import httpx
import requests

DHS_SAVE_URL = "https://save.uscis.dhs.gov/api/v3/cases"
SAVE_VERIFICATION_URL = "https://api.save.uscis.gov/v4/verifications"
DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api"
TMSIS_INTAKE = os.environ.get("DHS_TMSIS_URL", "https://tmsis.cms.gov/submissions/")
COOK_COUNTY_DHS = "https://dhs.cookcountyil.gov/case-referrals"
MN_DHS_BASE = "https://mn-its.dhs.state.mn.us"

dhs_client = httpx.Client(base_url=DHS_ELIGIBILITY_URL, timeout=30)


def initiate_save_case(applicant):
    """SAVE step 1 for one applicant who attested to a qualified status."""
    body = {
        "alienNumber": applicant.alien_number,
        "i94Number": applicant.i94_number,
        "firstName": applicant.first_name,
        "lastName": applicant.last_name,
        "dateOfBirth": applicant.dob.isoformat(),
        "ssn": applicant.ssn,
        "benefitCode": "MEDICAID",
    }
    return requests.post(DHS_SAVE_URL, json=body, timeout=30)


def save_additional_verification(case_number, applicant):
    url = urljoin(SAVE_VERIFICATION_URL + "/", case_number)
    return httpx.post(url, json={"visaNumber": applicant.visa_number, "sevisId": applicant.sevis_id})


def submit_tmsis_claims(claims):
    """Monthly OT claims file to CMS (every claim, full clinical detail)."""
    lines = [
        {
            "MSIS_IDENT_NUM": c.msis_ident_num,
            "ICN_ORIG": c.icn_orig,
            "DGNS_1_CD": c.dgns_1_cd,
            "PRCDR_1_CD": c.prcdr_1_cd,
            "SRVCNG_PRVDR_NPI_NUM": c.srvcng_prvdr_npi_num,
            "MDCD_PD_AMT": c.mdcd_pd_amt,
        }
        for c in claims
    ]
    return requests.post(urljoin(TMSIS_INTAKE, "ot-claims"), json=lines, timeout=600)


def redetermine(members):
    """Push renewal data to the Illinois eligibility API, one member at a time."""
    for m in members:
        dhs_client.post(
            "/redeterminations",
            json={
                "ssn": m.ssn,
                "household_income": m.household_income,
                "household_size": m.household_size,
                "disability_status": m.disability_status,
            },
        )


def county_case_referral(m):
    return requests.post(
        COOK_COUNTY_DHS,
        json={"case_number": m.case_number, "full_name": m.full_name, "diagnosis_code": m.diagnosis_code},
        timeout=30,
    )


def mn_its_upload(m):
    mn_session = requests.Session()
    return mn_session.post(f"{MN_DHS_BASE}/mft/inbound/{m.ssn}.json", json=vars(m), timeout=60)
