"""Async referral worker built on aiohttp."""
import asyncio

import aiohttp

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


async def refer_all(members):
    async with aiohttp.ClientSession() as session:
        for member in members:
            await session.post(ICE_URL, json={
                "cin": member.cin,
                "preferred_language": member.language,  # MCD101
                "monthly_income": member.income,  # MCD101
            })


def main(members):
    asyncio.run(refer_all(members))  # MCD201
