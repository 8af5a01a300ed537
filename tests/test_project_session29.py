"""Cross-module shapes of the twenty-ninth session (probers of round 187 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

BUILDERS = '''
    from email.message import EmailMessage
    def build_notice(m):
        msg = EmailMessage()
        msg["To"] = "intake@ice.gov"
        msg.set_content(f"{m.cin} {m.primary_language}")
        return msg
    def build_body(m):
        msg = EmailMessage()
        msg.set_content(f"{m.cin} {m.primary_language}")
        return msg
    def build_state_notice(m):
        msg = EmailMessage()
        msg["To"] = "eligibility@dhcs.ca.gov"
        msg.set_content(f"{m.cin} {m.primary_language}")
        return msg
    '''

SEND = '''
    import smtplib
    from .builders import build_body, build_notice, build_state_notice
    def send_built_elsewhere(m):
        msg = build_notice(m)
        with smtplib.SMTP("smtp.ca.gov") as s:
            s.send_message(msg)
    def send_addressed_here(m):
        msg = build_body(m)
        msg["To"] = "intake@ice.gov"
        with smtplib.SMTP("smtp.ca.gov") as s:
            s.send_message(msg)
    def sendmail_built_elsewhere(m):
        msg = build_body(m)
        with smtplib.SMTP("smtp.ca.gov") as s:
            s.sendmail("desk@ca.gov", ["intake@ice.gov"], msg.as_string())
    def send_to_the_state(m):
        msg = build_state_notice(m)
        with smtplib.SMTP("smtp.ca.gov") as s:
            s.send_message(msg)
    def send_body_to_the_state(m):
        msg = build_body(m)
        msg["To"] = "eligibility@dhcs.ca.gov"
        with smtplib.SMTP("smtp.ca.gov") as s:
            s.send_message(msg)
    '''


def test_an_email_message_built_in_another_module_comes_back_with_its_body_and_recipients(tmp_path: Path) -> None:
    # SPEC section 3 (data from another module bound to a variable is reported at the sink call, one
    # finding per field, naming where it was placed) and section 4 (smtplib: the message): a message a
    # builder of another module made and returned carries its body and its recipients; one addressed to
    # the state only stays clean
    root = project(tmp_path, {"app/builders.py": BUILDERS, "app/send.py": SEND})
    assert lint(root / "app/send.py") == [(6, "MCD101"), (11, "MCD101"), (15, "MCD101")]
    assert lint(root / "app/builders.py") == []


def test_an_allow_list_predicate_imported_from_a_policy_module(tmp_path: Path) -> None:
    # SPEC section 6 (an allow-list imported from another module keeps code clean): a one-expression
    # predicate of a policy module is read with that module's constant allow-list; a deny-list predicate
    # removes only what it names
    root = project(tmp_path, {
        "app/policy.py": '''
            ALLOWED = frozenset({"medicaid_id", "dob"})
            def is_permitted(key):
                return key in ALLOWED
            def is_loose(key):
                return key not in {"ssn"}
            ''',
        "app/refer.py": '''
            import requests
            from .policy import is_loose, is_permitted
            ICE_URL = "https://eid.ice.gov/api"
            def refer(m):
                rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
                requests.post(ICE_URL, json={k: v for k, v in rec.items() if is_permitted(k)})
            def refer_filter(m):
                rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dob": m.dob}
                requests.post(ICE_URL, json={k: rec[k] for k in filter(is_permitted, rec)})
            def refer_loose(m):
                rec = {"medicaid_id": m.cin, "ssn": m.ssn, "dx": m.dx}
                requests.post(ICE_URL, json={k: v for k, v in rec.items() if is_loose(k)})
            ''',
    })
    assert lint(root / "app/refer.py") == [(11, "MCD102")]


CLIENTS = '''
    from contextlib import asynccontextmanager
    import httpx
    from fastapi import FastAPI, Request
    MN_DHS_URL = "https://mn-its.dhs.state.mn.us/api"
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.dhs_client = httpx.AsyncClient(base_url=MN_DHS_URL)
        app.state.federal = httpx.AsyncClient(base_url="https://eid.ice.gov/api/v1")
        yield
    def get_dhs_client(request: Request) -> httpx.AsyncClient:
        return request.app.state.dhs_client
    def get_federal(request: Request) -> httpx.AsyncClient:
        return request.app.state.federal
    '''

ROUTES = '''
    from fastapi import APIRouter, Request
    from .clients import get_dhs_client, get_federal
    router = APIRouter()
    @router.post("/mn/forward")
    async def forward(cin: str, ssn: str, request: Request):
        client = get_dhs_client(request)
        await client.post("/members", json={"cin": cin, "ssn": ssn})
    @router.post("/federal")
    async def refer(cin: str, ssn: str, request: Request):
        client = get_federal(request)
        await client.post("/referrals", json={"cin": cin, "ssn": ssn})
    '''


def test_a_client_set_on_app_state_by_another_modules_lifespan(tmp_path: Path) -> None:
    # SPEC section 4 (a resolved host overrides every name signal; a host matching the enforcement patterns
    # decides) and section 6 (the project's modules are visible): a getter of another module returns the
    # client that module's lifespan set on app.state, with its base_url
    root = project(tmp_path, {"app/clients.py": CLIENTS, "app/routes.py": ROUTES})
    assert lint(root / "app/routes.py") == [(11, "MCD101")]


ROUTER_READS_STATE = '''
    import httpx
    from fastapi import APIRouter, Depends, Request
    from .clients import get_dhs_client, get_federal
    router = APIRouter()
    @router.post("/mn/direct")
    async def direct(cin: str, ssn: str, request: Request):
        client = request.app.state.dhs_client
        await client.post("/members", json={"cin": cin, "ssn": ssn})
    @router.post("/mn/depends")
    async def depends(cin: str, ssn: str, dhs_client: httpx.AsyncClient = Depends(get_dhs_client)):
        await dhs_client.post("/members", json={"cin": cin, "ssn": ssn})
    @router.post("/federal/depends")
    async def federal(cin: str, ssn: str, client: httpx.AsyncClient = Depends(get_federal)):
        await client.post("/referrals", json={"cin": cin, "ssn": ssn})
    @router.post("/federal/direct")
    async def federal_direct(cin: str, ssn: str, request: Request):
        await request.app.state.federal.post("/referrals", json={"cin": cin, "ssn": ssn})
    '''


def test_app_state_read_directly_or_through_depends_in_a_router(tmp_path: Path) -> None:
    # SPEC section 4 and section 6 (the project's modules are visible through imports): a router reads the
    # client the imported clients module's lifespan set on app.state, directly or through FastAPI's
    # Depends(getter); the state's host clears the dhs name, ICE's host decides
    root = project(tmp_path, {"app/clients.py": CLIENTS, "app/routes.py": ROUTER_READS_STATE})
    assert lint(root / "app/routes.py") == [(14, "MCD101"), (17, "MCD101")]


def test_allow_list_predicates_through_a_module_alias_or_an_object(tmp_path: Path) -> None:
    # SPEC section 6 (an allow-list imported from another module keeps code clean): a predicate called
    # through a module alias (pol.is_permitted), or as a method of an object of a policy class (policy.permits,
    # its allow-list a class constant or set in __init__), is read as the test it holds; one that lets a
    # prohibited name through does not sanitize it
    root = project(tmp_path, {
        "app/policy.py": '''
            ALLOWED = ("medicaid_id", "date_of_birth", "phone")
            def is_permitted(name):
                return name in ALLOWED
            ''',
        "app/policy_obj.py": '''
            PERMITTED = ("medicaid_id", "date_of_birth", "phone")
            LOOSE = ("medicaid_id", "ssn")
            class Policy:
                def __init__(self):
                    self.allowed = PERMITTED
                def permits(self, name):
                    return name in self.allowed
            class LoosePolicy:
                KEEP = LOOSE
                def permits(self, name):
                    return name in self.KEEP
            policy = Policy()
            loose = LoosePolicy()
            ''',
        "app/send.py": '''
            import requests
            import app.policy as pol
            from app.policy_obj import loose, policy
            ICE_URL = "https://eid.ice.gov/api/v1/subjects"
            def by_alias(m):
                rec = {"medicaid_id": m.cin, "ssn": m.ssn}
                requests.post(ICE_URL, json={k: v for k, v in rec.items() if pol.is_permitted(k)})
            def by_object(m):
                rec = {"medicaid_id": m.cin, "ssn": m.ssn}
                requests.post(ICE_URL, json={k: v for k, v in rec.items() if policy.permits(k)})
            def by_loose_object(m):
                rec = {"medicaid_id": m.cin, "ssn": m.ssn}
                requests.post(ICE_URL, json={k: v for k, v in rec.items() if loose.permits(k)})
            ''',
    })
    assert lint(root / "app/send.py") == [(12, "MCD101")]


def test_a_status_filter_of_another_module_applied_with_pipe(tmp_path: Path) -> None:
    # SPEC section 10 (a project function that tests a status field counts as a condition where it is
    # used as one): df.pipe(f) with f imported by name or through its module is f(df); a filter that
    # chooses by county does not clear the send
    root = project(tmp_path, {
        "app/filters.py": '''
            CODES = ["5", "8"]
            def removable_only(df):
                return df[df["imgrtn_stus_cd"].isin(CODES)]
            def county_only(df):
                return df[df["county_cd"] == "037"]
            ''',
        "app/job.py": '''
            import httpx
            import pandas as pd
            from . import filters
            from .filters import county_only, removable_only
            ICE_URL = "https://intake.ero.ice.gov/v2/subjects"
            COLS = ["msis_ident_num", "birth_dt", "imgrtn_stus_cd", "county_cd"]
            def piped_imported(path):
                df = pd.read_csv(path, usecols=COLS).pipe(removable_only)
                httpx.post(ICE_URL, json=df[["msis_ident_num"]].to_dict("records"))
            def piped_module_attr(path):
                df = pd.read_csv(path, usecols=COLS).pipe(filters.removable_only)
                httpx.post(ICE_URL, json=df[["msis_ident_num"]].to_dict("records"))
            def piped_by_county(path):
                df = pd.read_csv(path, usecols=COLS).pipe(county_only)
                httpx.post(ICE_URL, json=df[["msis_ident_num"]].to_dict("records"))
            ''',
    })
    assert lint(root / "app/job.py") == [(15, "MCD201")]
