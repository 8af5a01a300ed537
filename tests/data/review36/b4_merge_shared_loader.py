# B4 (regression, false MCD-201): the members frame and the table of reportable status codes are
# read by one loader helper, so both carry the same Bulk (same read_csv line); partner.bulk & own
# is non-empty and the inner merge on the status column is no longer a condition.
# base : nothing
# after: line 23 MCD-201 records from pd.read_csv(...) (line 16)
# SPEC 10: a condition is "a SQL WHERE (or JOIN ... ON) on such a column"; the other frame is a
#   different file (other rows), exactly the case the merge rule was made for.
import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
COLS = ["msis_ident_num", "birth_dt", "imgrtn_stus_cd"]


def load(name, columns):
    return pd.read_csv(f"/data/{name}.csv", usecols=columns, dtype=str)


def export():
    df = load("enrollees", COLS)
    scope = load("reportable_status_codes", ["imgrtn_stus_cd"])
    body = df.merge(scope, on="imgrtn_stus_cd").to_csv(index=False)
    requests.post(ICE_URL, data=body, timeout=30)
