import smtplib
from email.message import EmailMessage

import boto3

from ..settings import ERO_TOPIC, ICE_LIAISON_EMAIL, MN_DHS_MFT_BUCKET, SENDER_ADDRESS, SMTP_HOST


def send_batch_summary(batch_id, record_count):
    msg = EmailMessage()
    msg["From"] = SENDER_ADDRESS
    msg["To"] = ICE_LIAISON_EMAIL
    msg["Subject"] = "Nightly referral batch published"
    msg.set_content(f"Batch {batch_id}: {record_count} referral(s) published to {ERO_TOPIC}.")
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls()
        smtp.send_message(msg)


def archive_export(export_path, batch_id):
    """Full export goes back to the state agency's managed file transfer bucket."""
    s3 = boto3.client("s3", region_name="us-east-2")
    s3.upload_file(export_path, MN_DHS_MFT_BUCKET, f"nightly/{batch_id}.ndjson")
