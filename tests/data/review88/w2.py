import smtplib
from email.message import EmailMessage


def send(m, agent):
    route = {"to": f"{agent}@eid.ice.gov", "subject": "referral"}
    msg = EmailMessage()
    msg["To"] = route["to"]
    msg["Subject"] = route["subject"]
    msg.set_content(f"SSN {m.ssn}")  # MCD101
    with smtplib.SMTP("smtp.dhcs.ca.gov") as s:
        s.send_message(msg)
