"""E-mail a case summary to the ERO liaison when an eligibility worker
escalates a case through the fraud-and-referral screen.
"""
import logging
import os
import smtplib
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from flask import Flask, abort, jsonify

from eligibility.repo import find_member

app = Flask(__name__)

log = logging.getLogger("referral.mail")

SMTP_RELAY = os.environ["SMTP_RELAY"]
ERO_LIAISON = "ero-houston-liaison@ice.dhs.gov"
SUPERVISOR = "elig-supervisors@hhsc.texas.gov"
SENDER = "eligibility-escalations@hhsc.texas.gov"


def case_summary_lines(member):
    return [
        f"Medicaid ID: {member.medicaid_id}",
        f"Date of birth: {member.date_of_birth:%m/%d/%Y}",
        f"Name: {member.full_name}",  # MCD101
        f"Diagnosis: {member.primary_dx}",  # MCD102
        f"Address: {member.home_address}",
        "Escalated from the fraud-and-referral screen.",
    ]


def send_case_summary(member):
    msg = MIMEMultipart()
    msg["From"] = SENDER
    msg["To"] = ERO_LIAISON
    msg["Cc"] = SUPERVISOR
    msg["Subject"] = f"Case escalation - {member.last_name}"  # MCD101
    msg.attach(MIMEText("\n".join(case_summary_lines(member)), "plain"))

    with smtplib.SMTP(SMTP_RELAY, 587) as smtp:
        smtp.starttls()
        smtp.sendmail(SENDER, [ERO_LIAISON, SUPERVISOR], msg.as_string())
    log.info("case summary sent for %s", member.medicaid_id)


@app.post("/cases/<medicaid_id>/escalate")
def escalate(medicaid_id):
    member = find_member(medicaid_id)
    if member is None:
        abort(404)
    send_case_summary(member)
    return jsonify({"escalated": True})
