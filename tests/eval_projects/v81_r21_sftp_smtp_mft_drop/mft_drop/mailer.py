"""Plain-text notices to the intake mailbox."""
import smtplib

from .settings import FROM_ADDRESS, REFERRAL_MAILBOX, SMTP_RELAY


def send_notice(subject, text):
    message = f"From: {FROM_ADDRESS}\r\nTo: {REFERRAL_MAILBOX}\r\nSubject: {subject}\r\n\r\n{text}"
    with smtplib.SMTP(SMTP_RELAY, 587, timeout=30) as smtp:
        smtp.starttls()
        smtp.sendmail(FROM_ADDRESS, [REFERRAL_MAILBOX], message)
