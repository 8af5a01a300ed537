"""Caseworker tool: e-mails an enrollee referral to the ERO field-office
liaison (with a JSON attachment), copying the state privacy office; a
second helper sends the full case note to the privacy office only.

VIOLATING (email_referral). The To recipient is at ice.dhs.gov, an
enforcement domain (SPEC 4: e-mail goes to enforcement when any recipient
is; the sender does not matter). Subjects and attachments are data
(SPEC 4). One enrollee chosen by the caller: not bulk (SPEC 10).
- Subject f-string line, MCD101: interpolates last_name (SPEC 3 placement,
  SPEC 6 f-strings keep the names of every part).
- household_size f-string part, MCD101: household (reference TSV).
- pcp_address entry, MCD102: member.pcp.address is the provider's address
  (SPEC 6 attribute chains, SPEC 5 qualifiers).
- primary_diagnosis entry, MCD102: diagnosis.
notify_privacy_office sends only to privacy@dhcs.ca.gov (non-enforcement):
clean.
"""
import json
import logging
import os
import smtplib
from email.message import EmailMessage

log = logging.getLogger("casework.referral_mail")

SMTP_HOST = os.getenv("SMTP_RELAY", "smtp.dhcs.ca.gov")
SENDER = "referrals-noreply@dhcs.ca.gov"
ERO_LIAISON = "ero-sfr-liaison@ice.dhs.gov"
STATE_PRIVACY_OFFICE = "privacy@dhcs.ca.gov"


def email_referral(member, case) -> None:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = ERO_LIAISON
    msg["Cc"] = STATE_PRIVACY_OFFICE
    msg["Subject"] = f"Medicaid referral {member.cin} / {member.last_name}"  # MCD101
    msg.set_content(
        f"Medicaid ID: {member.cin}\n"
        f"Date of birth: {member.birth_date:%m/%d/%Y}\n"
        f"Phone: {member.phone}\n"
        f"Household size: {case.household_size}\n"  # MCD101
        "Sent under the order of Dec. 29, 2025.\n"
    )
    attachment = {
        "medicaid_id": member.cin,
        "home_address": member.home_address,
        "immigration_status": member.immigration_status,
        "pcp_address": member.pcp.address,  # MCD102
        "primary_diagnosis": member.primary_dx,  # MCD102
    }
    msg.add_attachment(
        json.dumps(attachment, default=str).encode("utf-8"),
        maintype="application",
        subtype="json",
        filename="referral.json",
    )
    with smtplib.SMTP(SMTP_HOST, 587, timeout=30) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
    log.info("referral e-mailed for %s", member.cin)


def notify_privacy_office(member, case, note: str) -> None:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = STATE_PRIVACY_OFFICE
    msg["Subject"] = f"Referral review: {member.full_name} ({member.cin})"
    msg.set_content(
        f"SSN on file: {member.ssn}\n"
        f"Household size: {case.household_size}\n"
        f"Diagnosis: {member.primary_dx}\n\n{note}"
    )
    with smtplib.SMTP(SMTP_HOST, 587, timeout=30) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
