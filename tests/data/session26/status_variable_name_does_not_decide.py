# Expected: no MCD201 (the test reads the sent row's own imgrtn_stus_cd column: a condition on status
# that decides the send; SPEC section 10 "any such condition clears the send"). Got (head): MCD201 at
# line 16; base: clean. Cause: population.py tests_status now rejects a variable whose *own name* has an
# other-person word (dependent, child, family, household, parent, contact, other, ...), whatever it
# holds. Also `status = m.imgrtn_stus_cd or m.hh_imgrtn_stus_cd` loses the test (any name of the value).
import requests

ICE_URL = "https://eid.ice.gov/api/referrals"
UNLAWFUL = ("EWI", "OS")


def refer(rows):
    for row in rows:
        dependent_status = row["imgrtn_stus_cd"]
        if dependent_status in UNLAWFUL:
            requests.post(ICE_URL, json={"cin": row["cin"]})
