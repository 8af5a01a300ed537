# B6 (regression, false MCD-201): an aggregate of ANOTHER table (reportable status codes counted
# from status_rules.csv) is refused as a merge partner just for being an aggregate, although its
# rows are not the members' and an inner merge keeps only members whose status it lists.
# base : nothing
# after: line 20 MCD-201 records from pd.read_csv(...) (line 16)
# SPEC 10: JOIN ... ON a status column is a condition; the review's rule targeted an aggregate of
#   the SAME frame (tests/data/review35/b4), not of an unrelated table.
import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
COLS = ["msis_ident_num", "birth_dt", "imgrtn_stus_cd"]


def export():
    df = pd.read_csv("/data/enrollees.csv", usecols=COLS, dtype=str)
    rules = pd.read_csv("/data/status_rules.csv", usecols=["imgrtn_stus_cd", "reportable"], dtype=str)
    scope = rules[rules["reportable"] == "Y"].groupby("imgrtn_stus_cd", as_index=False).size()
    body = df.merge(scope, on="imgrtn_stus_cd").to_csv(index=False)
    requests.post(ICE_URL, data=body, timeout=30)
