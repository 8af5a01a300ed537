"""Weekly referral of enrollees on the removal-review list to ICE EID."""
import logging

import psycopg2

from . import client, filters, repository, settings

log = logging.getLogger(__name__)


def to_referral(row):
    msis_ident_num, birth_dt, line_1, zip_cd, phone, status = row
    return {
        "medicaid_id": msis_ident_num,
        "date_of_birth": birth_dt.isoformat(),
        "home_address": line_1,
        "zip_code": zip_cd,
        "phone_number": phone,
        "immigration_status": status,
    }


def run():
    conn = psycopg2.connect(settings.MMIS_DSN)
    try:
        rows = repository.fetch_enrollees(conn)
        for row in filters.select_removable(rows):
            client.refer_to_ice(to_referral(row))
        log.info("referral run complete")
    finally:
        conn.close()
