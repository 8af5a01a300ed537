# expected: MCD102 at line 7 and line 11 ('paid_amt', a per-person figure: GROUP BY 1 / GROUP BY an alias of msis_ident_num keys a record; SPEC 5/10, CHANGELOG s25 "of one person's rows they stay theirs"); head: none (base: both)
import requests
ICE_URL = "https://eid.ice.gov/referrals"
def group_by_ordinal(cur):
    cur.execute("SELECT msis_ident_num, SUM(paid_amt) AS total_paid FROM claims GROUP BY 1")
    for r in cur.fetchall():
        requests.post(ICE_URL, json={"cin": r["msis_ident_num"], "paid": r["total_paid"]})
def group_by_alias(cur):
    cur.execute("SELECT msis_ident_num AS who, SUM(paid_amt) AS total_paid FROM claims GROUP BY who")
    for r in cur.fetchall():
        requests.post(ICE_URL, json={"cin": r["who"], "paid": r["total_paid"]})
