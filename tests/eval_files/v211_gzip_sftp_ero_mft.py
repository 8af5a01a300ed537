"""Compressed weekly handoff to the ERO managed-file-transfer server.

Renders the weekly enrollee list as gzip-compressed CSV and puts it on
the ERO MFT server over SFTP.  Single-case follow-ups are written as one
JSON file per person in the same inbound tree.
"""
import csv
import gzip
import io
import json

import paramiko

ERO_SFTP_HOST = "mft.ero.ice.gov"
KEY_FILE = "/etc/mcd-xfer/id_ed25519"
LOCAL_PATH = "/var/spool/mcd/handoff.csv.gz"
REMOTE_PATH = "/incoming/medicaid/handoff.csv.gz"


def _open_ero_sftp():
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=ERO_SFTP_HOST, username="mcd-xfer", key_filename=KEY_FILE)
    return ssh.open_sftp()


def weekly_handoff(enrollees):
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf,
        fieldnames=[
            "medicaid_id",
            "birth_date",
            "home_address",
            "phone",
            "email_address",  # MCD101
            "marital_status",  # MCD101
            "hiv_status",  # MCD102
        ],
        extrasaction="ignore",
    )
    writer.writeheader()
    for enrollee in enrollees:
        writer.writerow(enrollee)
    with open(LOCAL_PATH, "wb") as fh:
        fh.write(gzip.compress(buf.getvalue().encode("utf-8")))
    sftp = _open_ero_sftp()
    try:
        sftp.put(LOCAL_PATH, REMOTE_PATH)  # MCD201
    finally:
        sftp.close()


def single_followup(member):
    body = json.dumps(
        {
            "medicaid_id": member.medicaid_id,
            "dob": member.dob,
            "immigration_status": member.immigration_status,
            "veteran_status": member.veteran_status,  # MCD101
        },
        default=str,
    ).encode("utf-8")
    sftp = _open_ero_sftp()
    try:
        sftp.putfo(io.BytesIO(gzip.compress(body)), f"/incoming/medicaid/followups/{member.last_name}.json.gz")  # MCD101
    finally:
        sftp.close()
