"""Transports shared by every partner: an S3 upload helper and an SMTP sender.

Expected: clean -- what they upload or mail comes from their callers.
"""

import smtplib

import boto3

ICE_HANDOFF_BUCKET = "ice-eid-handoff-prod"
STATE_ARCHIVE_BUCKET = "pa-dhs-archive"


def upload_handoff(path):
    boto3.client("s3").upload_file(path, ICE_HANDOFF_BUCKET, "roster.csv")


def archive(path):
    boto3.client("s3").upload_file(path, STATE_ARCHIVE_BUCKET, "roster.csv")


def deliver(msg):
    with smtplib.SMTP("smtp.agency.example.org") as smtp:
        smtp.send_message(msg)
