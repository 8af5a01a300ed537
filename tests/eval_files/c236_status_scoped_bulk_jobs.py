"""Batch referral jobs to ICE, each scoped to people recorded as not lawfully present.

The Dec. 29, 2025 order allows the basic categories only about people
unlawfully present, so every bulk job here selects on immigration status or
citizenship before anything is sent, and sends only the six categories.
"""
import csv
import sqlite3

import pandas as pd
import requests

from eligibility.models import Enrollee
from eligibility.rules import removability_check

ICE_BATCH_URL = "https://eid.ice.gov/api/v1/referrals/batch"
ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
UNLAWFUL_CODES = ("3", "9")
ALLOWED = ("msis_ident_num", "birth_dt", "elgbl_line_1_adr", "elgbl_zip_cd", "elgbl_phne_num", "imgrtn_stus_cd")

STATUS_SQL = (
    "SELECT e.msis_ident_num, e.birth_dt, e.elgbl_line_1_adr, e.elgbl_phne_num, e.imgrtn_stus_cd"
    " FROM elgbl e"
    " JOIN imgrtn i ON i.msis_ident_num = e.msis_ident_num AND i.imgrtn_stus_cd IN ('3', '9')"
    " WHERE e.ssn_num IS NOT NULL"
    " ORDER BY e.elgbl_last_name"
)


def django_sweep():
    qs = (
        Enrollee.objects.filter(immigration_status__in=["EWI", "OVERSTAY"])
        .exclude(us_citizen=True)
        .values("cin", "birth_date", "mailing_address", "home_phone", "immigration_status")
    )
    requests.post(ICE_BATCH_URL, json=list(qs), timeout=120)


def sql_sweep(db_path):
    frame = pd.read_sql(STATUS_SQL, sqlite3.connect(db_path))
    requests.post(ICE_BATCH_URL, data=frame.to_csv(index=False), timeout=300)


def pandas_sweep(path):
    df = pd.read_csv(path, usecols=["MSIS_IDENT_NUM", "BIRTH_DT", "ELGBL_ZIP_CD", "ELGBL_PHNE_NUM", "IMGRTN_STUS_CD"])
    df = df[df["IMGRTN_STUS_CD"].isin(UNLAWFUL_CODES)]
    requests.post(ICE_BATCH_URL, data=df.to_csv(index=False), timeout=300)


def csv_sweep(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            if row["citizenship_status"] == "US_CITIZEN":
                continue
            body = {k: row[k] for k in ALLOWED}
            requests.post(ICE_REFERRAL_URL, json=body, timeout=30)


def packet(m):
    return {
        "medicaid_id": m.medicaid_id,
        "date_of_birth": m.date_of_birth,
        "home_address": m.home_address,
        "cell_phone": m.cell_phone,
        "immigration_status": m.immigration_status,
    }


def is_unlawfully_present(m):
    return m.immigration_status in UNLAWFUL_CODES and not m.us_citizen


def send_one(m):
    return requests.post(ICE_REFERRAL_URL, json=packet(m), timeout=30)


def helper_sweep(members):
    for m in members:
        if is_unlawfully_present(m):
            send_one(m)


def comprehension_sweep(enrollees):
    batch = [packet(e) for e in enrollees if e.imgrtn_stus_cd in UNLAWFUL_CODES]
    requests.post(ICE_BATCH_URL, json=batch, timeout=120)


def removability_sweep(beneficiaries):
    batch = []
    for b in beneficiaries:
        if not removability_check(b):
            continue
        batch.append(packet(b))
    requests.post(ICE_BATCH_URL, json=batch, timeout=120)
