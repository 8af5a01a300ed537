"""Builds one CBP match request from a member, field by field from the allow-list.

Expected findings: none in this module: the builder is not named for
enforcement and sends nothing; its placements are reported at the call in
jobs.py that hands its result to the sink (SPEC section 3, cross-module).
"""
from .fields import MATCH_FIELDS


def build_match_request(member) -> dict:
    body = {name: getattr(member, name) for name in MATCH_FIELDS}
    body["date_of_birth"] = member.date_of_birth.isoformat()
    return body
