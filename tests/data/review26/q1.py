import pandas as pd
import requests
ICE_URL = "https://eid.ice.gov/api"
OUT = ["medicaid_id"]
IN_SCOPE = "imgrtn_stus_cd in ['8', '9']"


def a(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "imgrtn_stus_cd"])
    df = df.query(IN_SCOPE)
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))


def b(path):
    for chunk in pd.read_csv(path, usecols=["medicaid_id", "imgrtn_stus_cd"], chunksize=100):
        requests.post(ICE_URL, json=chunk.query(IN_SCOPE)[OUT].to_dict("records"))


def c(path):
    chunks = pd.read_csv(path, usecols=["medicaid_id", "imgrtn_stus_cd"], chunksize=100)
    requests.post(ICE_URL, json=[ch.query(IN_SCOPE)[OUT].to_dict("records") for ch in chunks])


def d(path):
    chunks = pd.read_csv(path, usecols=["medicaid_id", "imgrtn_stus_cd"], chunksize=100)
    requests.post(ICE_URL, json=[ch[ch["imgrtn_stus_cd"] == "8"][OUT].to_dict("records") for ch in chunks])
