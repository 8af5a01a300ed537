"""Kafka publisher for topic ``ice.eid.referrals.v1`` (token in the topic, §4).
Event dict entries are placements reported where placed although the send is
in ``publish`` (§3, §6): ``eligibility_group`` (MCD101), ``pregnant`` fed by
``prgnt_ind`` (MCD102). The key is a SHA-256 of the SSN: keys are data and
hashing keeps the name (§4, §6), MCD101 at ``key=``. ``publish_pending`` skips
enrollees unless ``is_removable`` (tests imgrtn_stus_cd): no MCD201 (§10).
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

from kafka import KafkaProducer

log = logging.getLogger(__name__)

SCHEMA_VERSION = "1.3"
REMOVABLE_CODES = frozenset({"4", "5", "8"})


@dataclass(frozen=True)
class EnrolleeView:
    msis_ident_num: str
    birth_dt: date
    elgbl_line_1_adr: str
    elgbl_zip_cd: str
    elgbl_phne_num: str | None
    imgrtn_stus_cd: str
    ssn_num: str
    elgblty_grp_cd: str
    prgnt_ind: bool


def is_removable(e: EnrolleeView) -> bool:
    return e.imgrtn_stus_cd in REMOVABLE_CODES


class ReferralPublisher:
    TOPIC = "ice.eid.referrals.v1"

    def __init__(self, producer: KafkaProducer | None = None, bootstrap: str = "kafka-01:9093") -> None:
        self._producer = producer or KafkaProducer(
            bootstrap_servers=bootstrap,
            security_protocol="SSL",
            acks="all",
            linger_ms=50,
            value_serializer=lambda v: json.dumps(v, default=str).encode("utf-8"),
        )

    def _to_event(self, e: EnrolleeView) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "medicaid_id": e.msis_ident_num,
            "date_of_birth": e.birth_dt.isoformat(),
            "phone": e.elgbl_phne_num,
            "address": {"line1": e.elgbl_line_1_adr, "zip": e.elgbl_zip_cd},
            "immigration_status": e.imgrtn_stus_cd,
            "eligibility_group": e.elgblty_grp_cd,  # MCD101
            "pregnant": e.prgnt_ind,  # MCD102
        }

    def publish(self, enrollee: EnrolleeView) -> None:
        event = self._to_event(enrollee)
        future = self._producer.send(
            self.TOPIC,
            value=event,
            key=hashlib.sha256(enrollee.ssn_num.encode()).hexdigest().encode(),  # MCD101
        )
        future.add_errback(lambda exc: log.error("publish failed: %s", exc))

    def publish_pending(self, enrollees: Iterable[EnrolleeView]) -> int:
        count = 0
        for e in enrollees:
            if not is_removable(e):
                continue
            self.publish(e)
            count += 1
        self._producer.flush(timeout=30)
        log.info("published %d referral events to %s", count, self.TOPIC)
        return count

    def close(self) -> None:
        self._producer.close(timeout=10)

    def __enter__(self) -> "ReferralPublisher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
