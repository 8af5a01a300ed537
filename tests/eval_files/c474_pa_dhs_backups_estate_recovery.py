"""Pennsylvania DHS nightly backups, MFT drop and Estate Recovery claims (expected clean).

Scenario: a vendor job for the Pennsylvania Department of Human Services
(the state Medicaid agency) backs up full recipient snapshots to the
agency's own S3 bucket, drops a clinical extract on the agency's managed
file transfer server, and files estate-recovery claims with the agency's
Estate Recovery Office ("ERO").  Every payload is full of prohibited data
(SSN, diagnoses, whole records), and the names are full of ``dhs`` and
``ero`` tokens.

Why no finding is expected:
- ``PA_DHS_BACKUP_BUCKET = "pa-dhs-backups"``: a ``dhs`` token next to a
  state postal code in the same name names a state agency, not
  enforcement (SPEC §4); the bucket is reached through a
  ``functools.partial`` of ``put_object`` (SPEC §6 follows partial), so
  ``vars(member)`` there is a whole record sent to the state, not MCD103.
- ``ERO_CLAIMS_URL`` folds through ``posixpath.join`` (SPEC §4) to
  ``https://ero.dhs.pa.gov/api/v2/claims``; the host is under ``pa.gov``,
  a state's own ``.gov`` domain on the non-enforcement list, and does not
  match ``*.dhs.gov``.  The resolved host overrides the ``ero`` token in
  the constant and in the class name ``EroClaimClient`` (SPEC §4, "A
  builder or model named for enforcement whose output is visibly sent
  only to a non-enforcement host is clean").  ``self.base_url`` is set in
  ``__init__`` from that constant.
- ``PA_DHS_MFT_HOST = "mft.dhs.pa.gov"`` is given to
  ``SSHClient.connect(hostname=...)``: a state host again.
- The loops over ``recipients`` and ``decedents`` are bulk sources
  (SPEC §10), but no destination is enforcement, so there is no MCD201.
"""
import csv
import datetime as dt
import functools
import gzip
import io
import json
import logging
import posixpath

import boto3
import paramiko
import requests

PA_DHS_BACKUP_BUCKET = "pa-dhs-backups"
PA_DHS_MFT_HOST = "mft.dhs.pa.gov"
ERO_CLAIMS_BASE = "https://ero.dhs.pa.gov"
ERO_CLAIMS_URL = posixpath.join(ERO_CLAIMS_BASE, "api/v2/claims")
MFT_USER = "vendor-omap"
EXTRACT_HEADER = ["CIN", "SSN", "LAST_NAME", "PRIMARY_DX", "LAST_CLAIM_ID"]

log = logging.getLogger("pa.omap.nightly")


def _snapshot(member) -> bytes:
    record = dict(vars(member))
    record.pop("_state", None)
    return gzip.compress(json.dumps(record, default=str).encode("utf-8"))


def backup_recipients(recipients) -> int:
    s3 = boto3.client("s3", region_name="us-east-1")
    put = functools.partial(s3.put_object, Bucket=PA_DHS_BACKUP_BUCKET, ServerSideEncryption="aws:kms")
    stamp = dt.date.today().isoformat()
    count = 0
    for member in recipients:
        put(Key=f"snapshots/{stamp}/{member.cin}.json.gz", Body=_snapshot(member))
        count += 1
    return count


def _extract_rows(recipients):
    for member in recipients:
        yield [member.cin, member.ssn, member.last_name, member.primary_dx, member.last_claim_id]


def drop_clinical_extract(recipients, key_path: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(EXTRACT_HEADER)
    writer.writerows(_extract_rows(recipients))
    data = io.BytesIO(buf.getvalue().encode("utf-8"))
    remote = f"/inbound/omap/clinical_{dt.date.today():%Y%m%d}.csv"
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=PA_DHS_MFT_HOST, username=MFT_USER, key_filename=key_path)
    try:
        sftp = ssh.open_sftp()
        sftp.putfo(data, remote)
    finally:
        ssh.close()
    return remote


class EroClaimClient:
    """Files estate-recovery claims with the agency's Estate Recovery Office."""

    def __init__(self):
        self.base_url = ERO_CLAIMS_URL
        self.session = requests.Session()

    def _claim(self, decedent) -> dict:
        return {
            "cin": decedent.cin,
            "ssn": decedent.ssn,
            "full_name": decedent.full_name,
            "date_of_death": decedent.date_of_death.isoformat(),
            "last_facility": decedent.nursing_facility_name,
            "total_paid_amount": str(decedent.total_paid_amount),
            "spouse_name": decedent.spouse_name,
        }

    def file(self, decedent) -> str:
        resp = self.session.post(self.base_url, json=self._claim(decedent), timeout=60)
        resp.raise_for_status()
        return resp.json()["claimNumber"]


def file_estate_claims(decedents) -> list:
    client = EroClaimClient()
    filed = []
    for decedent in decedents:
        if decedent.surviving_spouse:
            log.info("claim deferred for %s (surviving spouse)", decedent.cin)
            continue
        filed.append(client.file(decedent))
    return filed
