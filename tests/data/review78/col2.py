import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api/v1/uploads"


def a(path, legacy):
    df = pd.read_csv(path)
    df = df[df["imgrtn_stus_cd"] == "5"]
    if legacy:
        cols = ["cin", "ssn"]  # MCD101
        requests.post(ICE_URL, data=df[cols].to_csv())
        return
    cols = ["cin", "ssn"]  # MCD101
    requests.put(ICE_URL, data=df[cols].to_csv())
