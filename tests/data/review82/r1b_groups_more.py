from collections import defaultdict
import requests

ICE_URL = "https://eid.ice.gov/api"


def status_then_county(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["immigration_status"]].append(r)
        groups["all"].append(r)
    for r in groups["all"]:
        requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})  # MCD201


def setdefault_status_then_all(rows):
    groups = {}
    for r in rows:
        groups.setdefault(r["immigration_status"], []).append(r)
    everyone = [r for g in groups.values() for r in g]
    requests.post(ICE_URL, json=[{"medicaid_id": r["medicaid_id"]} for r in everyone])  # MCD201


def outbox_two_lists(rows):
    outbox = {"ice": [], "mco": []}
    for r in rows:
        outbox["mco"].append(r)
        outbox["ice"].append(r)
    for r in outbox["ice"]:
        requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})  # MCD201


def nested_outbox(rows):
    outbox = {"ice": defaultdict(list)}
    for r in rows:
        outbox["ice"][r["county"]].append(r)
    for county, grp in outbox["ice"].items():
        requests.post(ICE_URL, json=[{"medicaid_id": r["medicaid_id"]} for r in grp])  # MCD201


def group_lists_of_lists(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["county"]].append(r)
    la = groups["LA"]
    for r in la:
        requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})  # MCD201


def by_status_cond_key(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[r["immigration_status"] if r["active"] else "inactive"].append(r)
    for r in groups["inactive"]:
        requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]})  # MCD201


def by_tuple(rows):
    groups = defaultdict(list)
    for r in rows:
        groups[(r["county"], r["immigration_status"])].append(r)
    for (county, st), grp in groups.items():
        requests.post(ICE_URL, json=[{"medicaid_id": r["medicaid_id"]} for r in grp])  # MCD201
