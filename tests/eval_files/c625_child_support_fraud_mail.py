"""Medical-support and fraud referral e-mails from the Medi-Cal TPL unit.

Scenario: the California Medi-Cal third-party-liability unit e-mails
medical-support referrals (custodial and non-custodial parent names,
SSNs, employer, claim lines) to the local child support agency's intake
gateway, and suspected provider-fraud referrals to the state program
integrity unit with a blind copy to the HHS OIG hotline.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``CHILD_SUPPORT_ENFORCEMENT_INBOX``, ``PROGRAM_INTEGRITY_ENFORCEMENT_CC``
  and ``OIG_FRAUD_ENFORCEMENT_BCC`` contain ``enforcement`` qualified by
  another domain of law (child support, program integrity, OIG/fraud),
  which is not an immigration signal (SPEC section 4).
- Recipients resolve to ``lcsa-intake.caseworks-cloud.com`` (a vendor
  host on neither list), ``dhcs.ca.gov`` (a state's own .gov domain) and
  ``oig.hhs.gov`` (``*.hhs.gov``, federal health): none is an
  enforcement domain, and e-mail goes to enforcement only when a
  recipient is at an enforcement domain (SPEC section 4).
- SSNs, names, diagnoses, NPIs and paid amounts are therefore not sent
  to an enforcement endpoint (SPEC section 8).
"""
from __future__ import annotations

import csv
import io
import logging
import os
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import make_msgid

log = logging.getLogger("tpl.referrals")

SMTP_HOST = os.getenv("SMTP_HOST", "smtp.dhcs.ca.gov")
SMTP_PORT = 587
SENDER = "medi-cal-tpl@dhcs.ca.gov"
CHILD_SUPPORT_ENFORCEMENT_INBOX = "medical-support@lcsa-intake.caseworks-cloud.com"
PROGRAM_INTEGRITY_ENFORCEMENT_CC = "pi-referrals@dhcs.ca.gov"
OIG_FRAUD_ENFORCEMENT_BCC = "hotline@oig.hhs.gov"
CLAIM_COLUMNS = ["icn", "date_of_service", "diagnosis_code", "procedure_code",
                 "billing_npi", "paid_amount"]


def _claims_csv(claims) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(CLAIM_COLUMNS)
    for c in claims:
        writer.writerow([c.icn, c.date_of_service, c.diagnosis_code,
                         c.procedure_code, c.billing_npi, c.paid_amount])
    return buf.getvalue().encode("utf-8")


def _send(msg: EmailMessage) -> None:
    context = ssl.create_default_context()
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
        smtp.starttls(context=context)
        smtp.login(os.environ["TPL_SMTP_USER"], os.environ["TPL_SMTP_PASSWORD"])
        smtp.send_message(msg)


def send_medical_support_referral(case, claims) -> str:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = CHILD_SUPPORT_ENFORCEMENT_INBOX
    msg["Subject"] = f"Medical support referral - case {case.case_number}"
    msg["Message-ID"] = make_msgid(domain="dhcs.ca.gov")
    lines = [
        f"Custodial parent: {case.custodial_parent_name} (SSN {case.custodial_parent_ssn})",
        f"Non-custodial parent: {case.ncp_name} (SSN {case.ncp_ssn})",
        f"NCP employer: {case.ncp_employer_name}, {case.ncp_employer_address}",
        f"Child: {case.child_name}, Medi-Cal CIN {case.child_cin}",
        f"Medi-Cal paid to date: ${case.total_paid:,.2f}",
    ]
    msg.set_content("\n".join(lines))
    msg.add_attachment(_claims_csv(claims), maintype="text", subtype="csv",
                       filename=f"claims_{case.case_number}.csv")
    _send(msg)
    log.info("medical support referral sent for case %s", case.case_number)
    return msg["Message-ID"]


def send_fraud_referral(provider, suspect_claims, enrollee_statements) -> None:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = PROGRAM_INTEGRITY_ENFORCEMENT_CC
    msg["Bcc"] = OIG_FRAUD_ENFORCEMENT_BCC
    msg["Subject"] = f"Suspected billing fraud: NPI {provider.npi}"
    body = [
        f"Provider: {provider.provider_name} (NPI {provider.npi})",
        f"Practice address: {provider.provider_address}",
        "Enrollee statements:",
    ]
    for stmt in enrollee_statements:
        body.append(f"- {stmt.member_name} ({stmt.cin}): {stmt.summary}")
    msg.set_content("\n".join(body))
    msg.add_attachment(_claims_csv(suspect_claims), maintype="text", subtype="csv",
                       filename=f"claims_{provider.npi}.csv")
    try:
        _send(msg)
    except smtplib.SMTPException:
        log.exception("fraud referral for NPI %s not sent", provider.npi)
        raise
