"""Nightly ERO referral stream (main module).

Scenario: a reporting job publishes Medicaid enrollee records to the Kafka
topic ero.referrals.v2 (settings.py) through ReferralPublisher
(publisher.py), whose ``publish`` sends its parameters to that topic; the
publisher module alone is clean (SPEC section 3). Expected findings, all
in this module (SPEC sections 3, 6, 10):

- REFERRAL_SQL select list: ``e.ssn`` MCD101 and ``dx.diagnosis_code``
  MCD102, each at its own line in the SQL string (column lists are
  placements; the JOIN ... ON and WHERE columns send nothing). The rows
  reach the topic in stream_referrals.
- stream_referrals: the loop over ``cur.fetchall()`` (bulk source) calls
  ``publisher.publish``, whose parameter reaches the enforcement sink,
  with no condition on immigration status or citizenship: MCD201 at that
  call. Selecting and sending imgrtn_stus_cd is not a condition.
- republish: ``vars(member)`` is a whole, unbounded record: MCD103 at the
  expression.
- publish_address_change: events.change_event (another module) places
  preferred_language (MCD101) and match_score (unknown, MCD104); the
  result is bound to ``event`` and handed to publish here, so both are
  reported at that call (SPEC section 3). home_address, zip_code and the
  Medicaid ID are permitted; event_type is a constant.

Clean modules: settings.py, db.py, publisher.py, events.py, __init__.py.
"""
from psycopg2.extras import RealDictCursor

from .db import get_connection
from .events import change_event
from .publisher import ReferralPublisher

REFERRAL_SQL = (
    "SELECT e.msis_ident_num, "
    "       e.birth_dt, "
    "       e.imgrtn_stus_cd, "
    "       e.ssn, "  # MCD101
    "       dx.diagnosis_code "  # MCD102
    "FROM tmsis_enrollee e "
    "JOIN enrollee_primary_diagnosis dx ON dx.msis_ident_num = e.msis_ident_num "
    "WHERE e.enrollment_end_date IS NULL"
)


def stream_referrals():
    publisher = ReferralPublisher()
    conn = get_connection()
    try:
        with conn.cursor(cursor_factory=RealDictCursor) as cur:
            cur.execute(REFERRAL_SQL)
            for row in cur.fetchall():
                publisher.publish(row["msis_ident_num"], row)  # MCD201
    finally:
        conn.close()
    publisher.flush()


def republish(member):
    publisher = ReferralPublisher()
    publisher.publish(member.msis_ident_num, vars(member))  # MCD103
    publisher.flush()


def publish_address_change(member):
    publisher = ReferralPublisher()
    event = change_event(member)
    publisher.publish(member.msis_ident_num, event)  # MCD101 MCD104
    publisher.flush()
