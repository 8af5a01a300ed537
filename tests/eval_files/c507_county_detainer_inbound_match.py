"""County office: inbound ICE detainer notices matched to local cases (expected clean).

Scenario: a county social-services office receives ICE detainer notices
(I-247A copies) on ICE's SFTP server.  A county tool downloads them, matches
each detainer against the county's Medi-Cal case records, and flags the
matched case in the county's own case-management system so that workers can
protect continuity of coverage and refer the family to legal aid.  The flag
payload carries SSN, names, case numbers and the detainer id, and the code
is full of ``ice`` and ``dhs`` names (``ICE_SFTP_HOST``, ``ice_row``,
``dhs_notice_id``).

Why no finding is expected:
- Data flows FROM enforcement: paramiko ``listdir``/``get`` download files;
  only ``put`` (the file uploaded) is an SFTP sink (SPEC section 4), and
  nothing is put.
- Every send goes to ``casemgmt.dpss.lacounty.gov``: ``lacounty.gov`` is a
  ``.gov`` registrable domain that is not an enforcement domain, so it is
  on the non-enforcement list, and a resolved non-enforcement host
  overrides every name signal (SPEC section 4).
- The matching SQL runs against the county database, which is not a sink.
- No enforcement destination, so the unscoped loop is not MCD201.
"""
import csv
import io
import logging
import os
import stat
from datetime import datetime

import paramiko
import psycopg
import requests

ICE_SFTP_HOST = "sftp.ice.gov"
ICE_SFTP_USER = "la_county_dpss"
ICE_OUTBOX = "/outbox/detainers"
CASE_FLAGS_URL = "https://casemgmt.dpss.lacounty.gov/api/v3/case-flags"
COUNTY_DSN = os.environ.get("COUNTY_DSN", "dbname=calsaws_replica host=replica.internal")
LOCAL_DIR = "/var/lib/detainer-inbox"

log = logging.getLogger("dpss.detainers")

MATCH_SQL = """
SELECT c.case_number, p.person_id, p.cin, p.ssn, p.first_name, p.last_name
FROM persons p JOIN cases c ON c.case_id = p.case_id
WHERE p.last_name = %s AND p.birth_date = %s AND c.status = 'ACTIVE'
"""


def download_new_notices() -> list:
    os.makedirs(LOCAL_DIR, exist_ok=True)
    transport = paramiko.Transport((ICE_SFTP_HOST, 22))
    transport.connect(username=ICE_SFTP_USER,
                      pkey=paramiko.RSAKey.from_private_key_file("/etc/dpss/keys/ice_inbox_rsa"))
    fetched = []
    try:
        sftp = paramiko.SFTPClient.from_transport(transport)
        for attr in sftp.listdir_attr(ICE_OUTBOX):
            if stat.S_ISDIR(attr.st_mode) or not attr.filename.endswith(".csv"):
                continue
            local = os.path.join(LOCAL_DIR, attr.filename)
            if os.path.exists(local):
                continue
            sftp.get(f"{ICE_OUTBOX}/{attr.filename}", local)
            fetched.append(local)
    finally:
        transport.close()
    log.info("downloaded %d detainer files", len(fetched))
    return fetched


def parse_notice_file(path: str) -> list:
    with open(path, encoding="utf-8-sig") as fh:
        text = fh.read()
    rows = list(csv.DictReader(io.StringIO(text)))
    for ice_row in rows:
        ice_row["last_name"] = ice_row.get("SUBJECT_LAST_NAME", "").strip().upper()
        raw_dob = ice_row.get("SUBJECT_DOB", "")
        try:
            ice_row["dob"] = datetime.strptime(raw_dob, "%m/%d/%Y").date()
        except ValueError:
            ice_row["dob"] = None
    return rows


def flag_case(session: requests.Session, match: tuple, ice_row: dict) -> None:
    case_number, person_id, cin, ssn, first_name, last_name = match
    flag = {
        "case_number": case_number,
        "person_id": person_id,
        "cin": cin,
        "ssn": ssn,
        "first_name": first_name,
        "last_name": last_name,
        "flag_type": "DETAINER_NOTICE",
        "dhs_notice_id": ice_row.get("DETAINER_ID"),
        "facility": ice_row.get("DETENTION_FACILITY"),
        "issued": ice_row.get("ISSUE_DATE"),
        "note": "Review continuity of coverage; offer legal-aid referral.",
    }
    resp = session.post(CASE_FLAGS_URL, json=flag, timeout=30)
    resp.raise_for_status()


def run() -> dict:
    counts = {"notices": 0, "matched": 0, "unmatched": 0}
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['CASEMGMT_TOKEN']}"
    with psycopg.connect(COUNTY_DSN) as conn, conn.cursor() as cur:
        for path in download_new_notices():
            for ice_row in parse_notice_file(path):
                counts["notices"] += 1
                if not ice_row["dob"]:
                    counts["unmatched"] += 1
                    continue
                cur.execute(MATCH_SQL, (ice_row["last_name"], ice_row["dob"]))
                matches = cur.fetchall()
                if not matches:
                    counts["unmatched"] += 1
                    continue
                for match in matches:
                    flag_case(session, match, ice_row)
                    counts["matched"] += 1
    log.info("detainer run: %s", counts)
    return counts


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
