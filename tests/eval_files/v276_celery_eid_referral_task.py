"""Celery task: push nightly EID referrals from a Django queryset to ICE EID.
The queryset filters on imgrtn_stus_cd, so no MCD201 (SPEC §10). Annotated
lines are names in the ORM ``.values(...)`` column list, each a placement at
its own line (§3): ``ssn_num`` is an SSN (MCD101, §5), ``prmry_dx_cd`` a
diagnosis (MCD102), ``outreach_tier`` unknown and not harmless (MCD104). The
send is in a retry-decorated method; placements reported where named (§6).
"""
from __future__ import annotations

import functools
import logging
import random
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable

import requests
from celery import shared_task
from django.db import transaction
from django.utils import timezone

from mmis.eligibility.models import Enrollee

log = logging.getLogger(__name__)

ICE_EID_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
REMOVABLE_STATUS_CODES = ("4", "5", "8")


@dataclass(frozen=True)
class TransferSettings:
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    max_attempts: int = 4
    backoff_base: float = 1.5


def retry_with_backoff(attempts: int = 4, base: float = 1.5) -> Callable:
    """Retry transient HTTP failures with jittered exponential backoff."""

    def decorator(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for attempt in range(1, attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except (requests.ConnectionError, requests.Timeout) as exc:
                    if attempt == attempts:
                        raise
                    delay = base**attempt + random.random()
                    log.warning("attempt %d failed (%s); retrying in %.1fs", attempt, exc, delay)
                    time.sleep(delay)
            return None

        return wrapper

    return decorator


class EidReferralSender:
    """Thin wrapper around a shared requests.Session."""

    def __init__(self, session: requests.Session, settings: TransferSettings | None = None) -> None:
        self._session = session
        self._settings = settings or TransferSettings()

    @retry_with_backoff(attempts=4)
    def post_referral(self, referral: dict[str, Any]) -> str:
        resp = self._session.post(
            ICE_EID_REFERRAL_URL,
            json=referral,
            timeout=(self._settings.connect_timeout, self._settings.read_timeout),
        )
        resp.raise_for_status()
        return resp.json()["referralId"]


def pending_referrals(county_code: str) -> Iterable[dict[str, Any]]:
    """Enrollees of one county with a removable status and no referral yet."""
    return (
        Enrollee.objects.filter(
            elgbl_cnty_cd=county_code,
            imgrtn_stus_cd__in=REMOVABLE_STATUS_CODES,
            eid_referred_at__isnull=True,
        )
        .order_by("msis_ident_num")
        .values(
            "msis_ident_num",
            "birth_dt",
            "elgbl_line_1_adr",
            "elgbl_zip_cd",
            "elgbl_phne_num",
            "imgrtn_stus_cd",
            "ssn_num",  # MCD101
            "prmry_dx_cd",  # MCD102
            "outreach_tier",  # MCD104
        )
        .iterator(chunk_size=500)
    )


@shared_task(bind=True, acks_late=True, max_retries=3, default_retry_delay=300)
def push_eid_referrals(self, county_code: str) -> int:
    sender = EidReferralSender(requests.Session())
    sent = failed = 0
    for row in pending_referrals(county_code):
        try:
            referral_id = sender.post_referral(row)
        except requests.HTTPError:
            failed += 1
            log.exception("EID rejected referral for county %s", county_code)
            continue
        with transaction.atomic():
            Enrollee.objects.filter(msis_ident_num=row["msis_ident_num"]).update(
                eid_referred_at=timezone.now(),
                eid_referral_id=referral_id,
            )
        sent += 1
    log.info("county %s: %d referrals sent, %d failed", county_code, sent, failed)
    if failed and not sent:
        raise self.retry()
    return sent
