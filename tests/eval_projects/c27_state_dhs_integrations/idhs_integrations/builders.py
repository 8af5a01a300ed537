"""Payload builders for the state-side integrations."""
from dataclasses import asdict

from .models import EligibilityCase


def eligibility_record(case: EligibilityCase) -> dict:
    """IES -> state eligibility API: the whole case, as the API expects."""
    return asdict(case)


def save_request(applicant):
    """SAVE initial verification (the A-number is the SAVE lookup key)."""
    return {
        "alienNumber": applicant.alien_number,
        "firstName": applicant.first_name,
        "lastName": applicant.last_name,
        "dateOfBirth": applicant.date_of_birth.isoformat(),
        "documentType": applicant.document_type,
        "benefit": "MEDICAID",
    }


def cse_referral(case):
    """IV-D referral when a Medicaid case has an absent parent."""
    return {
        "case_number": case.case_number,
        "ncp_ssn": case.absent_parent_ssn,
        "ncp_name": case.absent_parent_name,
        "custodial_ssn": case.ssn,
        "monthly_income": case.monthly_income,
        "employer_name": case.absent_parent_employer,
    }


def add_contact(body, case):
    body["home_address"] = case.home_address
    body["phone"] = case.phone_number
    body["first_name"] = case.first_name
    body["last_name"] = case.last_name
