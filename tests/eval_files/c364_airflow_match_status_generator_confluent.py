"""Airflow DAG: daily referral stream of enrollees with no lawful status.

Only the basic categories are selected, and only rows whose immigration
status code says "no lawful status on file" or "final order of removal"
(state codes 5 and 6) are produced to the EID topic.
"""
import json
from itertools import islice

import pendulum
import sqlalchemy as sa
from airflow.decorators import dag, task
from airflow.providers.postgres.hooks.postgres import PostgresHook
from confluent_kafka import Producer

ICE_TOPIC = "ice.eid.referrals.v1"
KAFKA_CONF = {"bootstrap.servers": "kafka-1.mmis.internal:9093", "security.protocol": "SSL",
              "enable.idempotence": True}

elgbl = sa.table(
    "tmsis_elgbl_cntct",
    sa.column("msis_ident_num"),
    sa.column("birth_dt"),
    sa.column("imgrtn_stus_cd"),
    sa.column("elgbl_line_1_adr"),
    sa.column("elgbl_zip_cd"),
)


def referable(rows):
    for row in rows:
        match row.imgrtn_stus_cd:
            case "5" | "6":
                yield row
            case _:
                continue


def batches(iterable, size):
    it = iter(iterable)
    while chunk := list(islice(it, size)):
        yield chunk


@dag(schedule="30 4 * * *", start_date=pendulum.datetime(2026, 1, 6, tz="UTC"), catchup=False,
     tags=["federal", "eid"])
def eid_referral_stream():
    @task
    def produce_referrals() -> int:
        engine = PostgresHook(postgres_conn_id="tmsis_ro").get_sqlalchemy_engine()
        stmt = sa.select(elgbl.c.msis_ident_num, elgbl.c.birth_dt, elgbl.c.imgrtn_stus_cd,
                         elgbl.c.elgbl_line_1_adr, elgbl.c.elgbl_zip_cd)
        producer = Producer(KAFKA_CONF)
        sent = 0
        with engine.connect() as conn:
            result = conn.execute(stmt)
            for batch in batches(referable(result), 500):
                for row in batch:
                    producer.produce(
                        ICE_TOPIC,
                        key=row.msis_ident_num,
                        value=json.dumps({
                            "medicaidId": row.msis_ident_num,
                            "birthDate": row.birth_dt.isoformat(),
                            "immigrationStatus": row.imgrtn_stus_cd,
                            "addressLine1": row.elgbl_line_1_adr,
                            "zipCode": row.elgbl_zip_cd,
                        }),
                    )
                    sent += 1
                producer.flush()
        return sent

    produce_referrals()


eid_referral_stream()
