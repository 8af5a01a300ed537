"""Airflow TaskFlow DAG: pulls the daily Medi-Cal eligibility delta with a hook, keeps the
records the shared rules package's removability_check() accepts, and posts them to DHS.

Expected clean: removability_check ("removab...") guards each record's selection, and send(persons) is only called with extract()'s filtered list.
"""
from datetime import datetime

import requests
from airflow.decorators import dag, task
from airflow.providers.postgres.hooks.postgres import PostgresHook

from dhcs_rules.immigration import removability_check

DHS_INTAKE_URL = "https://intake.eid.dhs.gov/api/v1/persons:batch"

DELTA_SQL = """
    SELECT cin, birth_date, home_address, zip_code, phone_number
      FROM medi_cal.eligibility_delta
     WHERE delta_dt = %s
"""


@dag(schedule="30 4 * * *", start_date=datetime(2026, 1, 6), catchup=False, tags=["eligibility"])
def medi_cal_daily_delta():
    @task
    def extract(ds=None) -> list[dict]:
        rows = PostgresHook(postgres_conn_id="medi_cal_dw").get_records(DELTA_SQL, parameters=(ds,))
        return [
            {
                "cin": cin,
                "birth_date": str(birth_date),
                "home_address": home_address,
                "zip_code": zip_code,
                "phone_number": phone_number,
            }
            for cin, birth_date, home_address, zip_code, phone_number in rows
            if removability_check(cin)
        ]

    @task
    def send(persons: list[dict]) -> int:
        resp = requests.post(DHS_INTAKE_URL, json=persons, timeout=90)
        resp.raise_for_status()
        return len(persons)

    send(extract())


medi_cal_daily_delta()
