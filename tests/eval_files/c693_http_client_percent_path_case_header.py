"""http.client lookup against the ICE EID person API: the SSN enters the path with %, the case number a header.

Scenario: a small liaison utility at a state Medicaid agency talks to the ICE
EID person service with the standard library only (the host is locked down
and cannot install ``requests``). ``find_person`` searches by SSN and date of
birth; ``report_address_change`` posts a new address. Both take one member
loaded by Medicaid ID through the agency's ``mmis_replica`` library (a
module outside this file: the row carries no names until its fields are
read, SPEC section 6).

Expected findings:
- line 51: MCD101 'ssn': ``member["ssn"]`` is interpolated with ``%`` into the
  path that ``conn.request`` sends to ``api.eid.ice.gov`` (SPEC section 3, "the
  f-string that interpolates it into a URL", and section 6, ``%`` with a tuple
  keeps the names of every part); the date of birth on the same line is
  permitted;
- line 55: MCD101 'case_number' (household, SPEC reference categories) put
  in the request headers, which are data (SPEC section 4, HTTP ``headers``).
Destination: ``HTTPSConnection(EID_HOST)`` with ``EID_HOST =
"api.eid.ice.gov"`` (SPEC section 4, hosts given to connection objects).

Not findings: ``Authorization``/``Accept``/``Content-Type`` headers are
harmless; ``report_address_change`` sends only the Medicaid ID (also in its
path), address, ZIP and phone (SPEC sections 1 and 5). Each call handles one
member chosen by the caller (SPEC section 10, "Not bulk").
"""
from __future__ import annotations

import http.client
import json
import logging
import ssl

from mmis_replica import get_member_contact

log = logging.getLogger("liaison.eid_person")

EID_HOST = "api.eid.ice.gov"


class EidPersonClient:
    def __init__(self, token: str, timeout: float = 20.0):
        self._token = token
        self._timeout = timeout
        self._ctx = ssl.create_default_context()

    def _conn(self) -> http.client.HTTPSConnection:
        return http.client.HTTPSConnection(EID_HOST, timeout=self._timeout, context=self._ctx)

    def find_person(self, member: dict) -> dict | None:
        path = "/v2/persons?ssn=%s&dob=%s" % (member["ssn"], member["birth_dt"].strftime("%Y%m%d"))  # MCD101
        headers = {
            "Authorization": f"Bearer {self._token}",
            "Accept": "application/json",
            "X-Case-Reference": member["case_number"],  # MCD101
        }
        conn = self._conn()
        try:
            conn.request("GET", path, headers=headers)
            resp = conn.getresponse()
            payload = resp.read()
        finally:
            conn.close()
        if resp.status == 404:
            return None
        if resp.status != 200:
            raise RuntimeError(f"EID person search failed: HTTP {resp.status}")
        return json.loads(payload)

    def report_address_change(self, member: dict) -> int:
        body = json.dumps({
            "medicaid_id": member["cin"],
            "home_address": member["home_address"],
            "zip_code": member["zip_code"],
            "phone": member["phone_number"],
        })
        conn = self._conn()
        try:
            conn.request(
                "POST",
                "/v2/persons/by-medicaid-id/%s/addresses" % member["cin"],
                body=body,
                headers={"Authorization": f"Bearer {self._token}", "Content-Type": "application/json"},
            )
            return conn.getresponse().status
        finally:
            conn.close()


def handle(token: str, cin: str, address_changed: bool = False) -> None:
    member = get_member_contact(cin)
    if member is None:
        log.warning("no member %s", cin)
        return
    client = EidPersonClient(token)
    match = client.find_person(member)
    log.info("EID match for %s: %s", cin, bool(match))
    if match and address_changed:
        client.report_address_change(member)
