# review 27: expected clean (both texts of STATE are Illinois DHS hosts, which override the client's name)
import os

PROD = os.environ.get("APP_ENV") == "prod"
STATE = "https://eligibility.dhs.illinois.gov/api" if PROD else "https://eligibility-test.dhs.illinois.gov/api"


def send(dhs_client, m):
    dhs_client.post(f"{STATE}/members", json={"cin": m.cin, "ssn": m.ssn})


def send_plus(dhs_client, m):
    dhs_client.post(STATE + "/members", json={"cin": m.cin, "ssn": m.ssn})
