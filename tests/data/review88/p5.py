import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


def send(row):
    score, band = row["risk_score"]
    requests.post(ICE_URL, json=[row["cin"], score, band])  # MCD104 MCD104
