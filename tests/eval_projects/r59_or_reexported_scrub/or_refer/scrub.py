"""Deny-list scrubbing, in place.

Not findings: nothing here sends (SPEC section 3: a module's findings depend
only on what it imports).
"""
BLOCKED = ("ssn", "race", "diagnosis_code", "first_name", "last_name")


def scrub(record):
    """Drop every blocked field of ``record`` (in place)."""
    for key in BLOCKED:
        record.pop(key, None)
