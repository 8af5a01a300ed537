"""Clients of the vendor gateway.

Expected:
- clients.py:23 MCD101 first_name -- the IceClient's own method places the name; its class's
  name supplies the destination even though no caller in this module makes an IceClient
- StateClient sends the full record to the gateway under a name that says nothing: clean
"""

import logging

import requests

from .settings import GATEWAY, ICE_INTAKE, TIMEOUT

log = logging.getLogger(__name__)


class IceClient:
    def __init__(self):
        self.url = GATEWAY + "/ice/referrals"

    def send(self, member):
        body = {"medicaid_id": member.medicaid_id,
                "first_name": member.first_name}  # MCD101
        log.info("referring %s", member.medicaid_id)
        return requests.post(self.url, json=body, timeout=TIMEOUT)


class StateClient:
    def __init__(self):
        self.url = GATEWAY + "/renewals"

    def send(self, member):
        body = {"medicaid_id": member.medicaid_id, "first_name": member.first_name, "ssn": member.ssn}
        return requests.post(self.url, json=body, timeout=TIMEOUT)


class BatchSender:
    """Keeps the batch it is given and posts it to the ICE intake when flushed."""

    def __init__(self, batch):
        self.batch = batch

    def flush(self):
        return requests.post(ICE_INTAKE, json={"subjects": self.batch}, timeout=TIMEOUT)
