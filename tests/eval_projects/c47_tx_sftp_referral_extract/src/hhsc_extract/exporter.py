"""CSV extract writer."""
import csv

from .columns import EXPORT_COLUMNS


def write_extract(rows, path) -> int:
    written = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row[k] for k in EXPORT_COLUMNS})
            written += 1
    return written
