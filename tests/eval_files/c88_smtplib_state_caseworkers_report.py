"""Daily discrepancy report e-mailed to county caseworkers and the CMS T-MSIS liaison with the full rows attached."""
import csv
import io
import smtplib
from datetime import date
from email.message import EmailMessage

from mmis.reports import discrepancy_rows

SMTP_HOST = "smtp.dhs.state.mn.us"
SENDER = "mmis-reports@dhs.state.mn.us"
RECIPIENTS = ["eligibility-unit@co.hennepin.mn.us", "tmsis-liaison@cms.hhs.gov"]


def send_report():
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf,
        fieldnames=[
            "medicaid_id",
            "ssn",
            "first_name",
            "last_name",
            "date_of_birth",
            "household_income",
            "diagnosis_code",
        ],
        extrasaction="ignore",
    )
    writer.writeheader()
    writer.writerows(discrepancy_rows(date.today()))
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = ", ".join(RECIPIENTS)
    msg["Subject"] = f"MMIS discrepancy report {date.today():%Y-%m-%d}"
    msg.set_content("Attached: members whose MMIS and T-MSIS records disagree.")
    msg.add_attachment(
        buf.getvalue().encode("utf-8"),
        maintype="text",
        subtype="csv",
        filename="discrepancies.csv",
    )
    with smtplib.SMTP(SMTP_HOST, 587, timeout=60) as smtp:
        smtp.starttls()
        smtp.sendmail(SENDER, RECIPIENTS, msg.as_string())
