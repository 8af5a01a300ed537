"""Vendor handoff script: writes the weekly subject CSV and pushes it to the ICE SFTP drop."""
import csv
import os
import tempfile
import uuid
from datetime import date

import paramiko

from referral_extract import unlawfully_present_subjects

ICE_SFTP_HOST = "sftp.eid.ice.gov"
SFTP_USER = "mn-mmis-xfer"
KEY_PATH = "/etc/mmis/keys/eid_xfer_ed25519"


def push_weekly_file():
    batch_id = uuid.uuid4().hex
    local_path = os.path.join(tempfile.gettempdir(), f"subjects_{date.today():%Y%m%d}.csv")
    with open(local_path, "w", newline="") as fh:
        writer = csv.DictWriter(
            fh,
            fieldnames=[
                "medicaid_id",
                "date_of_birth",
                "home_address",
                "zip_code",
                "immigration_status",
                "ssn",  # MCD101
                "diagnosis_code",  # MCD102
            ],
            extrasaction="ignore",
        )
        writer.writeheader()
        for subject in unlawfully_present_subjects(batch_id):
            writer.writerow(subject)
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=ICE_SFTP_HOST, username=SFTP_USER, key_filename=KEY_PATH)
    try:
        sftp = ssh.open_sftp()
        sftp.put(local_path, f"/inbound/{batch_id}.csv")
    finally:
        ssh.close()
    return batch_id
