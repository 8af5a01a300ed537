"""Status predicate used by the nightly job.

Scenario:
    The agency's rule for who may be handed off: enrollees whose verified
    immigration status is one of the not-lawfully-present codes.

Expected findings:
    none (a predicate; nothing is sent here)
"""
NOT_LAWFULLY_PRESENT = frozenset({"3", "8", "UNL"})


def is_unlawfully_present(member) -> bool:
    return member.immigration_status in NOT_LAWFULLY_PRESENT and member.citizenship_status != "US"
