"""Dagster op: monthly SFTP drop of basic information for the EID system.

The warehouse extract has every demographic column; only the columns below
are read, only non-citizens without lawful status are kept, and only the
basic categories are written.
"""
import io

import pandas as pd
import paramiko
from dagster import Config, OpExecutionContext, job, op

ICE_SFTP_HOST = "sftp.eid.ice.gov"
UNLAWFUL_CODES = ["5", "6"]
EXTRACT_COLUMNS = [
    "msis_ident_num",
    "birth_dt",
    "ctznshp_ind",
    "imgrtn_stus_cd",
    "elgbl_line_1_adr",
    "elgbl_zip_cd",
    "elgbl_phne_num",
]
REFERRAL_COLUMNS = [
    "msis_ident_num",
    "birth_dt",
    "elgbl_line_1_adr",
    "elgbl_zip_cd",
    "elgbl_phne_num",
]


class DropConfig(Config):
    extract_path: str
    remote_dir: str = "/incoming/medicaid"
    username: str = "or-oha-eid"
    key_path: str = "/opt/dagster/keys/eid_rsa"


@op
def sftp_basic_information(context: OpExecutionContext, config: DropConfig) -> int:
    df = pd.read_csv(config.extract_path, usecols=EXTRACT_COLUMNS, dtype=str)
    unlawful = df[(df["ctznshp_ind"] == "N") & df["imgrtn_stus_cd"].isin(UNLAWFUL_CODES)]
    out = unlawful[REFERRAL_COLUMNS]
    if out.empty:
        context.log.info("nothing to send this month")
        return 0
    payload = io.BytesIO(out.to_csv(index=False).encode("utf-8"))

    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.load_system_host_keys()
    client.connect(hostname=ICE_SFTP_HOST, username=config.username, key_filename=config.key_path)
    try:
        sftp = client.open_sftp()
        sftp.putfo(payload, f"{config.remote_dir}/basic_information.csv")
    finally:
        client.close()
    context.log.info("sent %d rows", len(out))
    return len(out)


@job
def monthly_eid_drop():
    sftp_basic_information()
