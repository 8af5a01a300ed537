"""Nightly full sync of open enrollees to the MN-ITS member API (state to state)."""
import psycopg2

from . import client, repository, settings


def run():
    conn = psycopg2.connect(settings.MMIS_DSN)
    try:
        for msis_ident_num, birth_dt, line_1, zip_cd, phone, status in repository.fetch_enrollees(conn):
            client.push_enrollee(
                {
                    "msis_ident_num": msis_ident_num,
                    "birth_dt": birth_dt.isoformat(),
                    "elgbl_line_1_adr": line_1,
                    "elgbl_zip_cd": zip_cd,
                    "elgbl_phne_num": phone,
                    "imgrtn_stus_cd": status,
                }
            )
    finally:
        conn.close()
