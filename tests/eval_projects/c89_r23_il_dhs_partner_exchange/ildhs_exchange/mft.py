"""Managed file transfer to Minnesota DHS for shared border-county recipients."""
import csv

import paramiko

from . import settings

ROSTER_FIELDS = [
    "recipient_id",
    "ssn",
    "first_name",
    "last_name",
    "birth_date",
    "primary_diagnosis",
]


def write_roster(rows, local_path):
    with open(local_path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=ROSTER_FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)


class MnDhsMftClient:
    def __init__(self):
        self._ssh = paramiko.SSHClient()
        self._ssh.load_system_host_keys()
        self._ssh.connect(
            hostname=settings.MN_DHS_MFT_HOST,
            username=settings.MN_DHS_MFT_USER,
            key_filename=settings.MN_DHS_MFT_KEY,
        )
        self._sftp = self._ssh.open_sftp()

    def put_file(self, local_path, remote_file):
        self._sftp.put(local_path, f"/inbound/il_hfs/{remote_file}")

    def close(self):
        self._sftp.close()
        self._ssh.close()
