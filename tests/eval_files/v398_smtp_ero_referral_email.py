"""E-mail a single-member referral to the ERO field office inbox."""
import json
import logging
import smtplib
import ssl
from email.message import EmailMessage

from members.models import Member

log = logging.getLogger(__name__)

SMTP_HOST = "smtp-relay.dhs.state.nj.us"
SMTP_PORT = 587
SENDER = "mmis-referrals@dhs.state.nj.us"
ERO_INBOX = "ero-newark-referrals@ice.dhs.gov"
PRIVACY_CC = "medicaid.privacy@dhs.state.nj.us"


def build_message(member):
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = ERO_INBOX
    msg["Cc"] = PRIVACY_CC
    msg["Subject"] = f"Medicaid referral {member.cin}"
    lines = [
        f"Medicaid ID: {member.cin}",
        f"Date of birth: {member.birth_date:%m/%d/%Y}",
        f"Name: {member.full_name}",  # MCD101
        f"Primary language: {member.primary_language}",  # MCD101
        f"Phone: {member.phone or 'none on file'}",
        "",
        "Sent under the agency's information-sharing procedure 14-02.",
    ]
    msg.set_content("\n".join(lines))
    detail = {
        "medicaid_id": member.cin,
        "dob": member.birth_date.isoformat(),
        "ssn": member.ssn,  # MCD101
        "immigration_status": member.immigration_status,
    }
    msg.add_attachment(
        json.dumps(detail, indent=2),
        subtype="json",
        filename=f"referral_{member.cin}.json",
    )
    return msg


def send_referral(member_id, user, password):
    member = Member.objects.get(pk=member_id)
    msg = build_message(member)
    context = ssl.create_default_context()
    try:
        with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
            smtp.starttls(context=context)
            smtp.login(user, password)
            smtp.send_message(msg)
    except smtplib.SMTPException:
        log.exception("referral e-mail for %s failed", member.cin)
        raise
    log.info("referral e-mailed for %s", member.cin)
