"""Sanitizers applied before anything leaves for EID."""
from .policy import REFERRAL_FIELDS, RESTRICTED_FIELDS, UNLAWFUL_STATUS_CODES


def restrict(record):
    return {k: v for k, v in record.items() if k in REFERRAL_FIELDS}


def drop_restricted(packet):
    for key in RESTRICTED_FIELDS:
        packet.pop(key, None)


def is_unlawfully_present(row):
    return row["immigration_status"] in UNLAWFUL_STATUS_CODES
