import pandas as pd
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals/bulk"


class Referral:
    def __init__(self, m):
        self.medicaid_id = m.medicaid_id
        self.ssn = m.ssn

    def normalize(self, inplace=False):
        self.medicaid_id = self.medicaid_id.strip()


def refer(m):
    r = Referral(m)
    r.normalize(inplace=True)  # a project method: returns None, changes r in place
    requests.post(ICE_URL, json={"id": r.medicaid_id, "member_ssn": r.ssn})  # MCD101


def fill(path):
    df = pd.read_csv(path, usecols=["msis_ident_num", "ssn_num"], dtype=str)  # MCD101
    df.ffill(inplace=True)  # also bfill, clip, interpolate, rename_axis, eval(..., inplace=True)
    requests.post(ICE_URL, json=df.to_dict("records"))  # MCD201
