"""Medical-support referral job: absent-parent records (names, SSNs, employer, income) are e-mailed as a CSV attachment to the state child support enforcement mailbox, and SSNs are verified against the SSA web service first.

Expected clean: ``enforcement`` in ``CHILD_SUPPORT_ENFORCEMENT_MAILBOX`` and ``tax_enforcement_client`` is qualified by another domain of law (child support, tax) and is no immigration signal, the recipient is at ``dcss.ca.gov`` (state domain) and the SSA host ``ssa.gov`` is government but not enforcement (SPEC §4), so nothing reaches an enforcement endpoint despite bulk records.
"""
import csv
import io
import logging
import os
import smtplib
import ssl
from datetime import date
from email.message import EmailMessage

import requests

log = logging.getLogger("tpl.medical_support")

CHILD_SUPPORT_ENFORCEMENT_MAILBOX = "medical.support.referrals@dcss.ca.gov"
SENDER = "tpl-unit@dhcs.ca.gov"
SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.dhcs.ca.gov")
SSA_VERIFY_URL = os.environ.get("SSA_VERIFY_URL", "https://sves.ssa.gov/api/v1/ssn-verifications")
TAX_OFFSET_URL = os.environ.get("TAX_OFFSET_URL", "https://api.ftb.ca.gov/intercept/v2/debtors")
FIELDNAMES = ["case_number", "medicaid_id", "ncp_first_name", "ncp_last_name", "ncp_ssn",
              "employer_name", "employer_address", "monthly_income"]


class SsaVerifier:
    def __init__(self, session: requests.Session):
        self._session = session

    def verified(self, ssn: str, first_name: str, last_name: str, dob: date) -> bool:
        resp = self._session.post(
            SSA_VERIFY_URL,
            json={"ssn": ssn, "first_name": first_name, "last_name": last_name, "dob": dob.isoformat()},
            timeout=30,
        )
        if resp.status_code == 404:
            return False
        resp.raise_for_status()
        return resp.json().get("result") == "VERIFIED"


def build_csv(referrals, verifier: SsaVerifier) -> tuple[str, int]:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDNAMES)
    writer.writeheader()
    kept = 0
    for ref in referrals:
        if not verifier.verified(ref.ncp_ssn, ref.ncp_first_name, ref.ncp_last_name, ref.ncp_dob):
            log.info("case %s: absent parent SSN not verified", ref.case_number)
            continue
        writer.writerow({name: getattr(ref, name) for name in FIELDNAMES})
        kept += 1
    return buf.getvalue(), kept


def mail_referrals(csv_text: str, count: int) -> None:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = CHILD_SUPPORT_ENFORCEMENT_MAILBOX
    msg["Subject"] = f"Medical support referrals {date.today():%Y-%m-%d} ({count})"
    msg.set_content("Attached: medical support referrals under the cooperation agreement.")
    msg.add_attachment(csv_text.encode("utf-8"), maintype="text", subtype="csv",
                       filename=f"medical_support_{date.today():%Y%m%d}.csv")
    with smtplib.SMTP(SMTP_HOST, 587, timeout=60) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.send_message(msg)


def tax_intercept(tax_enforcement_client: requests.Session, referrals) -> int:
    sent = 0
    for ref in referrals:
        if ref.arrears_amount <= 0:
            continue
        tax_enforcement_client.post(TAX_OFFSET_URL, json={
            "ssn": ref.ncp_ssn,
            "last_name": ref.ncp_last_name,
            "amount": str(ref.arrears_amount),
        }, timeout=30).raise_for_status()
        sent += 1
    return sent


def run(load_referrals) -> int:
    referrals = list(load_referrals())
    with requests.Session() as session:
        csv_text, kept = build_csv(referrals, SsaVerifier(session))
        if kept:
            mail_referrals(csv_text, kept)
        intercepted = tax_intercept(session, referrals)
    log.info("medical support: %d mailed, %d tax intercepts", kept, intercepted)
    return 0
