"""Airflow DAG: weekly eligibility roster export to the ERO managed-file-transfer server.

The MMIS vendor drops eligibility_roster.csv every night.  Each Monday this DAG
reshapes the active members into the column layout ERO asked for and pushes
the file over SFTP.
"""
import csv
from datetime import datetime, timedelta

import paramiko
from airflow import DAG
from airflow.operators.python import PythonOperator

ROSTER_PATH = "/data/landing/mmis/eligibility_roster.csv"
EXPORT_PATH = "/data/outbound/weekly_roster.csv"
MFT_HOST = "mft.ero.ice.gov"
MFT_USER = "st-medicaid-xfer"
MFT_KEY = "/opt/airflow/keys/mft_rsa"
REMOTE_PATH = "/inbound/medicaid/weekly_roster.csv"

HEADER = ["medicaid_id", "dob", "address", "zip", "phone", "ssn", "race", "primary_dx"]


def export_roster(**context):
    written = 0
    with open(ROSTER_PATH, newline="") as src, open(EXPORT_PATH, "w", newline="") as dst:
        reader = csv.DictReader(src)
        writer = csv.writer(dst)
        writer.writerow(HEADER)
        for row in reader:
            if row["ELIG_STATUS"] != "ACTIVE":
                continue
            writer.writerow(
                [
                    row["MEDICAID_ID"],
                    row["DOB"],
                    row["ADDRESS1"],
                    row["ZIP"],
                    row["PHONE"],
                    row["SSN"],  # MCD101
                    row["RACE_CODE"],  # MCD101
                    row["PRIMARY_DX"],  # MCD102
                ]
            )
            written += 1

    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(hostname=MFT_HOST, username=MFT_USER, key_filename=MFT_KEY, timeout=60)
    try:
        sftp = ssh.open_sftp()
        sftp.put(EXPORT_PATH, REMOTE_PATH)  # MCD201
        sftp.close()
    finally:
        ssh.close()
    context["ti"].xcom_push(key="rows_written", value=written)


with DAG(
    dag_id="ero_weekly_roster_export",
    start_date=datetime(2026, 1, 12),
    schedule="0 6 * * MON",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=15)},
    tags=["medicaid", "outbound"],
) as dag:
    PythonOperator(task_id="export_roster", python_callable=export_roster)
