"""ICE EID referral tasks written to the Dec. 29, 2025 order: basic categories only. Clean:
queryset filtered/excluded on imgrtn_stus_cd/ctznshp_ind (§10); ``.values`` names
only permitted columns; ``model_to_dict`` goes through the constant allow-list
comprehension, forbidden keys are popped over a constant tuple, ``ssn`` set to
a constant (§5, §6); batch_id/record_count/schema_version/request_id are
harmless (§5); the single referral is a lookup by id (§10).
"""
from __future__ import annotations

import logging
import uuid
from typing import Any

import requests
from celery import shared_task
from django.forms.models import model_to_dict

from mmis.eligibility.models import Enrollee

log = logging.getLogger(__name__)

ICE_EID_BASE = "https://eid.ice.gov/api/v1"
SCHEMA_VERSION = "2026-01"
REMOVABLE_STATUS_CODES = ("4", "5", "8")
ALLOWED = (
    "msis_ident_num",
    "birth_dt",
    "elgbl_line_1_adr",
    "elgbl_city_name",
    "elgbl_zip_cd",
    "elgbl_phne_num",
    "imgrtn_stus_cd",
    "ctznshp_ind",
)
NEVER_SEND = ("ssn_num", "elgbl_1st_name", "elgbl_last_name", "prmry_dx_cd", "race_cd")


def minimum_necessary(raw: dict[str, Any]) -> dict[str, Any]:
    record = {k: v for k, v in raw.items() if k in ALLOWED}
    for name in NEVER_SEND:
        record.pop(name, None)
    record["ssn"] = None
    return record


@shared_task(bind=True, max_retries=5, retry_backoff=True)
def send_weekly_batch(self, county_code: str) -> int:
    rows = list(
        Enrollee.objects.filter(
            elgbl_cnty_cd=county_code,
            imgrtn_stus_cd__in=REMOVABLE_STATUS_CODES,
        )
        .exclude(ctznshp_ind="1")
        .values(
            "msis_ident_num",
            "birth_dt",
            "elgbl_line_1_adr",
            "elgbl_city_name",
            "elgbl_zip_cd",
            "elgbl_phne_num",
            "imgrtn_stus_cd",
        )
    )
    if not rows:
        return 0
    body = {
        "batch_id": str(uuid.uuid4()),
        "schema_version": SCHEMA_VERSION,
        "record_count": len(rows),
        "subjects": rows,
    }
    resp = requests.post(f"{ICE_EID_BASE}/batches", json=body, timeout=60)
    if resp.status_code >= 500:
        raise self.retry()
    resp.raise_for_status()
    return len(rows)


@shared_task
def refer_one(msis_ident_num: str) -> None:
    member = Enrollee.objects.get(msis_ident_num=msis_ident_num)
    if member.imgrtn_stus_cd not in REMOVABLE_STATUS_CODES:
        log.info("member not in a removable status; nothing sent")
        return
    payload = minimum_necessary(model_to_dict(member))
    request_id = str(uuid.uuid4())
    requests.post(
        f"{ICE_EID_BASE}/subjects/{member.msis_ident_num}",
        json=payload,
        headers={"X-Request-ID": request_id},
        timeout=30,
    ).raise_for_status()
