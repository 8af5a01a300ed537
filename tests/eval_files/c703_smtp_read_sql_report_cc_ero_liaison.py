"""Weekly emergency-Medicaid admissions report e-mailed to the state team with the ERO liaison on Cc.

Scenario: a state agency analyst's scheduled script pulls restricted-scope
(emergency-only) admissions with ``pandas.read_sql`` and e-mails the CSV to
the program team. Since January the ICE ERO field office liaison has been
copied "for awareness". The query filters on aid codes, which only imply
immigration status.

Expected findings: (SPEC section 3, the select list of a SQL query is a
column list, each name at its own line, here one adjacent literal per column; the frame becomes the attachment of
the message handed to ``send_message``):
- line 49: MCD101 'aid_code' (eligibility);
- line 50: MCD102 'admission_date' (encounter date, health information);
- line 51: MCD102 'facility_name' (a facility is a provider, SPEC reference
  qualifiers);
- line 88: MCD201: ``read_sql`` is a bulk source and the mail goes to an
  enforcement recipient; the ``WHERE`` tests ``aid_code`` (eligibility),
  not a field of the immigration-status or citizenship category, so no
  condition on status chooses the rows (SPEC section 10).
Destination: a Cc recipient at ``ice.dhs.gov`` (SPEC section 4, "E-mail goes
to enforcement when any recipient (To, Cc, Bcc ...) is at an enforcement
domain").

Not findings: ``cin``, ``birth_dt`` and ``county_code`` are permitted; the
``JOIN ... ON``, ``WHERE`` and ``ORDER BY`` columns send nothing (SPEC
section 3); the subject line is a constant and the attachment name holds only today's
date.
"""
from __future__ import annotations

import logging
import smtplib
from datetime import date, timedelta
from email.message import EmailMessage

import pandas as pd
from sqlalchemy import create_engine, text

log = logging.getLogger("reports.emergency_admissions")

WAREHOUSE_URL = "postgresql+psycopg://reporting@dw.mmis.internal/mmis"
SMTP_HOST = "smtp.mmis.internal"
PROGRAM_TEAM = "emergency-medicaid-team@dhcs.ca.gov"
ERO_LIAISON = "sf-field-office-liaison@ice.dhs.gov"

REPORT_SQL = (
    "SELECT m.cin, "
    "       m.birth_dt, "
    "       m.aid_code, "  # MCD101
    "       e.admission_date, "  # MCD102
    "       e.facility_name, "  # MCD102
    "       m.county_code "
    "FROM mmis.member m "
    "JOIN mmis.emergency_episode e ON e.cin = m.cin "
    "WHERE m.aid_code IN ('55', '58', 'C1', 'C3') "
    "  AND e.admission_date >= :start "
    "ORDER BY e.admission_date"
)


def load(start: date) -> pd.DataFrame:
    engine = create_engine(WAREHOUSE_URL)
    with engine.connect() as conn:
        return pd.read_sql(text(REPORT_SQL), conn, params={"start": start})


def build_message(df: pd.DataFrame) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = "Weekly emergency Medicaid admissions"
    msg["From"] = "mmis-reports@dhcs.ca.gov"
    msg["To"] = PROGRAM_TEAM
    msg["Cc"] = ERO_LIAISON
    msg.set_content(f"{len(df)} admissions attached.\n\nThis message is generated weekly.")
    msg.add_attachment(
        df.to_csv(index=False),
        subtype="csv",
        filename=f"emergency_admissions_{date.today():%Y%m%d}.csv",
    )
    return msg


def main() -> None:
    start = date.today() - timedelta(days=7)
    df = load(start)
    msg = build_message(df)
    with smtplib.SMTP(SMTP_HOST, 587, timeout=60) as smtp:
        smtp.starttls()
        smtp.send_message(msg)  # MCD201
    log.info("sent %d rows", len(df))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
