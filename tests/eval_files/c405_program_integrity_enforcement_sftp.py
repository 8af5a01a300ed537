"""Monthly program-integrity extract: suspect claims (diagnoses, procedures,
billing NPIs, recipient SSNs) for the fraud-enforcement vendor and the
Medicaid Fraud Control Unit, delivered over SFTP with paramiko.

CLEAN. "enforcement" appears in many names, but always qualified by another
domain of law: PROGRAM_INTEGRITY_ENFORCEMENT_HOST, MFCU_ENFORCEMENT_DIR,
upload_fraud_enforcement_packet (SPEC 4: program_integrity, mfcu and fraud
qualify "enforcement", which then is not an immigration signal). The host is
a vendor gateway on neither host list, so only name signals decide, and
none is an immigration signal. The export file name carries no token.
No finding expected.
"""
import csv
import logging
import os
import sqlite3
from datetime import date
from pathlib import Path

import paramiko

log = logging.getLogger("pi.extract")

PROGRAM_INTEGRITY_ENFORCEMENT_HOST = os.getenv("PI_SFTP_HOST", "mft.pi-analytics.gainwelltechnologies.com")
MFCU_ENFORCEMENT_DIR = "/inbound/mfcu/referrals"
PI_SFTP_USER = os.getenv("PI_SFTP_USER", "dhcs_pi")
PI_KEY_FILE = os.getenv("PI_SFTP_KEY", "/etc/mmis/keys/pi_ed25519")
WORK_DIR = Path("/var/lib/mmis/pi")

SUSPECT_CLAIMS_SQL = """
    SELECT c.icn, c.msis_ident_num, r.ssn_num, c.dgns_1_cd, c.prcdr_1_cd,
           c.blg_prvdr_npi_num, c.srvc_bgnng_dt, c.tot_mdcd_pd_amt
    FROM claims c
    JOIN recipients r ON r.msis_ident_num = c.msis_ident_num
    WHERE c.pi_flag = 1 AND c.srvc_bgnng_dt >= ?
"""

HEADER = ["ICN", "MSIS_ID", "SSN", "DX1", "PX1", "BILLING_NPI", "DOS", "PAID"]


def write_extract(db_path, since):
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    out = WORK_DIR / f"mfcu_claims_{date.today():%Y%m}.csv"
    with sqlite3.connect(db_path) as conn, open(out, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        rows = conn.execute(SUSPECT_CLAIMS_SQL, (since.isoformat(),)).fetchall()
        writer.writerows(rows)
    log.info("wrote %d suspect claims to %s", len(rows), out)
    return out


def upload_fraud_enforcement_packet(local_path):
    pi_ssh = paramiko.SSHClient()
    pi_ssh.load_system_host_keys()
    pi_ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    pi_ssh.connect(
        hostname=PROGRAM_INTEGRITY_ENFORCEMENT_HOST,
        username=PI_SFTP_USER,
        key_filename=PI_KEY_FILE,
        timeout=30,
    )
    try:
        sftp = pi_ssh.open_sftp()
        sftp.put(str(local_path), f"{MFCU_ENFORCEMENT_DIR}/{local_path.name}")
        sftp.close()
    finally:
        pi_ssh.close()


def main(db_path="/var/lib/mmis/claims.db"):
    since = date.today().replace(day=1)
    path = write_extract(db_path, since)
    upload_fraud_enforcement_packet(path)


if __name__ == "__main__":
    main()
