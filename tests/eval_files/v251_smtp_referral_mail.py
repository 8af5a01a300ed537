"""County eligibility office e-mails a referral, with a CSV attachment, to an ERO field-office mailbox.
The To recipient is at ice.dhs.gov (*.dhs.gov, §4: any enforcement recipient makes it enforcement).
- render_body(): the f-string list element with member.full_name (name) and the %-formatted element
  with member.emergency_contact_phone (a contact person's phone, §5 qualifiers) -> MCD101 at each
  list element line (§3, §6 string building); they reach smtp.send_message through the message body.
- The attachment's data row puts member.diagnosis_code (diagnosis) -> MCD102 at that list element;
  the csv.writer header row of literals is constants, never a finding (§3).
Medicaid ID, DOB and address lines and the Subject with the Medicaid ID are permitted (§1).
"""
import csv
import io
import logging
import smtplib
from email.message import EmailMessage

log = logging.getLogger(__name__)

SMTP_HOST = "smtp-relay.county-hhsa.example.org"
SMTP_PORT = 587
SENDER = "eligibility-referrals@county-hhsa.example.org"
ERO_REFERRAL_MAILBOX = "sfr-referrals@ice.dhs.gov"
SIGNATURE = "Submitted by the County Eligibility Division, Program Integrity Unit"


def render_body(member):
    lines = [
        "Referral submitted under the CMS-DHS information sharing notice.",
        f"Medicaid ID: {member.medicaid_id}",
        f"Date of birth: {member.date_of_birth:%m/%d/%Y}",
        f"Address: {member.home_address}",
        f"Member: {member.full_name}",  # MCD101
        "Emergency contact phone: %s" % member.emergency_contact_phone,  # MCD101
        "",
        SIGNATURE,
    ]
    return "\n".join(lines)


def render_attachment(member):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["medicaid_id", "date_of_birth", "diagnosis_code"])
    writer.writerow([member.medicaid_id, member.date_of_birth.isoformat(), member.diagnosis_code])  # MCD102
    return buf.getvalue().encode("utf-8")


def send_referral(member, smtp_user, smtp_password):
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = ERO_REFERRAL_MAILBOX
    msg["Subject"] = f"Referral - Medicaid ID {member.medicaid_id}"
    msg.set_content(render_body(member))
    msg.add_attachment(
        render_attachment(member),
        maintype="text",
        subtype="csv",
        filename="referral.csv",
    )
    try:
        with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
            smtp.starttls()
            smtp.login(smtp_user, smtp_password)
            smtp.send_message(msg)
    except smtplib.SMTPException:
        log.exception("could not mail referral for %s", member.medicaid_id)
        return False
    log.info("referral mailed to %s", ERO_REFERRAL_MAILBOX)
    return True
