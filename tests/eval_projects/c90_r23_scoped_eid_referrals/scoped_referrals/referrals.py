"""Referral jobs that send Medicaid data to ICE EID, scoped to the order.

Scenario: a state vendor refers enrollees to ICE's EID API (eid.ice.gov)
and publishes to the Kafka topic ice.eid.referrals.v1. Every path here IS
an enforcement send, and the member objects carry SSNs, names and
diagnoses, but every path is narrowed to the six permitted categories
before it leaves, and every bulk path is conditioned on immigration
status. The project is CLEAN (no finding in any module):

- refer_member: schemas.full_profile places ``ssn`` and ``full_name``;
  scrub.drop_restricted then pops every name of policy.RESTRICTED_FIELDS
  in a loop over that constant collection (SPEC section 6, sanitizers:
  "pop/del in a loop over a constant collection of names"; a function's
  writes into its argument are followed across modules).
- refer_validated: scrub.restrict is the comprehension
  ``{k: v for k, v in record.items() if k in REFERRAL_FIELDS}`` with the
  allow-list imported from policy.py, all six permitted names (SPEC
  section 6); IceReferral is declared in the project with permitted fields
  only, so ``model_validate`` and ``model_dump_json`` carry those fields
  (SPEC sections 3 and 6).
- refer_and_sync: schemas.split_member returns a tuple; only the permitted
  first element goes to EID, the clinical second element goes to the
  state's own care-management host under nj.gov (SPEC section 6, tuple
  unpacking element by element; section 4, non-enforcement hosts).
- refer_queue: SQL rows (bulk) with only permitted columns and a WHERE on
  immigration_status (SPEC section 10, condition on status).
- publish_feed: csv.DictReader rows (bulk) guarded by
  scrub.is_unlawfully_present, a project function whose name begins with
  ``unlawful`` and which tests immigration_status (SPEC section 10); the
  value is restricted to the allow-list and the key is the Medicaid ID.
"""
import csv
import json

import httpx
from kafka import KafkaProducer
from psycopg2.extras import RealDictCursor

from scoped_referrals import EidClient
from . import settings
from .policy import UNLAWFUL_STATUS_CODES
from .schemas import IceReferral, full_profile, split_member
from .scrub import drop_restricted, is_unlawfully_present, restrict

QUEUE_SQL = (
    "SELECT medicaid_id, date_of_birth, citizenship_status, immigration_status, "
    "home_address, phone_number "
    "FROM referral_queue "
    "WHERE immigration_status = ANY(%s) AND referred_at IS NULL"
)


def refer_member(member):
    packet = full_profile(member)
    drop_restricted(packet)
    return EidClient().post_subject(packet)


def refer_validated(member):
    referral = IceReferral.model_validate(restrict(full_profile(member)))
    return EidClient().refer(referral)


def refer_and_sync(member):
    referral_part, clinical_part = split_member(member)
    EidClient().post_subject(referral_part)
    response = httpx.post(settings.CARE_MGMT_URL, json=clinical_part, timeout=settings.HTTP_TIMEOUT)
    response.raise_for_status()


def refer_queue(conn):
    client = EidClient()
    with conn.cursor(cursor_factory=RealDictCursor) as cur:
        cur.execute(QUEUE_SQL, (list(UNLAWFUL_STATUS_CODES),))
        for row in cur:
            client.post_subject(dict(row))


def publish_feed(path):
    producer = KafkaProducer(bootstrap_servers=settings.KAFKA_BOOTSTRAP, acks="all")
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not is_unlawfully_present(row):
                continue
            producer.send(
                settings.ICE_REFERRAL_TOPIC,
                key=row["medicaid_id"].encode("utf-8"),
                value=json.dumps(restrict(row)).encode("utf-8"),
            )
    producer.flush()
