"""Cross-module shapes of the forty-ninth session (probers of rounds 323 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import messages, project
from test_project_session17 import lint

SENDER = '''
    import requests

    TIPS_URL = "https://tips.hsi.dhs.gov/intake"


    class TipSender:
        def __init__(self):
            self.body = {}

        def load(self, member):
            self.body["medicaid_id"] = member.medicaid_id
            self.body["preferred_language"] = member.preferred_language

        def submit(self):
            requests.post(TIPS_URL, json=self.body)

        def submit_to(self, url):
            requests.post(url, json=self.body)
    '''

CALLER = '''
    from app.tips import TipSender

    ICE_URL = "https://eid.ice.gov/api/v1/referrals"
    STATE_URL = "https://api.dhs.state.il.us/referrals"


    def main(member):
        s = TipSender()
        s.load(member)
        s.submit()


    def to_ice(member):
        s = TipSender()
        s.load(member)
        s.submit_to(ICE_URL)


    def to_state(member):
        s = TipSender()
        s.load(member)
        s.submit_to(STATE_URL)


    def added_here(member):
        s = TipSender()
        s.body["ssn"] = member.ssn
        s.submit()
    '''


def test_an_object_filled_and_sent_by_its_own_methods_is_that_modules_finding(tmp_path: Path) -> None:
    # SPEC section 3 (a caller that hands on only a nameless object is clean: the findings are where the fields are
    # placed): s.load(m) then s.submit(), each a method of a class of another module that places and sends on its
    # own, is that module's finding (round 323: reported at the caller's s.submit() too), also when the caller
    # names another enforcement URL (one placement, one finding, as for a method that loads and sends in one call).
    # A field the caller placed on the object is the caller's finding, at its store.
    root = project(tmp_path, {"app/tips.py": SENDER, "app/job.py": CALLER})
    assert lint(root / "app/tips.py") == [(12, "MCD101")]
    assert lint(root / "app/job.py") == [(27, "MCD101")]
    assert "'ssn' (ssn)" in messages(root / "app/job.py")[0]


def test_an_object_filled_by_its_own_method_and_sent_to_the_callers_url_is_the_callers_finding(tmp_path: Path) -> None:
    # the same object where the class never sends to enforcement itself: only the caller's URL makes the send go
    # there, so the caller's call is the finding, naming where the field was placed
    sender = SENDER.replace('requests.post(TIPS_URL, json=self.body)', 'requests.post("https://api.dhs.state.il.us/tips", json=self.body)')
    root = project(tmp_path, {"app/tips.py": sender, "app/job.py": CALLER})
    assert lint(root / "app/tips.py") == []
    assert lint(root / "app/job.py") == [(16, "MCD101")]
    assert "'preferred_language' (language) placed at " in messages(root / "app/job.py")[0]
    assert "app/tips.py:12 " in messages(root / "app/job.py")[0]


TABLES = '''
    from sqlalchemy import Column, MetaData, String, Table

    md = MetaData()
    claims = Table("claims", md, Column("claim_id", String), Column("member_id", String))
    members = Table("members", md, Column("member_id", String), Column("imgrtn_stus_cd", String))
    '''

QUERIES = '''
    from sqlalchemy import and_, select

    from app.tables import claims, members


    def joined_query():
        return select(claims.c.member_id).join(members, members.c.member_id == claims.c.member_id)


    def scoped_query():
        return select(claims.c.member_id).join(
            members, and_(members.c.member_id == claims.c.member_id, members.c.imgrtn_stus_cd.in_(["U1", "U2"])))
    '''

PUSH = '''
    import requests
    from sqlalchemy import create_engine

    from app.queries import joined_query, scoped_query

    engine = create_engine("postgresql://dw/mco")
    ICE_URL = "https://eid.ice.gov/api/v1/x"


    def push_all():
        with engine.connect() as conn:
            for rec in conn.execute(joined_query()).mappings():
                requests.post(ICE_URL, json={"member_id": rec["member_id"]})


    def push_scoped():
        with engine.connect() as conn:
            for rec in conn.execute(scoped_query()).mappings():
                requests.post(ICE_URL, json={"member_id": rec["member_id"]})
    '''


def test_a_joined_table_that_declares_a_status_column_tests_nothing(tmp_path: Path) -> None:
    # SPEC section 10 (a condition tests a field of the status category; JOIN ... ON a status column counts): a query
    # of another module joining a Core table of a third that merely declares imgrtn_stus_cd, on member_id, chooses no
    # one (round 327: the declaration read as a condition, MCD201 silent); a join whose ON tests the column does
    root = project(tmp_path, {"app/tables.py": TABLES, "app/queries.py": QUERIES, "app/push.py": PUSH})
    assert lint(root / "app/push.py") == [(13, "MCD201")]
