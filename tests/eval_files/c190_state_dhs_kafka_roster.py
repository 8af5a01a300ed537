"""Nightly eligibility roster: every active recipient, unfiltered, produced to the Pennsylvania DHS Kafka cluster for state systems.

Clean: bulk and unfiltered, but the destination is the state agency (brokers *.dhs.pa.gov, topic pa-dhs-eligibility-roster), not enforcement.
"""
import json

from kafka import KafkaProducer

from eligibility.models import Recipient

DHS_BROKERS = ["kafka01.dhs.pa.gov:9093", "kafka02.dhs.pa.gov:9093"]
ROSTER_TOPIC = "pa-dhs-eligibility-roster"


def publish_roster():
    dhs_producer = KafkaProducer(
        bootstrap_servers=DHS_BROKERS,
        security_protocol="SSL",
        ssl_cafile="/etc/pki/pa-dhs-ca.pem",
        acks="all",
    )
    count = 0
    for r in Recipient.objects.filter(enrollment_status="A").iterator(chunk_size=2000):
        record = {
            "msis_ident_num": r.msis_ident_num,
            "birth_dt": r.birth_dt.isoformat(),
            "elgbl_line_1_adr": r.elgbl_line_1_adr,
            "elgbl_zip_cd": r.elgbl_zip_cd,
            "elgbl_phne_num": r.elgbl_phne_num,
            "ctznshp_ind": r.ctznshp_ind,
        }
        dhs_producer.send(ROSTER_TOPIC, key=r.msis_ident_num.encode(), value=json.dumps(record).encode())
        count += 1
    dhs_producer.flush()
    return count
