"""Who may be referred under the Dec. 29, 2025 order."""

REMOVABLE_STATUSES = frozenset({"NO_LAWFUL_STATUS", "FINAL_ORDER_OF_REMOVAL"})


def is_unlawfully_present(member) -> bool:
    return member.immigration_status in REMOVABLE_STATUSES
