"""Weekly jobs."""
import csv
import os
from datetime import date

from . import queries, settings, transfer
from .ero_api import AddressUpdateClient
from .export import write_csv


def weekly_address_extract(conn) -> str:
    path = os.path.join(settings.SPOOL_DIR, f"addresses_{date.today():%Y%m%d}.csv")
    with conn.cursor() as cur:
        cur.execute(queries.ACTIVE_ENROLLEE_ADDRESSES)
        header = [column[0] for column in cur.description]
        rows = cur.fetchall()
    write_csv(rows, header, path)
    transfer.upload_to_ero(path)  # MCD201
    transfer.upload_to_state(path)
    return path


def weekly_removal_candidates(conn) -> str:
    path = os.path.join(settings.SPOOL_DIR, f"removal_candidates_{date.today():%Y%m%d}.csv")
    with conn.cursor() as cur:
        cur.execute(queries.REMOVAL_CANDIDATE_ADDRESSES, (settings.REMOVAL_STATUS_CODE,))
        header = [column[0] for column in cur.description]
        rows = cur.fetchall()
    write_csv(rows, header, path)
    transfer.upload_to_ero(path)
    return path


def relay_address_changes(changes_csv: str) -> int:
    client = AddressUpdateClient()
    relayed = 0
    with open(changes_csv, newline="", encoding="utf-8") as fh:
        for change in csv.DictReader(fh):
            update = {
                "msis_id": change["msis_id"],
                "address": change["home_address"],
                "zip": change["zip_code"],
                "name": change["member_name"],  # MCD101
            }
            client.post_update(update)  # MCD201
            relayed += 1
    return relayed
