"""Django management-command helpers that publish enrollee rows to the
ice.eid.referrals.v1 Kafka topic (kafka-python).

VIOLATING. The topic name holds the whole-word token "ice" (SPEC 4).
- .values(...) names are a column list, each at its own line (SPEC 3):
  ssn_num line MCD101 (ssn), race_ethncty_cd line MCD101 (race/ethnicity),
  tot_mdcd_pd_amt line MCD102 (payment, a health category per the
  reference README).
- publish_county_sweep: .values() with no names is a whole record, so
  MCD103 at that expression (SPEC 3); the queryset is a bulk source filtered only
  by county, no condition on status or citizenship, and the send sits in
  the loop over it, so MCD201 at the producer.send call (SPEC 10).
publish_status_matched filters on immigration_status__in, which clears
MCD201 for its send (SPEC 10); its key is msis_ident_num (permitted).
"""
import json
import logging

from django.conf import settings
from kafka import KafkaProducer

from eligibility.models import Enrollee

log = logging.getLogger("eligibility.publish")

ICE_TOPIC = "ice.eid.referrals.v1"
UNLAWFUL_STATUSES = ("NO_STATUS", "EXPIRED_PAROLE")

producer = KafkaProducer(
    bootstrap_servers=settings.KAFKA_BOOTSTRAP,
    value_serializer=lambda v: json.dumps(v, default=str).encode("utf-8"),
    acks="all",
    retries=5,
)


def publish_status_matched(county_code):
    qs = Enrollee.objects.filter(
        immigration_status__in=UNLAWFUL_STATUSES,
        elgbl_cnty_cd=county_code,
    ).values(
        "msis_ident_num",
        "birth_dt",
        "elgbl_phne_num",
        "elgbl_zip_cd",
        "ssn_num",  # MCD101
        "race_ethncty_cd",  # MCD101
        "tot_mdcd_pd_amt",  # MCD102
    )
    sent = 0
    for row in qs.iterator(chunk_size=500):
        producer.send(ICE_TOPIC, key=row["msis_ident_num"].encode(), value=row)
        sent += 1
    producer.flush()
    log.info("published %d status-matched rows for county %s", sent, county_code)
    return sent


def publish_county_sweep(county_code):
    sent = 0
    for row in Enrollee.objects.filter(elgbl_cnty_cd=county_code).values():  # MCD103
        producer.send(ICE_TOPIC, value=row)  # MCD201
        sent += 1
    producer.flush()
    log.info("swept %d rows for county %s", sent, county_code)
    return sent
