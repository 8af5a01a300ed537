"""Nightly jobs."""

from mft_drop.roster import append_roster_line as add_to_roster

import mft_drop.status as status


def rebuild_roster(members):
    for member in members:
        add_to_roster(member)  # MCD201


def nightly_status(conn):
    cur = conn.cursor()
    cur.execute(
        "SELECT msis_id, birth_dt, imgrtn_stus_cd FROM elg_status_changes WHERE run_date = CURRENT_DATE"
    )
    status.export_status_changes(cur.fetchall())
