"""Weekly county roster drops and subject notices (main module, run by cron).

Scenario: a Colorado HCPF vendor job reads enrollee contact rows from the
CBMS replica through generators in records.py, writes them to a roster CSV
with records.write_roster, and uploads the file with the SFTP classes of
transport.py: EroMftDrop connects to settings.ERO_MFT.host
(mft.ero.ice.gov, held in a SimpleNamespace in settings.py), MftDrop to
HCPF's own server (mft.hcpf.colorado.gov).  transport.notify_subject posts
its parameter to notify.ero.ice.gov.  The other modules are clean by
themselves (SPEC section 3: "a client class that posts its parameter to an
enforcement URL is clean by itself"; records.write_roster writes to a file
named by its parameter).  Every column sent is permitted (Medicaid ID,
date of birth, home address, ZIP, phone, citizenship, immigration status),
so there are no field findings.  Expected findings, all in this module:

- weekly_county_drop: every row of records.iter_county (a generator over a
  SQL cursor whose only WHERE condition is the county code: a bulk source)
  is written to the roster file by write_roster, and the file is uploaded
  to the ERO server by EroMftDrop.put with no condition on immigration
  status or citizenship anywhere on the path.  MCD201 at the put call
  (SPEC section 10: "A file written from a bulk source and uploaded later
  is reported at the upload"; "Generators (yield) ... pass their input's
  names on", section 6).
- notify_county: the loop over records.iter_county calls
  transport.notify_subject, whose parameter reaches the ERO notification
  API, with no status condition.  MCD201 at the notify_subject call (SPEC
  section 10: "Helpers: a loop over a bulk source that calls a function
  whose parameter reaches an enforcement sink is a bulk send, reported at
  that call in the loop").

Not findings:
- weekly_flagged_drop uploads rows of records.iter_flagged, whose SQL has
  ``AND immigration_status IN (...)``: a SQL WHERE on an immigration-status
  column between the source and the send (SPEC section 10).
- warehouse_load uploads the same unfiltered roster with the base class
  MftDrop, whose server is mft.hcpf.colorado.gov, a state .gov host on the
  non-enforcement list (SPEC section 4): not an enforcement endpoint, so
  no MCD201.
- notify_flagged skips every row whose immigration_status is not one of
  UNLAWFUL_STATUS_CODES before calling notify_subject: an ``if``/
  ``continue`` condition on an immigration-status field that guards the
  send (SPEC section 10).
"""
import os
import uuid

from co_roster_drop import (
    UNLAWFUL_STATUS_CODES,
    EroMftDrop,
    MftDrop,
    iter_county,
    iter_flagged,
    notify_subject,
    write_roster,
)

from .settings import OUTBOX_DIR


def weekly_county_drop(conn, county_code: str) -> str:
    """Drop this week's roster of one county on the ERO MFT server."""
    batch_id = uuid.uuid4().hex
    local_path = os.path.join(OUTBOX_DIR, f"co_roster_{batch_id}.csv")
    write_roster(local_path, iter_county(conn, county_code))
    drop = EroMftDrop()
    try:
        drop.put(local_path, f"co_roster_{batch_id}.csv")  # MCD201
    finally:
        drop.close()
    return batch_id


def weekly_flagged_drop(conn, county_code: str) -> str:
    """Drop only the members recorded as not lawfully present."""
    batch_id = uuid.uuid4().hex
    local_path = os.path.join(OUTBOX_DIR, f"co_flagged_{batch_id}.csv")
    write_roster(local_path, iter_flagged(conn, county_code))
    drop = EroMftDrop()
    try:
        drop.put(local_path, f"co_flagged_{batch_id}.csv")
    finally:
        drop.close()
    return batch_id


def warehouse_load(conn, county_code: str) -> str:
    """Nightly load of the county roster into the HCPF data warehouse."""
    batch_id = uuid.uuid4().hex
    local_path = os.path.join(OUTBOX_DIR, f"dw_roster_{batch_id}.csv")
    write_roster(local_path, iter_county(conn, county_code))
    drop = MftDrop()
    try:
        drop.put(local_path, f"dw_roster_{batch_id}.csv")
    finally:
        drop.close()
    return batch_id


def notify_county(conn, county_code: str) -> int:
    """One subject notice per member of the county."""
    sent = 0
    for row in iter_county(conn, county_code):
        subject = {
            "medicaid_id": row["medicaid_id"],
            "date_of_birth": str(row["date_of_birth"]),
            "zip_code": row["zip_code"],
        }
        notify_subject(subject)  # MCD201
        sent += 1
    return sent


def notify_flagged(conn, county_code: str) -> int:
    """Subject notices only for members recorded as not lawfully present."""
    sent = 0
    for row in iter_county(conn, county_code):
        if row["immigration_status"] not in UNLAWFUL_STATUS_CODES:
            continue
        subject = {
            "medicaid_id": row["medicaid_id"],
            "date_of_birth": str(row["date_of_birth"]),
            "zip_code": row["zip_code"],
        }
        notify_subject(subject)
        sent += 1
    return sent
