"""Nightly ERO referral file: DictWriter export uploaded by SFTP (violating).

Scenario: a state's T-MSIS extract is filtered to enrollees whose
immigration status code is on the agreed list and written to a CSV with
``csv.DictWriter``, which picks the columns through ``fieldnames``.  The
file goes to ICE's managed file transfer server with pysftp.  The column
list, copied from an older "program analytics" export, still names the
tribal ID, the primary-language group and the managed-care plan.

Destination: the local file name ``ero_referrals_<date>.csv`` holds the
``ero`` token, and it is uploaded with ``sftp.put`` to
``ERO_SFTP_HOST``, which folds through ``os.environ.get`` to
``mft.ice.gov`` (``*.ice.gov``) and is given to ``pysftp.Connection``
(SPEC §4).  The put is reached through a ``functools.partial``.

Expected findings (SPEC §3: ``csv.DictWriter`` ``fieldnames`` are a
column list; each name is a placement at its own line):
- ``"TRIBAL_ID"`` -> MCD101 (race/ethnicity per the reference vocabulary).
- ``"PRMRY_LANG_GRP_CD"`` -> MCD101 (language).
- ``"MC_PLAN_ID"`` -> MCD101 (managed-care plan).
Not findings: the other columns (MSIS id, birth date, address line, city,
ZIP, phone, immigration status) are permitted; the rows come from a CSV
reader (a bulk source), but the ``continue`` on ``IMGRTN_STUS_CD`` decides
which rows are written, so no MCD201 (SPEC §10).  ``writeheader`` writes
the same column names, not new placements.
"""
import csv
import datetime as dt
import functools
import logging
import os
import tempfile

import pysftp

ERO_SFTP_HOST = os.environ.get("ERO_SFTP_HOST", "mft.ice.gov")
ERO_SFTP_USER = "st-medicaid-ero"
REMOTE_DIR = "/inbound/state-medicaid"
REMOVABLE = frozenset({"EWI", "OVS", "FOR"})

log = logging.getLogger("tmsis.ero_export")


def write_referral_file(extract_path: str, workdir: str) -> tuple[str, int]:
    local_path = os.path.join(workdir, f"ero_referrals_{dt.date.today():%Y%m%d}.csv")
    written = 0
    with open(extract_path, newline="", encoding="utf-8") as src, open(local_path, "w", newline="") as out:
        writer = csv.DictWriter(
            out,
            fieldnames=[
                "MSIS_IDENT_NUM",
                "BIRTH_DT",
                "ELGBL_LINE_1_ADR",
                "ELGBL_CITY_NAME",
                "ELGBL_ZIP_CD",
                "ELGBL_PHNE_NUM",
                "IMGRTN_STUS_CD",
                "TRIBAL_ID",  # MCD101
                "PRMRY_LANG_GRP_CD",  # MCD101
                "MC_PLAN_ID",  # MCD101
            ],
            extrasaction="ignore",
        )
        writer.writeheader()
        for row in csv.DictReader(src, delimiter="|"):
            if row["IMGRTN_STUS_CD"] not in REMOVABLE:
                continue
            writer.writerow(row)
            written += 1
    return local_path, written


def upload(local_path: str, key_path: str) -> str:
    cnopts = pysftp.CnOpts(knownhosts="/etc/mft/known_hosts")
    remote = f"{REMOTE_DIR}/{os.path.basename(local_path)}"
    with pysftp.Connection(ERO_SFTP_HOST, username=ERO_SFTP_USER, private_key=key_path, cnopts=cnopts) as sftp:
        put = functools.partial(sftp.put, preserve_mtime=True)
        put(local_path, remotepath=remote)
    return remote


def nightly(extract_path: str, key_path: str) -> int:
    workdir = tempfile.mkdtemp(prefix="ero_")
    local_path, written = write_referral_file(extract_path, workdir)
    if written == 0:
        log.info("no referrals tonight")
        return 0
    upload(local_path, key_path)
    return written
