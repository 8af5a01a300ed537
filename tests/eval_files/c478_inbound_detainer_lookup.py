"""Detainer look-ups against ICE EID, results filed with the state (expected clean).

Scenario: a state case-management vendor asks ICE's EID API whether an
enforcement detainer exists for enrollees whose immigration status is
under review (so that caseworkers can suspend, not terminate, coverage
while the member is detained).  Only the CIN (in the URL) and date of
birth (query string) go to ICE; what ICE returns (A-number, facility,
detainer dates) is written to the state case system together with the
member's SSN and name.

Why no finding is expected:
- To ICE: an f-string builds the URL from ``self.base`` (set in
  ``__init__`` from ``ICE_DETAINER_BASE``, resolving to ``eid.ice.gov``)
  and ``quote(member.cin)``: a Medicaid ID (permitted; ``quote`` keeps the
  name, SPEC §6).  ``params`` carries ``birth_date`` (permitted).  Headers
  are constants.
- From ICE: the response is inbound data.  ``match`` captures take it
  apart and it goes to ``STATE_ALERTS_URL`` (``api.calsaws.ca.gov``, a
  state ``ca.gov`` host on the non-enforcement list), together with SSN
  and name; the error handler of the ``try`` also reports to that host.
  Nothing prohibited reaches an enforcement endpoint.
- Population (SPEC §10): ``review_members`` loops over ``members`` (a
  plural person noun, no visible caller) and calls ``DetainerLookup.run``,
  whose parameter reaches the ICE sink; the loop is guarded by
  ``_needs_review``, a same-module function whose result depends on
  ``immigration_status`` and ``us_citizen`` and is used as a condition,
  so MCD201 is cleared.
"""
import logging
from urllib.parse import quote

import requests

ICE_DETAINER_BASE = "https://eid.ice.gov/api/v1"
STATE_ALERTS_URL = "https://api.calsaws.ca.gov/v1/case-alerts"
ACCEPT_JSON = {"Accept": "application/json"}
REVIEW_CODES = frozenset({"PENDING_VLP", "EXPIRED_DOC", "EWI"})

log = logging.getLogger("calsaws.detainers")


def _needs_review(m) -> bool:
    if m.us_citizen:
        return False
    return m.immigration_status in REVIEW_CODES


class DetainerLookup:
    def __init__(self):
        self.base = ICE_DETAINER_BASE
        self.session = requests.Session()
        self.calls = 0

    def _fetch(self, member):
        url = f"{self.base}/subjects/{quote(member.cin)}/detainers"
        params = {"birth_date": member.birth_date.isoformat()}
        try:
            resp = self.session.get(url, params=params, headers=ACCEPT_JSON, timeout=20)
            resp.raise_for_status()
        except requests.HTTPError as exc:
            requests.post(
                STATE_ALERTS_URL,
                json={"cin": member.cin, "ssn": member.ssn, "alert": "DETAINER_LOOKUP_FAILED", "detail": str(exc)},
                timeout=20,
            )
            return None
        else:
            return resp.json()
        finally:
            self.calls += 1

    def _file_alert(self, member, answer: dict) -> str:
        match answer:
            case {"status": "ACTIVE", "detainer": {"facility": facility, "issued": issued, "alienNumber": a_num}}:
                alert = {
                    "cin": member.cin,
                    "ssn": member.ssn,
                    "full_name": member.full_name,
                    "alert": "DETAINED",
                    "facility": facility,
                    "issued": issued,
                    "alien_number": a_num,
                }
            case {"status": "RELEASED", "released": released}:
                alert = {"cin": member.cin, "full_name": member.full_name, "alert": "RELEASED", "released": released}
            case {"status": "NONE"}:
                return "none"
            case _:
                log.warning("unrecognized detainer answer for %s", member.cin)
                return "unknown"
        requests.post(STATE_ALERTS_URL, json=alert, timeout=20).raise_for_status()
        return alert["alert"].lower()

    def run(self, member) -> str:
        answer = self._fetch(member)
        if answer is None:
            return "error"
        return self._file_alert(member, answer)


def review_members(members) -> dict:
    lookup = DetainerLookup()
    tally = {}
    for m in members:
        if not _needs_review(m):
            continue
        outcome = lookup.run(m)
        tally[outcome] = tally.get(outcome, 0) + 1
    log.info("detainer review: %s (%d calls)", tally, lookup.calls)
    return tally
