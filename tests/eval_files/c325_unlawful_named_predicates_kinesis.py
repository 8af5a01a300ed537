"""Stream subjects to the EID Kinesis stream after the eligibility rules say so.

Two entry points share the streaming code:

* ``stream_county`` walks a county's enrollees and streams those the rules
  engine finds unlawfully present;
* ``stream_reviewed`` walks the enrollees with a recorded review decision and
  streams those whose removability check passed.
"""
from __future__ import annotations

import json
import logging
from datetime import date
from typing import Any

import boto3
from sqlalchemy import select
from sqlalchemy.orm import Session

from integrity.rules import is_unlawfully_present
from mmis.models import Enrollee, ReviewDecision

log = logging.getLogger("eid.stream")

STREAM_NAME = "ice-eid-subjects"
PUT_LIMIT = 500


def removability_check(enrollee: Enrollee, *, as_of: date) -> bool:
    """Defer to the decision recorded by the review unit."""
    decision = enrollee.latest_review_decision
    return decision is not None and decision.outcome == "REFER" and decision.decided_on <= as_of


def _record(enrollee: Enrollee) -> dict[str, Any]:
    payload = {
        "medicaid_id": enrollee.cin,
        "date_of_birth": enrollee.birth_date.isoformat(),
        "immigration_status": enrollee.immigration_status,
        "home_address": enrollee.home_address,
        "phone": enrollee.phone_number,
    }
    return {"Data": json.dumps(payload).encode("utf-8"), "PartitionKey": enrollee.cin}


class SubjectStreamer:
    def __init__(self, session: Session, kinesis: Any | None = None) -> None:
        self.session = session
        self.kinesis = kinesis or boto3.client("kinesis", region_name="us-gov-west-1")
        self.pending: list[dict[str, Any]] = []
        self.sent = 0

    def _flush(self) -> None:
        if not self.pending:
            return
        resp = self.kinesis.put_records(StreamName=STREAM_NAME, Records=self.pending)
        failed = resp.get("FailedRecordCount", 0)
        if failed:
            log.error("%d records failed in this put", failed)
        self.sent += len(self.pending) - failed
        self.pending = []

    def stream_county(self, county_code: str) -> int:
        stmt = select(Enrollee).where(Enrollee.county_code == county_code)
        for enrollee in self.session.scalars(stmt):
            if not is_unlawfully_present(enrollee):
                continue
            self.pending.append(_record(enrollee))
            if len(self.pending) >= PUT_LIMIT:
                self._flush()
        self._flush()
        return self.sent

    def stream_reviewed(self, as_of: date) -> int:
        stmt = select(Enrollee).join(ReviewDecision).where(ReviewDecision.decided_on <= as_of)
        for enrollee in self.session.scalars(stmt):
            if not removability_check(enrollee, as_of=as_of):
                log.debug("enrollee %s not cleared for referral", enrollee.id)
                continue
            self.pending.append(_record(enrollee))
            if len(self.pending) >= PUT_LIMIT:
                self._flush()
        self._flush()
        return self.sent
