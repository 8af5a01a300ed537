"""Nightly caseworker digest e-mails to county and state DHS inboxes (clean).

Scenario: Wisconsin's eligibility vendor mails each county income-maintenance
consortium a nightly digest of pending renewals (names, SSN last four,
income, disability flags), Cc the state DHS program mailbox and Bcc the
vendor's audit archive.  The SMTP connection is opened in the CLI and
passed to ``send_digest``; the body is built from the rows of a SQL query.

Why no finding is expected:
- No recipient is at an enforcement domain (SPEC 4 e-mail rule): the county
  inboxes are at ``co.<county>.wi.us`` (``.us``), the state mailbox at
  ``dhs.wisconsin.gov`` (a state ``.gov`` domain; ``dhs`` next to a state
  name names the state agency) and the archive at the vendor's own domain.
- ``dhs`` in ``DHS_PROGRAM_MAILBOX`` is overridden by the resolved
  state domain (SPEC 4 non-enforcement list).
- Rows from the query are many people's records, but MCD201 only concerns
  sends to an enforcement endpoint (SPEC 10).
"""
from __future__ import annotations

import argparse
import logging
import smtplib
import ssl
from datetime import date

log = logging.getLogger("im.digest")

SENDER = "no-reply@wi-ies-vendor.com"
DHS_PROGRAM_MAILBOX = "dhs-eligibility-program@dhs.wisconsin.gov"
AUDIT_ARCHIVE = "digest-archive@wi-ies-vendor.com"
COUNTY_INBOX = {
    "13": "im-renewals@co.dane.wi.us",
    "40": "im-renewals@co.milwaukee.wi.us",
    "05": "imc-renewals@co.brown.wi.us",
}
SMTP_HOST = "smtp.wi-ies-vendor.com"

PENDING_SQL = (
    "SELECT r.case_number, p.first_name, p.last_name, RIGHT(p.ssn, 4) AS ssn_last4, "
    "       r.household_income, r.disability_status, r.renewal_due "
    "FROM ies.renewals r JOIN ies.persons p ON p.person_id = r.person_id "
    "WHERE r.county_code = %s AND r.status = 'PENDING' "
    "ORDER BY r.renewal_due"
)


def digest_lines(conn, county_code):
    cur = conn.cursor()
    cur.execute(PENDING_SQL, (county_code,))
    lines = []
    for case_number, first, last, ssn4, income, disability, due in cur.fetchall():
        lines.append(f"{due:%m/%d}  {case_number}  {last}, {first}  xxx-xx-{ssn4}  ${income:,.0f}  {'DIS' if disability else ''}")
    cur.close()
    return lines


def send_digest(smtp, conn, county_code, run_date=None):
    run_date = run_date or date.today()
    to_addr = COUNTY_INBOX[county_code]
    lines = digest_lines(conn, county_code)
    if not lines:
        log.info("county %s: nothing pending", county_code)
        return 0
    message = "\r\n".join(
        [
            f"From: {SENDER}",
            f"To: {to_addr}",
            f"Cc: {DHS_PROGRAM_MAILBOX}",
            f"Subject: Pending renewals {run_date:%Y-%m-%d} (county {county_code})",
            "",
            *lines,
        ]
    )
    smtp.sendmail(SENDER, [to_addr, DHS_PROGRAM_MAILBOX, AUDIT_ARCHIVE], message.encode("utf-8"))
    return len(lines)


def main(argv=None):
    import psycopg2

    parser = argparse.ArgumentParser(prog="im-digest")
    parser.add_argument("--dsn", required=True)
    parser.add_argument("--county", action="append", default=[])
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    counties = args.county or sorted(COUNTY_INBOX)
    conn = psycopg2.connect(args.dsn)
    context = ssl.create_default_context()
    total = 0
    with smtplib.SMTP(SMTP_HOST, 587, timeout=60) as smtp:
        smtp.starttls(context=context)
        for county_code in counties:
            total += send_digest(smtp, conn, county_code)
    log.info("sent %d digest lines", total)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
