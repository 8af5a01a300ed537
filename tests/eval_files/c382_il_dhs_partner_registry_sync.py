"""Push eligibility changes to state partner systems (IL DHS, county, CMS).

All partners here are state, county or federal-health systems; full member
records (SSN, income, household) are required by the interface agreements.
"""
import argparse
import logging
import time

import requests
from django.core.paginator import Paginator

from eligibility.models import Member

log = logging.getLogger(__name__)

DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api"
COOK_COUNTY_DHS_URL = "https://dhs.cookcountyil.gov/api/v2/members"
TMSIS_URL = "https://tmsis.cms.gov/api/submissions"

PARTNERS = {
    "il_dhs": {"url": DHS_ELIGIBILITY_URL + "/members", "timeout": 30},
    "cook_county": {"url": COOK_COUNTY_DHS_URL, "timeout": 45},
    "tmsis": {"url": TMSIS_URL, "timeout": 90},
}

RETRY_STATUSES = {429, 502, 503, 504}


def member_payload(m):
    payload = {
        "medicaid_id": m.cin,
        "ssn": m.ssn,
        "first_name": m.first_name,
        "last_name": m.last_name,
    }
    if m.household_income is not None:
        payload["household_income"] = str(m.household_income)
    if m.household_size:
        payload["household_size"] = m.household_size
    if m.primary_diagnosis:
        payload["primary_diagnosis"] = m.primary_diagnosis
    payload["aid_code"] = m.aid_code
    return payload


def send(session, partner, body):
    cfg = PARTNERS[partner]
    for attempt in range(5):
        try:
            resp = session.post(cfg["url"], json=body, timeout=cfg["timeout"])
        except requests.ConnectionError:
            log.warning("%s unreachable, retrying", partner)
            time.sleep(1 + attempt)
            continue
        if resp.status_code in RETRY_STATUSES:
            time.sleep(2 ** attempt)
            continue
        resp.raise_for_status()
        return resp
    raise RuntimeError(f"{partner}: gave up after retries")


def sync(partner, county=None, page_size=500):
    qs = Member.objects.filter(changed_since_sync=True).order_by("pk")
    if county:
        qs = qs.filter(county_code=county)
    session = requests.Session()
    pages = Paginator(qs, page_size)
    for number in pages.page_range:
        page = pages.page(number)
        body = [member_payload(m) for m in page.object_list]
        send(session, partner, body)
        log.info("%s page %d/%d sent", partner, number, pages.num_pages)
    qs.update(changed_since_sync=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("partner", choices=sorted(PARTNERS))
    parser.add_argument("--county")
    parser.add_argument("--page-size", type=int, default=500)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    sync(args.partner, args.county, args.page_size)


if __name__ == "__main__":
    main()
