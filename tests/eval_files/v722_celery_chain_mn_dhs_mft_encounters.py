"""Celery chain writes a gzipped encounter extract and pushes it over paramiko to the Minnesota DHS MFT.

Scenario:
    A Minnesota managed-care organization submits monthly encounter data to
    the Minnesota Department of Human Services. A Celery chain (extract ->
    compress -> upload) writes every encounter line with diagnoses,
    procedures, NPIs and the enrollee's name and SSN, gzips it and puts it
    on the state's MFT server with paramiko. The task and client names say
    "dhs" throughout.

Expected findings:
    none

Why the dangerous-looking parts are lawful under the SPEC:
    - The SFTP host resolves to mft.dhs.state.mn.us, a state domain on the
      non-enforcement list, which overrides the "dhs" name signals
      (SPEC section 4, "mn-its.dhs.state.mn.us" example).
    - "mn_dhs" names a state agency: a dhs token next to a postal code
      (SPEC section 4, "mn_dhs_mft").
    - Full records, health data included, to a state agency are not a
      transfer to an enforcement endpoint (SPEC section 8).
"""
from __future__ import annotations

import csv
import gzip
import logging
import os
import shutil
from datetime import date

import paramiko
from celery import Celery, chain

from mco.warehouse import encounter_lines

log = logging.getLogger("mco.mn_dhs_encounters")

app = Celery("encounters", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/2"))

MN_DHS_MFT_HOST = os.getenv("MN_DHS_MFT_HOST", "mft.dhs.state.mn.us")
MN_DHS_MFT_USER = os.getenv("MN_DHS_MFT_USER", "mco_0457")
STAGING = "/var/spool/encounters"
COLUMNS = [
    "recipient_id", "first_name", "last_name", "ssn", "birth_date",
    "claim_id", "date_of_service", "diagnosis_code_1", "procedure_code",
    "rendering_npi", "paid_amount",
]


@app.task
def extract_encounters(period: str) -> str:
    path = os.path.join(STAGING, f"encounters_{period}.csv")
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for line in encounter_lines(period):
            writer.writerow(line)
    return path


@app.task
def compress_extract(path: str) -> str:
    gz_path = path + ".gz"
    with open(path, "rb") as src, gzip.open(gz_path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    os.remove(path)
    return gz_path


@app.task(autoretry_for=(paramiko.SSHException,), retry_backoff=60, max_retries=4)
def upload_to_mn_dhs(gz_path: str) -> str:
    mn_dhs_mft = paramiko.SSHClient()
    mn_dhs_mft.load_system_host_keys()
    mn_dhs_mft.connect(
        hostname=MN_DHS_MFT_HOST,
        username=MN_DHS_MFT_USER,
        key_filename=os.environ["MN_DHS_MFT_KEY"],
    )
    try:
        sftp = mn_dhs_mft.open_sftp()
        remote = f"/inbound/encounters/{os.path.basename(gz_path)}"
        sftp.put(gz_path, remote)
    finally:
        mn_dhs_mft.close()
    log.info("delivered %s to MN DHS", gz_path)
    return remote


def submit_month(period: str | None = None):
    period = period or date.today().strftime("%Y%m")
    return chain(extract_encounters.s(period), compress_extract.s(), upload_to_mn_dhs.s()).apply_async()
