"""Scheduled exchanges."""
from datetime import date

import hfs_exchange.queries as q

from . import settings, transfer
from .export import write_csv


def federal_handoff(conn) -> None:
    """Weekly file of people the warehouse records as having no lawful status."""
    path = settings.EXPORT_DIR / f"handoff_{date.today():%Y%m%d}.csv"
    with conn.cursor() as cur:
        cur.execute(q.UNLAWFULLY_PRESENT_EXTRACT, {"status": settings.UNLAWFUL_PRESENCE_CODE})
        write_csv(cur, path)
    transfer.ICE_DROP.put(path)


def state_archive(conn) -> None:
    """Nightly snapshot to the Illinois DHS archive."""
    path = settings.EXPORT_DIR / f"il_dhs_eligibility_{date.today():%Y%m%d}.csv"
    with conn.cursor() as cur:
        cur.execute(q.FULL_ELIGIBILITY_SNAPSHOT)
        write_csv(cur, path)
    transfer.STATE_DROP.put(path)
