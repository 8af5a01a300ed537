"""Inbound: hold notices published by the federal partner, matched locally."""
from datetime import date

from pydantic import BaseModel

from .clients import get_json
from .settings import ICE_HOLDS_URL, PAGE_LIMIT

MATCH_SQL = "UPDATE mmis.member SET federal_hold_ref = %s WHERE alien_number = %s"


class HoldNotice(BaseModel):
    hold_id: str
    a_number: str
    subject_name: str
    issued_on: date
    facility: str


def pull_hold_notices():
    notices = []
    page = 1
    while True:
        data = get_json(ICE_HOLDS_URL, params={"page": page, "limit": PAGE_LIMIT})
        notices.extend(HoldNotice.model_validate(item) for item in data["items"])
        if not data.get("next_page"):
            return notices
        page += 1


def record_holds(conn, notices):
    with conn.cursor() as cur:
        cur.executemany(MATCH_SQL, [(n.hold_id, n.a_number) for n in notices])
    conn.commit()
