from kafka import KafkaProducer

from ..schemas.models import IceReferralPayload
from ..settings import ERO_TOPIC, KAFKA_BOOTSTRAP


class ReferralPublisher:
    def __init__(self):
        self._producer = KafkaProducer(
            bootstrap_servers=KAFKA_BOOTSTRAP,
            security_protocol="SSL",
            acks="all",
        )

    def publish(self, payload: IceReferralPayload) -> None:
        self._producer.send(
            ERO_TOPIC,
            key=payload.medicaid_id.encode("utf-8"),
            value=payload.model_dump_json().encode("utf-8"),
        )

    def flush(self) -> None:
        self._producer.flush(timeout=60)
