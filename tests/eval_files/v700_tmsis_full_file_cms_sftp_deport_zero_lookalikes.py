"""Monthly T-MSIS eligibility file to CMS: SSN, names, race, pregnancy and the deportation-withheld date, every enrollee, over SFTP.

Scenario: a state's T-MSIS submission job writes the full pipe-delimited
eligibility file from the MMIS warehouse and uploads it to the CMS T-MSIS
SFTP host. Among the columns is the non-citizen "deport withheld" date; a
``zero_pad`` helper and ``ZERO_FILL`` constant format the identifiers.

Expected findings: none.

Why the dangerous-looking parts are lawful under the SPEC:
- The upload goes to ``tmsis-sftp.cms.gov``, which matches ``*.cms.gov`` on
  the non-enforcement list (SPEC section 4): full data to CMS is lawful
  (SPEC section 8, "No false alarms on ordinary code").
- No name is an enforcement signal: ``deport`` in
  ``non_citizen_deport_withheld_date`` is not the whole word
  ``deportation``, and ``zero``/``ZERO_FILL`` split to ``zero``, not ``ero``
  (SPEC section 4, whole words after snake/camel splitting).
- ``fetchall()`` is a bulk source, but MCD201 applies only to enforcement
  sends (SPEC section 10).
"""
from __future__ import annotations

import csv
import logging
import os
from datetime import date
from pathlib import Path

import psycopg
import pysftp

log = logging.getLogger("tmsis.elg_submission")

TMSIS_SFTP_HOST = "tmsis-sftp.cms.gov"
SUBMITTING_STATE = "06"
ZERO_FILL = 20
OUT_DIR = Path("/data/tmsis/outbound")

ELG_COLUMNS = [
    "SUBMTG_STATE_CD",
    "MSIS_IDENT_NUM",
    "SSN_NUM",
    "ELGBL_1ST_NAME",
    "ELGBL_LAST_NAME",
    "BIRTH_DT",
    "SEX_CD",
    "RACE_CD",
    "CTZNSHP_IND",
    "IMGRTN_STUS_CD",
    "NON_CITIZEN_DEPORT_WITHHELD_DATE",
    "PRGNT_IND",
    "ELGBLTY_GRP_CD",
]

ELG_SQL = "SELECT " + ", ".join(ELG_COLUMNS[1:]) + " FROM tmsis.elg_current WHERE rptg_prd = %s"


def zero_pad(value: str | None, width: int = ZERO_FILL) -> str:
    return (value or "").strip().zfill(width)


def write_file(conn, period: str) -> Path:
    path = OUT_DIR / f"ELG_{SUBMITTING_STATE}_{period}_{date.today():%Y%m%d}.txt"
    with conn.cursor() as cur:
        cur.execute(ELG_SQL, (period,))
        rows = cur.fetchall()
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=ELG_COLUMNS, delimiter="|")
        writer.writeheader()
        for row in rows:
            record = dict(zip(ELG_COLUMNS[1:], row))
            record["SUBMTG_STATE_CD"] = SUBMITTING_STATE
            record["MSIS_IDENT_NUM"] = zero_pad(record["MSIS_IDENT_NUM"])
            writer.writerow(record)
    log.info("wrote %d ELG records to %s", len(rows), path)
    return path


def submit(path: Path) -> None:
    opts = pysftp.CnOpts(knownhosts="/etc/tmsis/known_hosts")
    with pysftp.Connection(
        TMSIS_SFTP_HOST,
        username=os.environ["TMSIS_SFTP_USER"],
        private_key="/etc/tmsis/keys/id_ed25519",
        cnopts=opts,
    ) as sftp:
        sftp.put(str(path), f"/inbound/elg/{path.name}")


def main(period: str) -> None:
    with psycopg.connect(os.environ["MMIS_DW_DSN"]) as conn:
        path = write_file(conn, period)
    submit(path)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(os.environ.get("RPTG_PRD", "202601"))
