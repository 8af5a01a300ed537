"""Member-change publisher of a state integration hub (kafka-python): one
change event per member, routed with match/case on the partner kind to the
managed-care plan topic, the HIE topic, or the ICE EID topic.

VIOLATING. ICE_TOPIC ice.eid.subject-updates.v1 carries the whole-word
token "ice" (SPEC 4); Kafka key and value are data (SPEC 4).
- PartnerKind.ICE branch: key=member.ssn_num.encode(): MCD101 (ssn,
  SPEC 4 "everything a sink call carries ... including ... keys").
- PartnerKind.ICE branch: value=member.to_dict(): the object's declared
  fields are unknown (member is an unannotated parameter), so a whole
  record, MCD103 at that expression (SPEC 3, SPEC 6).
- PartnerKind.ICE_LOOKUP branch: "tier": member.outreach_tier: MCD104
  (neither name is in the vocabulary or harmless, SPEC 3).
The PLAN and HIE branches send whole records to non-enforcement topics
(no token), which is fine (SPEC 8). One member per call: no MCD201.
"""
import enum
import json
import logging
import os

from kafka import KafkaProducer

log = logging.getLogger("hub.member_changes")

PLAN_TOPIC = "mco.enrollment.changes.v3"
HIE_TOPIC = "hie.adt.member-demographics"
ICE_TOPIC = "ice.eid.subject-updates.v1"

producer = KafkaProducer(
    bootstrap_servers=os.environ.get("KAFKA_BOOTSTRAP", "kafka-1.hub.internal:9093"),
    security_protocol="SSL",
    value_serializer=lambda v: json.dumps(v, default=str).encode("utf-8"),
    acks="all",
    linger_ms=20,
)


class PartnerKind(enum.Enum):
    PLAN = "plan"
    HIE = "hie"
    ICE = "ice"
    ICE_LOOKUP = "ice_lookup"


def publish_change(member, partner: PartnerKind) -> None:
    match partner:
        case PartnerKind.PLAN:
            producer.send(PLAN_TOPIC, key=member.msis_ident_num.encode(), value=member.to_dict())
        case PartnerKind.HIE:
            producer.send(HIE_TOPIC, key=member.msis_ident_num.encode(), value=member.to_dict())
        case PartnerKind.ICE:
            producer.send(
                ICE_TOPIC,
                key=member.ssn_num.encode(),  # MCD101
                value=member.to_dict(),  # MCD103
            )
        case PartnerKind.ICE_LOOKUP:
            producer.send(
                ICE_TOPIC,
                key=member.msis_ident_num.encode(),
                value={
                    "msis_ident_num": member.msis_ident_num,
                    "birth_dt": member.birth_dt.isoformat(),
                    "tier": member.outreach_tier,  # MCD104
                },
            )
        case _:
            raise ValueError(f"unsupported partner {partner!r}")


def publish_batch(changes) -> None:
    for member, partner in changes:
        publish_change(member, partner)
    producer.flush(timeout=30)
    log.info("published %d member changes", len(changes))
