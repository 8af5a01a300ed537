# Expected: MCD103 at line 23 (vars(event) after the match: event may be any object, SPEC section 3
# MCD103). Got (head): nothing; base: MCD103. Cause: `case Member():` sets event to the model in
# Statements._cases and the join after the match keeps it.
from dataclasses import dataclass

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


@dataclass
class Member:
    cin: str
    dob: str


def forward(event):
    match event:
        case Member():
            print("member")
        case _:
            pass
    requests.post(ICE_URL, json=vars(event))
