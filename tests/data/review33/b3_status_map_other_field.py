# b3 (regression): a mapping whose values merely *contain* the status (a record per member) gets the new
# "statuses by key" mark, so any test of any lookup in it -- here the county -- counts as a condition on
# immigration status and clears MCD-201.
# base:  MCD-201 at line 22 and at line 30 (source: parameter members).
# after: nothing.
# SPEC 10: "Condition on status: ... a filter or test that involves a field of the immigration_status or
#   citizenship category". `info[m.cin]["county"] != "19"` and `info[m.cin][0] != "LA"` test the county,
#   not a status field; "A condition counts only when it decides whether a record is sent" on status --
#   the send of every member of county 19 / LA is unconditioned on status, so MCD-201 is required.
#   (CHANGELOG Round 33: "a value looked up in a mapping of statuses ... is the status" -- these values
#   are not statuses.)
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def by_county(members, rows):
    info = {r.cin: {"county": r.county_cd, "status": r.immigration_status} for r in rows}
    for m in members:
        if info[m.cin]["county"] != "19":
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=30)  # MCD201


def by_county_tuple(members, rows):
    info = {r.cin: (r.county, r.immigration_status) for r in rows}
    for m in members:
        if info[m.cin][0] != "LA":
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=30)  # MCD201
