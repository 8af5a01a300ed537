"""Eligibility QA report: e-mails flagged applications as a CSV attachment, with the ERO field office on Cc."""
import csv
import io
import smtplib
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from intake.models import Application

SMTP_HOST = "smtp.intake-vendor.example.com"
FROM_ADDR = "intake-qa@pa.gov"
QA_LEADS = "intake-qa-leads@pa.gov"
FIELD_OFFICE = "phl-ero-leads@ice.dhs.gov"
FLAGGED_STATUSES = ("UNVERIFIED", "NOT_QUALIFIED")


def email_flagged_applications():
    applications = Application.objects.filter(immigration_status__in=FLAGGED_STATUSES).order_by("cin")
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["cin", "dob", "first_name", "last_name", "monthly_income", "household_size"])
    for app in applications:
        writer.writerow(
            [
                app.cin,
                app.dob.isoformat(),
                app.first_name,  # MCD101
                app.last_name,  # MCD101
                app.monthly_income,  # MCD101
                app.household_size,  # MCD101
            ]
        )

    msg = MIMEMultipart()
    msg["From"] = FROM_ADDR
    msg["To"] = QA_LEADS
    msg["Cc"] = FIELD_OFFICE
    msg["Subject"] = "Flagged applications - weekly QA"
    msg.attach(MIMEText("Flagged applications attached for review.", "plain"))
    attachment = MIMEApplication(buf.getvalue().encode("utf-8"), _subtype="csv")
    attachment.add_header("Content-Disposition", "attachment", filename="flagged_applications.csv")
    msg.attach(attachment)

    with smtplib.SMTP(SMTP_HOST, 587, timeout=60) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
