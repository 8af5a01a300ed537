"""Run summary for the operations mailbox."""
import smtplib
from email.message import EmailMessage

from .config.destinations import OPS_RECIPIENTS, OPS_SENDER, SMTP_HOST


def send_run_summary(handoff_total: int, archive_total: int) -> None:
    msg = EmailMessage()
    msg["From"] = OPS_SENDER
    msg["To"] = ", ".join(OPS_RECIPIENTS)
    msg["Subject"] = "Monthly extract publishing finished"
    msg.set_content(
        f"Handoff rows published: {handoff_total}\n"
        f"Archive rows published: {archive_total}\n"
    )
    with smtplib.SMTP(SMTP_HOST) as smtp:
        smtp.send_message(msg)
