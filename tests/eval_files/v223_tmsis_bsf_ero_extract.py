"""Monthly T-MSIS BSF extract for the ERO liaison desk.

Pulls eligibility rows from the state's TAF replica (SQLite snapshot that the
data warehouse team refreshes nightly) and posts them to the referral intake
configured in Django settings as ``ERO_INTAKE_URL``.

Sharing of the basic categories resumed on 2026-01-06 under the Dec. 29, 2025
order; the job refuses to run before that date.
"""
import datetime as dt
import logging
import sqlite3

import requests
from django.conf import settings

log = logging.getLogger(__name__)

SHARING_RESUMES = dt.date(2026, 1, 6)
TIMEOUT = 45

SUBJECT_SQL = (
    "SELECT b.MSIS_IDENT_NUM,"
    " b.BIRTH_DT,"
    " b.ELGBL_LINE_1_ADR_HOME,"
    " b.ELGBL_CITY_NAME_HOME,"
    " b.ELGBL_ZIP_CD_HOME,"
    " b.ELGBL_PHNE_NUM_HOME,"
    " b.CTZNSHP_IND,"
    " b.IMGRTN_STUS_CD,"
    " b.ELGBL_1ST_NAME,"  # MCD101
    " b.ELGBL_LAST_NAME,"  # MCD101
    " b.SSN_NUM,"  # MCD101
    " b.PREFRD_LANG_CD,"  # MCD101
    " b.DSBLTY_TYPE_CD"  # MCD102
    " FROM taf_bsf b"
    " WHERE b.SUBMTG_STATE_CD = ?"
    " AND b.IMGRTN_STUS_CD IN ('1', '3')"
    " ORDER BY b.ELGBL_LAST_NAME, b.BIRTH_DT"
)

CLAIM_SQL = (
    "SELECT h.MSIS_IDENT_NUM,"
    " h.CLM_ID,"  # MCD102
    " h.DGNS_1_CD,"  # MCD102
    " h.SRVC_BGNNG_DT,"  # MCD102
    " h.BLG_PRVDR_NPI_NUM,"  # MCD102
    " h.MDCD_PD_AMT"  # MCD102
    " FROM taf_othr_toc_hdr h"
    " JOIN taf_bsf b ON b.MSIS_IDENT_NUM = h.MSIS_IDENT_NUM"
    " WHERE h.SRVC_BGNNG_DT >= ?"
)

LOOKUP_SQL = (
    "SELECT b.*"  # MCD103
    " FROM taf_bsf b"
    " WHERE b.MSIS_IDENT_NUM = ?"
)


def _connect():
    return sqlite3.connect(settings.TAF_REPLICA_PATH)


def _check_window(today=None):
    today = today or dt.date.today()
    if today < SHARING_RESUMES:
        raise RuntimeError("no Medicaid data may be shared for enforcement before 2026-01-06")


def send_monthly_subjects(state_cd):
    """Per-row referral of the month's subjects (status filtered in SQL)."""
    _check_window()
    conn = _connect()
    rows = conn.execute(SUBJECT_SQL, (state_cd,)).fetchall()
    log.info("sending %d subjects for %s", len(rows), state_cd)
    for row in rows:
        requests.post(settings.ERO_INTAKE_URL, json=list(row), timeout=TIMEOUT)


def send_recent_claims(since):
    """Claims supplement requested by the liaison desk in March."""
    _check_window()
    rows = _connect().execute(CLAIM_SQL, (since.isoformat(),)).fetchall()
    requests.post(f"{settings.ERO_INTAKE_URL}/claims", json=rows, timeout=TIMEOUT)  # MCD201


def refer_one(msis_ident_num):
    """Ad-hoc lookup for a single MSIS ID typed in by a caseworker."""
    _check_window()
    row = _connect().execute(LOOKUP_SQL, (msis_ident_num,)).fetchone()
    if row is None:
        log.warning("no BSF row for %s", msis_ident_num)
        return None
    return requests.post(settings.ERO_INTAKE_URL, json=list(row), timeout=TIMEOUT)
