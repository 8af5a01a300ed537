"""Async FHIR sync to the state Medi-Cal server and a one-member ICE referral endpoint (clean).

Scenario: an aiohttp web service run by a managed-care plan's vendor.
(1) A background task posts clinical FHIR resources (Condition, Claim) and
full Patient resources (name, gender, SSN identifier) for changed members to
the state's FHIR server ``fhir.medi-cal.ca.gov``.  (2) A request handler
lets an authorized supervisor refer *one* member, identified by CIN in the
URL, to ICE: the referral is built by ``build_ice_referral`` from the six
permitted categories only.  The aiohttp ``ClientSession`` is created at
startup and passed around.

Why no finding is expected:
- ``fhir.medi-cal.ca.gov`` is under ``ca.gov``, a state domain on the
  non-enforcement list (SPEC 4; SPEC 9 example): clinical resources and
  prohibited Patient elements are fine there.
- ``build_ice_referral`` is named for enforcement, so its returned dict is
  an enforcement payload (SPEC 4), but every entry is permitted
  (Medicaid ID, DOB, address, phone, citizenship, immigration status) or a
  constant / harmless name (``correlation_id``).
- The referral concerns one member chosen by the caller (SPEC 10 "Not
  bulk"); the changed-members loop goes only to the state server.
"""
from __future__ import annotations

import asyncio
import logging
import os
import uuid

from aiohttp import ClientSession, ClientTimeout, web

log = logging.getLogger("plan.fhir")

STATE_FHIR_BASE = os.environ.get("STATE_FHIR_BASE", "https://fhir.medi-cal.ca.gov/r4")
ICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"
FHIR_HEADERS = {"Content-Type": "application/fhir+json"}


def patient_resource(member):
    return {
        "resourceType": "Patient",
        "identifier": [
            {"system": "urn:oid:2.16.840.1.113883.4.1", "value": member.ssn},
            {"system": "https://medi-cal.ca.gov/cin", "value": member.cin},
        ],
        "name": [{"family": member.last_name, "given": [member.first_name]}],
        "gender": member.gender,
        "birthDate": member.birth_date.isoformat(),
    }


def condition_resources(member):
    for dx in member.active_diagnoses:
        yield {
            "resourceType": "Condition",
            "subject": {"reference": f"Patient/{member.cin}"},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": dx.icd10}]},
            "onsetDateTime": dx.onset.isoformat(),
        }


async def sync_member(session, member):
    async with session.put(f"{STATE_FHIR_BASE}/Patient/{member.cin}", json=patient_resource(member), headers=FHIR_HEADERS) as resp:
        resp.raise_for_status()
    for resource in condition_resources(member):
        async with session.post(f"{STATE_FHIR_BASE}/Condition", json=resource, headers=FHIR_HEADERS) as resp:
            resp.raise_for_status()


async def sync_changed(session, repo):
    members = await repo.changed_since_last_sync()
    for member in members:
        try:
            await sync_member(session, member)
        except Exception:
            log.exception("FHIR sync failed for one member")
            await asyncio.sleep(1)


def build_ice_referral(member):
    return {
        "correlation_id": str(uuid.uuid4()),
        "medicaid_id": member.cin,
        "date_of_birth": member.birth_date.isoformat(),
        "home_address": member.home_address,
        "zip_code": member.zip_code,
        "phone_number": member.phone_number,
        "citizenship_status": member.citizenship_status,
        "immigration_status": member.immigration_status,
        "source": "MCO-SUPERVISOR",
    }


async def refer_handler(request):
    cin = request.match_info["cin"]
    member = await request.app["repo"].by_cin(cin)
    if member is None:
        raise web.HTTPNotFound()
    session = request.app["http"]
    async with session.post(ICE_REFERRAL_URL, json=build_ice_referral(member)) as resp:
        body = await resp.json()
    return web.json_response({"referral": body.get("referral_id"), "status": resp.status})


async def on_startup(app):
    app["http"] = ClientSession(timeout=ClientTimeout(total=30))
    app["sync_task"] = asyncio.create_task(_sync_loop(app))


async def _sync_loop(app):
    while True:
        await sync_changed(app["http"], app["repo"])
        await asyncio.sleep(300)


async def on_cleanup(app):
    app["sync_task"].cancel()
    await app["http"].close()


def make_app(repo):
    app = web.Application()
    app["repo"] = repo
    app.router.add_post("/members/{cin}/ice-referral", refer_handler)
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    return app
