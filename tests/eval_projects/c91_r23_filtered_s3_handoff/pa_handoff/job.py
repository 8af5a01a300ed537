"""Nightly handoff of the MMIS eligibility extract.

Scenario: a Pennsylvania MMIS job reads the full eligibility extract and
(1) drops a CSV into the S3 bucket ice-eid-handoff-prod, (2) announces it
on the SQS queue ero-referrals, (3) e-mails eid-intake@ice.gov, and
(4) archives the full extract to the agency's own bucket pa-dhs-backups.
Three of the four destinations are enforcement, and the extract is bulk,
but the project is CLEAN (no finding in any module):

- The ICE drop is built by extract.load_subjects, which reads the CSV with
  ``usecols=EXPORT_COLUMNS`` (a constant column list in columns.py, all
  permitted T-MSIS names: SPEC section 3, column lists are placements) and
  keeps only rows whose imgrtn_stus_cd is in REMOVABLE_STATUS_CODES: a
  condition on an immigration_status field on the path from the bulk
  source to the upload (SPEC section 10). The frame is written to a file
  and uploaded by HandoffStore.upload (bucket from settings, inherited
  template method in storage.py): a file written for later upload.
- The SQS message and the e-mail carry only a batch id, a record count
  (``len()`` keeps no field names) and a schema-version literal: harmless
  names and constants (SPEC section 5); the object key interpolates only
  the batch id (transfer metadata, SPEC section 4).
- The full extract (no column list, bulk, unfiltered) goes only to
  pa-dhs-backups: a ``dhs`` token next to the state postal code ``pa``
  names a state agency, not enforcement (SPEC section 4), so neither
  MCD103 nor MCD201 applies.
"""
import uuid

from pa_handoff import HandoffStore
from .extract import load_full_extract, load_subjects
from .mailer import send_summary
from .storage import ArchiveStore, QueueNotifier


def run(extract_path):
    batch_id = uuid.uuid4().hex
    subjects, record_count = load_subjects(extract_path)
    local_path = f"/var/spool/handoff/ice_subjects_{batch_id}.csv"
    subjects.to_csv(local_path, index=False)
    HandoffStore().upload(local_path, f"inbound/{batch_id}.csv")
    QueueNotifier().notify(
        {"batch_id": batch_id, "record_count": record_count, "schema_version": "3.1"}
    )
    send_summary(batch_id, record_count)
    archive_full_extract(extract_path, batch_id)
    return batch_id


def archive_full_extract(extract_path, batch_id):
    full = load_full_extract(extract_path)
    archive_path = f"/var/spool/archive/pa_dhs_mmis_full_{batch_id}.csv"
    full.to_csv(archive_path, index=False)
    ArchiveStore().upload(archive_path, f"mmis/full/{batch_id}.csv")
