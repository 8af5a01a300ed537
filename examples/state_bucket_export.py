"""Monthly export of full eligibility records to the state's own bucket and SFTP host (lawful: stays clean)."""
import csv

import boto3
import paramiko

STATE_BUCKET = "mn-dhs-mmis-exports"
STATE_SFTP = "sftp.dhs.state.mn.us"


def export(members):
    path = "/tmp/eligibility.csv"
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["medicaid_id", "ssn", "last_name", "diagnosis_code"])
        writer.writeheader()
        for m in members:
            writer.writerow({"medicaid_id": m.cin, "ssn": m.ssn, "last_name": m.last_name, "diagnosis_code": m.dx})
    boto3.client("s3").upload_file(path, STATE_BUCKET, "eligibility.csv")
    ssh = paramiko.SSHClient()
    ssh.connect(STATE_SFTP)
    ssh.open_sftp().put(path, "/in/eligibility.csv")
