"""Sanitizers applied to every outgoing referral."""

from .policy import NON_PERMITTED_CONTACT_KEYS, PERMITTED_FIELDS


def restrict(record: dict) -> dict:
    return {k: v for k, v in record.items() if k in PERMITTED_FIELDS}


def drop_contact_extras(payload: dict) -> None:
    for key in NON_PERMITTED_CONTACT_KEYS:
        payload.pop(key, None)
