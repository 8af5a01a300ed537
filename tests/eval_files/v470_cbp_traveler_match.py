"""Traveler-match lookups against a CBP API with urllib and http.client (violating).

Scenario: a contractor's "identity resolution" module asks a CBP
traveler-match API about one Medicaid member at a time: by query string,
by SSN in the path, and by posting a document match.  Only the standard
library is available on the batch host.

Destination: ``CBP_HOST`` is ``api.cbp.gov`` (``*.cbp.gov``, SPEC §4); it
folds into ``CBP_BASE`` through an f-string and is given directly to
``http.client.HTTPSConnection`` (SPEC §4 folding).  Each call is about one
member passed by the caller: no MCD201 (SPEC §10).

Expected findings:
- ``lookup_traveler``: a form body built with ``urlencode`` and
  ``encode`` (both keep names, SPEC §6) is the ``data`` of a
  ``urllib.request.Request``; its entries ``lastName`` <- ``m.last_name``
  -> MCD101 and ``sex`` <- ``m.sex`` -> MCD101, each at its dict entry
  (SPEC §3).
- ``lookup_by_ssn``: the f-string URL interpolates ``quote(m.ssn)``;
  ``quote`` keeps the name -> MCD101 at the f-string (SPEC §3, §6).
- ``submit_document_match``: ``documentNumber`` <- ``m.alien_number`` (an
  immigration document id, not a status) -> MCD101; ``memberId`` <-
  ``m.mbi``: the key looks permitted but the value is a Medicare
  identifier, and a value carrying any prohibited name is prohibited
  (SPEC §5) -> MCD101.
Not findings: medicaidId/cin, birth date and country of citizenship are
permitted; the header dicts are constants.
"""
import http.client
import json
import urllib.error
import urllib.request
from urllib.parse import quote, urlencode

CBP_HOST = "api.cbp.gov"
CBP_BASE = f"https://{CBP_HOST}/traveler-match/v1"
DOC_MATCH_PATH = "/traveler-match/v1/document-matches"
JSON_HEADERS = {"Accept": "application/json", "Content-Type": "application/json"}


def lookup_traveler(m) -> dict:
    form = urlencode({
        "medicaidId": m.cin,
        "birthDate": m.birth_date.isoformat(),
        "lastName": m.last_name,  # MCD101
        "sex": m.sex,  # MCD101
    }).encode("ascii")
    req = urllib.request.Request(f"{CBP_BASE}/travelers/search", data=form, method="POST")
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp)


def lookup_by_ssn(m) -> dict | None:
    url = f"{CBP_BASE}/travelers/by-ssn/{quote(m.ssn)}"  # MCD101
    req = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return json.load(resp)
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return None
        raise


def submit_document_match(m) -> int:
    doc = {
        "medicaidId": m.cin,
        "dateOfBirth": m.birth_date.isoformat(),
        "countryOfCitizenship": m.country_of_citizenship,
        "documentNumber": m.alien_number,  # MCD101
        "memberId": m.mbi,  # MCD101
    }
    conn = http.client.HTTPSConnection(CBP_HOST, timeout=30)
    try:
        conn.request("POST", DOC_MATCH_PATH, body=json.dumps(doc), headers=JSON_HEADERS)
        return conn.getresponse().status
    finally:
        conn.close()
