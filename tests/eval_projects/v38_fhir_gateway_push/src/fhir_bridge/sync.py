"""Per-member push, triggered by a case worker."""
import httpx

import fhir_bridge.models.member as mm
from fhir_bridge.fhir.resources import hiv_condition as condition_for
from . import conf
from .gateway import GatewayClient


async def push_to_state(profile: mm.MemberProfile):
    async with httpx.AsyncClient() as client:
        await client.post(f"{conf.STATE_FHIR_BASE}/Basic", json=profile.model_dump(mode="json"))


async def push_to_gateway(profile: mm.MemberProfile):
    gw = GatewayClient()
    try:
        await gw.send("/Basic", profile.model_dump(mode="json", include={"medicaid_id", "birth_date", "immigration_status"}))
        await gw.send("/Basic", profile.model_dump(mode="json", exclude={"hiv_status"}))  # MCD101 MCD101
        if profile.hiv_status:
            await gw.send("/Condition", condition_for(profile.medicaid_id))  # MCD102
    finally:
        await gw.aclose()


async def push_demographics(profile: mm.MemberProfile):
    gw = GatewayClient()
    try:
        await gw.send("/Basic", {
            "medicaid_id": profile.medicaid_id,
            "phone_number": profile.phone_number,
            "gender": profile.gender,  # MCD101
            "hiv_status": profile.hiv_status,  # MCD102
        })
    finally:
        await gw.aclose()
