"""Daily archive and EID drop (main module, run by the ODM batch scheduler).

Expected findings: none.  This project is clean.

Why each dangerous-looking part is lawful (SPEC sections):
- eid_daily_drop reads the daily extract through staging.iter_extract, a
  generator over a SQL cursor (a bulk source) whose select list names
  first and last name, SSN, monthly income and a diagnosis.  The records
  are staged to a file by staging.write_ndjson and the file is uploaded
  by uploads.EidDropUpload to settings.BUCKETS.eid_drop,
  "ice-eid-dropbox-oh" (token ``ice``: an enforcement bucket, section 4).
  Every staged record is policy.minimum_necessary(row), the comprehension
  ``{k: row[k] for k in REFERRAL_FIELDS}`` with REFERRAL_FIELDS a constant
  tuple of permitted names, imported from policy.py (section 6,
  sanitizers; the project's modules are visible through their imports),
  so no prohibited column reaches the file.
- Population scope: the generator expression keeps only rows for which
  policy.is_unlawfully_present(row) is true; that project function tests
  immigration_status (and its name begins with "unlawful"), so the
  selection of every record written to the uploaded file is guarded by a
  condition on immigration status (section 10, "a comprehension condition
  on one"; "A same-module or project function that tests such a field ...
  counts as a condition where it is used as one").
- archive_daily stages the whole extract and uploads it with the base
  class S3Upload to "oh-odm-ohben-archive", ODM's own bucket: no
  enforcement token ("odm", "ohben", "archive"), no host (section 4).
  Bulk, but not to an enforcement endpoint, so no MCD201.
- redrop_one stages one record chosen by the caller (section 10, "Not
  bulk"), through the same minimum_necessary sanitizer, for the EID
  bucket.
- Object keys interpolate only the batch id (a harmless name, section 5;
  S3 Key is transfer metadata, section 4).
"""
import os
import uuid
from typing import Optional

from oh_eid_drop import (
    EidDropUpload,
    S3Upload,
    is_unlawfully_present,
    iter_extract,
    minimum_necessary,
    write_ndjson,
)

from .settings import STAGING_DIR


def eid_daily_drop(conn, extract_date) -> Optional[str]:
    """Stage and upload the scoped records of members not lawfully present."""
    batch_id = uuid.uuid4().hex
    local_path = os.path.join(STAGING_DIR, f"eid_{batch_id}.ndjson")
    scoped = (
        minimum_necessary(row)
        for row in iter_extract(conn, extract_date)
        if is_unlawfully_present(row)
    )
    if not write_ndjson(local_path, scoped):
        return None
    EidDropUpload().upload(local_path, f"inbound/{batch_id}.ndjson")
    return batch_id


def archive_daily(conn, extract_date) -> str:
    """Stage and archive the whole daily extract in ODM's bucket."""
    batch_id = uuid.uuid4().hex
    local_path = os.path.join(STAGING_DIR, f"archive_{batch_id}.ndjson")
    write_ndjson(local_path, iter_extract(conn, extract_date))
    S3Upload().upload(local_path, f"daily/{batch_id}.ndjson")
    return batch_id


def redrop_one(row) -> str:
    """Re-send one record that the EID loader rejected (caseworker request)."""
    batch_id = uuid.uuid4().hex
    local_path = os.path.join(STAGING_DIR, f"redrop_{batch_id}.ndjson")
    write_ndjson(local_path, [minimum_necessary(row)])
    EidDropUpload().upload(local_path, f"inbound/redrop_{batch_id}.ndjson")
    return batch_id
