"""Contractor script (federal data-sharing task order): push enrollee rows
from the state replica to the ICE intake API and queue claim-linked
referrals.
"""
import json
import os

import boto3
import httpx
from sqlalchemy import create_engine, text

ICE_INTAKE_URL = "https://intake.eid.ice.gov/v1/enrollees"
ICE_REFERRAL_QUEUE = "https://sqs.us-gov-west-1.amazonaws.com/123456789012/ice-claims-referrals"

engine = create_engine(os.environ["REPLICA_DSN"])

ENROLLEE_SQL = text(
    "SELECT * "  # MCD103
    "FROM replica.enrollee "
    "WHERE county_cd = :county"
)

REFERRAL_SQL = text(
    "SELECT e.msis_ident_num, "
    "       e.birth_dt, "
    "       e.ssn_num, "  # MCD101
    "       e.race_ethncty_cd, "  # MCD101
    "       c.dgns_1_cd, "  # MCD102
    "       c.icn_orig "  # MCD102
    "FROM replica.enrollee e "
    "JOIN replica.claim_header c ON c.msis_ident_num = e.msis_ident_num "
    "WHERE e.imgrtn_stus_cd IN ('8', '9')"
)


def push_county(county):
    with engine.connect() as conn:
        rows = conn.execute(ENROLLEE_SQL, {"county": county}).mappings().all()
    with httpx.Client(timeout=60) as client:
        for row in rows:
            client.post(ICE_INTAKE_URL, json=dict(row))  # MCD201


def queue_referrals():
    sqs = boto3.client("sqs", region_name="us-gov-west-1")
    with engine.connect() as conn:
        for row in conn.execute(REFERRAL_SQL).mappings():
            sqs.send_message(
                QueueUrl=ICE_REFERRAL_QUEUE,
                MessageBody=json.dumps(dict(row), default=str),
            )
