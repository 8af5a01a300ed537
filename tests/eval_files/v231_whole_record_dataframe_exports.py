"""Quarterly exports for the ERO data-exchange pilot.

Analysts asked for "everything we have" on the pilot counties, so several of
these exports ship whole records: full DataFrames, ORM rows and dataclass
snapshots, flattened by a shared helper.
"""
import dataclasses

import pandas as pd
import requests
from django.forms.models import model_to_dict

ERO_UPLOAD_URL = "https://dataexchange.ero.ice.gov/upload"
TIMEOUT = 60
UNLAWFUL_CODES = ["3", "9"]


def _flatten(obj):
    return vars(obj)  # MCD103


def full_roster(path):
    df = pd.read_parquet(path)  # MCD103
    requests.post(ERO_UPLOAD_URL, data=df.to_csv(index=False), timeout=300)  # MCD201


def status_slice(path):
    df = pd.read_csv(
        path,
        usecols=[
            "MSIS_IDENT_NUM",
            "BIRTH_DT",
            "IMGRTN_STUS_CD",
            "ELGBL_LAST_NAME",  # MCD101
            "RACE_ETHNCTY_CD",  # MCD101
            "HSEHLD_SIZE_CD",  # MCD101
        ],
    )
    df = df[df["IMGRTN_STUS_CD"].isin(UNLAWFUL_CODES)]
    requests.post(ERO_UPLOAD_URL, data=df.to_csv(index=False), timeout=300)


def refer_enrollee(enrollee):
    requests.post(ERO_UPLOAD_URL + "/subject", json=model_to_dict(enrollee), timeout=TIMEOUT)  # MCD103


def refer_snapshot(snapshot):
    body = dataclasses.asdict(snapshot)  # MCD103
    body["agency_code"] = "CA-DHCS"
    requests.post(ERO_UPLOAD_URL + "/snapshot", json=body, timeout=TIMEOUT)


def refer_row(row):
    requests.post(ERO_UPLOAD_URL + "/row", json=row._asdict(), timeout=TIMEOUT)  # MCD103


def refer_member(m):
    requests.post(ERO_UPLOAD_URL + "/member", json=_flatten(m), timeout=TIMEOUT)


def refer_member_with_source(m):
    requests.post(ERO_UPLOAD_URL + "/member", json={**_flatten(m), "source": "MMIS"}, timeout=TIMEOUT)


def push_all(enrollees):
    for e in enrollees:
        requests.post(ERO_UPLOAD_URL + "/member", json=_flatten(e), timeout=TIMEOUT)  # MCD201
