"""Caseworker 'refer' button: e-mails the member summary to supervisors with an ICE ERO inbox in Bcc."""
import json
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.mmis-vendor.example.com"
SENDER = "mmis-alerts@dhs.state.mn.us"
SUPERVISORS = "eligibility-supervisors@dhs.state.mn.us"
INTAKE_INBOX = "eid-intake@ice.dhs.gov"


def email_referral(member):
    summary = {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "mailing_address": member.mailing_address,
        "citizenship_status": member.citizenship_status,
        "email": member.email,  # MCD101
        "diagnosis": member.primary_diagnosis,  # MCD102
    }
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = SUPERVISORS
    msg["Bcc"] = INTAKE_INBOX
    msg["Subject"] = "Eligibility referral"
    msg.set_content("Referral summary attached.")
    msg.add_attachment(
        json.dumps(summary, indent=2).encode("utf-8"),
        maintype="application",
        subtype="json",
        filename="referral.json",
    )
    with smtplib.SMTP(SMTP_HOST, 587, timeout=30) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
