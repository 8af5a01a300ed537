# expected: line 9 MCD102 'diagnosis_code' (declaration; no constructor anywhere, README decisions) and line 17 MCD101 'ssn' (SPEC §3) -- head: line 17 only (base: both)
import requests
from dataclasses import dataclass, asdict
ICE_URL = "https://eid.ice.gov/referrals"

@dataclass
class Case:
    cin: str
    diagnosis_code: str

class Client:
    def _request(self, method, **kw):
        return requests.request(method, ICE_URL, **kw)

    def submit(self, case: Case, m):
        return self._request("POST",
                             json={"ssn": m.ssn, "case": asdict(case)})
