"""Eligibility verification: SAVE (USCIS) checks, FHIR updates and county notices.

Runs during application processing.  Immigration status is verified through
SAVE, as Medicaid eligibility rules require; results are written to the state
FHIR server and the county DHS caseworker is e-mailed the outcome.
"""
import smtplib
from email.message import EmailMessage

import httpx

SAVE_URL = "https://save.uscis.gov/SAVE/api/v3/cases"
SAVE_DHS_BASE = "https://verification.uscis.dhs.gov"
FHIR_BASE = "https://fhir.hfs.illinois.gov/r4"
COUNTY_DHS_INBOX = "elig-verification@dhs.cookcountyil.gov"
SMTP_HOST = "smtp.hfs.illinois.gov"

dhs_save_client = httpx.Client(base_url=SAVE_DHS_BASE, timeout=30)


def initiate_save_case(applicant):
    body = {
        "alienNumber": applicant.alien_number,
        "i94Number": applicant.i94_number,
        "firstName": applicant.first_name,
        "lastName": applicant.last_name,
        "dateOfBirth": applicant.dob.isoformat(),
        "documentTypeId": applicant.vlp_document_id,
    }
    resp = httpx.post(SAVE_URL, json=body, timeout=30)
    resp.raise_for_status()
    return resp.json()["caseNumber"]


def resubmit_save_case(applicant, save_case_number):
    resp = dhs_save_client.post(
        f"/save/api/v3/cases/{save_case_number}/resubmit",
        json={"passportNumber": applicant.passport_number, "ssn": applicant.ssn},
    )
    resp.raise_for_status()
    return resp.json()


def verify_pending(applicants):
    return {a.application_id: initiate_save_case(a) for a in applicants}


def record_condition(member, dx_code, onset):
    condition = {
        "resourceType": "Condition",
        "subject": {"reference": f"Patient/{member.cin}"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": dx_code}]},
        "onsetDateTime": onset.isoformat(),
    }
    httpx.post(f"{FHIR_BASE}/Condition", json=condition, headers={"Content-Type": "application/fhir+json"})


def update_patient(member):
    patient = {
        "resourceType": "Patient",
        "id": member.cin,
        "identifier": [{"type": {"coding": [{"code": "SS"}]}, "value": member.ssn}],
        "name": [{"family": member.last_name, "given": [member.first_name]}],
        "gender": member.gender,
        "birthDate": member.dob.isoformat(),
    }
    httpx.put(f"{FHIR_BASE}/Patient/{member.cin}", json=patient)


def notify_county(member, save_status):
    msg = EmailMessage()
    msg["From"] = "save-results@hfs.illinois.gov"
    msg["To"] = COUNTY_DHS_INBOX
    msg["Subject"] = f"SAVE result for {member.full_name} ({member.cin})"
    msg.set_content(
        f"SSN: {member.ssn}\nSAVE status: {save_status}\n"
        f"Diagnoses on file: {', '.join(member.dx_codes)}\n"
    )
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
