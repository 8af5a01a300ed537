"""Daily 834-style fan-out to MCO topics with a scoped ICE feed, via an outbox of deques (clean).

Scenario: an enrollment broker reads the daily eligibility CSV (T-MSIS
column names) and fans each record out.  One reusable ``payload`` dict is
cleared and refilled per destination.  The MCO message carries everything
the plan needs (name, diagnosis, plan, aid code); then, only for records
whose immigration status code shows unlawful presence, the payload is
cleared again and refilled with permitted fields for the ICE feed.
Serialized messages wait in ``outbox``, a dict of deques keyed by
destination, drained at the end by ``_drain(producer, topic, queue)``.

Why no finding is expected:
- The MCO topic ``mco.enrollment.834.v2`` has no enforcement signal
  (SPEC 4); the plan data goes only to ``outbox["mco"]`` and that queue is
  drained to that topic (SPEC 6: ``d[k]`` access paths; a helper sends with
  the destination of each call).
- The ICE message is built after ``payload.clear()`` from permitted fields
  only (MSIS ID, DOB, address, phone, immigration status), each placed
  after the clear; what the dict held before was serialized for the MCO and
  removed (SPEC 6 flow-sensitive state).
- Appends to ``outbox["ice"]`` are guarded by ``continue`` on
  ``IMGRTN_STUS_CD`` (SPEC 10 condition on status), so the bulk CSV source
  does not give MCD201.
"""
from __future__ import annotations

import csv
import json
import logging
import os
from collections import deque

log = logging.getLogger("broker.fanout")

MCO_TOPIC = "mco.enrollment.834.v2"
ICE_TOPIC = os.environ.get("ICE_FEED_TOPIC", "ice.eid.basic-info.v1")
UNLAWFUL_CODES = frozenset({"5", "6"})


def _encode(doc):
    return json.dumps(doc, default=str, sort_keys=True).encode("utf-8")


def _drain(producer, topic, queue, flush_every=500):
    sent = 0
    while queue:
        producer.send(topic, value=queue.popleft())
        sent += 1
        if sent % flush_every == 0:
            producer.flush()
    producer.flush()
    return sent


def fan_out(path, producer):
    outbox = {"mco": deque(), "ice": deque()}
    payload = {}
    with open(path, newline="", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh, delimiter="|"):
            payload.clear()
            payload["member_id"] = rec["MSIS_IDENT_NUM"]
            payload["last_name"] = rec["ELGBL_LAST_NAME"]
            payload["first_name"] = rec["ELGBL_1ST_NAME"]
            payload["plan_id"] = rec["MC_PLAN_ID"]
            payload["aid_code"] = rec["ELGBLTY_GRP_CD"]
            payload["primary_dx"] = rec["DGNS_1_CD"]
            outbox["mco"].append(_encode(payload))

            if rec["IMGRTN_STUS_CD"] not in UNLAWFUL_CODES:
                continue
            payload.clear()
            payload["msis_ident_num"] = rec["MSIS_IDENT_NUM"]
            payload["birth_dt"] = rec["BIRTH_DT"]
            payload["address_line_1"] = rec["ELGBL_LINE_1_ADR_HOME"]
            payload["city"] = rec["ELGBL_CITY_NAME_HOME"]
            payload["zip"] = rec["ELGBL_ZIP_CD_HOME"]
            payload["phone"] = rec["ELGBL_PHNE_NUM_HOME"]
            payload["imgrtn_stus_cd"] = rec["IMGRTN_STUS_CD"]
            outbox["ice"].append(_encode(payload))

    counts = {
        "mco": _drain(producer, MCO_TOPIC, outbox["mco"]),
        "ice": _drain(producer, ICE_TOPIC, outbox["ice"]),
    }
    log.info("fan-out complete: %s", counts)
    return counts


def main():
    import argparse

    from kafka import KafkaProducer

    parser = argparse.ArgumentParser(prog="fanout")
    parser.add_argument("extract")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    producer = KafkaProducer(
        bootstrap_servers=os.environ.get("KAFKA_BOOTSTRAP", "kafka.broker.internal:9093"),
        security_protocol="SSL",
        acks="all",
        linger_ms=20,
    )
    try:
        fan_out(args.extract, producer)
    finally:
        producer.close()


if __name__ == "__main__":
    main()
