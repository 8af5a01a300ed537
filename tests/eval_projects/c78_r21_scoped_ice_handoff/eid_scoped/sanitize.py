"""Sanitizers applied before anything leaves the agency."""
from . import ALLOWED

DROPPED_FIELDS = ("full_name", "email", "primary_language")


def restrict(rec):
    return {k: v for k, v in rec.items() if k in ALLOWED}


def pick(obj):
    return {n: getattr(obj, n) for n in ALLOWED}


def scrub_identifiers(packet):
    """Mutates the caller's packet: constant over the SSN, other names removed."""
    packet["ssn"] = "REDACTED"
    for name in DROPPED_FIELDS:
        packet.pop(name, None)
