"""Airflow TaskFlow DAG: keyset-paged export of emergency-services-only non-citizen enrollees
to the ICE EID intake API, one POST per page.

Expected clean: every page comes from SQL whose WHERE tests imgrtn_stus_cd and ctznshp_ind, and the batches carry only permitted categories.
"""
import logging
import os
from datetime import datetime

import requests
from airflow.decorators import dag, task
from airflow.providers.postgres.hooks.postgres import PostgresHook

EID_INTAKE_URL = os.environ.get("EID_INTAKE_URL", "https://eid.ice.gov/intake/v2/persons:batch")
PAGE_SIZE = 500

PAGE_SQL = """
    SELECT d.msis_ident_num,
           d.birth_dt,
           d.imgrtn_stus_cd,
           c.elgbl_line_1_adr,
           c.elgbl_zip_cd,
           c.elgbl_phne_num
      FROM tmsis_var_dmgrphc_elgblty d
      JOIN tmsis_elgbl_cntct c ON c.msis_ident_num = d.msis_ident_num
     WHERE d.imgrtn_stus_cd = '3'
       AND d.ctznshp_ind = '0'
       AND d.msis_ident_num > %s
     ORDER BY d.msis_ident_num
     LIMIT %s
"""


@dag(schedule="@daily", start_date=datetime(2026, 1, 6), catchup=False, tags=["eid"])
def eid_restricted_scope_export():
    @task
    def export_pages() -> int:
        hook = PostgresHook(postgres_conn_id="tmsis")
        last_id = ""
        total = 0
        while True:
            rows = hook.get_records(PAGE_SQL, parameters=(last_id, PAGE_SIZE))
            if not rows:
                break
            batch = [
                {
                    "msis_ident_num": msis_ident_num,
                    "birth_dt": birth_dt.isoformat(),
                    "imgrtn_stus_cd": imgrtn_stus_cd,
                    "elgbl_line_1_adr": adr,
                    "elgbl_zip_cd": zip_cd,
                    "elgbl_phne_num": phone,
                }
                for msis_ident_num, birth_dt, imgrtn_stus_cd, adr, zip_cd, phone in rows
            ]
            resp = requests.post(EID_INTAKE_URL, json=batch, timeout=60)
            resp.raise_for_status()
            total += len(batch)
            last_id = rows[-1][0]
            logging.info("page ending %s sent (%d so far)", last_id, total)
        return total

    export_pages()


eid_restricted_scope_export()
