"""Weekly federal handoff files."""
import csv
import json
import os
import sys
from datetime import date

from .. import settings
from ..policy import SHAREABLE_FIELDS, is_removable
from ..storage import upload_ice_handoff


def weekly_handoff(extract_path: str) -> str:
    batch = []
    with open(extract_path, newline="", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            body = {k: v for k, v in rec.items() if k in SHAREABLE_FIELDS}
            body["household_size"] = rec["household_size"]  # MCD101
            batch.append(body)
    out = os.path.join(settings.SPOOL_DIR, "handoff.ndjson")
    with open(out, "w", encoding="utf-8") as fh:
        for body in batch:
            fh.write(json.dumps(body) + "\n")
    upload_ice_handoff(out, f"weekly/{date.today():%Y-%m-%d}/handoff.ndjson")  # MCD201
    return out


def removable_handoff(extract_path: str) -> str:
    out = os.path.join(settings.SPOOL_DIR, "removable.ndjson")
    with open(extract_path, newline="", encoding="utf-8") as src, \
            open(out, "w", encoding="utf-8") as dst:
        for rec in csv.DictReader(src):
            if not is_removable(rec):
                continue
            body = {k: v for k, v in rec.items() if k in SHAREABLE_FIELDS}
            dst.write(json.dumps(body) + "\n")
    upload_ice_handoff(out, f"weekly/{date.today():%Y-%m-%d}/removable.ndjson")
    return out


def main() -> None:
    weekly_handoff(sys.argv[1])
    removable_handoff(sys.argv[1])
