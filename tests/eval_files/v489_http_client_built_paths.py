"""EID subject API over http.client with paths built four ways (violating).

Scenario: a state's batch host has only the standard library, so the
vendor wrote a small ICE EID subject-API client on ``http.client``.  The
host comes from the environment with a default; request paths are built
with ``%``, ``"/".join``, ``str.format`` and ``urlencode``.  Several
look-ups put prohibited identifiers into the path, and the match request
adds country of birth.

Destination: ``SubjectApi.__init__`` sets ``self.host`` from
``EID_HOST``, which folds through ``os.getenv`` to ``api.eid.ice.gov``
(``*.ice.gov``); it is given to ``HTTPSConnection`` and ``conn.request``
is the sink (SPEC §4).  For ``http.client`` the URL (path) itself is data
when a field is interpolated into it; a field that enters a URL is
reported where it entered (SPEC §4, §6).  One member per call: no MCD201.

Expected findings:
- ``by_document``: ``%`` places ``m.alien_number`` into the path; an
  A-number is an immigration document id, not the status (reference
  tricky case 4) -> MCD101.
- ``by_household``: ``"/".join`` places ``m.case_number`` (household case
  number) into the path (SPEC §6 ``str.join``) -> MCD101.
- ``identities``: ``urlencode`` keeps names (SPEC §6); ``"mrn": m.mrn``
  (medical record number, other identifier) -> MCD101; the whole path is
  built on that one line.
- ``admissions``: ``str.format`` places ``m.admission_date`` (an encounter
  date, health) into the query string -> MCD102.
- ``submit_match``: ``"birth_country": m.birth_country`` (national origin)
  -> MCD101 at the dict entry.
Not findings: the CIN in paths, ``nationality`` (citizenship) and date of
birth are permitted; the ``%``-with-a-dict path carries only the CIN.
"""
import json
import logging
import os
import ssl
import http.client
from urllib.parse import urlencode

EID_HOST = os.getenv("EID_API_HOST", "api.eid.ice.gov")
API_PREFIX = "/v3"
HEADERS = {"Accept": "application/json", "Content-Type": "application/json"}

log = logging.getLogger("eid.stdlib")


class EidApiError(Exception):
    pass


class SubjectApi:
    def __init__(self):
        self.host = EID_HOST
        self.prefix = API_PREFIX
        self.context = ssl.create_default_context(cafile="/etc/pki/eid/ca-bundle.pem")

    def _call(self, method: str, path: str, body: bytes | None = None):
        conn = http.client.HTTPSConnection(self.host, timeout=30, context=self.context)
        try:
            conn.request(method, path, body=body, headers=HEADERS)
            resp = conn.getresponse()
            data = resp.read()
        finally:
            conn.close()
        if resp.status >= 400:
            raise EidApiError(f"{method} {resp.status}")
        return json.loads(data) if data else None

    def by_cin(self, m):
        path = "%(prefix)s/subjects/%(cin)s" % {"prefix": self.prefix, "cin": m.cin}
        return self._call("GET", path)

    def by_document(self, m):
        path = "%s/subjects/by-document/%s" % (self.prefix, m.alien_number)  # MCD101
        return self._call("GET", path)

    def by_household(self, m):
        path = "/".join([self.prefix, "households", m.case_number, "subjects"])  # MCD101
        return self._call("GET", path)

    def identities(self, m):
        path = "{}/subjects/{}/identities?{}".format(self.prefix, m.cin, urlencode({"mrn": m.mrn}))  # MCD101
        return self._call("GET", path)

    def admissions(self, m):
        base = "{}/subjects/{}".format(self.prefix, m.cin)
        path = "{}/custody-intake?since={}".format(base, m.admission_date.isoformat())  # MCD102
        return self._call("GET", path)

    def submit_match(self, m):
        body = {
            "medicaid_id": m.cin,
            "nationality": m.nationality,
            "birth_country": m.birth_country,  # MCD101
            "date_of_birth": m.birth_date.isoformat(),
        }
        return self._call("POST", self.prefix + "/matches", json.dumps(body).encode("utf-8"))
