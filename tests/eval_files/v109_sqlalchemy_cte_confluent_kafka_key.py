"""Vendor bridge: streams subjects selected by a status-review CTE to the ICE EID Kafka topic with confluent-kafka."""
import json
import logging
import os

from confluent_kafka import Producer
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

EID_TOPIC = "ice.eid.subjects.v1"
engine = create_engine(os.getenv("BRIDGE_DB_URL", "postgresql+psycopg2://bridge@mmis-dw.internal/tmsis"))

FLAGGED_SQL = """
WITH flagged AS (
    SELECT s.msis_ident_num
    FROM status_review s
    WHERE s.imgrtn_stus_cd IN ('3', '5')
      AND s.review_outcome = 'REFER'
)
SELECT e.msis_ident_num,
       e.birth_dt,
       e.elgbl_line_1_adr_home,
       e.elgbl_zip_cd_home,
       e.sex_cd,  -- # MCD101
       e.race_ethncty_cd,  -- # MCD101
       e.prgnt_ind  -- # MCD102
FROM tmsis_elgbl e
JOIN flagged f ON f.msis_ident_num = e.msis_ident_num
WHERE e.ctznshp_ind = '0'
"""


def _on_delivery(err, msg):
    if err is not None:
        log.error("delivery failed for key %s: %s", msg.key(), err)


def stream_flagged():
    producer = Producer(
        {
            "bootstrap.servers": os.getenv("BRIDGE_KAFKA", "kafka.bridge.internal:9092"),
            "enable.idempotence": True,
        }
    )
    with Session(engine) as session:
        result = session.execute(text(FLAGGED_SQL))
        for row in result.mappings():
            producer.produce(
                EID_TOPIC,
                key=str(row["msis_ident_num"]),
                value=json.dumps(dict(row), default=str),
                on_delivery=_on_delivery,
            )
            producer.poll(0)
    producer.flush(30)


if __name__ == "__main__":
    stream_flagged()
