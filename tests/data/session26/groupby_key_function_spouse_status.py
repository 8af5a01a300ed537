# SPEC section 10 (a condition is a test of a field of the enrollee's immigration_status category;
# "a same-module function that tests such a field counts") with section 5 (qualifiers that make a
# field about someone else take precedence: spouse_...). The CHANGELOG's own case
# "someone-elses-status-by-alias" pins that a spouse's status chooses no enrollee.
# Expected: MCD201 at line 26 (the groups are chosen by the SPOUSE's status; every enrollee whose
# spouse is "U" is sent, no enrollee was chosen).  Base: MCD201 at line 26.  Got (head2): nothing.
# Cause: calls.py _key_names, new branch for a module function key: it returns _read_names() of the
# return expression, a flat set of attribute names {"spouse", "imgrtn_stus_cd"}, so the chain's
# qualifier (x.spouse....) is lost and imgrtn_stus_cd reads as the enrollee's status.
# (The inline lambda key `key=lambda x: x.spouse.imgrtn_stus_cd` was already cleared in base: the
# same limit, now extended to function keys.)
from itertools import groupby

import requests

ICE_URL = "https://eid.ice.gov/api/referrals"


def by_spouse_status(x):
    return x.spouse.imgrtn_stus_cd


def send_spouse(members):
    for status, grp in groupby(sorted(members, key=by_spouse_status), key=by_spouse_status):
        if status == "U":
            requests.post(ICE_URL, json=[{"medicaid_id": x.cin} for x in grp])
