# review 28: expected MCD103 at line 9
import msgspec
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer(m):
    requests.post(ICE_URL, data=msgspec.json.encode(m, enc_hook=vars), timeout=30)  # MCD103
