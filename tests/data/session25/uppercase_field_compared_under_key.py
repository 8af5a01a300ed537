# expected: MCD102 at line 5 ('hiv') and line 7 ('pregnant'): a test of a field of the record put under a key is named by that key (SPEC 5/6, as {"hiv": m.x == "POS"}); head: none (an unknown upper-case field of an unannotated record is read as a class constant); base: both
import requests
ICE_URL = "https://eid.ice.gov/referrals"
def refer(rec):
    requests.post(ICE_URL, json={"medicaid_id": rec.cin, "hiv": rec.ZQX_RSLT == "POS"})
def refer2(rec):
    requests.post(ICE_URL, json={"medicaid_id": rec.cin, "pregnant": rec.PGM_CD == "P"})
