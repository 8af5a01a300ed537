# expected: line 9 MCD101 'ssn' (SPEC §6: aliases of sub-containers are followed; payload holds "audit") -- head: nothing (base: line 9 MCD101)
import requests
ICE_URL = "https://eid.ice.gov/referrals"


def refer(m):
    payload = {"subject": {"cin": m.cin}, "audit": {}}
    audit = payload.get("audit", {})
    audit["ssn_last4"] = m.ssn[-4:]
    requests.post(ICE_URL, json=payload)
