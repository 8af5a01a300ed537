"""Status jobs (main module, run by the asyncio scheduler).

Expected findings: none.  This project is clean.

Why each dangerous-looking part is lawful (SPEC sections):
- push_removable sends many members (SQL rows: bulk source) to the EID
  intake (eid.ice.gov, section 4).  The rows come from
  repository.iter_removable, a generator whose query has
  ``WHERE immigration_status = ANY(...)``: a SQL WHERE on an
  immigration-status column between the source and the send (section 10).
  Each row goes through StatusSubject(**row), a model declared in the
  project whose fields include names and the A-number, but it is dumped
  with include=EID_FIELDS, a constant set of permitted names imported from
  schemas.py (section 6, pydantic model_dump honours include).
- verify_with_save sends names, the A-number and the date of birth to
  SAVE_VERIFY_URL: save.uscis.dhs.gov matches both *.dhs.gov and
  *.uscis.dhs.gov, and the more specific non-enforcement pattern wins
  (section 4).  One member identified by the caller.
- sync_nctracks sends the whole member row (SSN and diagnosis included)
  to NCTracks; the uat flag picks between two state .gov hosts
  (nctracks.nc.gov), both on the non-enforcement list (section 4).
- print_renewal_notices sends many members' names and addresses to the
  print vendor: a host on neither list, and no name involved carries an
  enforcement token ("notice" and "print" are not tokens; section 4
  says ``notice`` does not match ``ice``).  Bulk, but not to an
  enforcement endpoint, so no MCD201.
"""
import uuid

from nc_status_push import (
    EID_FIELDS,
    SAVE_FIELDS,
    StatusSubject,
    fetch_member,
    fetch_notice_batch,
    iter_removable,
)

from .clients import EidAsyncClient, post_json
from .settings import NCTRACKS_UAT_URL, NCTRACKS_URL, NOTICE_PRINT_URL, SAVE_VERIFY_URL


async def push_removable(conn, since) -> int:
    """Push status subjects recorded as not lawfully present."""
    eid = EidAsyncClient()
    sent = 0
    try:
        for row in iter_removable(conn, since):
            subject = StatusSubject(**row)
            await eid.submit_subject(subject.model_dump(mode="json", include=EID_FIELDS))
            sent += 1
    finally:
        await eid.aclose()
    return sent


async def verify_with_save(conn, cin: str) -> dict:
    """SAVE initial verification for one applicant."""
    subject = StatusSubject(**fetch_member(conn, cin))
    return await post_json(SAVE_VERIFY_URL, subject.model_dump(mode="json", include=SAVE_FIELDS))


async def sync_nctracks(conn, cin: str, *, uat: bool = False) -> dict:
    """Mirror one member into NCTracks (or its UAT copy)."""
    row = fetch_member(conn, cin)
    base = NCTRACKS_UAT_URL if uat else NCTRACKS_URL
    return await post_json(f"{base}/members/{row['cin']}", dict(row))


async def print_renewal_notices(conn, due_on) -> str:
    """Renewal notices for everyone due on ``due_on``."""
    batch_id = uuid.uuid4().hex
    letters = [
        {
            "cin": r["cin"],
            "first_name": r["first_name"],
            "last_name": r["last_name"],
            "home_address": r["home_address"],
            "zip_code": r["zip_code"],
            "renewal_due_on": r["renewal_due_on"].isoformat(),
        }
        for r in fetch_notice_batch(conn, due_on)
    ]
    await post_json(NOTICE_PRINT_URL, {"batch_id": batch_id, "letters": letters})
    return batch_id
