# R8 false silence, minor (files.py folder check: a segment holding "ice" and any contact word ANYWHERE is skipped whole).
# Line 12: expected MCD101 'ssn' (the segment also holds the token "ero"); after: nothing; base: MCD101 at 12:41.
# Line 14: expected MCD101 'ssn' ("ice" is not NEXT TO "contact"; SPEC 4 exempts only ice next to contact/
#   emergency); after: nothing; base: MCD101 at 14:41. (Line 10, /mnt/ice_contacts, clean after: intended.)
import csv


def export(m):
    with open("/mnt/ice_contacts/referral.csv", "w", newline="") as fh:
        csv.writer(fh).writerow([m.cin, m.ssn])  # clean (in case of emergency), as intended
    with open("/mnt/ice_ero_contacts/referral.csv", "w", newline="") as fh:
        csv.writer(fh).writerow([m.cin, m.ssn])  # MCD101
    with open("/mnt/ice_referrals_for_contact_tracing/referral.csv", "w", newline="") as fh:
        csv.writer(fh).writerow([m.cin, m.ssn])  # MCD101
