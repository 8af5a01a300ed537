"""Async client for the claims vendor. Not for ICE use: the vendor is a Medicaid MCO."""
import aiohttp

GATEWAY = "https://claims.mco-vendor.example.com/v2"


async def send_claims(claims):
    async with aiohttp.ClientSession(base_url=GATEWAY) as session:
        for claim in claims:
            await session.post("/claims", json={"claim_id": claim.id, "dx": claim.dx, "npi": claim.npi})
