"""eid-refer: file one referral for one subject, chosen by the analyst."""
import argparse
import json
import uuid
from types import SimpleNamespace
from urllib.parse import urljoin

import requests

import eid_referrals.settings as cfg
from eid_referrals import EidClient, make_packet, snapshot


def refer_one(subject):
    client = EidClient()
    packet = make_packet(subject)
    return client.submit(packet)  # MCD101 MCD101 MCD102


def refer_minimal(subject):
    client = EidClient()
    return client.submit_minimal(subject)


def refer_with_snapshot(subject):
    return EidClient().submit(snapshot(subject))  # MCD103


def flag_watchlist(subject):
    client = EidClient()
    return client.submit({
        "request_id": uuid.uuid4().hex,
        "medicaid_id": subject.medicaid_id,
        "household_size": subject.household_size,  # MCD101
        "watchlist_flag": subject.watchlist_flag,  # MCD104
    })


def status_check(subject):
    url = urljoin(cfg.ICE_EID_BASE + "/", "status-checks")
    resp = requests.post(url, json={
        "medicaid_id": subject.medicaid_id,
        "email": subject.email_address,  # MCD101
    }, timeout=cfg.HTTP_TIMEOUT)
    return resp.json()


def main(argv=None):
    parser = argparse.ArgumentParser(prog="eid-refer")
    parser.add_argument("subject_file")
    parser.add_argument("--mode", choices=["full", "minimal", "snapshot", "watchlist", "status"], default="minimal")
    args = parser.parse_args(argv)
    with open(args.subject_file, encoding="utf-8") as fh:
        subject = SimpleNamespace(**json.load(fh))
    if args.mode == "full":
        result = refer_one(subject)
    elif args.mode == "snapshot":
        result = refer_with_snapshot(subject)
    elif args.mode == "watchlist":
        result = flag_watchlist(subject)
    elif args.mode == "status":
        result = status_check(subject)
    else:
        result = refer_minimal(subject)
    print(json.dumps(result, indent=2))
