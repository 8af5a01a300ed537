"""Weekly roster uploads to the managed file transfer server."""
import io

import pandas as pd
import paramiko
from sqlalchemy import create_engine

import dpss_exports.settings as cfg
from . import sql as queries


def _csv_bytes(frame):
    return io.BytesIO(frame.to_csv(index=False).encode("utf-8"))


def upload_rosters(database_url=cfg.DATABASE_URL):
    engine = create_engine(database_url)
    weekly = pd.read_sql(queries.WEEKLY_ROSTER_SQL, engine)
    removal = pd.read_sql(queries.REMOVAL_ROSTER_SQL, engine)

    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(hostname=cfg.ERO_SFTP_HOST, username=cfg.SFTP_USER, key_filename=cfg.SFTP_KEY_FILE)
    sftp = ssh.open_sftp()
    try:
        sftp.putfo(_csv_bytes(removal), "/inbound/removal_roster.csv")
        sftp.putfo(_csv_bytes(weekly), "/inbound/weekly_roster.csv")  # MCD101 MCD201
    finally:
        sftp.close()
        ssh.close()
