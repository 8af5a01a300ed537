"""Celery chain whose publish step puts language and pregnancy data on a DHS Kinesis stream.

Scenario:
    A managed-care vendor wires a Celery chain (approve -> publish -> audit)
    that forwards one enrollee's locator record to the federal DHS ERO subject
    stream after a caseworker approves a referral. The record builder adds
    the enrollee's primary language and a pregnancy flag "so officers can
    plan the contact"; the publish task puts the built dict on Kinesis.

Expected findings:
    line 56, MCD101, "primary_language" from member.primary_language (language)
    line 57, MCD102, "pregnancy_flag" from member.is_pregnant (pregnancy)
"""
from __future__ import annotations

import json
import logging
import os

import boto3
from celery import Celery, chain

from mco.repository import MemberRepository

log = logging.getLogger(__name__)

app = Celery("referrals", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))

DHS_SUBJECT_STREAM = os.environ.get("DHS_SUBJECT_STREAM", "dhs-ero-subject-stream")
REGION = "us-east-1"


@app.task(bind=True, max_retries=3)
def approve_referral(self, referral_id: int) -> int:
    repo = MemberRepository.from_env()
    referral = repo.referral(referral_id)
    if referral.state != "approved":
        raise self.retry(countdown=600)
    return referral.member_id


def _build_subject_record(member_id: int) -> dict:
    repo = MemberRepository.from_env()
    member = repo.by_id(member_id)
    mailing = repo.current_address(member_id)
    record = {
        "member_id": member.member_id,
        "date_of_birth": member.date_of_birth.isoformat(),
        "immigration_status": member.immigration_status,
        "home_address": {
            "line1": mailing.address_line1,
            "city": mailing.city,
            "zip_code": mailing.zip_code,
        },
        "phone_number": member.phone_number,
        "primary_language": member.primary_language,  # MCD101
        "pregnancy_flag": member.is_pregnant,  # MCD102
    }
    return record


@app.task(autoretry_for=(Exception,), retry_backoff=True)
def publish_to_dhs(member_id: int) -> str:
    record = _build_subject_record(member_id)
    kinesis = boto3.client("kinesis", region_name=REGION)
    resp = kinesis.put_record(
        StreamName=DHS_SUBJECT_STREAM,
        Data=json.dumps(record).encode("utf-8"),
        PartitionKey=str(record["member_id"]),
    )
    log.info("published member %s seq=%s", member_id, resp["SequenceNumber"])
    return resp["SequenceNumber"]


@app.task
def audit_publication(sequence_number: str) -> None:
    log.info("DHS stream acknowledged sequence %s", sequence_number)


def dispatch_referral(referral_id: int):
    workflow = chain(
        approve_referral.s(referral_id),
        publish_to_dhs.s(),
        audit_publication.s(),
    )
    return workflow.apply_async()
