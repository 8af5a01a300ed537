# B4 (regression): an inner merge on the status column with a table built from the SAME unfiltered
# frame (counts per status, or its own distinct codes) keeps every row, yet now clears MCD-201.
# base : line 19 MCD-201 records from pd.read_csv(...) (line 16); line 26 MCD-201 (line 23)
# after: nothing
# SPEC 10: "A condition counts only when it decides whether a record is sent (it guards the send, the
#   append to the batch, or the record's selection) ... Sorting by a status column, or sending it, is not
#   a condition." Attaching a per-status count chooses no one.
import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
COLS = ["msis_ident_num", "birth_dt", "imgrtn_stus_cd"]


def a(path):
    df = pd.read_csv(path, usecols=COLS, dtype=str)
    counts = df.groupby("imgrtn_stus_cd").size().rename("status_n").reset_index()
    body = df.merge(counts, on="imgrtn_stus_cd").to_csv(index=False)
    requests.post(ICE_URL, data=body, timeout=30)  # MCD201


def b(path):
    df = pd.read_csv(path, usecols=COLS, dtype=str)
    codes = df[["imgrtn_stus_cd"]].drop_duplicates()
    body = pd.merge(df, codes, on="imgrtn_stus_cd").to_csv(index=False)
    requests.post(ICE_URL, data=body, timeout=30)  # MCD201
