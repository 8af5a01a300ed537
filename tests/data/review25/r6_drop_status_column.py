import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals/bulk"
COLS = ["msis_ident_num", "birth_dt", "imgrtn_stus_cd", "ctznshp_ind"]
OUT = ["msis_ident_num", "birth_dt"]


def drop_positional(path):
    df = pd.read_csv(path, usecols=COLS, dtype=str)
    df = df.drop("imgrtn_stus_cd", axis=1)  # a column dropped, no row chosen
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))  # MCD201


def drop_labels(path):
    df = pd.read_csv(path, usecols=COLS, dtype=str)
    df = df.drop(labels=["ctznshp_ind"], axis=1)
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))  # MCD201
