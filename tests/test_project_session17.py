"""Cross-module shapes of the seventeenth session (probers of round 110 and after): one placement
of another module sent twice, a settings class alias imported from another module, records a
project loader passes on from a library."""

from __future__ import annotations

from pathlib import Path

from test_project import ICE, project

from flake8_medicaid_scope import Config, analyze

CONFIG = Config.from_options(cache=False)


def lint(path: Path, config: Config = CONFIG) -> list[tuple[int, str]]:
    return [(f.line, f.code) for f in analyze(path.read_text(encoding="utf-8"), config, filename=str(path))]


def test_a_placement_of_another_module_sent_twice_is_one_finding_at_the_first_send(tmp_path: Path) -> None:
    # SPEC section 3: one placement that reaches two sinks is reported once, naming the first; two
    # functions of the caller that each send it are two findings (each its own call)
    root = project(tmp_path, {
        "app/shaping.py": '''
            def identity(m):
                return {"medicaid_id": m.medicaid_id, "ssn": m.ssn}
            ''',
        "app/jobs.py": f'''
            import requests
            from app.shaping import identity
            CBP_URL = "https://api.cbp.gov/lookup"
            def post_twice(m):
                body = identity(m)
                requests.post("{ICE}/referrals", json=body)
                requests.post(CBP_URL, json=body)
            def post_once(m):
                requests.post(CBP_URL, json=identity(m))
            ''',
    })
    found = analyze((root / "app/jobs.py").read_text(), CONFIG, filename=str(root / "app/jobs.py"))
    assert [(f.line, f.code) for f in found] == [(6, "MCD101"), (9, "MCD101")]
    assert "eid.ice.gov" in found[0].message


def test_one_placement_of_another_module_filled_by_two_calls_with_other_data_is_two_findings(tmp_path: Path) -> None:
    # the member's own identity and the spouse's, each built by the same helper: two findings, each at its call
    root = project(tmp_path, {
        "app/shaping.py": '''
            def identity(m):
                return {"medicaid_id": m.cin, "ssn": m.ssn}
            ''',
        "app/jobs.py": f'''
            import requests
            from app.shaping import identity
            def household(m):
                requests.post("{ICE}/referrals", json=identity(m))
                requests.post("{ICE}/referrals", json=identity(m.spouse))
            ''',
    })
    found = analyze((root / "app/jobs.py").read_text(), CONFIG, filename=str(root / "app/jobs.py"))
    assert [(f.line, f.message.split(" (")[0]) for f in found] == [
        (4, "MCD101 'ssn'"), (5, "MCD101 'spouse_cin'"), (5, "MCD101 'spouse_ssn'")]


def test_a_settings_class_alias_of_another_module_resolves_its_constants(tmp_path: Path) -> None:
    # SPEC section 4 (URL resolution folds module and class constants) and 6 (the project's modules
    # are visible through their imports): ACTIVE = ProdConfig there, ACTIVE.REFERRAL_URL here
    root = project(tmp_path, {
        "app/config.py": f'''
            class ProdConfig:
                REFERRAL_URL = "{ICE}/referrals"
            class StateConfig:
                REFERRAL_URL = "https://portal.dhs.state.pa.us/api"
            ACTIVE = ProdConfig
            STATE = StateConfig
            ''',
        "app/jobs.py": '''
            import requests
            import app.config as config
            from app.config import ACTIVE, STATE
            def refer(m):
                requests.post(ACTIVE.REFERRAL_URL, json={"medicaid_id": m.cin, "ssn": m.ssn})
            def refer_module(m):
                requests.post(config.ACTIVE.REFERRAL_URL, json={"medicaid_id": m.cin, "sex": m.sex})
            def to_state(m):
                requests.post(STATE.REFERRAL_URL, json={"medicaid_id": m.cin, "ssn": m.ssn})
            ''',
    })
    assert lint(root / "app/jobs.py") == [(5, "MCD101"), (7, "MCD101")]


def test_records_a_project_loader_passes_on_from_a_library_are_bulk(tmp_path: Path) -> None:
    # SPEC section 10: a plural person-named variable is a bulk source; a project function that only
    # hands back what a library returned chose no one. One that tests status, or is handed one
    # person, does not make its result a population.
    root = project(tmp_path, {
        "app/loader.py": '''
            import vendor_sdk
            def load_all():
                return vendor_sdk.fetch_all()
            def load_targets():
                return vendor_sdk.fetch(immigration_status="EWI")
            def load_scoped(conn):
                return conn.execute("SELECT cin FROM members WHERE imgrtn_stus_cd IN ('5')").fetchall()
            def load_household(member):
                return vendor_sdk.household(member.cin)
            def get_members_by_ids(ids):
                return vendor_sdk.get_many(ids=ids)
            STATUS_FILTER = {"immigration_status": ["EWI", "OVERSTAY"]}
            def load_in_scope():
                return vendor_sdk.search(filter=STATUS_FILTER)
            ''',
        "app/jobs.py": f'''
            import requests
            from app.loader import load_all, load_targets, load_scoped, load_household
            def everyone():
                members = load_all()
                for m in members:
                    requests.post("{ICE}/referrals", json={{"medicaid_id": m.cin}})
            def targets(conn, member):
                for m in load_targets():
                    requests.post("{ICE}/referrals", json={{"medicaid_id": m.cin}})
                members = load_scoped(conn)
                for m in members:
                    requests.post("{ICE}/referrals", json={{"medicaid_id": m.cin}})
                members = load_household(member)
                for m in members:
                    requests.post("{ICE}/referrals", json={{"medicaid_id": m.cin}})
            def chosen(request):
                from app.loader import get_members_by_ids, load_in_scope
                members = get_members_by_ids(request.json["ids"])
                for m in members:
                    requests.post("{ICE}/referrals", json={{"medicaid_id": m.cin}})
                members = load_in_scope()
                for m in members:
                    requests.post("{ICE}/referrals", json={{"medicaid_id": m.cin}})
            def local():
                recipients = _fetch()
                for r in recipients:
                    requests.post("{ICE}/referrals", json={{"medicaid_id": r.cin}})
            def _fetch():
                import vendor_sdk
                return vendor_sdk.fetch_all()
            ''',
    })
    assert lint(root / "app/jobs.py") == [(6, "MCD201"), (27, "MCD201")]


