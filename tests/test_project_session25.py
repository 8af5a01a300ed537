"""Cross-module shapes of the twenty-fifth session (probers of round 158 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_rows_of_a_project_helper_running_a_query_that_chooses_by_status(tmp_path: Path) -> None:
    # SPEC section 10 (a SQL WHERE on a status column anywhere on the path from source to send clears
    # it; a plural person-named variable is a bulk source only when what it holds comes from code the
    # analysis cannot see): rows a helper of another module fetches with a query whose WHERE tests
    # the status are chosen, whatever the variable is called; the same helper given an unchosen query
    # still reads many people's records
    root = project(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/queries.py": '''
            import psycopg2
            SCOPED_SQL = "SELECT msis_ident_num, birth_dt FROM tmsis_elgblty WHERE imgrtn_stus_cd IN ('5', '6')"
            ALL_SQL = "SELECT msis_ident_num, birth_dt FROM tmsis_elgblty"
            def fetch(dsn, sql):
                with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
                    cur.execute(sql)
                    cols = [c.name for c in cur.description]
                    return [dict(zip(cols, r)) for r in cur.fetchall()]
            ''',
        "pkg/job.py": '''
            import requests
            from pkg.queries import ALL_SQL, SCOPED_SQL, fetch
            ICE_URL = "https://eid.ice.gov/api/v2/referrals"
            def scoped_referrals(dsn):
                rows = fetch(dsn, SCOPED_SQL)
                requests.post(ICE_URL, json=[{"medicaid_id": r["msis_ident_num"]} for r in rows])
            def all_referrals(dsn):
                rows = fetch(dsn, ALL_SQL)
                requests.post(ICE_URL, json=[{"medicaid_id": r["msis_ident_num"]} for r in rows])
            ''',
    })
    assert lint(root / "pkg/job.py") == [(9, "MCD201")]


def test_a_schema_validated_from_orm_rows_of_another_module_sends_its_own_fields(tmp_path: Path) -> None:
    # SPEC section 6 (Model.model_validate(raw) of a payload model carries that model's declared fields):
    # AnswerRecord.model_validate(m) of a row of another module's ORM model holds AnswerRecord's fields, not
    # the row's ssn_num; the second review's repro (a pandas reader rule had been applied to session.scalars)
    root = project(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/db.py": '''
            from sqlalchemy import Column, Date, String
            from sqlalchemy.orm import DeclarativeBase
            class Base(DeclarativeBase):
                pass
            class MemberView(Base):
                __tablename__ = "avr_member_v"
                cin = Column(String(12), primary_key=True)
                birth_dt = Column(Date)
                imgrtn_stus_cd = Column(String(2))
                ssn_num = Column(String(9))
            ''',
        "pkg/schemas.py": '''
            from pydantic import BaseModel, ConfigDict
            class AnswerRecord(BaseModel):
                model_config = ConfigDict(from_attributes=True)
                cin: str
                birth_dt: str
                imgrtn_stus_cd: str
            ''',
        "pkg/respond.py": '''
            import httpx
            from sqlalchemy import select
            from sqlalchemy.orm import Session
            from .db import MemberView
            from .schemas import AnswerRecord
            ICE_AVR_URL = "https://avr.ero.ice.gov/api/v2/answers"
            UNLAWFUL = ("8", "9")
            def respond_batch(engine):
                with Session(engine) as s:
                    stmt = select(MemberView).where(MemberView.imgrtn_stus_cd.in_(UNLAWFUL))
                    members = s.scalars(stmt).all()
                    answers = [AnswerRecord.model_validate(m).model_dump(mode="json") for m in members]
                httpx.post(ICE_AVR_URL, json={"answers": answers}, timeout=60)
            ''',
    })
    assert lint(root / "pkg/respond.py") == []


def test_rows_a_helper_copies_out_of_a_chosen_query_stay_chosen(tmp_path: Path) -> None:
    # SPEC section 10 (a condition anywhere on the path from source to send clears it): a helper of another
    # module that returns [r for r in rows] of a query whose JOIN ... WHERE tests citizenship hands back the
    # chosen records, whatever plural name the caller gives them; a county query stays a bulk source
    root = project(tmp_path, {
        "agency/__init__.py": "",
        "agency/repo.py": '''
            def fetch_noncitizens(conn):
                cur = conn.cursor()
                cur.execute("SELECT e.cin, e.birth_dt FROM enrollee e JOIN citizenship c ON c.cin = e.cin WHERE c.ctznshp_ind = 'N'")
                rows = cur.fetchall()
                return [r for r in rows]
            def fetch_county(conn, county):
                cur = conn.cursor()
                cur.execute("SELECT cin, birth_dt FROM enrollee WHERE cnty_cd = %s", (county,))
                return [r for r in cur.fetchall()]
            ''',
        "agency/refer.py": '''
            import requests
            from agency.repo import fetch_county, fetch_noncitizens
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            def run_noncitizens(conn):
                recipients = fetch_noncitizens(conn)
                requests.post(ICE_URL, json=[{"medicaid_id": c, "dob": d} for c, d in recipients])
            def run_county(conn):
                members = fetch_county(conn, "037")
                requests.post(ICE_URL, json=[{"medicaid_id": c, "dob": d} for c, d in members])
            ''',
    })
    assert lint(root / "agency/refer.py") == [(9, "MCD201")]
