"""Entry point for the Texas HHSC EID vendor jobs.

Expected findings (module:line code field -- deciding SPEC section):
- casework.py:11 MCD103 (whole record) -- db.fetch_member (db.py)
  runs SELECT * and returns the row; casework binds it to `row` and posts
  it to f"{ICE_CASE_API}/subjects" (eid.ice.gov).  The whole record comes
  from another module, so the finding is at the sink call in the linted
  module (section 3 "When the placement is in another module ... MCD103
  likewise"; section 3 MCD103 table: SELECT *).  One member looked up by
  id: no MCD201 (section 10 "Not bulk").  The same row sent to
  tiers.hhs.texas.gov (state host) is not a finding.
- export.py:15 MCD101 primary_language -- column of the SQL select
  list, at its own line (section 3 "Column lists are placements"); the
  rows are written to a file that is uploaded to sftp.ero.ice.gov.
- export.py:16 MCD102 sud_flag -- same select list (substance use is
  health data).
- export.py:39 MCD201 -- rows from cur.fetchall() (bulk source) are
  written to tx_member_extract.csv, which is uploaded with sftp.put to
  the ERO host; the only condition is WHERE enrolled_on >= CURRENT_DATE - 7, not on
  immigration status or citizenship: reported at the upload (section 10
  "A file written from a bulk source and uploaded later is reported at
  the upload").

Not findings: the csv header row is literals written by csv.writer
(section 3); db.py has no sink and no enforcement name.
"""
import argparse

from tx_eid_export import connect

from .casework import answer_case_request
from .export import export_weekly
from .settings import TIERS_DSN


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="tx-eid")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("weekly-export")
    req_parser = sub.add_parser("answer-request")
    req_parser.add_argument("medicaid_id")
    args = parser.parse_args(argv)

    conn = connect(TIERS_DSN)
    try:
        if args.command == "weekly-export":
            export_weekly(conn)
        else:
            answer_case_request(conn, args.medicaid_id)
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
