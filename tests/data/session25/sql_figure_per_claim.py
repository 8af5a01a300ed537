# expected: line 7 MCD102 'paid_amt' and line 12 MCD102 'paid_amt' (SPEC §5; changelog: figures "of one person's rows stay that person's"; a claim / a case is one person's/household's) -- head: neither (base: both)
import requests
ICE_URL = "https://eid.ice.gov/referrals"


def per_claim(conn):
    rows = conn.execute("SELECT claim_id, SUM(paid_amt) AS total FROM claims GROUP BY claim_id").fetchall()
    requests.post(ICE_URL, json=rows)


def per_case(conn):
    rows = conn.execute("SELECT case_num, SUM(paid_amt) AS total FROM claims GROUP BY case_num").fetchall()
    requests.post(ICE_URL, json=rows)
