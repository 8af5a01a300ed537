"""Reduces a full row to the permitted columns.

Scenario:
    {k: row[k] for k in PERMITTED_COLUMNS} over the imported allow-list.

Expected findings:
    none
"""
from .policy import PERMITTED_COLUMNS


def minimize(row: dict) -> dict:
    return {k: row[k] for k in PERMITTED_COLUMNS if k in row}
