"""Transport layer for the EID referral channel.

The transports below know where referrals go (ICE EID) but not what is in
them: they post whatever payload the caller hands them.  Packet building lives
in the sibling ``packets`` module, which is reviewed against the order
separately; callers in this module only forward packets or add the basic
contact fields themselves.
"""
import httpx
import requests

from casebridge import PortalClient

from .packets import build_packet

EID_BASE = "https://eid.ice.gov/api/v3/"

_portal = PortalClient(tenant="ice-liaison")


class EidTransport:
    """Synchronous transport over a requests.Session."""

    def __init__(self, timeout=30):
        self.base_url = EID_BASE
        self.session = requests.Session()
        self.timeout = timeout

    def send(self, path, payload):
        return self.session.post(self.base_url + path, json=payload, timeout=self.timeout)

    def send_person(self, person):
        return self.send("persons", person)


class AsyncEidTransport:
    """Async transport over an httpx.AsyncClient with the EID base URL."""

    def __init__(self):
        self.client = httpx.AsyncClient(base_url=EID_BASE, timeout=30)

    async def post(self, path, body):
        resp = await self.client.post(path, json=body)
        resp.raise_for_status()
        return resp

    async def aclose(self):
        await self.client.aclose()


def hand_to_liaison_portal(packet):  # medicaid-scope: enforcement
    return _portal.upload(packet)


def refer(m):
    tx = EidTransport()
    tx.send_person(m)
    return tx.send("persons/contact", {"medicaid_id": m.medicaid_id, "phone": m.phone, "address": m.address})


def refer_prebuilt(m):
    tx = EidTransport()
    packet = build_packet(m)
    return tx.send("persons", packet)


async def refer_async(m):
    tx = AsyncEidTransport()
    try:
        await tx.post("persons", {"cin": m.cin, "birth_date": m.birth_date, "citizenship_status": m.citizenship_status})
    finally:
        await tx.aclose()


def refer_via_portal(m):
    return hand_to_liaison_portal({"medicaid_id": m.medicaid_id, "immigration_status": m.immigration_status})
