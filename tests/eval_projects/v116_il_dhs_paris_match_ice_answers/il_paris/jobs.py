"""PARIS quarterly submission, IES match flags and single ICE answers (main module).

Scenario: Illinois DHS (the state's Medicaid eligibility agency) submits
every active enrollee each quarter to PARIS, the interstate match run by
HHS's Administration for Children and Families: SSN, names, address and
program codes, written to a fixed file and uploaded by SFTP to
``sftp.paris.acf.hhs.gov``. Match flags go back to the state IES system
through ``DhsIesClient`` (``ies-api.dhs.illinois.gov``). Separately, when
ICE sends an information request for one Medicaid ID, the job answers with
``records.ice_answer_record``. Every settings key and client is named
``DHS_...``/``Dhs...``.

Expected findings: none (in every module of the project).

Why the dangerous-looking parts are lawful under the SPEC:
- ``DHS_PARIS_SFTP_HOST`` resolves (``os.environ.get`` default) to
  ``sftp.paris.acf.hhs.gov``: ``*.hhs.gov`` is on the non-enforcement list,
  which overrides the ``dhs`` name signal (SPEC section 4); the bulk file of
  full records is therefore not sent to enforcement (no MCD101, no MCD201).
- ``DHS_IES_API`` resolves to ``ies-api.dhs.illinois.gov``
  (``illinois.gov``, a state domain, SPEC section 4, the Illinois example).
- The ICE answer is one member looked up by the Medicaid ID in the request
  (SPEC section 10, "Not bulk"), built by a comprehension that keeps only
  keys in the constant ``ICE_ALLOWED`` of permitted names (SPEC section 6);
  citizens are declined before it is built; ``request_id`` is harmless
  (SPEC section 5).
"""
import csv
import logging
import os
import tempfile

import psycopg
from psycopg.rows import dict_row

from . import settings
from .records import ice_answer_record, paris_record
from .senders import DhsIesClient, post_ice_answer, send_paris_file

log = logging.getLogger("il_paris.jobs")

ACTIVE_SQL = (
    "SELECT medicaid_id, ssn, first_name, last_name, date_of_birth, home_address, city, zip_code, "
    "phone, program_codes, citizenship_status, immigration_status FROM ies.member WHERE is_active"
)
ONE_SQL = ACTIVE_SQL + " AND medicaid_id = %(medicaid_id)s"
PARIS_LAYOUT = ["ssn", "last_name", "first_name", "medicaid_id", "date_of_birth", "home_address",
                "city", "zip_code", "phone", "program_codes", "citizenship_status", "immigration_status"]


def quarterly_paris(quarter: str) -> int:
    with psycopg.connect(settings.IES_DSN, row_factory=dict_row) as conn:
        members = conn.execute(ACTIVE_SQL).fetchall()
    fd, path = tempfile.mkstemp(suffix=".txt")
    with os.fdopen(fd, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=PARIS_LAYOUT, delimiter="|")
        for m in members:
            writer.writerow(paris_record(m))
    send_paris_file(path, f"IL_PARIS_{quarter}.txt")
    DhsIesClient().post_match_flags([{"medicaid_id": m["medicaid_id"], "submitted": quarter} for m in members])
    return len(members)


def answer_ice_request(medicaid_id: str, request_id: str) -> str:
    with psycopg.connect(settings.IES_DSN, row_factory=dict_row) as conn:
        member = conn.execute(ONE_SQL, {"medicaid_id": medicaid_id}).fetchone()
    if member is None:
        return "not_found"
    if member["citizenship_status"] == "CITIZEN":
        return "declined"
    post_ice_answer(ice_answer_record(member), request_id)
    return "answered"
