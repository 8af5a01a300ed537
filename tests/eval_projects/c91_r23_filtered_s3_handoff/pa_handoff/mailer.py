"""Completion notice to the EID intake liaison: batch id and record count only."""
import smtplib
from email.message import EmailMessage

from . import settings


def send_summary(batch_id, record_count):
    msg = EmailMessage()
    msg["From"] = settings.SENDER_ADDRESS
    msg["To"] = settings.LIAISON_ADDRESS
    msg["Subject"] = f"MMIS referral handoff {batch_id}"
    msg.set_content(f"Batch {batch_id} was uploaded with {record_count} records.")
    with smtplib.SMTP(settings.SMTP_HOST, 587) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
