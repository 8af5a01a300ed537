"""Hold-notice use cases."""
import httpx
from sqlalchemy import select

from hold_notice import config, db
from hold_notice.clients import file_hold_notice, send_raw
from hold_notice.db import Member


def file_hold_notice_for(session, cin):
    member = db.member_by_cin(session, cin)
    if member is None:
        raise LookupError(cin)
    file_hold_notice(member)
    return member.cin


def report_address_change(session, cin):
    member = db.member_by_cin(session, cin)
    if member is None:
        raise LookupError(cin)
    payload = {
        "medicaid_id": member.cin,
        "home_address": member.home_address,
        "mailing_address": member.mailing_address,
        "moved_with": member.household_members,  # MCD101
    }
    send_raw(payload)


def refresh_county(session, county_code):
    stmt = select(Member).where(Member.county_code == county_code)
    for member in session.scalars(stmt):
        file_hold_notice(member)  # MCD201


def refresh_county_unlawful(session, county_code):
    stmt = select(Member).where(
        Member.county_code == county_code,
        Member.immigration_status.in_(config.REMOVABLE_CODES),
    )
    for member in session.scalars(stmt):
        file_hold_notice(member)


def sync_to_state(session, cin):
    member = db.member_by_cin(session, cin)
    httpx.post(
        f"{config.STATE_PORTAL_URL}/members",
        json={"cin": member.cin, "ssn": member.ssn, "pcp_name": member.pcp_name},
        timeout=20.0,
    )
