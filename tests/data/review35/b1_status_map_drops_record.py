# B1 (regression): a lookup by a subscript/call key in a mapping whose values come from a helper that
# only COPIES the status into a record is taken for "one member's status": the looked-up record's
# fields are dropped.
# base : line 16 MCD-101 'ssn', line 16 MCD-102 'primary_dx' (both naming the send at line 22)
# after: nothing at all (MCD-101/MCD-102 lost). (MCD-201 at line 22 in base; gone in after, which is
#        right: one record looked up by the caller's id.)
# SPEC 5/6: "{"dob": member.ssn} sends an SSN"; "calls to functions of the same module: what flows from
#   arguments to the return value" -- the record returned by to_referral carries ssn and diagnosis.
import csv
import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def to_referral(r):
    return {"medicaid_id": r["medicaid_id"], "ssn": r["ssn"], "dx": r["primary_dx"], "immigration_status": r["immigration_status"]}  # MCD101 MCD102


def refer(path, request):
    with open(path, newline="") as fh:
        by_cin = {r["medicaid_id"]: to_referral(r) for r in csv.DictReader(fh)}
    requests.post(ICE_URL, json=by_cin[request["medicaid_id"]], timeout=30)  # MCD201
