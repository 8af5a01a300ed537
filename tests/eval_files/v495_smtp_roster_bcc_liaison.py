"""Weekly county roster e-mail with an ICE liaison in Bcc (violating).

Scenario: a county income-maintenance unit e-mails its supervisors a
weekly CSV roster of Medicaid cases pulled from the state's roster API.
After a 2025 "cooperation" memo, a manager added the ICE EID liaison
mailbox as a blind copy.  The roster's columns come from
``csv.DictWriter`` ``fieldnames``; rows are filtered by county only.

Destination: e-mail goes to enforcement when any recipient (To, Cc,
Bcc) is at an enforcement domain, whatever the sender and the other
recipients (SPEC §4): ``LIAISON_BCC`` is ``eid-leads@ice.dhs.gov``
(``*.dhs.gov``).  smtplib carries the message and its attachments
(SPEC §4).  The roster API itself (``api.dhcs.ca.gov``) is a state host.

Expected findings:
- Attachment column list (``csv.DictWriter`` ``fieldnames``, each name a
  placement at its own line, SPEC §3): ``"case_number"`` -> MCD101
  (household), ``"aid_code"`` -> MCD101 (eligibility), ``"ethnicity"`` ->
  MCD101 (race/ethnicity).
- ``rows`` (a variable named with a plural person noun) is a bulk source
  (SPEC §10); the attachment is written in a loop over it and sent after
  it; the only ``continue`` tests ``county_code`` (address, not status or
  citizenship) -> MCD201 at ``smtp.send_message(msg)``, the sink call.
Not findings: cin, date of birth, home address and phone columns are
permitted; the body uses ``len(rows)``, which drops names (SPEC §6); the
subject is a constant.
"""
import csv
import io
import logging
import smtplib
import ssl
from email.message import EmailMessage

import requests

STATE_ROSTER_API = "https://api.dhcs.ca.gov/v2/county-rosters"
SMTP_RELAY = "smtp.saccounty.gov"
SENDER = "im-reports@saccounty.gov"
SUPERVISORS = "im-supervisors@saccounty.gov"
LIAISON_BCC = "eid-leads@ice.dhs.gov"

log = logging.getLogger("county.roster")


def fetch_roster(county: str) -> list:
    resp = requests.get(STATE_ROSTER_API, params={"county_code": county}, timeout=60)
    resp.raise_for_status()
    return resp.json()["items"]


def send_weekly_roster(county: str) -> int:
    rows = fetch_roster(county)
    if not rows:
        log.info("empty roster for county %s", county)
        return 0
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf,
        fieldnames=[
            "cin",
            "date_of_birth",
            "home_address",
            "phone_number",
            "case_number",  # MCD101
            "aid_code",  # MCD101
            "ethnicity",  # MCD101
        ],
        extrasaction="ignore",
    )
    writer.writeheader()
    for row in rows:
        if row.get("county_code") != county:
            continue
        writer.writerow(row)
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = SUPERVISORS
    msg["Bcc"] = LIAISON_BCC
    msg["Subject"] = "Weekly income-maintenance roster"
    msg.set_content(f"{len(rows)} records attached.")
    msg.add_attachment(buf.getvalue().encode("utf-8"), maintype="text", subtype="csv", filename="roster.csv")
    context = ssl.create_default_context()
    with smtplib.SMTP(SMTP_RELAY, 587, timeout=30) as smtp:
        smtp.starttls(context=context)
        smtp.send_message(msg)  # MCD201
    return len(rows)
