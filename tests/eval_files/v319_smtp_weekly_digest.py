"""Weekly digest of new applications for the ERO field-office liaison.

Every Monday the integrity unit e-mails the liaison a CSV of the
applications received in the previous week in the liaison's counties.  The
supervisors are copied so they can answer follow-up questions.
"""
from __future__ import annotations

import csv
import io
import logging
import smtplib
from datetime import date, timedelta
from email.message import EmailMessage
from typing import Iterator

from django.conf import settings

from applications.models import Application

log = logging.getLogger("integrity.digest")

SMTP_HOST = "smtp.dhcs.ca.gov"
SMTP_PORT = 587
DIGEST_FROM = "integrity-unit@dhcs.ca.gov"
DIGEST_TO = "ero-sf-liaison@ice.dhs.gov"
DIGEST_CC = "integrity-supervisors@dhcs.ca.gov"
LIAISON_COUNTIES = ("001", "013", "075", "081")
HEADER = ["medicaid_id", "date_of_birth", "street_address", "zip_code", "phone", "language"]


def _rows(since: date) -> Iterator[list[str]]:
    apps = (
        Application.objects.filter(received_date__gte=since, county_code__in=LIAISON_COUNTIES)
        .select_related("applicant")
        .order_by("received_date")
    )
    for app in apps.iterator():
        person = app.applicant
        yield [
            person.cin,
            person.birth_date.isoformat(),
            person.street_address,
            person.zip_code,
            person.phone_number,
            person.primary_language,  # MCD101
        ]


def send_digest(today: date | None = None) -> int:
    today = today or date.today()
    since = today - timedelta(days=7)

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(HEADER)
    count = 0
    for row in _rows(since):
        writer.writerow(row)
        count += 1

    if count == 0:
        log.info("no applications since %s; digest skipped", since)
        return 0

    msg = EmailMessage()
    msg["From"] = DIGEST_FROM
    msg["To"] = DIGEST_TO
    msg["Cc"] = DIGEST_CC
    msg["Subject"] = f"Weekly applications digest, week of {since:%m/%d/%Y}"
    msg.set_content("Attached: applications received last week in your counties.")
    msg.add_attachment(
        buf.getvalue().encode("utf-8"),
        maintype="text",
        subtype="csv",
        filename="applications.csv",
    )

    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=60) as smtp:
        smtp.starttls()
        smtp.login(settings.DIGEST_SMTP_USER, settings.DIGEST_SMTP_PASSWORD)
        smtp.send_message(msg)  # MCD201
    log.info("digest with %d applications sent", count)
    return count
