"""Scope rule: who may be referred.

Scenario:
    Predicate on the enrollee's immigration status and citizenship.

Expected findings:
    none
"""
REMOVABLE_CODES = frozenset({"UNL", "EXP", "OVR"})


def is_unlawfully_present(member) -> bool:
    return member.citizenship_status != "US" and member.immigration_status in REMOVABLE_CODES
