"""The nightly job: each partner's sender from the registry."""
from .client import build_record, push_retried, push_retried_sanitized, push_sanitized
from .registry import CLASSES, SENDERS, STATE_ONLY, STEPS, sender_for, state_sender_for


def refer(m):
    push_sanitized({"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.birth_date})


def through_registry(m):
    SENDERS["ice"]({"medicaid_id": m.cin, "race": m.race_code})  # MCD101


def through_class_registry(m):
    CLASSES["ero"]().deliver({"medicaid_id": m.cin, "language": m.prmry_lang_cd})  # MCD101


def to_state(m):
    SENDERS["state"]({"medicaid_id": m.cin, "race": m.race_code})
    for send in STATE_ONLY.values():
        send({"medicaid_id": m.cin, "ssn": m.ssn})


def build(m):
    return build_record(m)


def fan_out(m):
    body = {"medicaid_id": m.cin, "preferred_language": m.prmry_lang_cd}  # MCD101
    for name, send in SENDERS.items():
        send(body)


def to_partner(m, partner):
    send = sender_for(partner)
    send({"medicaid_id": m.cin, "pregnant": m.pregnancy_ind})  # MCD102


def to_state_partner(m, partner):
    send = state_sender_for(partner)
    send({"medicaid_id": m.cin, "pregnant": m.pregnancy_ind})


def kept_here(m, partner):
    send = SENDERS[partner]
    send({"medicaid_id": m.cin, "ssn": m.ssn})  # MCD101


def retried(m):
    push_retried({"medicaid_id": m.cin, "language": m.prmry_lang_cd})  # MCD101
    push_retried_sanitized({"medicaid_id": m.cin, "language": m.prmry_lang_cd})


def pipeline(m):
    body = {"medicaid_id": m.cin, "household_size": m.hh_size}  # MCD101
    for step in STEPS:
        step(body)
