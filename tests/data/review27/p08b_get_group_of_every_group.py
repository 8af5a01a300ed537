# review 27: expected MCD201 at line 13 (every status group is sent in turn: no one is chosen)
import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api"


def run_every_group(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "immigration_status"])
    grouped = df.groupby("immigration_status")
    for key in grouped.groups:
        g = grouped.get_group(key)
        requests.post(ICE_URL, json=g[["medicaid_id"]].to_dict("records"))  # MCD201
