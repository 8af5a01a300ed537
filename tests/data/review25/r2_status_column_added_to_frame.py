import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals/bulk"
LABELS = {"1": "LPR", "8": "undocumented"}
IDS = ["msis_ident_num", "birth_dt"]
OUT = ["msis_ident_num", "birth_dt", "immigration_status"]
CODES = ("8", "9")


def relabel_then_county(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "birth_dt", "imgrtn_stus_cd", "county"], dtype=str)
    df["immigration_status"] = df["imgrtn_stus_cd"].map(LABELS)  # a column sent, no condition
    df = df[df["county"] == "031"]                                 # a county filter
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))        # MCD201


def concat_chosen_and_all_then_if(path, other):
    df = pd.read_csv(path, usecols=IDS + ["imgrtn_stus_cd"], dtype=str)
    chosen = df[df["imgrtn_stus_cd"].isin(CODES)]
    everyone = pd.read_csv(other, usecols=IDS, dtype=str)
    out = pd.concat([chosen, everyone])
    if not out.empty:
        requests.post(ICE_URL, json=out[IDS].to_dict("records"))  # MCD201
