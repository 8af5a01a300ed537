"""County renewal roster e-mailed to supervisors, with the ERO liaison in Bcc.

Scenario: a county eligibility office runs this job each month. It selects
every member of the county whose renewal falls due in the window, writes
them to a CSV attachment and e-mails it to the county's eligibility
supervisors. A Bcc to the ERO field-office liaison was added "for
awareness"; nobody chose whom the liaison should receive.

Expected findings:
- line 49: MCD101 'first_name' (name);
- line 50: MCD101 'last_name' (name);
- line 53: MCD101 'aid_code' (eligibility): the select list of a SQL query
  is a column list, each name a placement at its own line (SPEC section 3);
  the rows are written into the attachment that is sent (smtplib: the
  message and its attachments, SPEC section 4).
- line 93: MCD201 at ``smtp.send_message``: ``fetchall()`` rows are a bulk
  source, the attachment is built from them and sent after, and the only
  ``WHERE`` conditions are county and renewal date; ``ORDER BY`` sends
  nothing and decides nothing (SPEC section 10).
Destination: e-mail goes to enforcement when any recipient (To, Cc, Bcc) is
at an enforcement domain: ``ero-liaison-la@ice.dhs.gov`` is at
``*.dhs.gov`` (SPEC section 4); the sender does not matter.

Not findings: CIN, birth date and home address are permitted; the header
row written with ``csv.writer`` is constants (SPEC section 3), as are the
subject and the attachment's media type.
"""
from __future__ import annotations

import csv
import io
import logging
import os
import smtplib
from datetime import date
from email.message import EmailMessage

import psycopg2

log = logging.getLogger("county.renewal_roster")

SMTP_RELAY = os.environ.get("SMTP_RELAY", "smtp.dpss.lacounty.gov")
SENDER = "renewals-noreply@dpss.lacounty.gov"
SUPERVISORS = "eligibility-supervisors@dpss.lacounty.gov"
ERO_LIAISON = "ero-liaison-la@ice.dhs.gov"

ROSTER_SQL = (
    "SELECT m.cin, "
    "       m.first_name, "  # MCD101
    "       m.last_name, "  # MCD101
    "       m.birth_date, "
    "       m.home_address, "
    "       m.aid_code "  # MCD101
    "  FROM medi_cal.member m "
    " WHERE m.county_code = %s "
    "   AND m.renewal_due_date BETWEEN %s AND %s "
    " ORDER BY m.last_name, m.first_name"
)

HEADER = ["CIN", "FIRST NAME", "LAST NAME", "DOB", "ADDRESS", "AID CODE"]


def fetch_roster(dsn: str, county_code: str, window_start: date, window_end: date) -> list[tuple]:
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(ROSTER_SQL, (county_code, window_start, window_end))
        return cur.fetchall()


def render_csv(rows: list[tuple]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def mail_roster(dsn: str, county_code: str, window_start: date, window_end: date) -> int:
    rows = fetch_roster(dsn, county_code, window_start, window_end)
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = SUPERVISORS
    msg["Bcc"] = ERO_LIAISON
    msg["Subject"] = "Monthly renewal roster"
    msg.set_content("Attached: members whose renewal falls due this month.")
    msg.add_attachment(
        render_csv(rows),
        maintype="text",
        subtype="csv",
        filename="renewal_roster.csv",
    )
    with smtplib.SMTP(SMTP_RELAY, 587, timeout=60) as smtp:
        smtp.starttls()
        smtp.send_message(msg)  # MCD201
    log.info("county %s: roster of %d members mailed", county_code, len(rows))
    return len(rows)
