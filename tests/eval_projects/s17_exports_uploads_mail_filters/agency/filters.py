"""Population filters.

Expected: clean.
"""


def is_unlawfully_present(member):
    return member.flagged_by_save


def is_active(member):
    return member.enrollment_status == "A"
