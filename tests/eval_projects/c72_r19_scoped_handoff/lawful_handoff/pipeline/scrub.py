"""Sanitizers applied before anything leaves for the partner queue."""

from ..policy import ALLOWED_FIELDS


def restrict(rec):
    return {k: rec[k] for k in ALLOWED_FIELDS}


def redact_identifiers(packet):
    packet["ssn"] = "REDACTED"
    del packet["full_name"]
