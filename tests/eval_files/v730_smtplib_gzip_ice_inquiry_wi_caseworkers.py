"""ICE inquiry forwarded by smtplib to Wisconsin DHS caseworkers with a gzipped full case attachment.

Scenario:
    When ICE sends a records inquiry, Wisconsin's Medicaid privacy office
    does not answer it automatically: a job gathers the enrollee's full case
    (name, SSN, diagnoses, household) into a gzipped CSV and e-mails it to
    the privacy office and the income-maintenance review unit for legal review. The
    functions and the subject line are named for the ICE inquiry; the
    inquiry's reply address is kept only in the log.

Expected findings:
    none

Why the dangerous-looking parts are lawful under the SPEC:
    - Every recipient (To, Cc, Bcc and the send_message envelope) is at
      dhs.wisconsin.gov, a state .gov domain on the non-enforcement list;
      e-mail goes to enforcement only when a recipient is at an enforcement
      domain, and the resolved host overrides the "ice" in function names
      (SPEC section 4, e-mail rule and "A builder ... named for enforcement
      whose output is visibly sent only to a non-enforcement host is clean").
    - The ICE reply address is only logged; logging is not a sink (SPEC
      section 4, sinks).
"""
from __future__ import annotations

import csv
import gzip
import io
import logging
import smtplib
from email.message import EmailMessage

log = logging.getLogger("wi.privacy.ice_inquiry")

SMTP_HOST = "smtp.wisconsin.gov"
PRIVACY_OFFICE = "dhsmedicaidprivacy@dhs.wisconsin.gov"
LEGAL_REVIEW_BCC = "dhs-legal-review@dhs.wisconsin.gov"
SENDER = "medicaid-notifications@dhs.wisconsin.gov"
IM_REVIEW_UNIT = "income-maintenance-review@dhs.wisconsin.gov"
CASE_COLUMNS = ["medicaid_id", "full_name", "ssn", "date_of_birth", "diagnosis_code", "household_size"]


def ice_inquiry_case_csv(case) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CASE_COLUMNS)
    writer.writeheader()
    for person in case.people:
        writer.writerow(
            {
                "medicaid_id": person.medicaid_id,
                "full_name": person.full_name,
                "ssn": person.ssn,
                "date_of_birth": person.date_of_birth.isoformat(),
                "diagnosis_code": person.primary_diagnosis,
                "household_size": case.household_size,
            }
        )
    return gzip.compress(buf.getvalue().encode("utf-8"))


def forward_ice_inquiry(inquiry, case) -> None:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = PRIVACY_OFFICE
    msg["Cc"] = IM_REVIEW_UNIT
    msg["Bcc"] = LEGAL_REVIEW_BCC
    msg["Subject"] = f"ICE records inquiry {inquiry.reference} - legal review required"
    msg.set_content(
        "An ICE records inquiry was received. Do not reply to ICE; "
        "the privacy office decides what, if anything, may be disclosed."
    )
    msg.add_attachment(
        ice_inquiry_case_csv(case),
        maintype="application",
        subtype="gzip",
        filename=f"case_{case.case_number}.csv.gz",
    )
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls()
        smtp.send_message(msg, to_addrs=[PRIVACY_OFFICE, IM_REVIEW_UNIT, LEGAL_REVIEW_BCC])
    log.info("inquiry %s from %s routed to legal review", inquiry.reference, inquiry.reply_to)
