"""Cross-module shapes of the thirty-second session (probers of round 210 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

HELPERS = '''
    def identity(m):
        return {"medicaid_id": m.cin, "ssn": m.ssn}
    '''


def test_a_builder_never_called_here_reports_its_return_beside_a_send_of_the_same_data(tmp_path: Path) -> None:
    # SPEC section 3 (another module's placement is reported at the call here that hands it on; one finding
    # per placement) and section 4 (a builder named for enforcement has its returned value reported): a
    # module that posts another module's payload to ICE and also returns it from a builder named for ICE
    # that it never calls hands it out twice, each its own finding; a builder whose output the module
    # posts is one finding, at the send
    root = project(tmp_path / "apart", {
        "pkg/helpers.py": HELPERS,
        "pkg/referrals.py": '''
            import requests
            from .helpers import identity
            def push(m):
                requests.post("https://eid.ice.gov/api/v1/x", json=identity(m))
            def build_ice_referral(m):
                return identity(m)
            ''',
    })
    assert lint(root / "pkg/referrals.py") == [(4, "MCD101"), (6, "MCD101")]
    root = project(tmp_path / "through", {
        "pkg/helpers.py": HELPERS,
        "pkg/referrals.py": '''
            import requests
            from .helpers import identity
            def build_ice_referral(m):
                return identity(m)
            def push(m):
                requests.post("https://eid.ice.gov/api/v1/x", json=build_ice_referral(m))
            ''',
    })
    assert lint(root / "pkg/referrals.py") == [(6, "MCD101")]


CLIENTS = '''
    import requests
    class IceClient:
        def send(self, payload):
            return requests.post("https://eid.ice.gov/api/referrals", json=payload)
    class WiClient:
        def send(self, payload):
            return requests.post("https://forwardhealth.wisconsin.gov/api/members", json=payload)
    PARTNERS = {"ice": IceClient, "wi": WiClient}
    '''


def test_a_table_of_classes_of_another_module_read_through_the_module(tmp_path: Path) -> None:
    # SPEC section 4 (the client object decides the destination) and section 6 (cross-module): a dict of
    # classes read through the module that holds it (clients.PARTNERS[partner]), or a local dict whose entries
    # name another module's classes ({"ice": clients.IceClient}), makes an instance of any of them; the
    # state's entry alone stays clean
    root = project(tmp_path, {
        "pkg/clients.py": CLIENTS,
        "pkg/router.py": '''
            from pkg import clients
            LOCAL = {"ice": clients.IceClient, "wi": clients.WiClient}
            def route_attr_table(partner, m):
                cls = clients.PARTNERS[partner]
                cls().send({"cin": m.cin, "ssn": m.ssn})
            def route_local_table(partner, m):
                LOCAL[partner]().send({"cin": m.cin, "race": m.race})
            def route_state(m):
                cls = clients.PARTNERS["wi"]
                cls().send({"cin": m.cin, "ssn": m.ssn})
            ''',
    })
    assert lint(root / "pkg/router.py") == [(5, "MCD101"), (7, "MCD101")]


def test_a_builder_used_on_the_way_to_a_send_is_one_finding_at_the_send(tmp_path: Path) -> None:
    # SPEC section 3 (one finding per placement): a builder named for enforcement whose output the module hands
    # to another module's sender (post_ice(build_ice_referral(m))) or keeps and sends later is reported once, at
    # the send, even where the path of the send does not show the builder
    root = project(tmp_path, {
        "pkg/helpers.py": HELPERS,
        "pkg/transport.py": '''
            import requests
            def post_ice(body):
                requests.post("https://eid.ice.gov/api/v1/referrals", json=body)
            ''',
        "pkg/jobs.py": '''
            from .helpers import identity
            from .transport import post_ice
            def build_ice_referral(m):
                return identity(m)
            def run(m):
                post_ice(build_ice_referral(m))
            ''',
    })
    assert lint(root / "pkg/jobs.py") == [(6, "MCD101")]


def test_a_hybrid_property_of_another_module_tests_status_in_a_where(tmp_path: Path) -> None:
    # SPEC section 10 (a function of the project whose result tests status is a condition where it is used as
    # one): a SQLAlchemy hybrid property declared in the models module that tests status chooses the members
    # of a select(...).where(Member.in_scope) in another module; one that tests the county does not
    root = project(tmp_path, {
        "pkg/models.py": '''
            from sqlalchemy import Column, Integer, String
            from sqlalchemy.ext.hybrid import hybrid_property
            from sqlalchemy.orm import declarative_base
            Base = declarative_base()
            class Member(Base):
                __tablename__ = "member"
                id = Column(Integer, primary_key=True)
                cin = Column(String(9))
                imgrtn_stus_cd = Column(String(2))
                county = Column(String(3))
                @hybrid_property
                def in_scope(self):
                    return self.imgrtn_stus_cd.in_(("5", "6"))
                @hybrid_property
                def local(self):
                    return self.county == "019"
            ''',
        "pkg/jobs.py": '''
            import requests
            from sqlalchemy import select
            from .models import Member
            def refer(session):
                for m in session.scalars(select(Member).where(Member.in_scope)):
                    requests.post("https://eid.ice.gov/api/v1/referrals", json={"cin": m.cin})
            def refer_local(session):
                for m in session.scalars(select(Member).where(Member.local)):
                    requests.post("https://eid.ice.gov/api/v1/referrals", json={"cin": m.cin})
            ''',
    })
    assert lint(root / "pkg/jobs.py") == [(9, "MCD201")]


def test_a_table_of_classes_names_the_same_destination_whatever_the_hash_seed(tmp_path: Path) -> None:
    # SPEC section 3 (one finding per placement, naming its send) and issue 9 (the analysis is deterministic): a
    # factory reading another module's classes from a table with a key not known may make any of three clients;
    # the destination the message names is the same in every process, whatever Python's string hash seed
    import os
    import subprocess
    import sys

    root = project(tmp_path, {
        "pkg/partners.py": '''
            import requests
            ICE_URL = "https://eid.ice.gov/api/v2"
            class Base:
                url = ""
                def post_json(self, body):
                    return requests.post(self.url, json=body)
            class CaseClient(Base):
                url = ICE_URL + "/cases"
            class ReferralClient(Base):
                url = ICE_URL + "/referrals"
            class ContactClient(Base):
                url = ICE_URL + "/contacts"
            ''',
        "pkg/registry.py": '''
            from .partners import CaseClient, ContactClient, ReferralClient
            CLIENTS = {"case": CaseClient, "referral": ReferralClient, "contact": ContactClient}
            def get_client(name):
                cls = CLIENTS[name]
                return cls()
            ''',
        "pkg/service.py": '''
            from .registry import get_client
            def send(partner, m):
                get_client(partner).post_json({"diagnosis": m.dx})
            ''',
    })
    command = [sys.executable, "-m", "flake8", "--isolated", "--select=MCD", "--medicaid-no-cache", "pkg/service.py"]
    outputs = {subprocess.run(command, cwd=root, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2", "3", "4", "5", "6")}
    assert len(outputs) == 1 and "MCD102" in outputs.pop()
