"""Cross-module shapes of the fifty-ninth session (probers of rounds 512 and after, reviews 59a and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

SCOPE = '''
    TARGETS = frozenset({"EWI", "OVERSTAY"})


    def in_scope(row):
        return row[2] in TARGETS


    def in_county(row):
        return row[1] == "X"


    def in_scope_kw(*, row):
        return row[2] in TARGETS
    '''

ROWS = '''
    import requests

    from pkg.scope import in_county, in_scope, in_scope_kw

    ICE_URL = "https://eid.ice.gov/api/v1/referrals"


    def run(cur):
        cur.execute("SELECT cin, dob, immigration_status FROM enrollee WHERE county_cd = 'X'")
        for row in cur.fetchall():
            if not in_scope(row):
                continue
            requests.post(ICE_URL, json={"cin": row[0], "dob": str(row[1])}, timeout=20)


    def run_keyword(cur):
        cur.execute("SELECT cin, dob, immigration_status FROM enrollee")
        for row in cur.fetchall():
            if not in_scope_kw(row=row):
                continue
            requests.post(ICE_URL, json={"cin": row[0], "dob": str(row[1])}, timeout=20)


    def run_county(cur):
        cur.execute("SELECT cin, dob, immigration_status FROM enrollee")
        for row in cur.fetchall():
            if not in_county(row):
                continue
            requests.post(ICE_URL, json={"cin": row[0], "dob": str(row[1])}, timeout=20)
    '''


def test_a_project_helper_testing_a_row_by_position_is_a_condition(tmp_path: Path) -> None:
    # SPEC section 10 (round 512d: a false MCD201): a function of another module of the project testing the row it is
    # given by position (`row[2] in TARGETS`), also by keyword, tests the column of the caller's select list there, the
    # status; a helper testing another column (`row[1]`, the date of birth) chooses no one by status
    root = project(tmp_path, {"pkg/scope.py": SCOPE, "pkg/rows.py": ROWS})
    assert lint(root / "pkg/rows.py") == [(29, "MCD201")]


SETTINGS = '''
    PARTNERS = {
        "ny": {"url": "https://hcs.health.ny.gov/api/enrollees", "include_name": True},
        "ice": {"url": "https://eid.ice.gov/api/v1/subjects", "include_name": False},
    }
    '''

JOB = '''
    import httpx

    from pkg import settings

    P = settings.PARTNERS


    def push_one(partner, member):
        cfg = P[partner]
        data = {"medicaid_id": member.cin, "first_name": member.first_name}
        return httpx.post(cfg["url"], json=data, timeout=10)


    def push_flagged(partner, member):
        cfg = P[partner]
        data = {"medicaid_id": member.cin}
        if cfg["include_name"]:
            data["first_name"] = member.first_name
        return httpx.post(cfg["url"], json=data, timeout=10)
    '''


def test_a_module_alias_of_an_imported_table_reads_its_entries(tmp_path: Path) -> None:
    # SPEC sections 4 and 6 (round 512a: a silence): `P = settings.PARTNERS`, then `cfg = P[partner]`: the ICE entry's
    # URL is where the name goes; its flag keeps the name out on the other function
    root = project(tmp_path, {"pkg/settings.py": SETTINGS, "pkg/job.py": JOB})
    assert lint(root / "pkg/job.py") == [(10, "MCD101")]


COLS = '''
    def export_columns():
        return ["cin", "primary_language"]


    def export_columns_flag(include_lang=False):
        cols = ["cin"]
        if include_lang:
            cols.append("primary_language")
        return cols
    '''

SEND = '''
    import requests

    from pkg.cols import export_columns, export_columns_flag
    from registry.models import Enrollee

    ICE_URL = "https://eid.ice.gov/api/v1/referrals"


    def via_variable():
        cols = export_columns()
        rows = Enrollee.objects.filter(immigration_status="EWI").values(*cols)
        requests.post(ICE_URL, json=list(rows))


    def via_variable_flag():
        cols = export_columns_flag(include_lang=True)
        rows = Enrollee.objects.filter(immigration_status="EWI").values(*cols)
        requests.post(ICE_URL, json=list(rows))


    def via_variable_without():
        cols = export_columns_flag()
        rows = Enrollee.objects.filter(immigration_status="EWI").values(*cols)
        requests.post(ICE_URL, json=list(rows))
    '''


def test_a_column_list_of_another_modules_helper_bound_to_a_variable_is_placed_at_the_use(tmp_path: Path) -> None:
    # SPEC section 3 (round 514a: a silence): `cols = export_columns()` of another module, then `.values(*cols)`: the
    # names it holds are placed at the use (as `.values(*export_columns())` is); without the flag, no language is sent
    root = project(tmp_path, {"pkg/cols.py": COLS, "pkg/send.py": SEND})
    assert lint(root / "pkg/send.py") == [(11, "MCD101"), (17, "MCD101")]


WRITER = '''
    import csv


    def write_full(members, path):
        with open(path, "w", newline="") as fh:
            w = csv.writer(fh)
            for m in members:
                w.writerow([m.cin, m.ssn])


    def write_scoped(members, path):
        with open(path, "w", newline="") as fh:
            w = csv.writer(fh)
            for m in members:
                if m.immigration_status == "UNLAWFUL":
                    w.writerow([m.cin, m.dob])


    def append_full(members, path):
        with open(path, "a", newline="") as fh:
            w = csv.writer(fh)
            for m in members:
                w.writerow([m.cin, m.ssn])
    '''

MAILER = '''
    import smtplib
    from email.message import EmailMessage

    from .writer import append_full, write_full, write_scoped

    PATH = "/srv/exports/weekly.csv"
    ICE = "eid-intake@eid.ice.gov"


    def full_to_state(members):
        write_full(members, PATH)


    def scoped_to_ice(members):
        write_scoped(members, PATH)
        mail(PATH)


    def scoped_then_full_to_ice(members):
        write_scoped(members, PATH)
        append_full(members, PATH)
        mail(PATH)


    def mail(path):
        msg = EmailMessage()
        msg["To"] = ICE
        with open(path, "rb") as fh:
            msg.add_attachment(fh.read(), maintype="text", subtype="csv")
        with smtplib.SMTP("smtp.agency.example.org") as s:
            s.send_message(msg)
    '''


def test_a_file_another_modules_helper_writes_anew_holds_only_what_it_wrote(tmp_path: Path) -> None:
    # SPEC sections 6 and 10 (round 514d: a false MCD101 and MCD201; README limit of round 500a lifted): a helper of
    # another module opening the path with "w" replaces what the file held (here what another function's call wrote),
    # so the status-scoped file sent to ICE carries no SSN and chooses its people; appended to ("a"), it holds both (the
    # SSN reported at the send, the records at the call handing the path on); what an earlier call left in the other
    # module's copy of the file is not what the file holds at the next call
    root = project(tmp_path, {"pkg/__init__.py": "", "pkg/writer.py": WRITER, "pkg/mailer.py": MAILER})
    assert lint(root / "pkg/mailer.py") == [(22, "MCD201"), (31, "MCD101")]


MFT = '''
    class MftClient:
        def put_extract(self, local_path):
            return local_path


    def put_extract_fn(local_path):
        return local_path
    '''

MFT_JOB = '''
    from xfer.mft import MftClient, put_extract_fn


    def by_method(m):
        with open("a.csv", "w") as fh:
            fh.write(m.ssn)
        MftClient().put_extract("a.csv")


    def by_function(m):
        with open("b.csv", "w") as fh:
            fh.write(m.ssn)
        put_extract_fn("b.csv")
    '''


def test_a_method_configured_as_a_sink_sends_the_file_it_names(tmp_path: Path) -> None:
    # SPEC section 4 (round 517c: a silence): `--medicaid-sinks pkg.mod.Class.method` given a path sends what was written
    # to that file, as a configured function does
    from flake8_medicaid_scope import Config

    root = project(tmp_path, {"xfer/__init__.py": "", "xfer/mft.py": MFT, "jobs/__init__.py": "", "jobs/job.py": MFT_JOB})
    config = Config.from_options(cache=False, sinks=("xfer.mft.MftClient.put_extract", "xfer.mft.put_extract_fn"))
    assert lint(root / "jobs/job.py", config) == [(6, "MCD101"), (12, "MCD101")]


JOB_BASE = '''
    import requests

    ICE_URL = "https://eid.ice.gov/api/v1/referrals"


    class BaseJob:
        def fetch(self):
            raise NotImplementedError

        def run(self):
            for rec in self.fetch():
                requests.post(ICE_URL, json={"medicaid_id": rec.cin}, timeout=30)
    '''

COUNTY_JOB = '''
    from members.models import Member

    from pkg.jobbase import BaseJob


    class CountyJob(BaseJob):
        def fetch(self):
            return Member.objects.filter(county="Anoka")


    def main():
        CountyJob().run()


    class LakeJob(BaseJob):
        def fetch(self):
            return Member.objects.filter(county="Lake")
    '''


def test_a_template_run_called_in_the_module_is_judged_at_the_call_once(tmp_path: Path) -> None:
    # SPEC section 10 (round 518d: one send, two MCD201): a subclass whose base in another module sends, called in the
    # module (`CountyJob().run()`), is reported at that call only; one no code calls is reported at its class line
    root = project(tmp_path, {"pkg/jobbase.py": JOB_BASE, "pkg/county.py": COUNTY_JOB})
    assert lint(root / "pkg/county.py") == [(12, "MCD201"), (15, "MCD201")]
