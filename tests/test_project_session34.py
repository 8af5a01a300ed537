"""Cross-module shapes of the thirty-fourth session (probers of round 223 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

# a settings module of partner tables: one with an ICE entry, one of state and CMS hosts only
PARTNER_SETTINGS = '''
            PARTNERS = {
                "state": {"url": "https://mn-its.dhs.state.mn.us/api/v2"},
                "ice": {"url": "https://eid.ice.gov/api/referrals"},
            }
            STATE_PARTNERS = {
                "mmis": {"url": "https://mn-its.dhs.state.mn.us/api/v2"},
                "cms": {"url": "https://tmsis.cms.gov/api/submit"},
            }
            '''


def test_a_partner_table_imported_from_settings_read_with_a_key_not_known(tmp_path: Path) -> None:
    # SPEC section 4 (a settings key or name that supplies the URL names the destination; imported
    # settings are followed): a partner table of the project's settings read inline with a key no call
    # gives (PARTNERS[partner]["url"]) may be any of its entries, as when the table is written in the
    # module itself; a table of state hosts only stays clean
    root = project(tmp_path / "p", {
        "pkg/settings.py": PARTNER_SETTINGS,
        "pkg/export.py": '''
            import requests
            from .settings import PARTNERS, STATE_PARTNERS
            def export_partner(m, partner):
                requests.post(PARTNERS[partner]["url"], json={"cin": m.cin, "ssn": m.ssn}, timeout=30)
            def export_state(m, partner):
                requests.post(STATE_PARTNERS[partner]["url"], json={"cin": m.cin, "ssn": m.ssn}, timeout=30)
            def export_get(m, partner):
                requests.post(PARTNERS.get(partner)["url"], json={"cin": m.cin, "race": m.race_cd}, timeout=30)
            ''',
    })
    assert lint(root / "pkg/export.py") == [(4, "MCD101"), (8, "MCD101")]


def test_a_class_read_from_another_modules_table_by_a_factory(tmp_path: Path) -> None:
    # SPEC section 3 (a field placed here and sent by another module's code is reported here) and section 6
    # (calls into the project are followed): table_class("ice") of another module, returning
    # CLIENTS[partner] of a table of classes, is that module's class, called here at once or through a
    # variable; the state's entry stays clean
    root = project(tmp_path / "p", {
        "pkg/clients.py": '''
            import requests
            class EidClient:
                def submit(self, body):
                    return requests.post("https://eid.ice.gov/api/v1/referrals", json=body)
            class StateClient:
                def submit(self, body):
                    return requests.post("https://api.dhcs.ca.gov/v1/members", json=body)
            CLIENTS = {"ice": EidClient, "state": StateClient}
            def table_class(partner):
                return CLIENTS[partner]
            ''',
        "pkg/refer.py": '''
            from .clients import table_class
            def refer_table(m):
                return table_class("ice")().submit({"cin": m.cin, "sex": m.sex_cd})
            def refer_bound(m):
                cls = table_class("ice")
                return cls().submit({"cin": m.cin, "ssn": m.ssn})
            def to_the_state(m):
                return table_class("state")().submit({"cin": m.cin, "ssn": m.ssn})
            ''',
    })
    assert lint(root / "pkg/refer.py") == [(3, "MCD101"), (6, "MCD101")]


def test_sql_a_caller_gives_another_modules_sender_is_placed_at_its_column(tmp_path: Path) -> None:
    # SPEC section 3 (column lists are placements, each name at its own line; a placement here sent by
    # another module's code is reported here): the SQL a caller hands to another module's export
    # function, or to an Airflow operator of another module made in a DAG, places each column in the
    # caller's literal (it was reported at the call, naming the other module's line as the placement)
    root = project(tmp_path / "p", {
        "etl/fn.py": '''
            import requests
            from airflow.models import BaseOperator
            from airflow.providers.postgres.hooks.postgres import PostgresHook
            def export(sql):
                for row in PostgresHook(postgres_conn_id="mdw").get_records(sql):
                    requests.post("https://eid.ice.gov/api/v1/referrals", json=list(row), timeout=30)
            class EidExportOperator(BaseOperator):
                def __init__(self, *, sql, **kwargs):
                    super().__init__(**kwargs)
                    self.sql = sql
                def execute(self, context):
                    export(self.sql)
            ''',
        "etl/dag.py": '''
            from .fn import EidExportOperator, export
            def job():
                export("SELECT msis_ident_num, "
                       "elgbl_1st_name FROM t WHERE imgrtn_stus_cd = '5'")
            unscoped = EidExportOperator(task_id="u", sql="SELECT msis_ident_num, race_cd FROM t WHERE imgrtn_stus_cd = '5'")
            ''',
    })
    from flake8_medicaid_scope import Config
    from flake8_medicaid_scope.analysis import analyze

    path = root / "etl/dag.py"
    found = analyze(path.read_text(), Config.from_options(cache=False), filename=str(path))
    lines = path.read_text().splitlines()
    # (each at the column's own name in the caller's literal)
    assert [(f.line, lines[f.line - 1][f.col:].split(" ")[0].strip('",'), f.code) for f in found] == [
        (4, "elgbl_1st_name", "MCD101"), (5, "race_cd", "MCD101")]
    assert not any("placed at" in f.message for f in found)


def test_a_partner_table_read_through_the_settings_module(tmp_path: Path) -> None:
    # SPEC section 4, as above: the table read through the module that holds it (settings.PARTNERS[partner],
    # an aliased import of the module, a relative one) is tried entry by entry too; state hosts only stay clean
    root = project(tmp_path / "p", {
        "agency/settings.py": PARTNER_SETTINGS,
        "agency/router.py": '''
            import requests
            import agency.settings as cfgmod
            from . import settings
            def a(member, partner):
                requests.post(cfgmod.PARTNERS[partner]["url"], json={"race": member.race_cd})
            def b(member, partner):
                requests.post(settings.PARTNERS[partner]["url"], json={"race": member.race_cd})
            def c(member, partner):
                requests.post(settings.STATE_PARTNERS[partner]["url"], json={"race": member.race_cd})
            ''',
    })
    assert lint(root / "agency/router.py") == [(5, "MCD101"), (7, "MCD101")]


def test_a_latest_status_helper_of_another_module(tmp_path: Path) -> None:
    # SPEC section 10 (a test of the person's own status chooses; someone else's does not) and section 5 (a
    # value keeps the name it came from): the latest-status Subquery returned by a helper of another module,
    # annotated then filtered or tested in the loop, chooses as the same module's helper does; the
    # guardian's does not
    root = project(tmp_path / "p", {
        "app/queries.py": '''
            from django.db.models import OuterRef, Subquery
            from app.models import StatusEvent
            def current_status():
                events = StatusEvent.objects.filter(member=OuterRef("pk")).order_by("-effective_dt")
                return Subquery(events.values("imgrtn_stus_cd")[:1])
            def guardians_status():
                events = StatusEvent.objects.filter(member=OuterRef("guardian")).order_by("-effective_dt")
                return Subquery(events.values("imgrtn_stus_cd")[:1])
            ''',
        "app/export.py": '''
            import requests
            from app.models import Member
            from app.queries import current_status, guardians_status
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            def filtered():
                for m in Member.objects.annotate(cur_status=current_status()).filter(cur_status__in=["EWI"]):
                    requests.post(ICE_URL, json={"cin": m.cin, "status": m.cur_status})
            def tested():
                for m in Member.objects.annotate(cur_status=current_status()):
                    if m.cur_status not in ("EWI",):
                        continue
                    requests.post(ICE_URL, json={"cin": m.cin})
            def by_the_guardian():
                for m in Member.objects.annotate(g=guardians_status()).filter(g__in=["EWI"]):
                    requests.post(ICE_URL, json={"cin": m.cin})
            ''',
    })
    assert lint(root / "app/export.py") == [(15, "MCD201")]
