"""Case summary e-mailed to the county in full and, trimmed by pop/del, to the ERO liaison.

Scenario: a county eligibility unit's tool builds one case summary (name,
SSN, diagnosis, income, e-mail, with the permitted fields). The full
summary goes to the county's own eligibility mailbox; the liaison
referral for the same case first removes the barred keys in a loop over
a constant tuple and with ``del``, then goes as a JSON attachment to the
ERO liaison's address.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``for key in BARRED_KEYS: summary.pop(key, None)`` is ``pop`` in a loop
  over a constant collection of names, and ``del summary["email"]``
  removes the last one: both are recognized sanitizers (SPEC section 6),
  so only Medicaid ID, date of birth, home address, phone and immigration
  status reach ``liaison.sf@ero.ice.gov``.
- The full summary goes only to ``eligibility@county.example.ca.gov``;
  a ``.gov`` host that is not an enforcement domain is government, not
  enforcement (SPEC section 4), so the same fields there are not findings.
- The ``Subject`` and the attachment file name carry only the Medicaid ID;
  the sender address does not matter (SPEC section 4). One case chosen by
  the worker (SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import json
import logging
import smtplib
from email.message import EmailMessage

log = logging.getLogger("county.case_summary")

SMTP_RELAY = "smtp-relay.county.example.ca.gov"
SENDER = "no-reply@county.example.ca.gov"
COUNTY_MAILBOX = "eligibility@county.example.ca.gov"
ERO_LIAISON = "liaison.sf@ero.ice.gov"
BARRED_KEYS = ("full_name", "ssn", "primary_diagnosis", "household_income")


def case_summary(case) -> dict:
    return {
        "medicaid_id": case.medicaid_id,
        "full_name": case.full_name,
        "ssn": case.ssn,
        "date_of_birth": case.date_of_birth.isoformat(),
        "home_address": case.home_address,
        "phone_number": case.phone_number,
        "email": case.email,
        "immigration_status": case.immigration_status,
        "primary_diagnosis": case.primary_diagnosis,
        "household_income": str(case.household_income),
    }


def liaison_summary(case) -> dict:
    summary = case_summary(case)
    for key in BARRED_KEYS:
        summary.pop(key, None)
    del summary["email"]
    return summary


def _message(to: str, subject: str, payload: dict, filename: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content("Case summary attached.")
    msg.add_attachment(json.dumps(payload, indent=2).encode("utf-8"), maintype="application",
                       subtype="json", filename=filename)
    return msg


def send_case(case) -> None:
    county_msg = _message(COUNTY_MAILBOX, f"Case {case.medicaid_id}", case_summary(case),
                          f"case_{case.medicaid_id}.json")
    liaison_msg = _message(ERO_LIAISON, f"Referral {case.medicaid_id}", liaison_summary(case),
                           f"referral_{case.medicaid_id}.json")
    with smtplib.SMTP(SMTP_RELAY, 587, timeout=30) as smtp:
        smtp.starttls()
        smtp.send_message(county_msg)
        smtp.send_message(liaison_msg)
    log.info("case %s summary sent to county and liaison", case.medicaid_id)
