"""Referral notices: a Kafka event for the ERO liaison topic and an e-mail with the case file attached."""
import json
import smtplib
from email.message import EmailMessage

from kafka import KafkaProducer

REFERRAL_TOPIC = "ero.referrals.v1"


def notify(member, producer: KafkaProducer):
    event = {
        "medicaid_id": member.cin,
        "household_size": member.household_size,
    }
    producer.send(REFERRAL_TOPIC, value=json.dumps(event).encode())

    msg = EmailMessage()
    msg["From"] = "eligibility@dhs.state.mn.us"
    msg["To"] = "liaison@ice.dhs.gov"
    msg["Subject"] = f"Referral {member.cin}"
    msg.set_content(f"Primary diagnosis on file: {member.primary_dx}")
    with smtplib.SMTP("smtp.state.mn.us") as smtp:
        smtp.send_message(msg)
