# expected: line 7 MCD201, line 11 MCD201 (identity/ssn verification is no immigration-status or citizenship condition; head: clean, base: both) -- SPEC section 10
import requests
ICE_URL = "https://eid.ice.gov/api/referrals"
def identity(conn):
    cur = conn.cursor()
    cur.execute("SELECT e.cin, e.dob FROM enrollee e JOIN citizenship_verification v ON v.cin = e.cin WHERE v.identity_verified = 'Y'")
    for cin, dob in cur.fetchall(): requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})
def ssn(conn):
    cur = conn.cursor()
    cur.execute("SELECT e.cin, e.dob FROM enrollee e JOIN immigration_status s ON s.cin = e.cin WHERE s.ssn_verified = 'Y' AND s.address_verified = 'Y'")
    for cin, dob in cur.fetchall(): requests.post(ICE_URL, json={"medicaid_id": cin, "dob": dob})
