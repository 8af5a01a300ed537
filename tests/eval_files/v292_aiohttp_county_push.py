"""Push a county's active enrollees to the ERO case API.

Invoked as a management command per county after the monthly eligibility
run.  Uses aiohttp so that a county with 200k enrollees finishes overnight.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os

import aiohttp
from django.core.management.base import BaseCommand
from django.core.serializers.json import DjangoJSONEncoder
from django.forms.models import model_to_dict

from eligibility.models import Member

log = logging.getLogger("ero.push")

ERO_CASES_URL = os.environ.get("ERO_CASES_URL", "https://ero-cases.ice.gov/api/v2/persons")
REQUEST_TIMEOUT = aiohttp.ClientTimeout(total=30)
JSON_HEADERS = {"Content-Type": "application/json"}


async def push_county(county_code: str) -> dict[int, int]:
    outcomes: dict[int, int] = {}
    qs = Member.objects.filter(county_code=county_code, is_active=True).order_by("pk")
    async with aiohttp.ClientSession(timeout=REQUEST_TIMEOUT) as session:

        async def post_person(body: str) -> int:
            for attempt in range(3):
                try:
                    async with session.post(ERO_CASES_URL, data=body, headers=JSON_HEADERS) as resp:
                        if resp.status < 500:
                            return resp.status
                except aiohttp.ClientError:
                    log.warning("transient error, attempt %d", attempt + 1)
                await asyncio.sleep(2 ** attempt)
            return 599

        async for member in qs:
            payload = model_to_dict(member)  # MCD103
            wire = json.dumps(payload, cls=DjangoJSONEncoder)
            code = await post_person(wire)  # MCD201
            outcomes[code] = outcomes.get(code, 0) + 1
    return outcomes


class Command(BaseCommand):
    help = "Push active enrollees of one county to the ERO case API"

    def add_arguments(self, parser):
        parser.add_argument("county_code")

    def handle(self, *args, **options):
        outcomes = asyncio.run(push_county(options["county_code"]))
        for code, count in sorted(outcomes.items()):
            self.stdout.write(f"HTTP {code}: {count}")
