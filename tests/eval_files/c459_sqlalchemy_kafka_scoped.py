"""Streaming scoped referrals from the eligibility warehouse to an ICE Kafka topic (expected clean).

Scenario: a federal data-hub contractor streams, once a day, the
enrollees whose verified immigration status is on the agreed list (and who
are not recorded as citizens) to the ``ice.eid.referrals.v1`` topic.  The
SQLAlchemy query selects only the permitted columns.

Why no finding is expected:
- Destination: the Kafka topic ``ice.eid.referrals.v1`` contains the
  ``ice`` token as a whole word after splitting on ``.`` (SPEC §4).
- Fields: the select list names only permitted columns (msis_ident_num,
  birth_dt, home address parts, zip_cd, elgbl_phne_num, ctznshp_ind,
  imgrtn_stus_cd); the event dict repeats the same permitted names; the
  Kafka ``key`` is the MSIS id (Medicaid ID), permitted (SPEC §4 Kafka
  ``value``/``key`` are data).  ``schema_version`` is a constant.
- Population: the select is a bulk source (SPEC §10), but its ``where``
  tests ``imgrtn_stus_cd`` (immigration_status) and ``ctznshp_ind``
  (citizenship), a condition on status between source and send, so no
  MCD201.  The ``match`` statement only picks a value inside the payload.
"""
import json
from datetime import date

import sqlalchemy as sa
from kafka import KafkaProducer
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

REFERRAL_TOPIC = "ice.eid.referrals.v1"
AGREED_STATUS_CODES = ("8", "9")
SCHEMA_VERSION = "1.3"


class Base(DeclarativeBase):
    pass


class Enrollee(Base):
    __tablename__ = "tmsis_elgblty"
    msis_ident_num: Mapped[str] = mapped_column(primary_key=True)
    birth_dt: Mapped[date]
    elgbl_line_1_adr: Mapped[str]
    elgbl_city_name: Mapped[str]
    zip_cd: Mapped[str]
    elgbl_phne_num: Mapped[str | None]
    ctznshp_ind: Mapped[str]
    imgrtn_stus_cd: Mapped[str | None]
    ssn_num: Mapped[str | None]


def referral_query():
    return (
        sa.select(
            Enrollee.msis_ident_num,
            Enrollee.birth_dt,
            Enrollee.elgbl_line_1_adr,
            Enrollee.elgbl_city_name,
            Enrollee.zip_cd,
            Enrollee.elgbl_phne_num,
            Enrollee.ctznshp_ind,
            Enrollee.imgrtn_stus_cd,
        )
        .where(Enrollee.imgrtn_stus_cd.in_(AGREED_STATUS_CODES))
        .where(Enrollee.ctznshp_ind != "1")
    )


def stream_referrals(engine: sa.Engine, bootstrap: str) -> int:
    producer = KafkaProducer(
        bootstrap_servers=bootstrap,
        key_serializer=str.encode,
        value_serializer=lambda v: json.dumps(v, default=str).encode(),
        acks="all",
    )
    sent = 0
    with engine.connect() as conn:
        for row in conn.execute(referral_query()):
            match row.ctznshp_ind:
                case "0":
                    citizenship = "NON_CITIZEN"
                case _:
                    citizenship = "UNKNOWN"
            event = {
                "schema_version": SCHEMA_VERSION,
                "msis_ident_num": row.msis_ident_num,
                "birth_dt": row.birth_dt.isoformat(),
                "home_address": {
                    "line_1": row.elgbl_line_1_adr,
                    "city": row.elgbl_city_name,
                    "zip_cd": row.zip_cd,
                },
                "phone": row.elgbl_phne_num,
                "citizenship": citizenship,
                "immigration_status": row.imgrtn_stus_cd,
            }
            producer.send(REFERRAL_TOPIC, key=row.msis_ident_num, value=event)
            sent += 1
    producer.flush()
    return sent
