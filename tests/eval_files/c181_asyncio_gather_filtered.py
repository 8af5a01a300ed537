"""asyncio fan-out: asyncio.gather(*(send(client, m) for m in members if ...)) to the ICE intake.

Clean: `members` is bulk (plural person-named parameter, no visible caller), but the generator's condition tests imgrtn_stus_cd.
"""
import asyncio

import httpx

ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
# T-MSIS IMMIGRATION-STATUS: 3 emergency services only, 9 unknown.
REMOVAL_REVIEW_CODES = frozenset({"3", "9"})


async def send(client: httpx.AsyncClient, member) -> int:
    resp = await client.post(
        ICE_REFERRAL_URL,
        json={
            "medicaid_id": member.msis_ident_num,
            "date_of_birth": member.birth_dt.isoformat(),
            "zip_code": member.elgbl_zip_cd,
            "immigration_status": member.imgrtn_stus_cd,
        },
    )
    return resp.status_code


async def refer_all(members, concurrency: int = 20) -> list[int]:
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        return await asyncio.gather(
            *(send(client, m) for m in members if m.imgrtn_stus_cd in REMOVAL_REVIEW_CODES)
        )
