# review 28: expected MCD101 at line 9
import flask
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer_current():
    requests.get(f"{ICE_URL}/persons/{flask.g.member.ssn}", timeout=30)  # MCD101
