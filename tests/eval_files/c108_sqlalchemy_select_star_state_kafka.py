"""Change-data feed: publishes whole eligibility snapshot rows (SELECT *) to the agency's own Kafka cluster."""
import json
import logging
import os

from kafka import KafkaProducer
from sqlalchemy import create_engine, text

log = logging.getLogger(__name__)

BOOTSTRAP = os.getenv("MMIS_KAFKA_BOOTSTRAP", "kafka01.dhs.state.mn.us:9093")
SNAPSHOT_TOPIC = "mmis.eligibility.snapshots.v3"
engine = create_engine(os.getenv("MMIS_DB_URL", "postgresql+psycopg2://feed@mmis-db.internal/mmis"))

SNAPSHOT_SQL = text(
    """
    SELECT *
    FROM eligibility_snapshot
    WHERE snapshot_date = :snapshot_date
    """
)


def publish_snapshot(snapshot_date):
    producer = KafkaProducer(
        bootstrap_servers=BOOTSTRAP,
        security_protocol="SSL",
        ssl_cafile="/etc/mmis/kafka/ca.pem",
        acks="all",
        value_serializer=lambda v: json.dumps(v, default=str).encode("utf-8"),
    )
    published = 0
    with engine.connect() as conn:
        result = conn.execute(SNAPSHOT_SQL, {"snapshot_date": snapshot_date})
        for row in result.mappings():
            producer.send(SNAPSHOT_TOPIC, key=str(row["member_id"]).encode(), value=dict(row))
            published += 1
    producer.flush()
    log.info("published %d snapshot rows for %s", published, snapshot_date)
    return published
