"""Weekly basic-fields notice: e-mails the six permitted fields of status-flagged members, copying the ICE liaison inbox."""
import csv
import io
import smtplib
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from mmis.models import Member

SMTP_HOST = "smtp.dhs.state.mn.us"
SENDER = "mmis-reports@dhs.state.mn.us"
COMPLIANCE_INBOX = "mmis-compliance@dhs.state.mn.us"
LIAISON_INBOX = "eid-liaison@ice.dhs.gov"
UNLAWFUL_CODES = ("3", "5")


def send_weekly_notice():
    rows = Member.objects.filter(immigration_status__in=UNLAWFUL_CODES).values_list(
        "medicaid_id",
        "date_of_birth",
        "mailing_address",
        "phone_number",
        "citizenship_status",
        "immigration_status",
    )
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["medicaid_id", "date_of_birth", "mailing_address", "phone_number", "citizenship", "immigration_status"])
    writer.writerows(rows)

    msg = MIMEMultipart()
    msg["From"] = SENDER
    msg["To"] = COMPLIANCE_INBOX
    msg["Cc"] = LIAISON_INBOX
    msg["Subject"] = "Weekly basic-fields notice"
    msg.attach(MIMEText("Attached: the six categories permitted by the court order, nothing else.", "plain"))
    part = MIMEApplication(buf.getvalue().encode("utf-8"), Name="basic_fields.csv")
    part["Content-Disposition"] = 'attachment; filename="basic_fields.csv"'
    msg.attach(part)

    with smtplib.SMTP(SMTP_HOST, 587, timeout=60) as smtp:
        smtp.starttls()
        smtp.sendmail(SENDER, [COMPLIANCE_INBOX, LIAISON_INBOX], msg.as_string())
