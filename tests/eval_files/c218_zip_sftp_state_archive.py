"""Nightly eligibility archive to the state MFT servers and agency buckets.

Builds a zipped CSV with the full member record (SSN, names, diagnoses,
immigration status) for the state Department of Human Services and the
Medi-Cal program office, and keeps a copy in the agency's own S3 buckets.
None of these destinations is an enforcement agency.
"""
import csv
import io
import zipfile

import boto3
import paramiko

DHS_MFT_HOST = "mft.dhs.state.mn.us"
DHCS_MFT_HOST = "sftp.dhcs.ca.gov"
ARCHIVE_BUCKET = "ca-dhcs-eligibility-archive"
BACKUP_BUCKET = "pa-dhs-backups"
ZIP_PATH = "/var/spool/elig/nightly.zip"
KEY_FILE = "/etc/elig/id_ed25519"


def build_archive(members):
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf,
        fieldnames=[
            "medicaid_id",
            "ssn",
            "first_name",
            "last_name",
            "primary_diagnosis",
            "immigration_status",
            "household_income",
        ],
    )
    writer.writeheader()
    for m in members:
        writer.writerow(
            {
                "medicaid_id": m.medicaid_id,
                "ssn": m.ssn,
                "first_name": m.first_name,
                "last_name": m.last_name,
                "primary_diagnosis": m.primary_diagnosis,
                "immigration_status": m.immigration_status,
                "household_income": m.household_income,
            }
        )
    with zipfile.ZipFile(ZIP_PATH, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("members.csv", buf.getvalue())
    return ZIP_PATH


def push_dhs_mft(members):
    archive = build_archive(members)
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=DHS_MFT_HOST, username="elig_batch", key_filename=KEY_FILE)
    try:
        sftp = ssh.open_sftp()
        sftp.put(archive, "/inbound/eligibility/nightly.zip")
    finally:
        ssh.close()


def push_dhcs_mft(members):
    archive = build_archive(members)
    transport = paramiko.Transport((DHCS_MFT_HOST, 22))
    transport.connect(username="elig_batch", pkey=paramiko.Ed25519Key.from_private_key_file(KEY_FILE))
    sftp = paramiko.SFTPClient.from_transport(transport)
    sftp.put(archive, "/medi-cal/inbound/nightly.zip")
    transport.close()


def archive_to_s3(members):
    archive = build_archive(members)
    s3 = boto3.client("s3")
    s3.upload_file(archive, ARCHIVE_BUCKET, "nightly/members.zip")
    s3.upload_file(archive, BACKUP_BUCKET, "elig/nightly/members.zip")
