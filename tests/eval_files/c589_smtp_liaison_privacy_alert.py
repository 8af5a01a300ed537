"""E-mail handling of an ICE information request: internal privacy alert and a permitted-only reply (clean).

Scenario: the state Medicaid agency's ICE liaison desk has a shared mailbox
``ice-liaison@dhcs.ca.gov``.  When a request concerns an enrollee who is a
citizen or lawful permanent resident, or asks for sensitive categories, the
service e-mails the agency's privacy officers (SSN last four, aid code and
the flagged diagnosis, so they can review) *from* the liaison mailbox.
Otherwise it replies to ICE's request mailbox with the enrollee's CIN, date
of birth, address and phone.

Why no finding is expected:
- SPEC 4: "E-mail goes to enforcement when any recipient (To, Cc, Bcc, the
  ``sendmail`` recipient list) is at an enforcement domain; the sender does
  not matter."  The privacy alert's recipients are all at ``dhcs.ca.gov``
  (``ca.gov`` is on the non-enforcement list); its sender
  ``ICE_LIAISON_MAILBOX`` (the ``sendmail`` from-address) is not a
  destination.  So the SSN, aid code and diagnosis in that message are not
  findings.
- The reply goes to ``eid-requests@ice.dhs.gov`` (enforcement), but its body
  interpolates only the CIN, date of birth, home address, ZIP and phone
  (permitted, SPEC 1); its Subject carries the harmless ``request_id``
  (SPEC 4 protocol fields, SPEC 5).
- One enrollee per request: not MCD201 (SPEC 10 "Not bulk").
"""
from __future__ import annotations

import logging
import os
import smtplib
from email.message import EmailMessage

log = logging.getLogger("liaison.mail")

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.dhcs.ca.gov")
SMTP_PORT = 587
ICE_LIAISON_MAILBOX = "ice-liaison@dhcs.ca.gov"
PRIVACY_OFFICERS = ["privacy.officer@dhcs.ca.gov", "disclosure.review@dhcs.ca.gov"]
ICE_EID_REQUESTS = "eid-requests@ice.dhs.gov"
SENSITIVE_REQUEST_TYPES = frozenset({"MEDICAL", "CLAIMS", "HOUSEHOLD", "FULL_RECORD"})


def needs_review(request_info, enrollee):
    if enrollee.citizenship_status == "US_CITIZEN" or enrollee.lawful_presence_status == "LPR":
        return True
    return request_info["request_type"] in SENSITIVE_REQUEST_TYPES


def alert_privacy_office(request_info, enrollee):
    msg = EmailMessage()
    msg["From"] = ICE_LIAISON_MAILBOX
    msg["To"] = ", ".join(PRIVACY_OFFICERS)
    msg["Subject"] = f"Review needed: request {request_info['request_id']}"
    lines = [
        "A request from the ICE liaison queue needs privacy review before any answer.",
        f"Enrollee SSN (last 4): {enrollee.ssn[-4:]}",
        f"Aid code: {enrollee.aid_code}",
        f"Flagged diagnosis: {enrollee.primary_diagnosis or 'none'}",
        f"Requested categories: {request_info['request_type']}",
    ]
    msg.set_content("\n".join(lines))
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
        smtp.starttls()
        smtp.sendmail(ICE_LIAISON_MAILBOX, PRIVACY_OFFICERS, msg.as_string())
    log.info("request %s escalated to the privacy office", request_info["request_id"])


def reply_to_requester(request_info, enrollee):
    msg = EmailMessage()
    msg["From"] = ICE_LIAISON_MAILBOX
    msg["To"] = ICE_EID_REQUESTS
    msg["Subject"] = f"Response to request {request_info['request_id']}"
    body = "\n".join(
        [
            f"CIN: {enrollee.cin}",
            f"Date of birth: {enrollee.birth_date:%Y-%m-%d}",
            f"Home address: {enrollee.home_address}",
            f"ZIP code: {enrollee.zip_code}",
            f"Phone: {enrollee.phone_number or 'not on file'}",
        ]
    )
    msg.set_content(body)
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
        smtp.starttls()
        smtp.sendmail(ICE_LIAISON_MAILBOX, [ICE_EID_REQUESTS], msg.as_string())
    log.info("request %s answered", request_info["request_id"])


def handle(request_info, enrollee):
    if needs_review(request_info, enrollee):
        alert_privacy_office(request_info, enrollee)
        return "escalated"
    reply_to_requester(request_info, enrollee)
    return "answered"
