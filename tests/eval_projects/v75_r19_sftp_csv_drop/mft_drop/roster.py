"""Running roster file that the receiving office collects from the spool share."""

import csv

from . import SPOOL_DIR

ROSTER_PATH = SPOOL_DIR + "/ice_eid_roster.csv"


def append_roster_line(member):
    with open(ROSTER_PATH, "a", newline="") as fh:
        csv.writer(fh).writerow([
            member.msis_ident_num,
            member.birth_dt,
            member.elgbl_phne_num,
            member.emergency_contact_phone,  # MCD101
        ])
