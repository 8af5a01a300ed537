# Expected: MCD103 at line 22 (vars(event) of an object that, after the if, may be anything: a whole
# record, SPEC section 3 MCD103 / section 6 "exactly like vars(m)"). Got (head): nothing; base: MCD103.
# Cause: the isinstance narrowing (statements.py _isinstance_of_model) is joined into the state after the
# if, so event is read as a Member (fields cin, dob, all permitted) past the branch. Same with
# `match event: case Member(): ... case _: ...` (the MatchClass narrowing survives the match).
from dataclasses import dataclass

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


@dataclass
class Member:
    cin: str
    dob: str


def forward(event):
    if isinstance(event, Member):
        print("member event")
    requests.post(ICE_URL, json=vars(event))
