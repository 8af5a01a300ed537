# R5 false silence (functions.py self_attribute: keyword placements returned as container(keyed)).
# Line 26: expected MCD201 records from Member.objects.all() (line 25) ... no condition on immigration status;
#   after: nothing; base: MCD201 at 26:5.
# Line 32: expected MCD201 records from cur.execute(...) (line 30); after: nothing; base: MCD201 at 32:5.
# self.rows now reads only the placements of the keyword, dropping the bulk source the value carried (SPEC 10).
from dataclasses import dataclass

import requests

from app.models import Member

ICE_URL = "https://eid.ice.gov/api/referrals"


@dataclass
class Batch:
    rows: list

    def send(self):
        for r in self.rows:
            requests.post(ICE_URL, json={"medicaid_id": r.cin}, timeout=10)


def run():
    b = Batch(rows=Member.objects.all())
    b.send()  # MCD201


def run_sql(cur):
    cur.execute("SELECT cin FROM members")
    b = Batch(rows=cur.fetchall())
    b.send()  # MCD201
