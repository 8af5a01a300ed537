# OPTIONS: sinks=transfer.outbox.publish
"""A message-bus publisher configured as a sink by qualified name (the topic is named for ERO)."""
from transfer import outbox


def publish_case(case):
    outbox.publish("ero-referrals", {"medicaid_id": case.cin, "case_number": case.case_number})  # MCD101
