# B5 (regression, false MCD-201): df.merge(right=scope, on=status): the partner is looked up only
# positionally (args[0] with no keyword), so with right= it is None and the merge chooses no one.
# base : nothing
# after: line 17 MCD-201 records from pd.read_csv(...) (line 14); control (positional scope) clean
# SPEC 10: an inner join on the status column is a condition ("JOIN ... ON a status column").
import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
COLS = ["msis_ident_num", "birth_dt", "imgrtn_stus_cd"]


def export():
    df = pd.read_csv("/data/enrollees.csv", usecols=COLS, dtype=str)
    scope = pd.read_csv("/data/reportable_status_codes.csv", usecols=["imgrtn_stus_cd"], dtype=str)
    body = df.merge(right=scope, on="imgrtn_stus_cd").to_csv(index=False)
    requests.post(ICE_URL, data=body, timeout=30)


def control():
    df = pd.read_csv("/data/enrollees.csv", usecols=COLS, dtype=str)
    scope = pd.read_csv("/data/reportable_status_codes.csv", usecols=["imgrtn_stus_cd"], dtype=str)
    body = df.merge(scope, on="imgrtn_stus_cd").to_csv(index=False)
    requests.post(ICE_URL, data=body, timeout=30)
