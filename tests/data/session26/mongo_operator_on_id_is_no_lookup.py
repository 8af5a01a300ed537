# SPEC section 10 (bulk source / "Not bulk: ... a lookup by id"; a condition must test a status field).
# Expected: MCD201 at lines 19, 25 and 32 (every member that HAS a cin / a non-null member_id / whose
# cin is among ALL cins is sent; no one is chosen, no status test).  Base: all three MCD201.
# Got (head2): nothing.
# Cause: population.py _query_chooses -> _document_names_one -> _one_person_lookup(["cin"], value)
# returns True for any filter-document key that is a person identifier, whatever its value is: an
# operator document ({"$exists": True}, {"$ne": None}, {"$regex": ...}, {"$gt": ""}) selects everyone,
# not the person the caller named; nor does {"$in": cins} of db.members.distinct("cin") (all of
# them: distinct() is not marked bulk). Same for repo.find(member_id=None) via the keyword path.
import requests
from pymongo import MongoClient

ICE_URL = "https://eid.ice.gov/api/referrals"


def everyone_with_a_cin():
    db = MongoClient().mmis
    for m in db.members.find({"cin": {"$exists": True}}):
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})


def everyone_not_null():
    db = MongoClient().mmis
    for m in db.members.find({"member_id": {"$ne": None}}):
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})


def everyone_by_distinct():
    db = MongoClient().mmis
    cins = db.members.distinct("cin")
    for m in db.members.find({"cin": {"$in": cins}}):
        requests.post(ICE_URL, json={"medicaid_id": m["cin"]})
