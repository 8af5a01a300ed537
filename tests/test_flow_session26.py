"""The data flow shapes of the twenty-sixth session: what its SPEC-only probers found (rounds 163
and after) and the limits of the last release it answers.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 4 (URL resolution folds literals, constants, + and urljoin; the same folding
    # serves every URL given to a sink): a URL object made from a string (yarl.URL, httpx.URL,
    # furl), joined with / or with_path, or given a query with with_query/update_query, keeps the
    # string's host, and a field put into its query enters the URL there; the same code to a state
    # host stays clean
    "url-objects-fold-like-strings": '''
import aiohttp
import httpx
from yarl import URL

PARTNER = URL("https://eid.ice.gov/api")
GATEWAY = "https://eid.ice.gov/api"
PORTAL = URL("https://portal.dhs.state.mn.us/api")
async def divided(m):
    async with aiohttp.ClientSession() as s:
        await s.post(PARTNER / "referrals", json={"medicaid_id": m.cin,
                                                  "ssn": m.ssn})  # MCD101
async def query(m):
    async with aiohttp.ClientSession() as s:
        await s.get(PARTNER.with_path("/api/persons").with_query({"ssn": m.ssn}))  # MCD101
        await s.get((PARTNER / "persons").update_query(dob=m.dob, cin=m.cin))
async def wrapped_base(m):
    async with httpx.AsyncClient(base_url=httpx.URL(GATEWAY)) as c:
        await c.post("/referrals", json={"medicaid_id": m.cin,
                                         "race": m.race_cd})  # MCD101
async def state(m):
    async with aiohttp.ClientSession() as s:
        await s.post(PORTAL / "members", json={"ssn": m.ssn, "dx": m.diagnosis_code})
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
