# review 27: expected MCD201 at line 11 and at line 17 (rows picked by county, or one column of every row: no one chosen by status)
import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api"


def run_county_level(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "immigration_status", "county"])
    chosen = df.set_index(["immigration_status", "county"]).xs("06037", level="county")
    requests.post(ICE_URL, json=chosen[["medicaid_id"]].to_dict("records"))  # MCD201


def run_column(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "immigration_status"])
    ids = df.set_index("immigration_status").xs("medicaid_id", axis=1)
    requests.post(ICE_URL, json=ids.tolist())  # MCD201
