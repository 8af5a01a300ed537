"""Cross-module shapes of the twenty-seventh session (probers of round 171 and after)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_project import project
from test_project_session17 import lint


def _namespace(root: Path, files: dict[str, str]) -> Path:
    """A project whose packages have no ``__init__.py`` (PEP 420 namespace packages)."""
    project(root, files)
    for init in root.rglob("__init__.py"):
        init.unlink()
    return root


NAMESPACE_FILES = {
    "settings.py": '''
        PARTNER_URL = "https://eid.ice.gov/api/v1/referrals"
        PORTAL_URL = "https://portal.dhs.state.mn.us/api/members"
        ''',
    "builders.py": '''
        def packet(m):
            return {"medicaid_id": m.cin, "last_name": m.last_name}
        ''',
    "jobs.py": '''
        import requests
        from .builders import packet
        from .settings import PARTNER_URL, PORTAL_URL
        def refer(m):
            requests.post(PARTNER_URL, json={"medicaid_id": m.cin, "ssn": m.ssn})
        def built(m):
            requests.post(PARTNER_URL, json=packet(m))
        def to_state(m):
            requests.post(PORTAL_URL, json={"ssn": m.ssn, "dx": m.diagnosis_code})
        ''',
}


def test_relative_imports_of_a_namespace_package(tmp_path: Path) -> None:
    # SPEC section 6 (the project's own modules are visible through their imports; imports resolve as
    # Python would): a folder of the project without __init__.py is a namespace package, so
    # `from .settings import PARTNER_URL` reads its sibling module: the URL it names is enforcement
    # (no name says so), a builder it names places its fields; a sibling's state URL stays clean
    root = _namespace(tmp_path, {f"app/{name}": text for name, text in NAMESPACE_FILES.items()})
    assert not (root / "app/__init__.py").exists()
    assert lint(root / "app/jobs.py") == [(5, "MCD101"), (7, "MCD101")]


def test_relative_imports_of_a_namespace_package_under_src(tmp_path: Path) -> None:
    # the same under a src/ layout, one folder deeper (src/agency/app/jobs.py is agency.app.jobs)
    root = _namespace(tmp_path, {f"src/agency/app/{name}": text for name, text in NAMESPACE_FILES.items()})
    assert lint(root / "src/agency/app/jobs.py") == [(5, "MCD101"), (7, "MCD101")]


def test_a_folder_outside_any_project_is_no_package(tmp_path: Path) -> None:
    # with no project marker above it, a folder without __init__.py is not a package: a relative import
    # resolves to nothing (Python would refuse it) and nothing is guessed from the folder's name
    for name, text in NAMESPACE_FILES.items():
        (tmp_path / name).write_text(text.replace("\n        ", "\n").lstrip("\n"), encoding="utf-8")
    assert lint(tmp_path / "jobs.py") == []


def test_a_grandparent_init_of_another_module_reads_the_leafs_class_attribute(tmp_path: Path) -> None:
    # SPEC sections 4 and 6 across modules: the leaf class of this module sets base_url; the class it
    # derives from (another module) sets a state URL and has no __init__; that class's own base copies
    # self.base_url in its __init__: the leaf's ICE URL is the one its methods send to
    root = project(tmp_path, {
        "pkg/base.py": '''
            import requests
            class ApiClient:
                base_url = "https://api.vendor.example.com"
                def __init__(self):
                    self.url = self.base_url
                    self.session = requests.Session()
                def _post(self, path, body):
                    return self.session.post(self.url + path, json=body)
            class StateMmisClient(ApiClient):
                base_url = "https://mmis.hhs.texas.gov/api"
            ''',
        "pkg/eid.py": '''
            from .base import StateMmisClient
            class EidClient(StateMmisClient):
                base_url = "https://eid.ice.gov/detainers"
                def notify(self, m):
                    return self._post("/notify", {"cin": m.cin, "ssn": m.ssn})
            class TexasClient(StateMmisClient):
                def notify(self, m):
                    return self._post("/notify", {"cin": m.cin, "ssn": m.ssn})
            ''',
    })
    assert lint(root / "pkg/eid.py") == [(5, "MCD101")]


SENDER = '''
    import requests
    DEST = "https://eid.ice.gov/api/v1/referrals"
    def post_json(body):
        requests.post(DEST, json=body, timeout=20)
    '''
CALLER = '''
    import csv
    from {module} import post_json
    def main(path):
        with open(path, newline="") as fh:
            for row in csv.DictReader(fh):
                if row["imgrtn_stus_cd"] not in ("5", "6"):
                    continue
                post_json({{"cin": row["cin"], "ssn": row["ssn"]}})
    '''


@pytest.mark.parametrize(("sender", "caller", "module"), [
    ("app/sender.py", "app/backfill.py", "app.sender"),  # absolute import within a namespace package
    ("app/net/sender.py", "app/backfill.py", ".net.sender"),  # relative import into a namespace sub-folder
    ("src/ops/net/sender.py", "scripts/backfill.py", "ops.net.sender"),  # a script folder importing a src/ namespace package
])
def test_a_namespace_module_that_sends_is_reached_from_a_file_without_a_signal(tmp_path: Path, sender: str, caller: str, module: str) -> None:
    # SPEC section 8 (the pre-check must stay sound: a file that imports a project module carrying an
    # enforcement signal may matter) and section 3: the caller's text names no enforcement at all; the
    # namespace module it imports posts to ICE, so the SSN placed here is reported here
    root = _namespace(tmp_path, {sender: SENDER, caller: CALLER.format(module=module)})
    assert lint(root / caller) == [(8, "MCD101")]


BASE_CLIENT = '''
    import requests
    class BaseClient:
        BASE_URL = None
        ENDPOINT = "/"
        def __init__(self, token):
            self.url = self.BASE_URL + self.ENDPOINT
            self.token = token
        def post_json(self, payload):
            return requests.post(self.url, json=payload)
    '''


def test_class_attributes_of_three_levels_in_three_modules(tmp_path: Path) -> None:
    # SPEC sections 4 and 6 across modules: the base (one module) joins BASE_URL and ENDPOINT in its
    # __init__; the middle class (another) sets ENDPOINT, the leaf (this one) BASE_URL: the leaf's objects
    # post to the ICE URL both make; a leaf that overrides its ICE parent's BASE_URL with a state host
    # posts to the state (no finding), whatever the parent says
    root = project(tmp_path, {
        "pk/base.py": BASE_CLIENT,
        "pk/federal.py": '''
            from .base import BaseClient
            class FederalClient(BaseClient):
                ENDPOINT = "/api/v3/subjects"
            ''',
        "pk/ice.py": '''
            from .federal import FederalClient
            class IceEidClient(FederalClient):
                BASE_URL = "https://eid.ice.gov"
                def refer(self, member):
                    payload = {"cin": member.cin, "ssn": member.ssn}
                    return self.post_json(payload)
            ''',
        "pk/mn.py": '''
            from .base import BaseClient
            class FederalClient(BaseClient):
                BASE_URL = "https://eid.ice.gov"
                ENDPOINT = "/api/v3/subjects"
            class MnItsClient(FederalClient):
                BASE_URL = "https://mn-its.dhs.state.mn.us"
                def sync(self, member):
                    return self.post_json({"cin": member.cin, "ssn": member.ssn})
            def sync(member):
                return MnItsClient("t").sync(member)
            ''',
    })
    assert lint(root / "pk/ice.py") == [(5, "MCD101")]
    assert lint(root / "pk/mn.py") == []


def test_a_bare_value_handed_to_another_module_is_named_by_the_key_it_is_put_under(tmp_path: Path) -> None:
    # SPEC section 5 (a value carries the names of where it came from and where it is put; if any is
    # prohibited it is prohibited, else if any is permitted it is permitted) across modules: args.ref put
    # under "medicaid_id" by the client is a Medicaid ID (no MCD104 for "ref"); args.notes put under
    # "caseworker_notes" is a caseworker's note (MCD101, not MCD104 for "notes")
    root = project(tmp_path, {
        "pkg/client.py": '''
            import httpx
            ERO_URL = "https://eid.ice.gov/api/referrals"
            def lookup_subject(ref):
                return httpx.get(ERO_URL, params={"medicaid_id": ref})
            def refer_one(member, notes):
                return httpx.post(ERO_URL, json={"cin": member.cin, "caseworker_notes": notes})
            ''',
        "pkg/cli.py": '''
            import argparse
            from .client import lookup_subject, refer_one
            def main(member):
                args = argparse.ArgumentParser().parse_args()
                print(lookup_subject(args.ref))
                refer_one(member, args.notes)
            ''',
    })
    assert lint(root / "pkg/cli.py") == [(6, "MCD101")]


def test_a_builder_returning_another_modules_enforcement_model_reports_nothing_again(tmp_path: Path) -> None:
    # SPEC section 3: the fields of a model named for enforcement are reported at their declarations and
    # its constructor keywords are not reported again; a builder of another module that only returns the
    # model (no send) has nothing of its own to report
    root = project(tmp_path, {
        "pkg/payloads.py": '''
            from pydantic import BaseModel
            class EroReferral(BaseModel):
                medicaid_id: str
                full_name: str
            ''',
        "pkg/builders.py": '''
            from .payloads import EroReferral
            def to_ero_model(member) -> EroReferral:
                return EroReferral(
                    medicaid_id=member.cin,
                    full_name=member.name,
                )
            ''',
    })
    assert lint(root / "pkg/payloads.py") == [(4, "MCD101")]
    assert lint(root / "pkg/builders.py") == []


def test_a_package_inside_a_namespace_folder_imports_from_its_parent(tmp_path: Path) -> None:
    # SPEC section 6 (imports resolve as Python would): app/ has no __init__.py, app/pkg/ has one; with
    # the project root on the path, app/pkg/jobs.py is app.pkg.jobs, and `from ..conf import ...` reads
    # app/conf.py: its ICE base is enforcement though no name says so, its Minnesota host is not
    root = project(tmp_path, {
        "app/conf.py": '''
            PARTNER_BASE = "https://eid.ice.gov/api"
            DHS_URL = "https://mn-its.dhs.state.mn.us/api"
            ''',
        "app/pkg/jobs.py": '''
            import requests
            from ..conf import DHS_URL, PARTNER_BASE
            def refer(m):
                requests.post(PARTNER_BASE, json={"cin": m.cin, "income": m.income_amt})
            def sync(m):
                requests.post(DHS_URL, json={"cin": m.cin, "ssn": m.ssn})
            ''',
    })
    (root / "app" / "__init__.py").unlink()
    assert lint(root / "app/pkg/jobs.py") == [(4, "MCD101")]


def test_a_caller_handing_a_nameless_member_to_a_client_of_another_module_is_clean(tmp_path: Path) -> None:
    # SPEC section 3: a caller that hands on only a nameless object is clean, the findings are where the
    # fields are placed; the client's URL comes from a base __init__ (a third module) copying its class
    # attribute, which the client's own analysis resolves while the caller constructs the client
    root = project(tmp_path, {
        "pk/base.py": '''
            import requests
            class BaseClient:
                URL = None
                def __init__(self):
                    self.url = self.URL
                def post_json(self, payload):
                    return requests.post(self.url, json=payload)
            ''',
        "pk/mixins.py": '''
            class AuditFieldsMixin:
                def add_audit(self, payload, member):
                    payload["caseworker_name"] = member.caseworker_name
                    return payload
            ''',
        "pk/ice.py": '''
            from .base import BaseClient
            from .mixins import AuditFieldsMixin
            class IceEidClient(AuditFieldsMixin, BaseClient):
                URL = "https://eid.ice.gov/api/subjects"
                def refer(self, member):
                    payload = {"cin": member.cin, "ssn": member.ssn}
                    payload = self.add_audit(payload, member)
                    return self.post_json(payload)
            ''',
        "pk/jobs.py": '''
            from .ice import IceEidClient
            def refer_member(member):
                return IceEidClient().refer(member)
            ''',
    })
    assert lint(root / "pk/ice.py") == [(6, "MCD101"), (8, "MCD101")]
    assert lint(root / "pk/jobs.py") == []


def test_an_imported_builder_handed_in_as_a_value_is_run(tmp_path: Path) -> None:
    # SPEC sections 3 and 6: refer_with(url, builder, m) posts builder(m); given a builder function of
    # another module (imported by name), the builder runs, and its field is reported at the call here
    root = project(tmp_path, {
        "app/fmt.py": '''
            def row(m):
                return {"cin": m.cin, "primary_lang": m.primary_language}
            ''',
        "app/transport.py": '''
            import requests
            def refer_with(url, builder, m):
                requests.post(url, json=builder(m))
            ''',
        "app/main.py": '''
            from app.fmt import row
            from app.transport import refer_with
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            STATE_URL = "https://mmis.dhs.state.mn.us/api"
            def refer(m):
                refer_with(url=ICE_URL, builder=row, m=m)
            def sync(m):
                refer_with(STATE_URL, row, m)
            ''',
    })
    assert lint(root / "app/main.py") == [(6, "MCD101")]
