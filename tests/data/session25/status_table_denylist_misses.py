# expected: MCD201 at lines 6, 9, 12, 15 (SPEC 10: a status table's delete/duplicate/most-recent/income flag is no condition on immigration status); head: none (base: all four)
import requests
ICE_URL = "https://eid.ice.gov/referrals"
def delete_flag(cur):
    cur.execute("SELECT e.cin FROM enrollees e JOIN immigration_status s ON s.cin = e.cin WHERE s.delete_flag = 'N'")
    requests.post(ICE_URL, json={"ids": cur.fetchall()})
def duplicate_ind(cur):
    cur.execute("SELECT e.cin FROM enrollees e JOIN immigration_status s ON s.cin = e.cin WHERE s.duplicate_ind = 'N'")
    requests.post(ICE_URL, json={"ids": cur.fetchall()})
def most_recent(cur):
    cur.execute("SELECT e.cin FROM enrollees e JOIN immigration_status s ON s.cin = e.cin WHERE s.most_recent_flag = 'Y'")
    requests.post(ICE_URL, json={"ids": cur.fetchall()})
def income_verified(cur):
    cur.execute("SELECT e.cin FROM enrollees e JOIN immigration_status s ON s.cin = e.cin WHERE s.income_verified = 1")
    requests.post(ICE_URL, json={"ids": cur.fetchall()})
