# expected: line 7 MCD101 'language' only, no MCD103 (SPEC §3: one column in the select list, not a whole row) -- head: line 7 MCD103 "whole record SELECT UPPER(language)"
import requests
ICE_URL = "https://eid.ice.gov/referrals"


def a(conn, cin):
    row = conn.execute("SELECT m.cin, upper(language) FROM member m JOIN language ON language.id = m.lang_id WHERE m.cin = %s", (cin,)).fetchone()
    requests.post(ICE_URL, json=row)
