"""Airflow TaskFlow DAG: builds an X12 005010X220A1 834 benefit-enrollment
file from the nightly MMIS eligibility CSV, one member loop per row, and
puts it on the ICE EID SFTP server. Two tasks: a full roster and a
status-screened roster.

VIOLATING. The file is put on sftp.eid.ice.gov (ICE_SFTP_HOST folds from
os.environ.get default, *.ice.gov; files written for later upload, SPEC 4).
Placements are list elements of the segments built in member_loop, each at
its own line (SPEC 3), reported once even though both tasks send them:
- row["ELGBL_LAST_NAME"] in NM1: MCD101 (name).
- row["ELGBL_1ST_NAME"] in NM1: MCD101 (name).
- row["SEX_CD"] in DMG: MCD101 (sex).
- row["MC_PLAN_ID"] in HD: MCD101 (managed_care_plan, reference README).
- put_full_roster: every row of a csv.DictReader (bulk source) goes into the
  file with no condition on status or citizenship, and the file is uploaded:
  MCD201 at the upload (SPEC 10).
put_screened_roster `continue`s on IMGRTN_STUS_CD before the row enters the
file, so its upload has no MCD201 (SPEC 10). REF*0F (MSIS_IDENT_NUM), N3/N4
(home address) and DMG02 (BIRTH_DT) are permitted; envelope segments hold
constants and batch_id (harmless, SPEC 5).
"""
import csv
import logging
import os
import time
from datetime import datetime
from pathlib import Path

import paramiko
from airflow.decorators import dag, task

log = logging.getLogger(__name__)

ICE_SFTP_HOST = os.environ.get("ICE_SFTP_HOST", "sftp.eid.ice.gov")
ICE_SFTP_USER = "ca_dhcs_834"
ICE_SFTP_KEY = "/opt/airflow/keys/eid_834_rsa"
ICE_REMOTE_FULL = "/inbound/834/ca_dhcs_full.x12"
ICE_REMOTE_SCREENED = "/inbound/834/ca_dhcs_screened.x12"
EXTRACT_DIR = Path("/data/mmis/nightly")
WORK_DIR = Path("/opt/airflow/tmp/x12")
SENDER_ID = "CADHCS"
RECEIVER_ID = "EIDINTAKE"
UNLAWFUL_STATUS_CODES = frozenset({"3"})


def _segment(elements: list) -> str:
    return "*".join("" if e is None else str(e) for e in elements) + "~"


def envelope_open(batch_id: str) -> list:
    stamp = datetime.utcnow()
    return [
        _segment(["ISA", "00", "", "00", "", "ZZ", SENDER_ID, "ZZ", RECEIVER_ID,
                  stamp.strftime("%y%m%d"), stamp.strftime("%H%M"), "^", "00501", batch_id, "0", "P", ":"]),
        _segment(["GS", "BE", SENDER_ID, RECEIVER_ID, stamp.strftime("%Y%m%d"), stamp.strftime("%H%M"), batch_id, "X", "005010X220A1"]),
        _segment(["ST", "834", "0001", "005010X220A1"]),
        _segment(["BGN", "00", batch_id, stamp.strftime("%Y%m%d"), stamp.strftime("%H%M"), "", "", "", "4"]),
    ]


def envelope_close(batch_id: str, segment_count: int) -> list:
    return [
        _segment(["SE", segment_count + 1, "0001"]),
        _segment(["GE", "1", batch_id]),
        _segment(["IEA", "1", batch_id]),
    ]


def member_loop(row: dict) -> list:
    return [
        _segment(["INS", "Y", "18", "030", "XN", "A", "", "", "AC"]),
        _segment(["REF", "0F", row["MSIS_IDENT_NUM"]]),
        _segment([
            "NM1", "IL", "1",
            row["ELGBL_LAST_NAME"],  # MCD101
            row["ELGBL_1ST_NAME"],  # MCD101
        ]),
        _segment(["N3", row["ELGBL_LINE_1_ADR_HOME"]]),
        _segment(["N4", row["ELGBL_CITY_NAME_HOME"], row["ELGBL_STATE_CD_HOME"], row["ELGBL_ZIP_CD_HOME"]]),
        _segment([
            "DMG", "D8",
            row["BIRTH_DT"],
            row["SEX_CD"],  # MCD101
        ]),
        _segment([
            "HD", "030", "", "HLT",
            row["MC_PLAN_ID"],  # MCD101
        ]),
    ]


def control_number() -> str:
    return f"{int(time.time()) % 10**9:09d}"


@dag(schedule="30 5 * * *", start_date=datetime(2026, 1, 6), catchup=False, tags=["x12", "834"])
def enrollment_834_to_eid():
    @task
    def put_full_roster(ds_nodash=None):
        batch_id = control_number()
        body = []
        with open(EXTRACT_DIR / f"eligibility_{ds_nodash}.csv", newline="") as fh:
            for row in csv.DictReader(fh):
                body.extend(member_loop(row))
        local = WORK_DIR / f"full_{ds_nodash}.x12"
        local.write_text("\n".join(envelope_open(batch_id) + body + envelope_close(batch_id, len(body) + 3)))
        ssh = paramiko.SSHClient()
        ssh.load_system_host_keys()
        ssh.connect(hostname=ICE_SFTP_HOST, username=ICE_SFTP_USER, key_filename=ICE_SFTP_KEY)
        try:
            sftp = ssh.open_sftp()
            sftp.put(str(local), ICE_REMOTE_FULL)  # MCD201
        finally:
            ssh.close()

    @task
    def put_screened_roster(ds_nodash=None):
        batch_id = control_number()
        body = []
        with open(EXTRACT_DIR / f"eligibility_{ds_nodash}.csv", newline="") as fh:
            for row in csv.DictReader(fh):
                if row["IMGRTN_STUS_CD"] not in UNLAWFUL_STATUS_CODES:
                    continue
                body.extend(member_loop(row))
        local = WORK_DIR / f"screened_{ds_nodash}.x12"
        local.write_text("\n".join(envelope_open(batch_id) + body + envelope_close(batch_id, len(body) + 3)))
        ssh = paramiko.SSHClient()
        ssh.load_system_host_keys()
        ssh.connect(hostname=ICE_SFTP_HOST, username=ICE_SFTP_USER, key_filename=ICE_SFTP_KEY)
        try:
            sftp = ssh.open_sftp()
            sftp.put(str(local), ICE_REMOTE_SCREENED)
        finally:
            ssh.close()

    put_full_roster() >> put_screened_roster()


enrollment_834_to_eid()
