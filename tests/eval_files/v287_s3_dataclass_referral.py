"""Stage single referrals as JSON objects in the hand-off bucket.

The federal side polls the bucket and ingests each object.  One object per
referral; the object key is the Medicaid ID so that re-staging overwrites.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from datetime import date

import boto3
from botocore.config import Config

log = logging.getLogger(__name__)

REFERRAL_BUCKET = os.environ.get("REFERRAL_BUCKET", "ice-eid-handoff-prod")
_BOTO_CONFIG = Config(retries={"max_attempts": 5, "mode": "standard"}, connect_timeout=5)


@dataclass(frozen=True)
class ReferralRecord:
    msis_id: str
    birth_date: str
    citizenship_status: str
    ssn: str | None = None
    hiv_status: str | None = None
    zip_code: str | None = None


def _to_record(member, chart) -> ReferralRecord:
    dob: date = member.birth_date
    return ReferralRecord(
        msis_id=member.msis_id,
        birth_date=dob.isoformat(),
        citizenship_status=member.citizenship_status,
        ssn=member.ssn,  # MCD101
        hiv_status=chart.hiv_status,  # MCD102
        zip_code=member.zip_code,
    )


class ReferralStager:
    def __init__(self):
        self._s3 = boto3.client("s3", config=_BOTO_CONFIG)

    def stage(self, member, chart) -> str:
        record = _to_record(member, chart)
        key = f"referrals/{record.msis_id}.json"
        self._s3.put_object(
            Bucket=REFERRAL_BUCKET,
            Key=key,
            Body=json.dumps(asdict(record)).encode("utf-8"),
            ContentType="application/json",
            ServerSideEncryption="aws:kms",
        )
        log.info("staged referral object %s", key)
        return key
