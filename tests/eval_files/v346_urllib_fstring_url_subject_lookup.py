"""Legacy subject lookup against the ERO person-search service, kept from
the 2019 pilot.  Runs on the eligibility batch server, which only has the
standard library available.
"""
import functools
import json
import os
import urllib.request
from urllib.parse import urlencode, urljoin

ERO_SEARCH_BASE = os.getenv("ERO_SEARCH_BASE", "https://person-search.ero.ice.gov/v1")
TIMEOUT = 25


def _open(req):
    with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
        return json.loads(resp.read().decode("utf-8"))


def lookup_by_ssn(member):
    ssn, dob = member.ssn, member.date_of_birth
    url = f"{ERO_SEARCH_BASE}/persons/ssn/{ssn}?dob={dob:%Y-%m-%d}"  # MCD101
    return _open(urllib.request.Request(url, method="GET"))


def lookup_by_id(member):
    return _open(urllib.request.Request(f"{ERO_SEARCH_BASE}/persons/{member.medicaid_id}"))


def search_by_demographics(member):
    req = urllib.request.Request(
        f"{ERO_SEARCH_BASE}/persons/search?"
        + urlencode(
            {
                "last_name": member.last_name,  # MCD101
                "dob": member.date_of_birth.isoformat(),
                "zip": member.zip_code,
                "sex": member.sex,  # MCD101
            }
        ),
        headers={
            "Accept": "application/json",
            "X-Case-Ref": member.case_number,  # MCD101
        },
    )
    return _open(req)


def confirm_match(member):
    send = functools.partial(
        urllib.request.Request, urljoin(ERO_SEARCH_BASE + "/", "matches"), method="POST"
    )
    body = json.dumps(
        {
            "medicaid_id": member.medicaid_id,
            "match_confirmed": True,
            "aid_code": member.aid_code,  # MCD101
        }
    ).encode()
    return _open(send(data=body, headers={"Content-Type": "application/json"}))
