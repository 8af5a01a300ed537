"""Data minimization helpers shared by every outbound transfer."""
from ..policy import PERMITTED_FIELDS


def minimize(record: dict) -> dict:
    """Keep only the columns the court order allows."""
    return {k: v for k, v in record.items() if k in PERMITTED_FIELDS}
