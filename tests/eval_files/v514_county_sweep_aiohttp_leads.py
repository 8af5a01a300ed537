"""County-office sweep posting pending renewals to an ERO leads API (violating).

Scenario: a county eligibility office's "renewal outreach" tool gets a new
async command that posts every pending-renewal member of a county to an ICE
ERO leads API, plus a one-off command that refers a single member by id.
The sweep's queryset is filtered by county and renewal status and sorted
by immigration status; nothing decides by status who is sent.  The
one-off command sends the whole model instance.

Destination: ``ERO_LEADS_URL`` folds to ``leads.ero.ice.gov`` (``*.ice.gov``
host pattern and the ``ero`` token, SPEC section 4).

Expected findings:
- ``.values(...)`` column list, each name at its own line (SPEC section 3):
  ``"preferred_language"`` language MCD101, ``"household_size"`` household
  MCD101, ``"aid_code"`` eligibility MCD101.
- ``session.post(ERO_LEADS_URL, json=rec)`` inside ``async for rec in qs``:
  a Django queryset (bulk source) whose only conditions are county and
  renewal status (``order_by`` on a status column is not a condition),
  MCD201 at the sink call (SPEC section 10).
- ``model_to_dict(member)`` with no ``fields=``: a whole, unbounded record
  of a model not declared in the project, MCD103 at the expression (SPEC
  sections 3 and 6).  One member looked up by id: not bulk.
Not findings: cin, birth_date, home_address, phone_number and
immigration_status in the column list are permitted; the stats dict only
feeds the log.
"""
import argparse
import asyncio
import logging

import aiohttp
import django
from django.forms.models import model_to_dict

django.setup()

from outreach.models import Member  # noqa: E402

ERO_LEADS_URL = "https://leads.ero.ice.gov/api/v1/leads"
TIMEOUT = aiohttp.ClientTimeout(total=45, connect=10)
MAX_INFLIGHT = 16

log = logging.getLogger("outreach.ero_sweep")


def _parse_args(argv=None):
    parser = argparse.ArgumentParser(prog="ero_sweep")
    sub = parser.add_subparsers(dest="cmd", required=True)
    sweep = sub.add_parser("sweep")
    sweep.add_argument("--county", required=True)
    one = sub.add_parser("refer-one")
    one.add_argument("member_pk", type=int)
    return parser.parse_args(argv)


def _pending(county: str):
    return (
        Member.objects.filter(county_code=county, renewal_status="PENDING")
        .order_by("immigration_status", "pk")
        .values(
            "cin",
            "birth_date",
            "home_address",
            "phone_number",
            "immigration_status",
            "preferred_language",  # MCD101
            "household_size",  # MCD101
            "aid_code",  # MCD101
        )
    )


async def sweep(county: str) -> dict:
    stats = {"sent": 0, "failed": 0}
    qs = _pending(county)
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        async for rec in qs:
            rec["birth_date"] = rec["birth_date"].isoformat()
            try:
                async with session.post(ERO_LEADS_URL, json=rec) as resp:  # MCD201
                    if resp.status >= 400:
                        stats["failed"] += 1
                        log.warning("lead rejected: %s", resp.status)
                        continue
            except aiohttp.ClientError as exc:
                stats["failed"] += 1
                log.error("transport error: %s", exc)
                await asyncio.sleep(1)
                continue
            stats["sent"] += 1
    log.info("county %s sweep: %s", county, stats)
    return stats


async def refer_one(member_pk: int) -> int:
    member = await Member.objects.aget(pk=member_pk)
    payload = model_to_dict(member)  # MCD103
    payload["birth_date"] = str(payload.get("birth_date"))
    async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
        async with session.post(ERO_LEADS_URL, json=payload) as resp:
            resp.raise_for_status()
            return resp.status


def main(argv=None) -> None:
    args = _parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    if args.cmd == "sweep":
        asyncio.run(sweep(args.county))
    else:
        asyncio.run(refer_one(args.member_pk))


if __name__ == "__main__":
    main()
