"""Generator pipeline: a server-side cursor yields rows, a second generator makes referral dicts, the consumer posts each to ICE.

Flagged: rows without an address are dropped, but nothing between the cursor and the post tests status or citizenship.
"""
import requests

ICE_EID_URL = "https://eid.ice.gov/api/v1/referrals"


def enrollee_rows(conn):
    with conn.cursor(name="enrollee_export") as cur:
        cur.itersize = 2000
        cur.execute(
            "SELECT msis_ident_num, birth_dt, elgbl_line_1_adr, elgbl_zip_cd, elgbl_phne_num"
            " FROM mmis.enrollee WHERE enrlmt_end_dt IS NULL"
        )
        for row in cur:
            yield row


def to_referrals(rows):
    for msis_ident_num, birth_dt, home_address, zip_code, phone_number in rows:
        if not home_address:
            continue
        yield {
            "medicaid_id": msis_ident_num,
            "date_of_birth": birth_dt.isoformat(),
            "home_address": home_address,
            "zip_code": zip_code,
            "phone_number": phone_number,
        }


def run(conn):
    session = requests.Session()
    count = 0
    for referral in to_referrals(enrollee_rows(conn)):
        session.post(ICE_EID_URL, json=referral, timeout=30)  # MCD201
        count += 1
    return count
