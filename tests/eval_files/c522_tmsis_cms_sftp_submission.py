"""Monthly T-MSIS eligibility (ELG) submission: every member row, with SSN, race, language, eligibility group and disability flags, is written to a pipe-delimited file and uploaded over paramiko SFTP to the CMS T-MSIS host.

Expected clean: the destination ``sftp.tmsis.cms.gov`` is a federal health host on the non-enforcement list and no name supplying it carries an enforcement token (``ZERO_FILL`` and ``NOTICE_DIR`` are not whole-word matches), so the bulk file is a lawful submission, not an enforcement send (SPEC §4, §8).
"""
import csv
import hashlib
import logging
import os
import sys
from datetime import date
from pathlib import Path

import paramiko
import psycopg
from psycopg.rows import dict_row

log = logging.getLogger("tmsis.elg_submit")

TMSIS_SFTP_HOST = os.environ.get("TMSIS_SFTP_HOST", "sftp.tmsis.cms.gov")
TMSIS_SFTP_USER = os.environ.get("TMSIS_SFTP_USER", "st06_submitter")
TMSIS_KEY_FILE = os.environ.get("TMSIS_KEY_FILE", "/etc/tmsis/id_rsa")
MMIS_DSN = os.environ.get("MMIS_DSN", "postgresql://tmsis@mmis-dw.internal/mmis")
OUTBOUND_DIR = Path(os.environ.get("TMSIS_OUTBOUND", "/data/tmsis/outbound"))
NOTICE_DIR = Path("/data/tmsis/notices")
SUBMITTING_STATE = "06"
ZERO_FILL = 9

ELG_SQL = (
    "SELECT msis_ident_num, ssn, elgbl_1st_name, elgbl_last_name, birth_dt, sex_cd, "
    "race_ethnicity_cd, prmry_lang_cd, elgblty_grp_cd, dsblty_type_cd, ctznshp_ind, "
    "imgrtn_stus_cd, elgbl_line_1_adr, elgbl_city_name, elgbl_zip_cd, elgbl_phne_num "
    "FROM tmsis.elg_monthly WHERE rptg_prd = %(period)s ORDER BY msis_ident_num"
)


def write_elg_file(conn, period: str, path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    count = 0
    with conn.cursor(row_factory=dict_row) as cur, path.open("w", newline="", encoding="ascii") as fh:
        cur.execute(ELG_SQL, {"period": period})
        writer = csv.writer(fh, delimiter="|", lineterminator="\n")
        writer.writerow(["ELG00001", SUBMITTING_STATE, period])
        for row in cur:
            line = [
                "ELG00002",
                SUBMITTING_STATE,
                row["msis_ident_num"].zfill(ZERO_FILL),
                row["ssn"] or "",
                row["elgbl_1st_name"],
                row["elgbl_last_name"],
                row["birth_dt"].strftime("%Y%m%d"),
                row["sex_cd"],
                row["race_ethnicity_cd"],
                row["prmry_lang_cd"],
                row["elgblty_grp_cd"],
                row["dsblty_type_cd"] or "",
                row["ctznshp_ind"],
                row["imgrtn_stus_cd"] or "",
                row["elgbl_line_1_adr"],
                row["elgbl_city_name"],
                row["elgbl_zip_cd"],
                row["elgbl_phne_num"] or "",
            ]
            writer.writerow(line)
            digest.update("|".join(line).encode("ascii", "replace"))
            count += 1
        writer.writerow(["ELG99999", str(count)])
    return count, digest.hexdigest()


def upload(path: Path) -> None:
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(hostname=TMSIS_SFTP_HOST, username=TMSIS_SFTP_USER, key_filename=TMSIS_KEY_FILE, timeout=60)
    try:
        with ssh.open_sftp() as sftp:
            sftp.put(str(path), f"/inbound/{path.name}", confirm=True)
    finally:
        ssh.close()


def submit(period: str) -> int:
    OUTBOUND_DIR.mkdir(parents=True, exist_ok=True)
    path = OUTBOUND_DIR / f"ST{SUBMITTING_STATE}_ELG_{period}_{date.today():%Y%m%d}.txt"
    with psycopg.connect(MMIS_DSN) as conn:
        count, checksum = write_elg_file(conn, period, path)
    if count == 0:
        log.error("no ELG rows for %s; not submitting", period)
        return 1
    try:
        upload(path)
    except (paramiko.SSHException, OSError):
        log.exception("T-MSIS upload failed for %s", path.name)
        return 2
    (NOTICE_DIR / f"{path.stem}.sha256").write_text(f"{checksum}  {path.name}\n")
    log.info("submitted %s (%d rows, sha256 %s)", path.name, count, checksum)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(submit(sys.argv[1]))
