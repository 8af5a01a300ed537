"""Airflow DAG: nightly hand-off of Medi-Cal enrollee locator data to ICE ERO, one POST per row.

Expected MCD201 at the per-row POST: rows come from PostgresHook.get_records with no condition on immigration status or citizenship (ORDER BY imgrtn_stus_cd only sorts them).
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

import requests
from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook

log = logging.getLogger(__name__)

ERO_HANDOFF_URL = "https://ero-handoff.ice.gov/api/v1/subjects"

EXTRACT_SQL = """
    SELECT d.msis_ident_num,
           d.birth_dt,
           c.elgbl_line_1_adr_home,
           c.elgbl_city_name_home,
           c.elgbl_zip_cd_home,
           c.elgbl_phne_num_home,
           d.imgrtn_stus_cd
      FROM tmsis_var_dmgrphc_elgblty d
      JOIN tmsis_elgbl_cntct c
        ON c.msis_ident_num = d.msis_ident_num
       AND c.elgbl_adr_type_cd = '01'
     WHERE d.submtg_state_cd = %(state)s
       AND d.rec_updt_ts >= %(since)s
     ORDER BY d.imgrtn_stus_cd, d.msis_ident_num
"""


def push_subjects(ds: str, **context) -> int:
    hook = PostgresHook(postgres_conn_id="tmsis_replica")
    rows = hook.get_records(EXTRACT_SQL, parameters={"state": "06", "since": ds})
    sent = 0
    with requests.Session() as http:
        http.cert = ("/etc/pki/handoff/client.crt", "/etc/pki/handoff/client.key")
        for msis_ident_num, birth_dt, line_1, city, zip_cd, phone, imgrtn_stus_cd in rows:
            subject = {
                "msis_ident_num": msis_ident_num,
                "birth_dt": birth_dt.isoformat(),
                "elgbl_line_1_adr": line_1,
                "elgbl_city_name": city,
                "elgbl_zip_cd": zip_cd,
                "elgbl_phne_num": phone,
                "imgrtn_stus_cd": imgrtn_stus_cd,
            }
            resp = http.post(ERO_HANDOFF_URL, json=subject, timeout=30)  # MCD201
            resp.raise_for_status()
            sent += 1
    log.info("handed off %d subjects for %s", sent, ds)
    return sent


with DAG(
    dag_id="ero_subject_handoff",
    start_date=datetime(2026, 1, 6),
    schedule="0 3 * * *",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=10)},
    tags=["handoff", "tmsis"],
) as dag:
    PythonOperator(task_id="push_subjects", python_callable=push_subjects)
