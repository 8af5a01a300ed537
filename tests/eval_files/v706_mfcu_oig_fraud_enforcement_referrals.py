"""Provider-fraud referrals with claims and diagnoses to the MFCU case API and the HHS-OIG hotline: "enforcement" everywhere, none of it immigration.

Scenario: a state program-integrity unit's weekly job selects suspicious
claims, posts each referral (recipient name, SSN, diagnosis and procedure
codes, paid amounts, rendering NPI) to the Medicaid Fraud Control Unit's
case-management vendor, and e-mails a CSV summary to the HHS-OIG hotline.
Setting names say ``MFCU_ENFORCEMENT`` and ``PROGRAM_INTEGRITY_ENFORCEMENT``.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- ``enforcement`` qualified by ``mfcu``, ``fraud`` or ``program_integrity``
  is not an immigration signal (SPEC section 4, other domains of law), so
  ``MFCU_ENFORCEMENT_API`` (a vendor host on neither list) and
  ``fraud_enforcement_client`` are not enforcement destinations.
- The e-mail recipient is at ``oig.hhs.gov`` (``*.hhs.gov``, on the
  non-enforcement list); the sender's address does not matter (SPEC
  section 4).
- So health and personal data go to non-enforcement destinations, and the
  unfiltered bulk loop is not MCD201 (SPEC sections 8 and 10).
"""
from __future__ import annotations

import csv
import io
import logging
import os
import smtplib
from email.message import EmailMessage

import httpx
import psycopg
from psycopg.rows import dict_row

log = logging.getLogger("pi.referrals")

MFCU_ENFORCEMENT_API = os.environ.get("MFCU_ENFORCEMENT_API", "https://cases.mfcu-casetrack.net/api/v2/referrals")
PROGRAM_INTEGRITY_ENFORCEMENT_EMAIL = "hotline-referrals@oig.hhs.gov"
SMTP_RELAY = "smtp-relay.pi.internal"

SUSPECT_SQL = """
SELECT c.tcn, c.rendering_npi, c.procedure_code, c.diagnosis_code, c.paid_amount,
       c.date_of_service, m.medicaid_id, m.first_name, m.last_name, m.ssn
FROM claims.paid_claim c JOIN mmis.member m ON m.medicaid_id = c.medicaid_id
WHERE c.pi_flag = 'SUSPECT' AND c.paid_date >= now() - interval '7 days'
"""


def _referral(row: dict) -> dict:
    return {
        "claim_tcn": row["tcn"],
        "rendering_npi": row["rendering_npi"],
        "recipient": {
            "medicaid_id": row["medicaid_id"],
            "name": f"{row['first_name']} {row['last_name']}",
            "ssn": row["ssn"],
        },
        "procedure_code": row["procedure_code"],
        "diagnosis_code": row["diagnosis_code"],
        "paid_amount": str(row["paid_amount"]),
        "date_of_service": row["date_of_service"].isoformat(),
    }


def run() -> int:
    with psycopg.connect(os.environ["PI_DSN"], row_factory=dict_row) as conn:
        rows = conn.execute(SUSPECT_SQL).fetchall()

    with httpx.Client(timeout=30.0, headers={"X-Api-Key": os.environ["MFCU_API_KEY"]}) as fraud_enforcement_client:
        for row in rows:
            fraud_enforcement_client.post(MFCU_ENFORCEMENT_API, json=_referral(row)).raise_for_status()

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["tcn", "rendering_npi", "diagnosis_code", "paid_amount", "last_name", "ssn"], extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    msg = EmailMessage()
    msg["Subject"] = "Weekly Medicaid provider fraud referrals"
    msg["From"] = "program-integrity@hfs.illinois.gov"
    msg["To"] = PROGRAM_INTEGRITY_ENFORCEMENT_EMAIL
    msg.set_content("Referral summary attached.")
    msg.add_attachment(buf.getvalue(), subtype="csv", filename="pi_referrals.csv")
    with smtplib.SMTP(SMTP_RELAY, 25) as smtp:
        smtp.send_message(msg)
    log.info("%d referrals sent", len(rows))
    return len(rows)
