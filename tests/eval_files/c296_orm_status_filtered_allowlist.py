"""Monthly basic-information export under the Dec. 29, 2025 order.

Only enrollees whose recorded immigration status is one of the "not lawfully
present" codes are exported, and only the six basic categories of data leave
the agency.  Each record is posted individually so that the intake side can
reject one without failing the batch.
"""
from __future__ import annotations

import logging
import time
import uuid

import requests

from eligibility.models import Enrollee

log = logging.getLogger("exports.basic_info")

ICE_BASIC_INFO_URL = "https://eid.ice.gov/api/v1/basic-info"
UNLAWFUL_STATUS_CODES = ("7", "8")
ALLOWED_FIELDS = (
    "medicaid_id",
    "date_of_birth",
    "citizenship_status",
    "immigration_status",
    "home_address",
    "phone_number",
)
SCHEMA_VERSION = "1.0"
PAUSE_BETWEEN_POSTS = 0.05


def _eligible_queryset():
    return (
        Enrollee.objects.filter(immigration_status__in=UNLAWFUL_STATUS_CODES)
        .exclude(us_citizen=True)
        .only(*ALLOWED_FIELDS)
        .order_by("pk")
    )


def export_basic_info() -> dict:
    batch_id = uuid.uuid4().hex
    stats = {"sent": 0, "rejected": 0}
    with requests.Session() as session:
        for enrollee in _eligible_queryset().iterator(chunk_size=500):
            payload = {name: getattr(enrollee, name) for name in ALLOWED_FIELDS}
            payload["batch_id"] = batch_id
            payload["schema_version"] = SCHEMA_VERSION
            try:
                resp = session.post(ICE_BASIC_INFO_URL, json=payload, timeout=30)
            except requests.RequestException:
                log.exception("post failed in batch %s", batch_id)
                stats["rejected"] += 1
                continue
            if resp.status_code >= 400:
                stats["rejected"] += 1
                log.warning("rejected (%s) in batch %s", resp.status_code, batch_id)
            else:
                stats["sent"] += 1
            time.sleep(PAUSE_BETWEEN_POSTS)
    log.info("batch %s finished: %s", batch_id, stats)
    return stats
