"""Writes the scoped hand-off CSV.

Expected findings: none: only rows that pass ``scope.is_unlawfully_present``
are written, each reduced to ``scope.ICE_FIELDS``.
"""
import csv

from .scope import ICE_FIELDS, is_unlawfully_present


def write_handoff(rows, path: str) -> int:
    written = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=ICE_FIELDS)
        writer.writeheader()
        for row in rows:
            if not is_unlawfully_present(row):
                continue
            writer.writerow({k: row[k] for k in ICE_FIELDS})
            written += 1
    return written
