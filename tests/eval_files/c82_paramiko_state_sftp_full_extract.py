"""Weekly MMIS eligibility and claims extract pushed to the Minnesota DHS MFT server over SFTP."""
import csv
import os
from datetime import date

import paramiko

from mmis.extracts import weekly_claims_rows

DHS_SFTP_HOST = "sftp.dhs.state.mn.us"
DHS_SFTP_USER = "mmis_mft"
KEY_PATH = "/etc/mmis/keys/mft_rsa"


def push_extract():
    local_path = f"/var/tmp/mmis_extract_{date.today():%Y%m%d}.csv"
    with open(local_path, "w", newline="") as fh:
        writer = csv.DictWriter(
            fh,
            fieldnames=[
                "medicaid_id",
                "ssn",
                "first_name",
                "last_name",
                "date_of_birth",
                "diagnosis_code",
                "claim_id",
                "paid_amount",
            ],
        )
        writer.writeheader()
        writer.writerows(weekly_claims_rows())
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(hostname=DHS_SFTP_HOST, username=DHS_SFTP_USER, key_filename=KEY_PATH)
    try:
        sftp = ssh.open_sftp()
        sftp.put(local_path, f"/inbound/claims/{os.path.basename(local_path)}")
        sftp.close()
    finally:
        ssh.close()
    os.remove(local_path)
