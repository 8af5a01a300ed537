"""Entry points: one caseworker-chosen enrollee, or a nightly batch of status rows."""

from uuid import uuid4

from lawful_handoff.policy import in_scope

from .pipeline import transport as tx
from .pipeline.build import add_home_address, build_packet
from .pipeline.scrub import redact_identifiers, restrict


def refer_member(member):
    packet = build_packet(member)
    redact_identifiers(packet)
    add_home_address(packet, member)
    tx.publish(packet, member.cin, str(uuid4()))


def refer_rows(rows):
    for row in rows:
        if not in_scope(row):
            continue
        tx.publish(restrict(row), row["medicaid_id"], str(uuid4()))
