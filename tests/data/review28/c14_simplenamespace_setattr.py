# review 28: expected MCD101 at line 11
from types import SimpleNamespace

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer(m):
    ns = SimpleNamespace(medicaid_id=m.medicaid_id)
    setattr(ns, "race", m.race)
    requests.post(ICE_URL, json=vars(ns), timeout=30)  # MCD103
