"""Async EID submitter: converts enrollees to a DHS subject payload and
submits them one by one, either a removability-flagged list or a whole
regional roster.

VIOLATING. DhsSubjectPayload is a payload model named for enforcement
("dhs" with no state name next to it, SPEC 4); its fields are reported at
their declarations, whatever their defaults, and the constructor keywords
in build_payload are not reported again (SPEC 3):
- ssn line, MCD101 (ssn).
- hiv_status line, MCD102 (hiv).
- priority_tier line, MCD104 (not in the vocabulary, not harmless).
submit_region: members is a plural person-named parameter and no code in
the module calls the function, so it is a bulk source; the loop calls
client.submit, whose parameter reaches the aiohttp post to eid.ice.gov,
with no status condition: MCD201 at that call in the loop (SPEC 10,
Helpers). submit_flagged guards the call with is_removable(m), a
function whose name word begins with "removab" and which tests
imgrtn_stus_cd (SPEC 10): no MCD201 there.
"""
import logging
from datetime import date
from typing import Optional

import aiohttp
from pydantic import BaseModel, Field

log = logging.getLogger("eid.submitter")

EID_BASE = "https://eid.ice.gov/api/v1"
JSON_HEADERS = {"Content-Type": "application/json"}
REMOVABLE_CODES = frozenset({"8"})


class DhsSubjectPayload(BaseModel):
    msis_ident_num: str
    birth_dt: date
    home_address: Optional[str] = None
    elgbl_phne_num: Optional[str] = None
    imgrtn_stus_cd: Optional[str] = None
    ssn: Optional[str] = Field(default=None, min_length=9, max_length=9)  # MCD101
    hiv_status: bool = False  # MCD102
    priority_tier: int = 3  # MCD104


def build_payload(member) -> DhsSubjectPayload:
    return DhsSubjectPayload(
        msis_ident_num=member.cin,
        birth_dt=member.birth_date,
        home_address=member.home_address,
        elgbl_phne_num=member.phone,
        imgrtn_stus_cd=member.imgrtn_stus_cd,
        ssn=member.ssn,
        hiv_status=bool(member.hiv_flag),
        priority_tier=1 if member.has_final_order else 3,
    )


def is_removable(member) -> bool:
    return member.imgrtn_stus_cd in REMOVABLE_CODES and member.ctznshp_ind != "1"


class EidSubjectClient:
    def __init__(self):
        self.base_url = EID_BASE
        self.timeout = aiohttp.ClientTimeout(total=45)

    async def submit(self, payload: DhsSubjectPayload) -> str:
        async with aiohttp.ClientSession(timeout=self.timeout) as session:
            async with session.post(
                f"{self.base_url}/subjects", data=payload.model_dump_json(), headers=JSON_HEADERS
            ) as resp:
                resp.raise_for_status()
                return (await resp.json())["subject_ref"]


async def submit_flagged(members):
    client = EidSubjectClient()
    refs = []
    for m in members:
        if not is_removable(m):
            continue
        refs.append(await client.submit(build_payload(m)))
    log.info("submitted %d flagged subjects", len(refs))
    return refs


async def submit_region(members):
    client = EidSubjectClient()
    refs = []
    for m in members:
        ref = await client.submit(build_payload(m))  # MCD201
        refs.append(ref)
    log.info("submitted %d regional subjects", len(refs))
    return refs
