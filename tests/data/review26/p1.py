import pandas as pd
import requests
ICE_URL = "https://eid.ice.gov/api"
OUT = ["medicaid_id"]


def a(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "imgrtn_stus_cd"])
    df = df.drop(index=df.index[df["imgrtn_stus_cd"] == "C"])
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))


def b(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "imgrtn_stus_cd"])
    citizens = df[df["imgrtn_stus_cd"] == "C"]
    df = df.drop(citizens.index)
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))


def c(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "imgrtn_stus_cd"])
    df.drop(df[df["imgrtn_stus_cd"] == "C"].index, inplace=True)
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))


def d(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "imgrtn_stus_cd"])
    df.query("imgrtn_stus_cd != 'C'", inplace=True)
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))


def e(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "imgrtn_stus_cd"])
    df.where(df["imgrtn_stus_cd"] != "C", inplace=True)
    df.dropna(inplace=True)
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))


def f(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "imgrtn_stus_cd"])
    keep = df["imgrtn_stus_cd"] != "C"
    df = df.drop(labels=df.index[~keep])
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))


def g(path):
    df = pd.read_csv(path, usecols=["medicaid_id", "imgrtn_stus_cd"])
    df.drop(df.loc[df["imgrtn_stus_cd"] == "C"].index, axis=0, inplace=True)
    requests.post(ICE_URL, json=df[OUT].to_dict("records"))
