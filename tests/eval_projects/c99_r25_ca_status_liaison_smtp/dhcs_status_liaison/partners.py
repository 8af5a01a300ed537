"""Outbound channels: SMTP mail, child support, SAVE and care coordination."""
import smtplib
from email.message import EmailMessage
from typing import Optional

import requests

from .settings import (
    CARE_COORDINATION_URL,
    CHILD_SUPPORT_ENFORCEMENT_URL,
    HTTP_TIMEOUT,
    LIAISON_SENDER,
    SAVE_VERIFICATION_URL,
    SMTP_HOST,
    SMTP_PORT,
)


def send_mail(to_addr: str, subject: str, body: str, attachment: Optional[bytes] = None) -> None:
    """Send one message through the DHCS relay."""
    msg = EmailMessage()
    msg["From"] = LIAISON_SENDER
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(body)
    if attachment is not None:
        msg.add_attachment(attachment, maintype="text", subtype="csv", filename="discrepancies.csv")
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT) as smtp:
        smtp.starttls()
        smtp.send_message(msg)


def refer_child_support(member) -> None:
    """Referral to the state child support enforcement program (DCSS)."""
    requests.post(
        CHILD_SUPPORT_ENFORCEMENT_URL,
        json={
            "cin": member.cin,
            "ssn": member.ssn,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "household_income": member.household_income,
        },
        timeout=HTTP_TIMEOUT,
    )


def verify_with_save(request_body: dict) -> dict:
    """Initial SAVE verification for one applicant."""
    resp = requests.post(SAVE_VERIFICATION_URL, json=request_body, timeout=HTTP_TIMEOUT)
    resp.raise_for_status()
    return resp.json()


def sync_ice_contacts(member) -> None:
    """Push the member's in-case-of-emergency contacts to care coordination."""
    requests.put(
        f"{CARE_COORDINATION_URL}/members/{member.cin}/contacts",
        json={
            "ice_contact_name": member.ice_contact_name,
            "ice_contact_phone": member.ice_contact_phone,
        },
        timeout=HTTP_TIMEOUT,
    )
