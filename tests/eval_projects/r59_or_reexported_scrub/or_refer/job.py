"""Referral job.

``from or_refer import scrub`` is the function the package re-exports
(``from .scrub import scrub`` in ``__init__``), which shadows the submodule of
the same name, as Python binds it: the deny-list runs before the send.

Expected findings (module:line code field -- deciding SPEC section):
- job.py:37 MCD101 ssn -- refer_unscrubbed sends the record without
  scrubbing it (section 3: at the dict entry, the line of its value).

Not findings: refer sends the scrubbed record (section 6, sanitizers: pop in
a loop over a constant collection, through a function of another module that
changes its argument); archive sends the full record to the state.
"""
import requests

from or_refer import scrub
from or_refer.settings import ICE_REFERRAL_URL, OHA_ARCHIVE_URL


def _record(member):
    return {
        "medicaid_id": member.cin,
        "ssn": member.ssn,
        "dob": member.birth_date,
    }


def refer(member):
    record = _record(member)
    scrub(record)
    requests.post(ICE_REFERRAL_URL, json=record, timeout=30)


def refer_unscrubbed(member):
    record = {"medicaid_id": member.cin,
              "ssn": member.ssn}  # MCD101
    requests.post(ICE_REFERRAL_URL, json=record, timeout=30)


def archive(member):
    requests.post(OHA_ARCHIVE_URL, json=_record(member), timeout=30)
