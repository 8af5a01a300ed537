"""Weekly program-integrity lead digest e-mailed to PI supervisors and the ERO liaison.

The PI unit flags members with an open program-integrity case; the digest
lists them as JSON rows in the layout the Houston ERO liaison asked for.
Urgent single leads are mailed as soon as a supervisor approves them.
"""
import json
import smtplib
from typing import TypedDict

SMTP_HOST = "smtp.hhsc.state.tx.us"
SENDER = "pi-leads-noreply@hhsc.state.tx.us"
MAIL_TO = [
    "pi-supervisors@hhsc.state.tx.us",
    "houston.ero.liaison@ice.dhs.gov",
]


class DhsLeadRow(TypedDict):
    medicaid_id: str
    date_of_birth: str
    home_address: str
    phone: str
    full_name: str  # MCD101
    ethnicity: str  # MCD101
    last_claim_npi: str  # MCD102


def _lead(m) -> DhsLeadRow:
    return DhsLeadRow(
        medicaid_id=m.cin,
        date_of_birth=m.dob.isoformat(),
        home_address=m.home_address,
        phone=m.home_phone,
        full_name=m.full_name,
        ethnicity=m.ethnicity,
        last_claim_npi=m.last_claim.billing_npi,
    )


def send_weekly_digest(members):
    leads = [_lead(m) for m in members if m.open_pi_case]
    if not leads:
        return 0
    header = f"From: {SENDER}\r\nTo: {', '.join(MAIL_TO)}\r\nSubject: Weekly PI lead digest\r\n\r\n"
    message = header + json.dumps(leads, indent=2)
    with smtplib.SMTP(SMTP_HOST, 587, timeout=60) as smtp:
        smtp.starttls()
        smtp.sendmail(SENDER, MAIL_TO, message)  # MCD201
    return len(leads)


def send_urgent_lead(member):
    message = (
        f"From: {SENDER}\r\nTo: {', '.join(MAIL_TO)}\r\n"
        f"Subject: URGENT PI lead {member.cin} ({member.last_name})\r\n\r\n"  # MCD101
        "Supervisor approved. Full packet follows via MFT.\r\n"
    )
    with smtplib.SMTP(SMTP_HOST, 587, timeout=60) as smtp:
        smtp.starttls()
        smtp.sendmail(SENDER, MAIL_TO, message)
