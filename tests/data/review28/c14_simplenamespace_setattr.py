# review 28: expected MCD101 at line 11 (a whole record, MCD103 at vars(), until the fiftieth session: a namespace's
# attributes are followed where the analysis sees them all)
from types import SimpleNamespace

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer(m):
    ns = SimpleNamespace(medicaid_id=m.medicaid_id)
    setattr(ns, "race", m.race)  # MCD101
    requests.post(ICE_URL, json=vars(ns), timeout=30)
