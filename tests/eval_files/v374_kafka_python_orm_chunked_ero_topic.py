"""CLI: publish active enrollees of the given counties to the ERO subject
topic, 200 at a time.

    python v518_kafka_python_orm_chunked_ero_topic.py --county 031 --county 043
"""
import json
from itertools import islice

import click
from kafka import KafkaProducer
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from mmis.models import Enrollee

ERO_TOPIC = "ero.subject.referrals.v2"
BROKERS = ["kafka-a.partner.internal:9093", "kafka-b.partner.internal:9093"]
UNLAWFUL = {"5", "6"}

engine = create_engine("postgresql+psycopg2://ro@mmis-replica.internal/mmis")
producer = KafkaProducer(
    bootstrap_servers=BROKERS,
    security_protocol="SSL",
    value_serializer=lambda v: json.dumps(v, default=str).encode("utf-8"),
    key_serializer=str.encode,
)


def chunked(iterable, size):
    it = iter(iterable)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


def to_message(e) -> dict:
    return {
        "medicaidId": e.msis_ident_num,
        "birthDate": e.birth_dt.isoformat(),
        "phone": e.elgbl_phne_num,
        "immigrationStatus": e.imgrtn_stus_cd if e.imgrtn_stus_cd in UNLAWFUL else "UNKNOWN",
        "sex": e.sex_cd,  # MCD101
        "race": e.race_ethnicity_cd,  # MCD101
        "preferredLanguage":
            e.prefrd_lang_cd,  # MCD101
        "score": e.score,  # MCD104
    }


def publish_county(session: Session, county_code: str) -> int:
    stmt = select(Enrollee).where(Enrollee.county_code == county_code,
                                  Enrollee.enrlmt_end_dt.is_(None))
    sent = 0
    for chunk in chunked(session.scalars(stmt), 200):
        for e in chunk:
            producer.send(ERO_TOPIC, key=e.msis_ident_num, value=to_message(e))  # MCD201
            sent += 1
        producer.flush()
    return sent


@click.command()
@click.option("--county", "counties", multiple=True, required=True)
def main(counties):
    with Session(engine) as session:
        for code in counties:
            click.echo(f"{code}: {publish_county(session, code)} messages")


if __name__ == "__main__":
    main()
