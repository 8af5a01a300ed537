# SPEC section 3 (MCD103: vars(m) of an object whose fields are not known is a whole record) and
# section 6 (branches join; try handlers see the state at any point of the try body).
# Expected: MCD103 at lines 30, 37 and 46 (where vars(event) runs, event may be any object: the
# not-a-Person path reaches the handler / the join / the loop exit).  Base: MCD103 on all three.
# Got (head2): nothing.
# Cause: statements.py: `if not isinstance(event, Person): return|raise|continue` narrows event to a
# Person for the rest of the function (narrowed[2] False, states[0] is None); that narrowed value then
# reaches the except handler (raised from inside the guard, so event is NOT a Person there), the
# join with the other branch of an enclosing `if flag:` (where no test ran), and the state after a
# loop whose `continue` skipped a non-Person last element. join(unknown object, Person) keeps Person.
from dataclasses import dataclass

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


@dataclass
class Person:
    cin: str
    birth_date: str


def in_handler(event):
    try:
        if not isinstance(event, Person):
            raise TypeError("not a person")
        print("ok")
    except TypeError:
        requests.post(ICE_URL, json=vars(event))


def joined(event, flag):
    if flag:
        if not isinstance(event, Person):
            return
    requests.post(ICE_URL, json=vars(event))


def after_loop(queue):
    while queue:
        event = queue.pop()
        if not isinstance(event, Person):
            continue
        print(event)
    requests.post(ICE_URL, json=vars(event))
