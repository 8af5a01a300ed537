"""ICE ERO referral events sent through closures and a partial (violating).

Scenario: a state integration hub publishes one referral event per
member to an ICE ERO Kafka cluster, plus an audit event.  The sender is a
closure built by a factory, the audit sender is a ``functools.partial``
of ``producer.send``, and a nested function merges "extra" attributes
from the enclosing scope into the event.  The builder is wrapped in a
tracing decorator that returns the function.

Destination: both topics (``ice.ero.referrals.v2`` and
``ice.ero.referral-audit``) hold the ``ice`` and ``ero`` tokens after
splitting on ``.``/``-`` (SPEC §4); Kafka ``value`` and ``key`` are data.
``build_ice_event`` is itself named for enforcement (SPEC §4).  One member
handed in by the caller: no MCD201 (SPEC §10).

Expected findings (SPEC §3, at the dict entry that places the value):
- ``build_ice_event``: ``"ssi": m.receives_ssi`` -> MCD101 (public
  benefits, outside the six categories).
- ``build_ice_event``: ``"vaccines"`` from a comprehension over
  ``m.immunizations`` reading ``cvx_code`` (SPEC §6 comprehensions) ->
  MCD102 (immunization).
- ``publish``: ``extra`` holds ``marital_status``; the nested ``_emit``
  closes over it and merges it into the event it sends through the
  ``send`` closure (SPEC §6 closures, ``update``) -> MCD101 at that entry.
- ``publish``: the audit ``partial`` sends ``"reason":
  m.referral_reason_text``, a name in no category and not harmless ->
  MCD104 (SPEC §3, the order is an allow-list).
Not findings: MSIS id, birth date and phone are permitted; the key is
an f-string of MSIS id and birth date (permitted); the deceased branch
returns before anything is sent.
"""
import functools
import json
import logging

from kafka import KafkaProducer

REFERRAL_TOPIC = "ice.ero.referrals.v2"
AUDIT_TOPIC = "ice.ero.referral-audit"

log = logging.getLogger("hub.ero")


def traced(fn):
    fn.__traced__ = True
    return fn


@traced
def build_ice_event(m) -> dict:
    return {
        "msis_id": m.msis_id,
        "birth_dt": m.birth_dt,
        "phone": m.elgbl_phne_num,
        "ssi": m.receives_ssi,  # MCD101
        "vaccines": [imm.cvx_code for imm in m.immunizations],  # MCD102
    }


def make_sender(producer: KafkaProducer, topic: str):
    def send(event: dict, key: bytes):
        future = producer.send(topic, key=key, value=event)
        future.add_errback(lambda exc: log.error("send to %s failed: %s", topic, exc))
        return future
    return send


def new_producer(servers: str) -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=servers,
        security_protocol="SSL",
        ssl_cafile="/etc/hub/ero-ca.pem",
        value_serializer=lambda v: json.dumps(v, default=str).encode("utf-8"),
    )


def publish(producer: KafkaProducer, m) -> bool:
    if m.deceased:
        log.info("member %s deceased: nothing to publish", m.msis_id)
        return False
    send = make_sender(producer, REFERRAL_TOPIC)
    audit = functools.partial(producer.send, AUDIT_TOPIC)
    extra = {"marital_status": m.marital_status}  # MCD101

    def _emit(event: dict):
        event.update(extra)
        return send(event, key=f"{m.msis_id}:{m.birth_dt}".encode())

    _emit(build_ice_event(m))
    audit(value={"msis_id": m.msis_id, "reason": m.referral_reason_text})  # MCD104
    return True
