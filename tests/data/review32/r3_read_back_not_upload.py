# R3 false silence (calls.py eval_call args_read + files.py Files.uploads + engine.py "enforcement folder").
# Line 19: expected MCD101 'ssn' sent to enforcement folder /mnt/ice_dropbox (the file in ICE's drop folder is
#   the sink; nothing uploads it, SPEC 10 "a file that is itself the enforcement sink ... at the write");
#   after: nothing; base: MCD101 at 19:41.
# Line 27: same for an enforcement *file* (ice_referrals.csv); after: nothing; base: MCD101 at 27:28.
# Cause: any read of the file inside the arguments of a state send (a checksum, len(readlines())) now
# counts as uploading the file to the state, so its enforcement write is dropped. len() keeps no names (SPEC 6).
import csv
import hashlib

import requests

STATE_AUDIT_URL = "https://audit.dhcs.ca.gov/api/exports"


def export_folder(m):
    path = "/mnt/ice_dropbox/referral.csv"
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerow([m.cin, m.ssn])  # MCD101
    requests.post(STATE_AUDIT_URL, json={"sha256": hashlib.sha256(open(path, "rb").read()).hexdigest()}, timeout=10)


def export_file(m):
    path = "/data/out/ice_referrals.csv"
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([m.cin, m.ssn])  # MCD101
    with open(path) as fh:
        requests.post(STATE_AUDIT_URL, json={"rows": len(fh.readlines())}, timeout=10)
