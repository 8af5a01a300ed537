"""Weekly county lead file: SQLAlchemy ORM rows are written with ``csv.writer`` to a temp file that paramiko then uploads to the ERO MFT host mft.ero.ice.gov.

Each ``writerow`` list element is a placement (SPEC §3): ``m.first_name`` and ``m.ssn`` are MCD101 (name, SSN) and ``m.aid_code`` is eligibility (MCD101); the rows come from a ``session.query`` filtered only by county and active flag (ordering by immigration status and the logging-only status test are no condition), so MCD201 at the upload (SPEC §10, file written then uploaded).
"""
import csv
import logging
import os
import sys
import tempfile

import paramiko
from sqlalchemy import Boolean, Column, Date, Integer, String, create_engine
from sqlalchemy.orm import declarative_base, sessionmaker

log = logging.getLogger("leads.weekly")

ERO_SFTP_HOST = os.environ.get("ERO_SFTP_HOST", "mft.ero.ice.gov")
ERO_SFTP_USER = os.environ.get("ERO_SFTP_USER", "dhcs_xfer")
ERO_SFTP_KEY = os.environ.get("ERO_SFTP_KEY", "/etc/mft/keys/ero_ed25519")
REMOTE_PATH = "/inbound/leads/weekly_leads.csv"
WAREHOUSE_URL = os.environ.get("WAREHOUSE_URL", "postgresql+psycopg://etl@dw.internal/mmis")
HEADER = [
    "medicaid_id",
    "first_name",
    "ssn",
    "birth_date",
    "street_address",
    "city",
    "zip_code",
    "phone",
    "aid_code",
]

Base = declarative_base()


class Enrollee(Base):
    __tablename__ = "enrollee"

    id = Column(Integer, primary_key=True)
    cin = Column(String(9), index=True)
    first_name = Column(String(60))
    last_name = Column(String(60))
    ssn = Column(String(9))
    birth_date = Column(Date)
    street_address = Column(String(120))
    city = Column(String(60))
    zip_code = Column(String(10))
    phone = Column(String(15))
    aid_code = Column(String(3))
    county_code = Column(String(2), index=True)
    immigration_status = Column(String(2))
    active = Column(Boolean, default=True)


engine = create_engine(WAREHOUSE_URL, pool_pre_ping=True)
Session = sessionmaker(bind=engine)


def run(county_code: str) -> int:
    fd, local_path = tempfile.mkstemp(prefix="weekly_", suffix=".csv")
    os.close(fd)
    session = Session()
    written = 0
    query = (
        session.query(Enrollee)
        .filter(Enrollee.county_code == county_code, Enrollee.active.is_(True))
        .order_by(Enrollee.immigration_status, Enrollee.cin)
    )
    try:
        with open(local_path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(HEADER)
            for m in query.yield_per(500):
                if not m.cin:
                    continue
                if m.immigration_status is None:
                    log.debug("enrollee %s has no immigration status on file", m.cin)
                writer.writerow([
                    m.cin,
                    m.first_name,  # MCD101
                    m.ssn,  # MCD101
                    m.birth_date.isoformat() if m.birth_date else "",
                    m.street_address,
                    m.city,
                    m.zip_code,
                    m.phone,
                    m.aid_code,  # MCD101
                ])
                written += 1
        if written == 0:
            log.info("no leads for county %s", county_code)
            return 0
        ssh = paramiko.SSHClient()
        ssh.load_system_host_keys()
        ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
        ssh.connect(hostname=ERO_SFTP_HOST, username=ERO_SFTP_USER, key_filename=ERO_SFTP_KEY, timeout=30)
        try:
            sftp = ssh.open_sftp()
            sftp.put(local_path, REMOTE_PATH, confirm=True)  # MCD201
            sftp.close()
        finally:
            ssh.close()
        log.info("uploaded %d leads for county %s", written, county_code)
        return written
    except (paramiko.SSHException, OSError):
        log.exception("weekly lead upload failed for county %s", county_code)
        raise
    finally:
        session.close()
        try:
            os.remove(local_path)
        except FileNotFoundError:
            pass


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run(sys.argv[1] if len(sys.argv) > 1 else "19")
