# expected: line 8 MCD102 'hiv_positive' (SPEC §5/§6: a test of the person's field, named by its key; field names in upper case, as in MMIS/T-MSIS extracts) -- head: nothing (base: MCD102)
import requests
ICE_URL = "https://eid.ice.gov/referrals"


def send(rec):
    payload = {"medicaid_id": rec.CIN,
               "hiv_positive": rec.HIV_TEST_RSLT == "POS"}
    requests.post(ICE_URL, json=payload)
