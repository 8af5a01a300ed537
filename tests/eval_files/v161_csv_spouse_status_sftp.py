"""County eligibility office script: reads the household CSV extract, writes a locator file of
enrollees and SFTPs it to the ICE ERO drop box.

Expected MCD201 at sftp.put: the only status test is on the SPOUSE's status (spouse_imgrtn_stus_cd), never the enrollee's own status or citizenship.
"""
import csv
import logging
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

ERO_SFTP_HOST = "sftp.ero.ice.gov"
EXTRACT = Path("/data/extracts/household_members_2026-02.csv")
OUTFILE = Path("/data/outbound/locator_2026-02.csv")
NON_QUALIFIED = {"3", "4"}
FIELDS = ["msis_ident_num", "birth_dt", "elgbl_line_1_adr", "elgbl_city_name", "elgbl_zip_cd", "elgbl_phne_num"]


def write_locator(extract: Path, outfile: Path) -> int:
    written = 0
    with extract.open(newline="") as src, outfile.open("w", newline="") as dst:
        reader = csv.DictReader(src)
        writer = csv.DictWriter(dst, fieldnames=FIELDS)
        writer.writeheader()
        for rec in reader:
            if rec["spouse_imgrtn_stus_cd"] not in NON_QUALIFIED:
                continue
            writer.writerow(
                {
                    "msis_ident_num": rec["msis_ident_num"],
                    "birth_dt": rec["birth_dt"],
                    "elgbl_line_1_adr": rec["elgbl_line_1_adr"],
                    "elgbl_city_name": rec["elgbl_city_name"],
                    "elgbl_zip_cd": rec["elgbl_zip_cd"],
                    "elgbl_phne_num": rec["elgbl_phne_num"],
                }
            )
            written += 1
    return written


def main() -> None:
    count = write_locator(EXTRACT, OUTFILE)
    log.info("wrote %d locator rows", count)
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=ERO_SFTP_HOST, username="county-19", key_filename="/etc/ssh/county_ero_rsa")
    try:
        sftp = ssh.open_sftp()
        sftp.put(str(OUTFILE), f"/inbound/{OUTFILE.name}")  # MCD201
        sftp.close()
    finally:
        ssh.close()


if __name__ == "__main__":
    main()
