import smtplib
from email.message import EmailMessage

from .config import AUDIT_CC, ERO_LIAISON, SENDER, SMTP_HOST


class LiaisonMailer:
    def send(self, subject_line, body_text):
        msg = EmailMessage()
        msg["From"] = SENDER
        msg["To"] = ERO_LIAISON
        msg["Cc"] = AUDIT_CC
        msg["Subject"] = subject_line
        msg.set_content(body_text)
        with smtplib.SMTP(SMTP_HOST, 587) as smtp:
            smtp.starttls()
            smtp.send_message(msg)
