"""Celery tasks."""
from __future__ import annotations

import logging

from celery import Celery
from county_case_gateway import CaseGateway

from hold_notices.builders import build_message
from hold_notices.clients import CountyCaseQueue, EroIntakeQueue
from hold_notices.models import CaseSnapshot
from hold_notices.settings import CELERY_BROKER_URL

log = logging.getLogger(__name__)
app = Celery("hold_notices", broker=CELERY_BROKER_URL)


@app.task(autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)
def forward_hold(case_id: str) -> str:
    snap = CaseGateway().get_case(case_id)
    msg = build_message(snap)
    msg["hold_reason"] = snap.hold_reason_txt  # MCD104
    return EroIntakeQueue().publish(msg)  # MCD101 MCD102


@app.task
def forward_all_holds(cases: list[CaseSnapshot]) -> int:
    queue = EroIntakeQueue()
    for c in cases:
        queue.publish(build_message(c))  # MCD101 MCD102 MCD201
    log.info("forwarded %d holds", len(cases))
    return len(cases)


@app.task
def sync_county(case_id: str) -> str:
    snap = CaseGateway().get_case(case_id)
    return CountyCaseQueue().publish(build_message(snap))
