"""Roster exports: every member, or only those chosen by immigration status.

Expected: clean -- the files are local until a caller uploads them.
"""

import csv

from members.models import Member


def write_roster(path):
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        for m in Member.objects.all():
            writer.writerow([m.cin, m.birth_date])
    return path


def write_scoped(path):
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        for m in Member.objects.filter(immigration_status__in=["EWI", "OVERSTAY"]):
            writer.writerow([m.cin, m.birth_date])
    return path
