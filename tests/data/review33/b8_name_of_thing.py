# b8 (regression): the `name` compound rule decides by the owner's *word* alone. A loop variable `app`
# ("app" is a technical word: app_name = the name of an app) over applications that carry the person's
# cin, dob and immigration status makes `app.name` -- the applicant's name -- a technical name; and the
# new technical word "handler" makes `handler_name` (the case handler's, i.e. a caseworker's, name)
# harmless everywhere.
# base:  MCD-101 'name' at line 23; MCD-101 'handler_name' at line 27.
# after: nothing.
# SPEC 1/3 MCD-101: "personal data outside the six permitted categories (name, SSN, ...)"; SPEC 5:
#   "Qualifiers that make a field about someone else take precedence: ... are not the enrollee's and are
#   not permitted" (a caseworker's name is still outside the six). SPEC 6: "An attribute chain carries
#   all its names" -- the owner here is the applicant's record (it supplies cin and dob on the same
#   line), not a thing. The rule should at least not fire when the owner also supplies enrollee fields,
#   and "handler"/"session"/"connection" are not safe words for a person-holding object.
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer_apps(applications):
    for app in applications:
        if app.immigration_status not in ("EWI",):
            continue
        requests.post(ICE_URL, json=[app.cin, app.dob, app.name], timeout=30)  # MCD101


def refer(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "handler": m.handler_name}, timeout=30)  # MCD101