def test_a_roster_written_by_one_module_and_uploaded_by_a_helper_of_another(tmp_path: Path) -> None:
    # SPEC section 10 (a file written from a bulk source and uploaded later is reported at the upload) and
    # section 3 (at the call in the linted module that hands the data to a function that sends it)
    root = project(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/clients.py": '''
            import boto3
            ICE_HANDOFF_BUCKET = "ice-eid-handoff-prod"
            STATE_BUCKET = "pa-dhs-archive"
            def upload_handoff(path):
                boto3.client("s3").upload_file(path, ICE_HANDOFF_BUCKET, "roster.csv")
            def archive(path):
                boto3.client("s3").upload_file(path, STATE_BUCKET, "roster.csv")
            ''',
        "pkg/exports.py": '''
            import csv
            from .models import Member
            def write_roster(path):
                with open(path, "w", newline="") as fh:
                    w = csv.writer(fh)
                    for m in Member.objects.all():
                        w.writerow([m.cin, m.birth_date])
                return path
            def write_scoped(path):
                with open(path, "w", newline="") as fh:
                    w = csv.writer(fh)
                    for m in Member.objects.filter(immigration_status__in=["EWI"]):
                        w.writerow([m.cin, m.birth_date])
                return path
            ''',
        "pkg/uploads.py": '''
            from .clients import archive, upload_handoff
            from .exports import write_roster, write_scoped
            def everyone():
                upload_handoff(write_roster("/tmp/roster.csv"))
            def scoped():
                upload_handoff(write_scoped("/tmp/scoped.csv"))
            def to_the_state():
                archive(write_roster("/tmp/roster.csv"))
            ''',
    })
    assert lint(root / "pkg/uploads.py") == [(4, "MCD201")]


def test_a_population_filter_is_named_by_its_own_name_not_its_import_alias(tmp_path: Path) -> None:
    # SPEC section 10: function names count when one of their words begins with unlawful (the function's
    # own name, in its def)
    root = project(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/filters.py": '''
            def is_unlawfully_present(m):
                return m.flagged
            def is_active(m):
                return m.enrollment_status == "A"
            ''',
        "pkg/jobs.py": f'''
            import requests
            from django_app.models import Member
            from .filters import is_unlawfully_present as in_target_population
            from .filters import is_active as is_unlawful
            def aliased():
                for m in Member.objects.all():
                    if in_target_population(m):
                        requests.post("{ICE}/referrals", json={{"medicaid_id": m.cin}})
            def borrowed_word():
                for m in Member.objects.all():
                    if is_unlawful(m):
                        requests.post("{ICE}/referrals", json={{"medicaid_id": m.cin}})
            ''',
    })
    assert lint(root / "pkg/jobs.py") == [(12, "MCD201")]


def test_recipients_set_on_a_message_here_and_sent_by_a_helper_of_another_module(tmp_path: Path) -> None:
    # SPEC section 4: e-mail goes to enforcement when any recipient is at an enforcement domain; the
    # recipients set on the message in the linted module go with it to the helper that sends it
    root = project(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/mail.py": '''
            import smtplib
            def deliver(msg):
                with smtplib.SMTP("smtp.example.org") as smtp:
                    smtp.send_message(msg)
            ''',
        "pkg/use.py": '''
            from email.message import EmailMessage
            from pkg.mail import deliver
            def notify(member):
                msg = EmailMessage()
                msg["To"] = "records@ero.ice.gov"
                msg.set_content(f"Household size: {member.household_size}")
                deliver(msg)
            def notify_state(member):
                msg = EmailMessage()
                msg["To"] = "eligibility@dhs.state.mn.us"
                msg.set_content(f"Household size: {member.household_size}")
                deliver(msg)
            ''',
    })
    assert lint(root / "pkg/use.py") == [(6, "MCD101")]


def test_a_header_a_subclass_sets_on_its_inherited_session_is_placed_in_the_subclass(tmp_path: Path) -> None:
    # SPEC section 3 (the subscript assignment is the placement) and 4 (headers are data)
    root = project(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/base.py": '''
            import requests
            class BaseTransport:
                BASE_URL = ""
                def __init__(self):
                    self.session = requests.Session()
                def _post(self, path, body):
                    return self.session.post(self.BASE_URL + path, json=body)
            ''',
        "pkg/ice.py": f'''
            from pkg.base import BaseTransport
            class IceTransport(BaseTransport):
                BASE_URL = "{ICE}"
                def refer(self, member):
                    self.session.headers["X-Subject-Ssn"] = member.ssn
                    return self._post("/subjects", {{"medicaid_id": member.cin}})
            ''',
    })
    found = analyze((root / "pkg/ice.py").read_text(), CONFIG, filename=str(root / "pkg/ice.py"))
    assert [(f.line, f.code) for f in found] == [(5, "MCD101")]
    assert "placed at" not in found[0].message
