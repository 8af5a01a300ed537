"""Kafka publisher of "subject referred" events to ICE ERO topics (violating).

Scenario: a state integration platform publishes one event per referred
enrollee to an ICE ERO Kafka cluster, using T-MSIS column names.  The
message key was chosen as the SSN "because it is unique", the event adds
eligibility, enrollment and language codes and a vendor lead score, and a
replay helper re-sends a whole member object.

Destination: both topics (``ice.ero.subject-events`` and its ``.replay``
twin) contain the ``ice`` and ``ero`` tokens after splitting on ``.``
(SPEC §4); ``self.topic`` is set in ``__init__`` from a constant (SPEC §4
folding).  Kafka ``value`` and ``key`` are data (SPEC §4).  Each send is
about one member passed by the caller: no MCD201 (SPEC §10).

Expected findings:
- ``prmry_lang_grp_cd`` (language) -> MCD101; ``elgblty_grp_cd``
  (eligibility) -> MCD101; ``enrlmt_end_dt`` (enrollment) -> MCD101, each
  at its dict entry (SPEC §3, names from the T-MSIS vocabulary).
- ``lead_score``: in no category and not harmless -> MCD104 (SPEC §3, the
  order is an allow-list).
- ``key=member.ssn``: the keyword argument that places the SSN into the
  sink call -> MCD101 at the ``key=`` line (SPEC §3, §4).
- ``_snapshot``: ``member.__dict__`` is a whole record reaching the replay
  send through a same-module helper -> one MCD103 at that expression in
  the helper (SPEC §3).
Not findings: msis_id, birth_dt and imgrtn_stus_cd are permitted;
``event_type`` is a constant; the replay key is the MSIS id.
"""
import json
import logging

from kafka import KafkaProducer

REFERRAL_TOPIC = "ice.ero.subject-events"
REPLAY_TOPIC = "ice.ero.subject-events.replay"

log = logging.getLogger(__name__)


def _snapshot(member) -> dict:
    return dict(member.__dict__)  # MCD103


class SubjectEventPublisher:
    def __init__(self, bootstrap_servers: str):
        self.topic = REFERRAL_TOPIC
        self.producer = KafkaProducer(
            bootstrap_servers=bootstrap_servers,
            security_protocol="SSL",
            key_serializer=lambda k: str(k).encode(),
            value_serializer=lambda v: json.dumps(v, default=str).encode(),
        )

    def _event(self, member) -> dict:
        return {
            "event_type": "SUBJECT_REFERRED",
            "msis_id": member.msis_id,
            "birth_dt": member.birth_dt,
            "imgrtn_stus_cd": member.imgrtn_stus_cd,
            "prmry_lang_grp_cd": member.prmry_lang_grp_cd,  # MCD101
            "elgblty_grp_cd": member.elgblty_grp_cd,  # MCD101
            "enrlmt_end_dt": member.enrlmt_end_dt,  # MCD101
            "lead_score": member.lead_score,  # MCD104
        }

    def publish(self, member) -> None:
        future = self.producer.send(
            self.topic,
            key=member.ssn,  # MCD101
            value=self._event(member),
        )
        future.add_errback(lambda exc: log.error("publish failed: %s", exc))

    def replay(self, member) -> None:
        self.producer.send(REPLAY_TOPIC, key=member.msis_id, value=_snapshot(member))

    def close(self) -> None:
        self.producer.flush(timeout=30)
        self.producer.close()
