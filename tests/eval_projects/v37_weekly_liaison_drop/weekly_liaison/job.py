"""Weekly liaison job."""
import csv

from sqlalchemy import create_engine, text

from .batch import push_enrollees
from .config import EXPORT_PATH
from .mailer import LiaisonMailer
from .templates import render_referral

WEEKLY_SQL = text(
    "SELECT msis_ident_num, birth_dt, imgrtn_stus_cd FROM elig_weekly WHERE load_batch = :load_batch"
)


def notify_liaison(subject):
    mailer = LiaisonMailer()
    mailer.send(f"Referral {subject.msis_ident_num}", render_referral(subject))  # MCD101 MCD101


def append_to_export(subject_row):
    with open(EXPORT_PATH, "a", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=[
            "msis_ident_num",
            "birth_dt",
            "imgrtn_stus_cd",
            "ssn_num",  # MCD101
            "dgns_1_cd",  # MCD102
        ], extrasaction="ignore")
        writer.writerow(subject_row)


def weekly_push(dsn, load_batch):
    engine = create_engine(dsn)
    with engine.connect() as conn:
        rows = conn.execute(WEEKLY_SQL, {"load_batch": load_batch}).fetchall()
    push_enrollees(rows)  # MCD201
