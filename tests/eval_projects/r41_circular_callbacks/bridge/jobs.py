"""Builders decorated by the sending decorator."""
from .deco import report


@report
def build(m):
    return {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101


def nightly(m):
    return build(m)
