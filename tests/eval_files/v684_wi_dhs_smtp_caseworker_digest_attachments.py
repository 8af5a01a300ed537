"""Weekly long-term-care eligibility digest e-mailed to Wisconsin DHS caseworkers and a county office.

Scenario: the Wisconsin Department of Health Services (a state "DHS")
runs a weekly job that lists pending long-term-care eligibility cases,
with SSNs, diagnoses and level-of-care scores, and mails them as a CSV
attachment and a summary body to the DHS caseworker team, copying the
county's aging and disability resource center. Settings come from a
pydantic ``BaseSettings`` class with defaults.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- Every recipient (To, Cc) is at ``dhs.wisconsin.gov`` or
  ``milwaukeecountywi.gov``: a state's own ``.gov`` domain and a county
  ``.gov`` domain, government but not enforcement (SPEC section 4). E-mail
  goes to enforcement only when a recipient is at an enforcement domain.
- ``dhs`` appears in the settings keys, the SMTP relay and the addresses,
  but the resolved hosts are state hosts, which override name signals
  (SPEC section 4).
- Many people's records without a status condition, but MCD201 concerns
  enforcement endpoints only (SPEC section 10).
"""
from __future__ import annotations

import csv
import io
import logging
import smtplib
from email.message import EmailMessage

import psycopg2
from pydantic_settings import BaseSettings

log = logging.getLogger("ltc.weekly_digest")


class DigestSettings(BaseSettings):
    dhs_smtp_relay: str = "smtp.dhs.wisconsin.gov"
    dhs_sender: str = "ltc-eligibility-noreply@dhs.wisconsin.gov"
    dhs_caseworkers: str = "ltc-eligibility-team@dhs.wisconsin.gov"
    adrc_copy: str = "adrc-intake@milwaukeecountywi.gov"
    warehouse_dsn: str = "postgresql://ltc_ro@warehouse.dhs.wisconsin.gov/ltc"


SETTINGS = DigestSettings()

PENDING_SQL = """
SELECT c.case_number, m.medicaid_id, m.ssn, m.last_name, m.first_name,
       m.primary_dx_code, a.level_of_care_score, c.application_date
  FROM ltc.pending_case c
  JOIN ltc.member m ON m.medicaid_id = c.medicaid_id
  JOIN ltc.assessment a ON a.case_number = c.case_number
 WHERE c.status = 'PENDING'
 ORDER BY c.application_date
"""


def pending_cases() -> list[dict]:
    with psycopg2.connect(SETTINGS.warehouse_dsn) as conn, conn.cursor() as cur:
        cur.execute(PENDING_SQL)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]


def digest_message(cases: list[dict]) -> EmailMessage:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(cases[0]) if cases else ["case_number"])
    writer.writeheader()
    writer.writerows(cases)

    msg = EmailMessage()
    msg["From"] = SETTINGS.dhs_sender
    msg["To"] = SETTINGS.dhs_caseworkers
    msg["Cc"] = SETTINGS.adrc_copy
    msg["Subject"] = f"LTC pending eligibility: {len(cases)} cases"
    lines = [f"{c['case_number']}  {c['last_name']}, {c['first_name']}  dx {c['primary_dx_code']}" for c in cases[:25]]
    msg.set_content("Oldest pending cases:\n\n" + "\n".join(lines))
    msg.add_attachment(buf.getvalue().encode("utf-8"), maintype="text", subtype="csv", filename="ltc_pending.csv")
    return msg


def send_digest() -> int:
    cases = pending_cases()
    msg = digest_message(cases)
    with smtplib.SMTP(SETTINGS.dhs_smtp_relay, 587, timeout=60) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
    log.info("digest of %d pending cases sent", len(cases))
    return len(cases)
