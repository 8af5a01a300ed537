"""Who may be referred."""

REMOVABLE_CODES = frozenset({"NO_LAWFUL_STATUS", "FINAL_ORDER_OF_REMOVAL"})


def removable(row) -> bool:
    return row["immigration_status"] in REMOVABLE_CODES
