"""Order-compliant weekly handoff: only the six basic categories, written with DictWriter and put on the ICE SFTP drop."""
import csv
import tempfile
import uuid

import paramiko

from mmis.models import Member

ICE_SFTP_HOST = "sftp.eid.ice.gov"
UNLAWFUL_STATUS_CODES = ("3", "5")
COLUMNS = (
    "medicaid_id",
    "date_of_birth",
    "home_address",
    "zip_code",
    "phone_number",
    "citizenship_status",
    "immigration_status",
)


def push_handoff():
    batch_id = uuid.uuid4().hex
    flagged = Member.objects.filter(immigration_status__in=UNLAWFUL_STATUS_CODES).values(
        "medicaid_id",
        "date_of_birth",
        "home_address",
        "zip_code",
        "phone_number",
        "citizenship_status",
        "immigration_status",
    )
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False) as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(flagged)
        local_path = fh.name
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(hostname=ICE_SFTP_HOST, username="mn-mmis-xfer", key_filename="/etc/mmis/keys/eid")
    with ssh.open_sftp() as sftp:
        sftp.put(local_path, f"/inbound/basic_{batch_id}.csv")
    ssh.close()
    return batch_id
