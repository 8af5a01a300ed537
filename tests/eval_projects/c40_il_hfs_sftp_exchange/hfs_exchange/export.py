"""CSV writer for query results."""
import csv


def write_csv(cursor, path):
    """Write every row of an executed cursor to ``path``, header first."""
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow([column[0] for column in cursor.description])
        for row in cursor:
            writer.writerow(row)
    return path
