"""Inbound: pull ICE detainer notices, match them to enrollees, queue internal case reviews (clean).

Scenario: ICE publishes detainer notices through a paginated API.  A state
Medicaid agency's job pages through them (only ``page``/``limit`` and the
agency code go out), matches each notice against its own enrollee table,
and puts a case-review task with the full internal record (SSN, diagnosis
flags, A-number from the notice) on the agency's own SQS queue
``medicaid-case-review``.  It then acknowledges each notice to ICE with the
notice's ``request_id`` and a constant status.

Why no finding is expected:
- Data flowing *from* ICE into the agency is not a send to enforcement;
  variable names such as ``ice_notice`` name data, not a destination
  (SPEC 4: the destination is decided by the sink's URL/queue/host and the
  names that supply it).
- The internal queue ``medicaid-case-review`` and the repository carry no
  enforcement token (SPEC 4), so the full records sent there are fine.
- What goes to ICE: ``page``, ``limit`` (harmless), ``agency_code`` (a
  constant) and, in the acknowledgement, ``request_id`` (harmless) and
  constants (SPEC 5).  Notices are not a bulk source of enrollee records,
  and the acknowledgement carries no enrollee data (SPEC 10).
"""
from __future__ import annotations

import json
import logging
import os
import time

log = logging.getLogger("intake.detainers")

ICE_NOTICES_URL = os.environ.get("ICE_NOTICES_URL", "https://eid.ice.gov/api/v1/detainer-notices")
ICE_ACK_URL = os.environ.get("ICE_ACK_URL", "https://eid.ice.gov/api/v1/detainer-notices/ack")
CASE_REVIEW_QUEUE_URL = "https://sqs.us-gov-west-1.amazonaws.com/210987654321/medicaid-case-review"
AGENCY_CODE = "WA-HCA"
PAGE_LIMIT = 100


class PageFetchError(RuntimeError):
    pass


def iter_notice_pages(ice_session, max_pages=500):
    page = 1
    while page <= max_pages:
        for attempt in range(3):
            resp = ice_session.get(ICE_NOTICES_URL, params={"page": page, "limit": PAGE_LIMIT, "agency_code": AGENCY_CODE}, timeout=30)
            if resp.status_code < 500:
                break
            time.sleep(2 ** attempt)
        else:
            raise PageFetchError(page)
        resp.raise_for_status()
        payload = resp.json()
        yield payload.get("items", [])
        if not payload.get("next"):
            return
        page += 1


def _review_task(ice_notice, enrollee):
    return {
        "task_type": "DETAINER_REVIEW",
        "msis_ident_num": enrollee.msis_ident_num,
        "ssn": enrollee.ssn,
        "full_name": enrollee.full_name,
        "behavioral_health_flag": enrollee.behavioral_health_flag,
        "notice_a_number": ice_notice.get("a_number"),
        "notice_facility": ice_notice.get("facility"),
        "notice_received": ice_notice.get("issued_at"),
    }


def intake(ice_session, sqs, repo):
    matched = unmatched = 0
    for items in iter_notice_pages(ice_session):
        for ice_notice in items:
            enrollee = repo.find_by_identity(
                a_number=ice_notice.get("a_number"),
                dob=ice_notice.get("dob"),
                last_name=ice_notice.get("last_name"),
            )
            if enrollee is None:
                unmatched += 1
            else:
                matched += 1
                sqs.send_message(
                    QueueUrl=CASE_REVIEW_QUEUE_URL,
                    MessageBody=json.dumps(_review_task(ice_notice, enrollee), default=str),
                    MessageGroupId="detainer-review",
                )
            ice_session.post(ICE_ACK_URL, json={"request_id": ice_notice["request_id"], "status": "RECEIVED"}, timeout=15)
    log.info("detainer intake: matched=%d unmatched=%d", matched, unmatched)
    return matched, unmatched


def main():
    import boto3
    import requests

    from agency.repository import EnrolleeRepository

    logging.basicConfig(level=logging.INFO)
    ice_session = requests.Session()
    ice_session.cert = (os.environ["EID_CERT"], os.environ["EID_KEY"])
    intake(ice_session, boto3.client("sqs", region_name="us-gov-west-1"), EnrolleeRepository.from_env())


if __name__ == "__main__":
    main()
