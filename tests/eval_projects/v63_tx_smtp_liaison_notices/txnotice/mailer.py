"""Sends the subject and body it is given to the liaison mailbox."""
import smtplib
from email.message import EmailMessage

from txnotice import settings as cfg


def send_notice(subject, body_text):
    msg = EmailMessage()
    msg["From"] = cfg.NOTICE_SENDER
    msg["To"] = cfg.ERO_LIAISON_TO
    msg["Cc"] = cfg.PRIVACY_CC
    msg["Subject"] = subject
    msg.set_content(body_text)
    with smtplib.SMTP(cfg.SMTP_RELAY, cfg.SMTP_PORT, timeout=30) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
