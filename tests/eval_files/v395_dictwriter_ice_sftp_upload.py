"""Build the EID referral CSV from the eligibility export and SFTP it."""
import argparse
import csv
import logging
import os
from datetime import date

import paramiko

log = logging.getLogger("eid_sftp")

SFTP_HOST = "sftp.eid.ice.gov"
REMOTE_DIR = "/incoming/state-referrals"
OUT_DIR = os.environ.get("EID_OUT_DIR", "/srv/eid/outbound")

EXPORT_COLUMNS = [
    "medicaid_id",
    "date_of_birth",
    "first_name",  # MCD101
    "last_name",  # MCD101
    "ssn",  # MCD101
    "home_address",
    "phone_number",
    "aid_code",  # MCD101
    "immigration_status",
]


def export_and_upload(src_path, run_date, upload=True):
    out_path = os.path.join(OUT_DIR, f"ice_referrals_{run_date:%Y%m%d}.csv")
    count = 0
    with open(src_path, newline="") as src, open(out_path, "w", newline="") as dst:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(dst, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for row in reader:
            writer.writerow(row)
            count += 1
    log.info("wrote %d rows to %s", count, out_path)
    if not upload:
        return out_path

    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.load_host_keys(os.path.expanduser("~/.ssh/known_hosts"))
    client.connect(hostname=SFTP_HOST, username="state-mmis", key_filename=os.environ["EID_KEY"])
    try:
        sftp = client.open_sftp()
        remote = f"{REMOTE_DIR}/{os.path.basename(out_path)}"
        sftp.put(out_path, remote)  # MCD201
    finally:
        client.close()
    return out_path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("export_csv")
    parser.add_argument("--no-upload", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    export_and_upload(args.export_csv, date.today(), upload=not args.no_upload)


if __name__ == "__main__":
    main()
