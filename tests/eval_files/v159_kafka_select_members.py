"""Kafka producer job: publishes one event per enrollee returned by select_members() to the
ICE EID referral topic (twin of q08 that differs only in the selector's name).

Expected MCD201 at producer.send: select_members() has no status condition and its name does not count as a population filter, so every reviewed enrollee is published.
"""
import json
import logging

from kafka import KafkaProducer
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from .models import Member

log = logging.getLogger(__name__)

REFERRAL_TOPIC = "ice.eid.referrals.v1"
engine = create_engine("postgresql+psycopg://mmis_ro@mmis-db.internal/mmis")


def select_members(session: Session) -> list[Member]:
    """Members flagged by the eligibility unit's nightly review."""
    stmt = (
        select(Member)
        .where(Member.review_outcome_cd == "R")
        .where(Member.enrollment_end_dt.is_(None))
    )
    return list(session.scalars(stmt))


def _event(member: Member) -> bytes:
    return json.dumps(
        {
            "msis_ident_num": member.msis_ident_num,
            "birth_dt": member.birth_dt.isoformat(),
            "imgrtn_stus_cd": member.imgrtn_stus_cd,
            "elgbl_line_1_adr": member.elgbl_line_1_adr,
            "elgbl_city_name": member.elgbl_city_name,
            "elgbl_zip_cd": member.elgbl_zip_cd,
            "elgbl_phne_num": member.elgbl_phne_num,
        }
    ).encode("utf-8")


def publish() -> int:
    producer = KafkaProducer(
        bootstrap_servers=["kafka-1.mmis.internal:9093"],
        security_protocol="SSL",
        acks="all",
    )
    count = 0
    with Session(engine) as session:
        for member in select_members(session):
            producer.send(  # MCD201
                REFERRAL_TOPIC,
                key=member.msis_ident_num.encode(),
                value=_event(member),
            )
            count += 1
    producer.flush()
    log.info("published %d referral events", count)
    return count
