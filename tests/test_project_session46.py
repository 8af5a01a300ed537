"""Cross-module shapes of the forty-sixth session (probers of rounds 303 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

#: rows and dicts another module builds from a member's fields
ROWS = '''
    def referral_row(m):
        return [m.cin, m.dob, m.marital_status]


    def referral_dict(m):
        return {"cin": m.cin, "marital": m.marital_status}


    def permitted_row(m):
        return [m.cin, m.dob]
    '''

EXPORT = '''
    import csv
    import json

    from openpyxl import Workbook

    from app.rows import permitted_row, referral_dict, referral_row


    def to_json(m):
        with open("/srv/outbound/ice_referral.json", "w") as fh:
            json.dump(referral_row(m), fh)


    def to_json_dict(m):
        with open("/srv/outbound/ice_referral.json", "w") as fh:
            json.dump(referral_dict(m), fh)


    def to_csv(m):
        with open("/srv/outbound/ice_referral.csv", "w") as fh:
            csv.writer(fh).writerow(referral_row(m))


    def to_sheet(m):
        wb = Workbook()
        wb.active.append(referral_row(m))
        wb.save("/srv/outbound/cbp_manifest.xlsx")


    def permitted(m):
        with open("/srv/outbound/ice_referral.csv", "w") as fh:
            csv.writer(fh).writerow(permitted_row(m))


    def to_state(m):
        with open("/srv/outbound/state_extract.json", "w") as fh:
            json.dump(referral_row(m), fh)
    '''


def test_a_row_another_module_builds_written_to_a_file_named_for_enforcement(tmp_path: Path) -> None:
    # SPEC section 3 (what another module placed is reported at the call here that hands it to the send) and section
    # 4 (a file named for enforcement is itself the destination): the write into the file is that call (round 305:
    # it was silent, while the same row posted or uploaded was reported); permitted fields and the state's file stay
    # clean
    root = project(tmp_path, {"app/rows.py": ROWS, "app/export.py": EXPORT})
    assert lint(root / "app/export.py") == [(11, "MCD101"), (16, "MCD101"), (21, "MCD101"), (27, "MCD101")]
    assert lint(root / "app/rows.py") == []


OPERATOR = '''
    import csv
    import io

    from airflow.models import BaseOperator
    from airflow.providers.amazon.aws.hooks.s3 import S3Hook
    from airflow.providers.postgres.hooks.postgres import PostgresHook


    class EroExportOperator(BaseOperator):
        def __init__(self, sql, **kwargs):
            super().__init__(**kwargs)
            self.sql = sql

        def execute(self, context):
            rows = PostgresHook(postgres_conn_id="mmis").get_records(self.sql)
            buf = io.StringIO()
            csv.writer(buf).writerows(rows)
            S3Hook().load_string(buf.getvalue(), key="r.csv", bucket_name="ero-referrals-prod")
    '''

QUERIES = '''
    LEGACY_SQL = """
    SELECT msis_ident_num,
           ssn_num,
           prmry_dgns_cd
    FROM taf.elig WHERE imgrtn_stus_cd = '6'
    """

    PERMITTED_SQL = """
    SELECT msis_ident_num, birth_dt FROM taf.elig WHERE imgrtn_stus_cd = '6'
    """
    '''

DAG = '''
    from app.ops import EroExportOperator
    from app.queries import LEGACY_SQL, PERMITTED_SQL

    legacy = EroExportOperator(task_id="legacy", sql=LEGACY_SQL)
    permitted = EroExportOperator(task_id="permitted", sql=PERMITTED_SQL)
    '''


def test_sql_of_a_third_module_run_by_an_operator_of_another(tmp_path: Path) -> None:
    # SPEC section 3 (a column list is placements, each name at its own line; what another module placed is reported at
    # the call here that hands it on): the SQL constant a DAG imports from one module and hands to an operator of
    # another is found in the module the DAG imports it from, so each column is its own finding (round 306: the
    # columns all fell on the operator's get_records line, one finding of the strongest code)
    root = project(tmp_path, {"app/ops.py": OPERATOR, "app/queries.py": QUERIES, "app/dag.py": DAG})
    assert lint(root / "app/dag.py") == [(4, "MCD101"), (4, "MCD102")]
    from test_project import messages

    assert [m.split(" sent to ")[0].replace(f"{root}/", "") for m in messages(root / "app/dag.py")] == [
        "MCD101 'ssn_num' (ssn) placed at app/queries.py:3", "MCD102 'prmry_dgns_cd' (diagnosis) placed at app/queries.py:4"]


def test_the_sql_text_two_modules_hold_is_placed_where_the_constant_comes_from(tmp_path: Path) -> None:
    # review 46b: another module the DAG imports holds the same text (a state report); the columns are placed in the
    # module the DAG imports the constant from
    state_reports = "import app.queries\n\nROSTER_SQL = " + QUERIES.split("LEGACY_SQL = ", 1)[1].split("\n\n", 1)[0].strip() + "\n"
    dag = '''
    import app.state_reports
    from app.ops import EroExportOperator
    from app.queries import LEGACY_SQL

    legacy = EroExportOperator(task_id="legacy", sql=LEGACY_SQL)
    '''
    root = project(tmp_path, {"app/ops.py": OPERATOR, "app/queries.py": QUERIES, "app/state_reports.py": state_reports, "app/dag.py": dag})
    from test_project import messages

    assert [m.split(" sent to ")[0].replace(f"{root}/", "") for m in messages(root / "app/dag.py")] == [
        "MCD101 'ssn_num' (ssn) placed at app/queries.py:3", "MCD102 'prmry_dgns_cd' (diagnosis) placed at app/queries.py:4"]


def test_a_django_environ_env_imported_from_another_settings_module(tmp_path: Path) -> None:
    # SPEC section 4 (a resolved host on the non-enforcement list overrides every name signal): env("X", default=...)
    # of an Env() made in base settings and imported (from .base import env) reads the default as django-environ's
    # own does (round 309: the state warehouse's dhs.oregon.gov URL was decided by its dhs name)
    root = project(tmp_path, {
        "conf/base.py": "import environ\n\nenv = environ.Env(DEBUG=(bool, False))\n",
        "conf/prod.py": '''
            from .base import env

            DHS_WAREHOUSE_URL = env("DHS_WAREHOUSE_URL", default="https://edw.dhs.oregon.gov/api/v2/loads")
            PARTNER_URL = env("PARTNER_URL", default="https://eid.ice.gov/api/v1/referrals")
            ''',
        "app/load.py": '''
            import requests

            from conf.prod import DHS_WAREHOUSE_URL, PARTNER_URL


            def load(m):
                requests.post(DHS_WAREHOUSE_URL, json={"cin": m.cin, "ssn": m.ssn}, timeout=30)


            def refer(m):
                requests.post(PARTNER_URL, json={"cin": m.cin, "ssn": m.ssn}, timeout=30)
            ''',
    })
    assert lint(root / "app/load.py") == [(11, "MCD101")]
