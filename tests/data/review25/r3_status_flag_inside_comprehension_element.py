import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals/bulk"


def send_all(members):
    batch = [(m.medicaid_id, m.citizenship == "N") for m in members]  # a flag inside the payload
    requests.post(ICE_URL, json=batch)  # MCD201


def by_member(cur):
    cur.execute("SELECT msis_ident_num, household FROM members")
    rows = cur.fetchall()
    payload = {r["msis_ident_num"]: [(h["relation"], h["citizenship"] == "N") for h in r["household"]] for r in rows}  # MCD101
    requests.post(ICE_URL, json=payload)  # MCD201
