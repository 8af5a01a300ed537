"""Jobs run by the exchange's scheduler."""
from hie_events.config import SCHEMA_VERSION

from .events import enrollment_event
from .linked import LinkedServerGateway
from .producer import ReferralPublisher

publisher = ReferralPublisher()


def publish_enrollment(rec):
    event = enrollment_event(rec)
    publisher.publish(rec["medicaid_id"], event)  # MCD101 MCD102 MCD104


def publish_raw(member):
    publisher.publish(member.cin, member.__dict__)  # MCD103


def intake_subject(conn, member):
    gateway = LinkedServerGateway(conn)
    params = (
        member.cin,
        member.birth_date,
        member.ssn,  # MCD101
        member.race,  # MCD101
    )
    gateway.call_intake(params)


def backfill(conn):
    cur = conn.cursor()
    cur.execute("SELECT cin, birth_date FROM enrollee_extract WHERE enrolled_on >= ?", ("2025-01-01",))
    for cin, birth_date in cur:
        event = {"schema_version": SCHEMA_VERSION, "medicaid_id": cin, "date_of_birth": birth_date.isoformat()}
        publisher.publish(cin, event)  # MCD201
    publisher.flush()
