"""E-mail referral packets to the ERO field office liaison mailbox.

Case workers trigger single referrals from the case-management UI; the
weekly roster goes out every Monday from the batch host.  Mail is relayed
through the agency relay; the liaison mailbox is at ICE.
"""
import csv
import io
import json
import smtplib
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

SMTP_RELAY = "mail-relay.internal"
SENDER = "mcd-referrals@dhcs.ca.gov"
LIAISON_ADDR = "ero-sf-liaison@ice.dhs.gov"
SUPERVISOR_ADDR = "eligibility-supervisor@dhcs.ca.gov"


def mail_case_packet(member):
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = LIAISON_ADDR
    msg["Subject"] = f"Medicaid referral {member.medicaid_id}"
    msg.set_content(f"Referral for {member.last_name}, born {member.dob}; see attached packet.")  # MCD101
    packet = {
        "medicaid_id": member.medicaid_id,
        "date_of_birth": member.dob,
        "home_address": member.home_address,
        "medi_cal_aid_code": member.aid_code,  # MCD101
        "pregnancy_due_on": member.due_date,  # MCD102
    }
    msg.add_attachment(
        json.dumps(packet, default=str).encode("utf-8"),
        maintype="application",
        subtype="json",
        filename="referral.json",
    )
    with smtplib.SMTP(SMTP_RELAY, 587) as smtp:
        smtp.starttls()
        smtp.send_message(msg)


def mail_weekly_roster(members):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["medicaid_id", "birth_date", "ssn", "primary_language"])
    for m in members:
        writer.writerow(
            [
                m.medicaid_id,
                m.birth_date,
                m.ssn,  # MCD101
                m.primary_language,  # MCD101
            ]
        )
    outer = MIMEMultipart()
    outer["From"] = SENDER
    outer["To"] = ", ".join([LIAISON_ADDR, SUPERVISOR_ADDR])
    outer["Subject"] = "Weekly Medicaid roster"
    outer.attach(MIMEText("Weekly roster attached.", "plain"))
    part = MIMEApplication(buf.getvalue().encode("utf-8"), Name="roster.csv")
    part["Content-Disposition"] = 'attachment; filename="roster.csv"'
    outer.attach(part)
    with smtplib.SMTP(SMTP_RELAY, 587) as smtp:
        smtp.starttls()
        smtp.sendmail(SENDER, [LIAISON_ADDR, SUPERVISOR_ADDR], outer.as_string())  # MCD201


def mail_status_notice(member):
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = LIAISON_ADDR
    msg["Subject"] = "Status notice"
    msg.set_content(
        json.dumps(
            {
                "medicaid_id": member.medicaid_id,
                "immigration_status": member.immigration_status,
                "gender_identity": member.gender_identity,  # MCD101
            }
        )
    )
    with smtplib.SMTP(SMTP_RELAY, 587) as smtp:
        smtp.send_message(msg)
