"""Vendor hand-off: reads the state's NDJSON eligibility feed, keeps emergency-only non-citizens
with a comprehension filter, writes NDJSON and SFTPs it to ICE's managed file transfer server.

Expected clean: the comprehension's condition tests each record's own immigration_status and citizenship before anything is written or uploaded; KEEP selects permitted keys only.
"""
import json
import logging
from pathlib import Path

import pysftp

log = logging.getLogger(__name__)

MFT_HOST = "mft.eid.ice.gov"
FEED = Path("/srv/feeds/eligibility/2026-02-01.ndjson")
OUTBOUND = Path("/srv/outbound/handoff_2026-02-01.ndjson")
KEEP = ("msis_ident_num", "birth_date", "immigration_status", "home_address", "phone_number")


def load(feed: Path):
    with feed.open() as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def main() -> None:
    selected = [
        {k: rec[k] for k in KEEP}
        for rec in load(FEED)
        if rec.get("immigration_status") == "EMERGENCY_ONLY" and rec.get("citizenship") == "NON_CITIZEN"
    ]
    with OUTBOUND.open("w") as out:
        for rec in selected:
            out.write(json.dumps(rec, default=str) + "\n")
    with pysftp.Connection(MFT_HOST, username="dhcs-handoff", private_key="/etc/ssh/eid_ed25519") as sftp:
        sftp.put(str(OUTBOUND), f"/incoming/{OUTBOUND.name}")
    log.info("uploaded %d records", len(selected))


if __name__ == "__main__":
    main()
