"""Intake endpoint for ICE data requests received through the HHS portal.

Requests arrive with a request_id and a Medicaid ID.  The answer is limited
to the basic categories, and only for members whose recorded status is "not
lawfully present"; everything else gets a constant refusal.
"""
from __future__ import annotations

import logging

from flask import Blueprint, jsonify, request

from .repository import MemberRepository

log = logging.getLogger("ice_requests")

bp = Blueprint("ice_requests", __name__, url_prefix="/internal/ice-requests")
repo = MemberRepository()

BASIC_FIELDS = frozenset(
    {
        "medicaid_id",
        "date_of_birth",
        "citizenship_status",
        "immigration_status",
        "home_address",
        "phone_number",
    }
)
NOT_LAWFULLY_PRESENT = frozenset({"7", "8"})


@bp.post("")
def handle_ice_request():
    req = request.get_json(force=True)
    request_id = req.get("request_id")
    if not request_id or not req.get("medicaid_id"):
        return jsonify({"status": "INVALID_REQUEST"}), 400

    member_row = repo.find_by_medicaid_id(req["medicaid_id"])
    if member_row is None:
        log.info("ICE request %s: no match", request_id)
        return jsonify({"request_id": request_id, "status": "NO_MATCH"}), 404

    if member_row["immigration_status"] not in NOT_LAWFULLY_PRESENT:
        log.info("ICE request %s refused: member not in scope of the order", request_id)
        return jsonify({"request_id": request_id, "status": "OUT_OF_SCOPE"}), 403

    body = {k: v for k, v in member_row.items() if k in BASIC_FIELDS}
    body["request_id"] = request_id
    body["status"] = "MATCHED"
    log.info("ICE request %s answered for %s", request_id, member_row["medicaid_id"])
    return jsonify(body), 200


@bp.get("/health")
def health():
    return jsonify({"ok": True, "fields": sorted(BASIC_FIELDS)})
