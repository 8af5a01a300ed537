"""Nightly archive and EID hand-off (main module).

Expected findings: none.  This project is clean.

Why each dangerous-looking part is lawful (SPEC sections):
- nightly() reads rows whose select list names SSN, first and last name
  and a diagnosis, and hands records off to the bucket
  "ice-eid-handoff-mi" (token ``ice``: an enforcement bucket, section 4)
  through HandoffWriter, whose bucket comes from settings.py.  Each
  handed-off record is policy.scrub(row): the comprehension
  ``{k: v for k, v in record.items() if k in PERMITTED_KEYS}`` with
  PERMITTED_KEYS a constant collection of permitted names, imported from
  policy.py (section 6, sanitizers; the project's modules are visible
  through their imports).  So SSN, names and the diagnosis never reach the
  bucket, and the unbounded row never does either.
- Population scope: the loop over the cursor (bulk source) skips every row
  for which policy.is_removable(row) is false; that project function tests
  immigration_status (and its name begins with "removab"), so the append to
  the hand-off batch is guarded by a condition on immigration status
  (section 10).
- The full rows go only to "mi-mdhhs-mmis-archive", the agency's own
  bucket (no enforcement token: "mdhhs" is not "dhs"; no host).
- notify_handoff puts a batch id, a record count (``len`` keeps no field
  name) and a constant schema version on the ERO queue: harmless names and
  constants (section 5); MessageDeduplicationId and MessageGroupId are
  transfer metadata (section 4).
- handoff_one sends one enrollee chosen by the caller (section 10, "Not
  bulk"), as scrub(asdict(rec)): the dataclass's declared fields flow into
  the sanitizer, which keeps only permitted keys; the object key
  interpolates only the Medicaid ID.
"""
import json
import uuid
from dataclasses import asdict

from psycopg.rows import dict_row

from mi_handoff import ArchiveWriter, HandoffWriter, is_removable, notify_handoff, scrub

from .models import EnrolleeRecord

NIGHTLY_SQL = (
    "SELECT medicaid_id, date_of_birth, home_address, zip_code, phone_number, "
    "citizenship_status, immigration_status, ssn, first_name, last_name, primary_diagnosis "
    "FROM champs_bridge.enrollee_daily "
    "WHERE extract_date = %s"
)


def nightly(conn, extract_date) -> str:
    """Archive every enrollee row; hand off scrubbed records of removable enrollees."""
    batch_id = uuid.uuid4().hex
    archive_lines = []
    handoff_lines = []
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(NIGHTLY_SQL, (extract_date,))
        for row in cur:
            archive_lines.append(json.dumps(row, default=str))
            if not is_removable(row):
                continue
            handoff_lines.append(json.dumps(scrub(row), default=str))
    ArchiveWriter().put_bytes(f"nightly/{extract_date}/{batch_id}.ndjson", "\n".join(archive_lines).encode("utf-8"))
    if handoff_lines:
        HandoffWriter().put_bytes(f"inbound/{batch_id}.ndjson", "\n".join(handoff_lines).encode("utf-8"))
        notify_handoff(batch_id, len(handoff_lines))
    return batch_id


def handoff_one(rec: EnrolleeRecord) -> None:
    """Answer one EID request about one enrollee, approved by a caseworker."""
    HandoffWriter().put_json(f"requests/{rec.medicaid_id}.json", scrub(asdict(rec)))
