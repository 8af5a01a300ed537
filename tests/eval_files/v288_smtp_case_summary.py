"""E-mail a reviewed case summary to program integrity.

Supervisors asked for a plain-text summary in their inbox after each review;
the federal liaison mailbox is blind-copied so the liaison can open a referral
without re-keying the case.
"""
from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage

log = logging.getLogger("integrity.mailer")

SMTP_HOST = "smtp.dhcs.ca.gov"
SMTP_PORT = 587
SENDER = "no-reply-integrity@dhcs.ca.gov"
CASE_REVIEW_MAILBOX = "program-integrity@dhcs.ca.gov"
LIAISON_MAILBOX = "medicaid-liaison@ice.dhs.gov"


def _summary_lines(member) -> list[str]:
    return [
        "Case review summary",
        "",
        f"Medicaid ID: {member.medicaid_id}",
        f"Name: {member.full_name}",  # MCD101
        f"Date of birth: {member.dob:%m/%d/%Y}",
        f"Home address: {member.home_address}",
        f"Phone: {member.phone_number}",
        f"Primary language: {member.primary_language}",  # MCD101
        f"Immigration status: {member.immigration_status}",
    ]


def send_summary(member, smtp_user: str, smtp_password: str) -> bool:
    if member is None or not member.medicaid_id:
        return False

    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = CASE_REVIEW_MAILBOX
    msg["Bcc"] = LIAISON_MAILBOX
    msg["Subject"] = f"Case review complete: {member.medicaid_id}"
    msg.set_content("\n".join(_summary_lines(member)))

    context = ssl.create_default_context()
    try:
        with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=20) as smtp:
            smtp.starttls(context=context)
            smtp.login(smtp_user, smtp_password)
            smtp.send_message(msg)
    except (smtplib.SMTPException, OSError):
        log.exception("case summary for %s not sent", member.medicaid_id)
        return False
    log.info("case summary for %s sent", member.medicaid_id)
    return True
