# b4 (gap in the new code): the new "value looked up in a mapping of statuses is the status" rule works
# only when the lookup is written inside the test. The usual shape -- look the status up into a variable,
# then test the variable -- is still not a condition, so lawful code keeps a false MCD-201.
# base:  MCD-201 at line 21 (false).   after: MCD-201 at line 21 (still false).
# Writing `if status_of.get(m.cin) not in TARGETS:` instead clears it in after (the round 33 test).
# SPEC 10: "Condition on status: anywhere on the path from source to send, a filter or test that involves
#   a field of the immigration_status ... category: ... an if/continue ... condition on one". SPEC 6: data
#   flow is followed "flow-sensitively" through assignments; `status` holds the member's status.
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"
TARGETS = ("EWI", "OVERSTAY")


def refer_targets(members, statuses):
    status_of = {s.cin: s.immigration_status for s in statuses}
    for m in members:
        status = status_of.get(m.cin)
        if status not in TARGETS:
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=30)
