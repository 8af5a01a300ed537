"""E-mail to the state program office."""
import smtplib
from email.message import EmailMessage

from . import settings


def send_report(subject_line: str, text: str, attachment: bytes, filename: str) -> None:
    msg = EmailMessage()
    msg["From"] = settings.REPORT_SENDER
    msg["To"] = settings.DHS_REPORTS_INBOX
    msg["Cc"] = settings.COUNTY_REPORTS_CC
    msg["Subject"] = subject_line
    msg.set_content(text)
    msg.add_attachment(attachment, maintype="text", subtype="csv", filename=filename)
    with smtplib.SMTP(settings.SMTP_HOST, 587) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
