"""Nightly entry point: select, scrub, write, drop."""
import logging

import psycopg2

from calref.extract import fetch_referral_rows
from calref.records import scrub as keep_permitted
from .records import write_referral_file, write_worklist
from .transfer import ReferralDrop

log = logging.getLogger(__name__)


def run(dsn):
    with psycopg2.connect(dsn) as conn:
        rows = fetch_referral_rows(conn)
    write_worklist(rows)
    batch = [keep_permitted(r) for r in rows]
    path = write_referral_file(batch)
    ReferralDrop().upload(path)
    log.info("dropped %d scoped referral records", len(batch))
    return len(batch)
