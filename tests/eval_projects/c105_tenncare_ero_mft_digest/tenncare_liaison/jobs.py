"""Weekly liaison jobs (main module, run by cron on the vendor job host).

Scenario: TennCare's weekly roster extract (extracts.load_roster, a
DataFrame read with no column list) feeds an SFTP drop to mft.ero.ice.gov
(transfer.MftDrop) and a plain-text digest mailed to the state operations
mailbox with the ERO liaison (nashville-liaison@ice.dhs.gov) in Cc
(transfer.send_digest).  The other modules are clean by themselves (SPEC
section 3).  Expected findings, all in this module:

- upload_weekly_roster: the column selection names prmry_lang_cd (primary
  language, MCD101) at its own line; the selected frame is written to a
  file that MftDrop.put uploads to the ERO server, so the placement is
  reported where it is in this module (SPEC section 3, "Column lists are
  placements, each name at its own line: ... DataFrame column
  selections"; section 6, "A field placed in a caller and sent by a helper
  is reported at the caller's placement").  The other selected columns are
  permitted.
- upload_weekly_roster: the DataFrame (bulk source) is written to a file
  and uploaded with no condition on immigration status or citizenship;
  sorting by imgrtn_stus_cd is not a condition.  MCD201 at the put call
  (SPEC section 10, "A file written from a bulk source and uploaded later
  is reported at the upload"; "Sorting by a status column, or sending it,
  is not a condition").
- mail_weekly_digest: lines built in a loop over the roster rows (through
  the generator extracts.iter_records, which passes its input on) are
  mailed with the ERO liaison in Cc (SPEC section 4, "E-mail goes to
  enforcement when any recipient (To, Cc, Bcc ...) is at an enforcement
  domain").  The test on imgrtn_stus_cd only picks the value of the review
  column; it does not decide whether a row is sent.  MCD201 at the
  send_digest call (SPEC section 10, "a test that only logs or picks a
  value inside the payload does not").  The interpolated fields are
  permitted (Medicaid ID, date of birth, ZIP).

Not findings:
- upload_removable narrows the roster with policy.removable_only (a
  filter on imgrtn_stus_cd in another module of the project) and selects
  policy.REFERRAL_COLUMNS (a constant list of permitted T-MSIS columns)
  before writing and uploading: a condition on immigration status and an
  explicit selection of permitted columns (SPEC sections 6 and 10).
- mail_ops_exceptions mails the whole roster rows with missing ZIP codes,
  names and SSNs included, only to mmis-eligibility-ops@tn.gov (a state
  .gov domain, no Cc): not an enforcement endpoint (SPEC section 4).
"""
import os

from tenncare_liaison import MftDrop, iter_records, load_roster, send_digest

from .policy import REFERRAL_COLUMNS, REMOVABLE_STATUS_CODES, removable_only
from .settings import ERO_LIAISON_ADDR, OUTBOX_DIR


def upload_weekly_roster(path: str) -> str:
    """Drop this week's roster on the ERO MFT server."""
    frame = load_roster(path)
    weekly = frame[
        [
            "msis_ident_num",
            "birth_dt",
            "imgrtn_stus_cd",
            "elgbl_line_1_adr",
            "elgbl_zip_cd",
            "prmry_lang_cd",  # MCD101
        ]
    ].sort_values("imgrtn_stus_cd")
    local_path = os.path.join(OUTBOX_DIR, "weekly_roster.csv")
    weekly.to_csv(local_path, index=False)
    drop = MftDrop()
    try:
        drop.put(local_path, "weekly_roster.csv")  # MCD201
    finally:
        drop.close()
    return local_path


def upload_removable(path: str) -> str:
    """Drop only removable members, permitted columns only."""
    frame = removable_only(load_roster(path))
    scoped = frame[REFERRAL_COLUMNS]
    local_path = os.path.join(OUTBOX_DIR, "removable_roster.csv")
    scoped.to_csv(local_path, index=False)
    drop = MftDrop()
    try:
        drop.put(local_path, "removable_roster.csv")
    finally:
        drop.close()
    return local_path


def mail_weekly_digest(path: str) -> int:
    """One line per roster row; rows with a removable status are marked for review."""
    frame = load_roster(path)
    lines = ["msis_ident_num,birth_dt,elgbl_zip_cd,review"]
    for rec in iter_records(frame):
        review = "Y" if rec["imgrtn_stus_cd"] in REMOVABLE_STATUS_CODES else "N"
        lines.append(f"{rec['msis_ident_num']},{rec['birth_dt']},{rec['elgbl_zip_cd']},{review}")
    send_digest("\n".join(lines), cc=ERO_LIAISON_ADDR)  # MCD201
    return len(lines) - 1


def mail_ops_exceptions(path: str) -> int:
    """Rows without a ZIP code, for the eligibility operations team."""
    frame = load_roster(path)
    missing = frame[frame["elgbl_zip_cd"] == ""]
    send_digest(
        f"{len(missing)} roster rows have no ZIP code; see the attachment.",
        attachment=missing.to_csv(index=False).encode("utf-8"),
    )
    return len(missing)
