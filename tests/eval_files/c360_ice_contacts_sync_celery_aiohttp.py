"""Celery task: push members' ICE ("in case of emergency") contacts to the
care-management vendor so care coordinators can reach a relative."""
import asyncio
import logging
import os

import aiohttp
import psycopg2
import psycopg2.extras
from celery import Celery

log = logging.getLogger(__name__)
app = Celery("portal_tasks", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))

CARE_MGMT_BASE = "https://api.carelinkhq.com/v3"
CARELINK_API_KEY = os.environ.get("CARELINK_API_KEY", "")

ICE_CONTACTS_SQL = """
    SELECT member_cin, ice_contact_name, ice_contact_phone,
           ice_contact_relationship, ice_contact_address
      FROM portal.emergency_contacts
     WHERE updated_at > now() - interval '1 day'
"""


async def _push_ice_contacts(ice_contacts) -> int:
    pushed = 0
    headers = {"X-Api-Key": CARELINK_API_KEY}
    async with aiohttp.ClientSession(headers=headers) as session:
        for contact in ice_contacts:
            url = f"{CARE_MGMT_BASE}/members/{contact['member_cin']}/emergency-contacts"
            body = {
                "name": contact["ice_contact_name"],
                "phone": contact["ice_contact_phone"],
                "relationship": contact["ice_contact_relationship"],
                "address": contact["ice_contact_address"],
            }
            async with session.put(url, json=body, timeout=aiohttp.ClientTimeout(total=20)) as resp:
                if resp.status >= 400:
                    log.warning("vendor rejected contact for %s: %s", contact["member_cin"], resp.status)
                    continue
                pushed += 1
    return pushed


@app.task(name="portal.sync_ice_contacts", autoretry_for=(aiohttp.ClientError,), retry_backoff=True)
def sync_ice_contacts() -> int:
    with psycopg2.connect(os.environ["PORTAL_DSN"]) as conn:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(ICE_CONTACTS_SQL)
            ice_contacts = cur.fetchall()
    pushed = asyncio.run(_push_ice_contacts(ice_contacts))
    log.info("synced %d of %d emergency contacts", pushed, len(ice_contacts))
    return pushed
