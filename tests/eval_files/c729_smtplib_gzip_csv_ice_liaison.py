"""Weekly gzip CSV e-mailed with smtplib to the ICE liaison carries SSNs and aid codes.

Scenario:
    A county eligibility office e-mails a weekly roster of enrollees whose
    SAVE result came back "not lawfully present" to its ICE ERO liaison. The
    roster is a csv.writer file (literal header row), gzipped and attached to
    an EmailMessage. Each data row adds the SSN and the Medi-Cal aid code.

Expected findings:
    line 63, MCD101, row element m.ssn (SSN)
    line 64, MCD101, row element m.aid_code (eligibility; restricted-scope aid codes disclose status)
"""
from __future__ import annotations

import csv
import gzip
import io
import logging
import smtplib
from datetime import date
from email.message import EmailMessage

from django.conf import settings

from eligibility.models import Enrollee

log = logging.getLogger("county.liaison_mail")

LIAISON_TO = ["ero-sf-liaison@ice.dhs.gov"]
CASEWORKER_CC = ["eligibility-supervisors@sfhsa.org"]
SENDER = "medi-cal-roster@sfhsa.org"
NOT_LAWFUL = ("NLP", "SAVE_NEG")

HEADER = [
    "cin",
    "dob",
    "street",
    "city",
    "zip",
    "immigration_status",
    "ssn",
    "aid_code",
]


def _roster_csv(week_start: date) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(HEADER)
    qs = Enrollee.objects.filter(
        immigration_status__in=NOT_LAWFUL,
        save_checked_on__gte=week_start,
    ).order_by("cin")
    for m in qs.iterator():
        writer.writerow(
            [
                m.cin,
                m.dob.isoformat(),
                m.street,
                m.city,
                m.zip,
                m.immigration_status,
                m.ssn,  # MCD101
                m.aid_code,  # MCD101
            ]
        )
    return buf.getvalue().encode("utf-8")


def send_weekly_roster(week_start: date) -> None:
    payload = gzip.compress(_roster_csv(week_start))
    msg = EmailMessage()
    msg["Subject"] = f"Weekly SAVE-negative roster {week_start:%Y-%m-%d}"
    msg["From"] = SENDER
    msg["To"] = ", ".join(LIAISON_TO)
    msg["Cc"] = ", ".join(CASEWORKER_CC)
    msg.set_content("Attached: weekly roster (gzip CSV).")
    msg.add_attachment(
        payload,
        maintype="application",
        subtype="gzip",
        filename=f"roster_{week_start:%Y%m%d}.csv.gz",
    )
    with smtplib.SMTP(settings.EMAIL_HOST, 587) as smtp:
        smtp.starttls()
        smtp.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        smtp.send_message(msg)
    log.info("sent roster for week of %s", week_start)
