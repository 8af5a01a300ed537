"""Household-grouped referral batch for ICE (vendor integration job)."""
import csv
import logging
from collections import defaultdict
from urllib.parse import urljoin

import requests

log = logging.getLogger("household_batch")

ICE_BASE = "https://eid.ice.gov/api/"
ICE_BULK_URL = urljoin(ICE_BASE, "bulk/subjects")
UNLAWFUL_CODES = {"7", "8"}
PAGE = 100


def read_eligible(path):
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        eligible = [r for r in reader if r["imgrtn_stus_cd"] in UNLAWFUL_CODES]
    return eligible


def group_households(eligible):
    households = defaultdict(list)
    for r in eligible:
        households[r["msis_case_num"]].append(r["msis_ident_num"])
    return households


def build_batch(path):
    eligible = read_eligible(path)
    households = group_households(eligible)
    batch = []
    for r in eligible:
        entry = {
            "medicaid_id": r["msis_ident_num"],
            "date_of_birth": r["birth_dt"],
            "immigration_status": r["imgrtn_stus_cd"],
            "household_members": households[r["msis_case_num"]],  # MCD101
            "provider_phone": r["pcp_phone"],  # MCD102
        }
        if r.get("elgbl_phne_num"):
            entry["phone"] = r["elgbl_phne_num"]
        batch.append(entry)
    return batch


def post_pages(session, batch):
    for start in range(0, len(batch), PAGE):
        chunk = batch[start:start + PAGE]
        for attempt in range(3):
            try:
                resp = session.post(ICE_BULK_URL, json=chunk, timeout=60)
                resp.raise_for_status()
                break
            except requests.RequestException as exc:
                log.warning("page %d attempt %d failed: %s", start // PAGE, attempt + 1, exc)
        else:
            raise RuntimeError(f"page starting at {start} failed")


def run(path):
    session = requests.Session()
    batch = build_batch(path)
    post_pages(session, batch)
    log.info("submitted %d subjects", len(batch))
