"""Plain-text pages to the duty desk."""

import smtplib

from . import DUTY_INBOX
from .conf import SENDER, SMTP_HOST


def notify_duty_desk(subject, lines):
    header = f"From: {SENDER}\r\nTo: {DUTY_INBOX}\r\nSubject: {subject}\r\n\r\n"
    message = header + "\r\n".join(lines)
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls()
        smtp.sendmail(SENDER, [DUTY_INBOX], message)
