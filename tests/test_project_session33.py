"""Cross-module shapes of the thirty-third session (probers of round 216 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

CLIENTS = '''
    import requests
    class EidReferralClient:
        def submit(self, payload):
            return requests.post("https://eid.ice.gov/api/v2/referrals", json=payload, timeout=10)
    class StateClient:
        def submit(self, payload):
            return requests.post("https://mmis.dhcs.ca.gov/api/members", json=payload, timeout=10)
    def client_class():
        return EidReferralClient
    def state_class():
        return StateClient
    def make_client():
        return EidReferralClient()
    '''


def test_a_class_another_modules_factory_returns_is_called_here(tmp_path: Path) -> None:
    # SPEC section 3 (a field placed here and sent by another module's code is reported here) and section 6
    # (calls into the project are followed): a class returned by a factory of another module, called here
    # (at once or through a variable), makes an object of that class; the state's class stays clean
    root = project(tmp_path / "p", {
        "pkg/clients.py": CLIENTS,
        "pkg/refer.py": '''
            from .clients import client_class, make_client, state_class
            def via_class_factory(m):
                cls = client_class()
                return cls().submit({"medicaid_id": m.cin, "marital_status": m.marital_sts_cd})
            def via_call_of_the_call(m):
                return client_class()().submit({"medicaid_id": m.cin, "language": m.lang_cd})
            def via_instance_factory(m):
                return make_client().submit({"medicaid_id": m.cin, "marital_status": m.marital_sts_cd})
            def to_the_state(m):
                return state_class()().submit({"medicaid_id": m.cin, "marital_status": m.marital_sts_cd})
            ''',
    })
    assert lint(root / "pkg/refer.py") == [(4, "MCD101"), (6, "MCD101"), (8, "MCD101")]


def test_records_read_by_another_module_sent_where_the_caller_says(tmp_path: Path) -> None:
    # SPEC section 10 (where the callers are visible, the finding is at the call that hands on unfiltered
    # bulk data) and section 3 (reported in the linted module): a function of another module that reads
    # every member and posts each to the URL its caller gives is reported at the caller that gives an ICE
    # URL (run on its own, that module sends nowhere known); a caller giving a state URL stays clean,
    # and so does a query chosen by status
    root = project(tmp_path / "p", {
        "pkg/export.py": '''
            import requests
            def export_members(conn, url):
                cur = conn.cursor()
                cur.execute("SELECT cin, dob FROM members")
                for cin, dob in cur.fetchall():
                    requests.post(url, json={"medicaid_id": cin, "dob": dob})
            def export_chosen(conn, url):
                cur = conn.cursor()
                cur.execute("SELECT cin, dob FROM members WHERE imgrtn_stus_cd IN ('5', '7')")
                for cin, dob in cur.fetchall():
                    requests.post(url, json={"medicaid_id": cin, "dob": dob})
            ''',
        "pkg/job.py": '''
            from .export import export_chosen, export_members
            ICE_URL = "https://eid.ice.gov/api/v2/referrals"
            def nightly(conn):
                export_members(conn, ICE_URL)
            def to_the_state(conn):
                export_members(conn, "https://mmis.dhcs.ca.gov/api/members")
            def chosen(conn):
                export_chosen(conn, ICE_URL)
            ''',
    })
    assert lint(root / "pkg/job.py") == [(4, "MCD201")]
    assert lint(root / "pkg/export.py") == []


def test_a_callee_whose_url_defaults_to_ice_reports_its_own_records(tmp_path: Path) -> None:
    # SPEC section 10 (reported once per sink call): a function of another module whose URL parameter
    # defaults to an ICE URL reports its unchosen records itself; its caller giving the same URL does not
    # report them again
    root = project(tmp_path / "p", {
        "pkg/export.py": '''
            import requests
            ICE_URL = "https://eid.ice.gov/api/v2/referrals"
            def export_members(conn, url=ICE_URL):
                cur = conn.cursor()
                cur.execute("SELECT cin, dob FROM members")
                for cin, dob in cur.fetchall():
                    requests.post(url, json={"medicaid_id": cin, "dob": dob})
            ''',
        "pkg/job.py": '''
            from .export import ICE_URL, export_members
            def nightly(conn):
                export_members(conn, ICE_URL)
            ''',
    })
    assert lint(root / "pkg/job.py") == []
    assert lint(root / "pkg/export.py") == [(7, "MCD201")]


def test_a_keyword_dict_table_of_classes_read_through_its_module(tmp_path: Path) -> None:
    # SPEC section 6 (tables of classes are followed, across modules): PARTNERS = dict(ice=IceClient,
    # mn=StateClient) read as clients.PARTNERS["ice"] makes an IceClient; an unknown key any of them;
    # the state's entry stays clean
    root = project(tmp_path / "p", {
        "pkg/clients.py": '''
            import requests
            class IceClient:
                def send(self, body):
                    requests.post("https://eid.ice.gov/api/v1/referrals", json=body)
            class StateClient:
                def send(self, body):
                    requests.post("https://api.dhs.state.mn.us/mmis/members", json=body)
            PARTNERS = dict(ice=IceClient, mn=StateClient)
            ''',
        "pkg/jobs.py": '''
            from . import clients
            def refer(m):
                cls = clients.PARTNERS["ice"]
                cls().send({"medicaid_id": m.cin, "ssn": m.ssn})
            def refer_any(m, partner):
                clients.PARTNERS[partner]().send({"medicaid_id": m.cin, "race": m.race_cd})
            def to_the_state(m):
                clients.PARTNERS["mn"]().send({"medicaid_id": m.cin, "race": m.race_cd})
            ''',
    })
    assert lint(root / "pkg/jobs.py") == [(4, "MCD101"), (6, "MCD101")]
