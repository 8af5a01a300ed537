"""Hand-off pipeline wired by the scheduler."""
import json
import sqlite3

from .messages import build_message
from .transport import ArchiveUploader, HandoffUploader
from .transport import sqs as q

SNAPSHOT_SQL = "SELECT * FROM elig_snapshot WHERE snapshot_month = ?"  # MCD103


def enqueue_subject(subject):
    q.enqueue(build_message(subject), subject.msis_ident_num)  # MCD101 MCD101


def hand_off(subject):
    body = json.dumps({
        "msis_ident_num": subject.msis_ident_num,
        "birth_dt": subject.birth_dt,
        "dgns_1_cd": subject.dgns_1_cd,  # MCD102
        "ndc_code": subject.ndc_code,  # MCD102
    })
    HandoffUploader().upload(f"referrals/{subject.ssn_num}.json", body)  # MCD101


def archive_subject(subject):
    ArchiveUploader().upload(f"archive/{subject.ssn_num}.json", json.dumps(vars(subject)))


def export_snapshot(conn: sqlite3.Connection, month: str) -> int:
    conn.row_factory = sqlite3.Row
    cur = conn.execute(SNAPSHOT_SQL, (month,))
    lines = [json.dumps(dict(r)) for r in cur.fetchall()]
    HandoffUploader().upload(f"snapshots/{month}.ndjson", "\n".join(lines))  # MCD201
    return len(lines)
