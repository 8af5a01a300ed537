"""Cross-module shapes of the twenty-third session (probers of round 152 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import CONFIG, lint

from flake8_medicaid_scope import analyze


def test_get_object_or_404_of_an_imported_model(tmp_path: Path) -> None:
    # SPEC section 6 (whole-record serializers: when the model is declared in the project, its
    # declared fields flow instead): get_object_or_404 of a model imported from the app's models
    # module is an instance of it, as Member.objects.get is; model_to_dict of it sends its declared
    # columns (reported at the send, naming the declaration), not an unbounded record
    root = project(tmp_path, {
        "app/__init__.py": "",
        "app/models.py": '''
            from django.db import models
            class Member(models.Model):
                cin = models.CharField(max_length=9)
                birth_date = models.DateField()
                ssn = models.CharField(max_length=11)
            class Address(models.Model):
                cin = models.CharField(max_length=9)
                street = models.CharField(max_length=80)
            ''',
        "app/views.py": '''
            import requests
            from django.forms.models import model_to_dict
            from django.shortcuts import get_object_or_404
            from .models import Address, Member
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            def refer(request, pk):
                member = get_object_or_404(Member, pk=pk)
                requests.post(ICE_URL, json=model_to_dict(member), timeout=10)
            def refer_from_a_queryset(request, county, pk):
                member = get_object_or_404(Member.objects.filter(county_code=county), pk=pk)
                requests.post(ICE_URL, json=model_to_dict(member), timeout=10)
            def refer_address(request, pk):
                address = get_object_or_404(Address, pk=pk)
                requests.post(ICE_URL, json=model_to_dict(address), timeout=10)
            ''',
    })
    path = root / "app/views.py"
    assert lint(path) == [(8, "MCD101"), (11, "MCD101")]
    messages = [f.message for f in analyze(path.read_text(encoding="utf-8"), CONFIG, filename=str(path))]
    assert all("'ssn' (ssn) placed at " in m and "/app/models.py:5 " in m for m in messages), messages


def test_a_project_helper_named_like_a_one_record_lookup_keeps_the_rows(tmp_path: Path) -> None:
    # SPEC section 10 (bulk source: SQL rows; not bulk: a lookup of one person by id): a project
    # helper named `latest` that returns the newest row of every member is followed as the project's
    # function, not read as a library call that returns one record; MCD201 stays at the send
    root = project(tmp_path, {
        "agency/__init__.py": "",
        "agency/snapshots.py": '''
            def latest(rows):
                newest = {}
                for r in rows:
                    if r["cin"] not in newest or r["elig_dt"] > newest[r["cin"]]["elig_dt"]:
                        newest[r["cin"]] = r
                return list(newest.values())
            ''',
        "agency/weekly.py": '''
            import requests
            from .snapshots import latest
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            def weekly(cur):
                cur.execute("SELECT cin, birth_dt, elig_dt FROM elig")
                snapshot = latest(cur.fetchall())
                for r in snapshot:
                    requests.post(ICE_URL, json={"medicaid_id": r["cin"], "dob": r["birth_dt"]}, timeout=10)
            ''',
    })
    assert lint(root / "agency/weekly.py") == [(8, "MCD201")]


def test_a_partner_table_of_another_module_chosen_by_an_unknown_key(tmp_path: Path) -> None:
    # SPEC section 6 (sanitizers: an allow-list of a constant collection; branches keep a URL with its
    # body) and the cross-module rule (an allow-list imported from another module keeps code clean):
    # an entry of an imported table of partner settings chosen by a key the analysis does not know is
    # each entry in turn, its URL with its own field list: CBP's race code is reported, the state's
    # SSN never meets CBP's URL
    root = project(tmp_path, {
        "ex/__init__.py": "",
        "ex/registry.py": '''
            PARTNERS = {
                "hfs": {"url": "https://mmis.hfs.illinois.gov/api/v1/members", "fields": ["cin", "ssn", "last_name"]},
                "cbp": {"url": "https://intake.cbp.gov/api/v1/subjects", "fields": ["cin", "birth_date", "race_cd"]},
            }
            LAWFUL = {
                "hfs": {"url": "https://mmis.hfs.illinois.gov/api/v1/members", "fields": ["cin", "ssn", "last_name"]},
                "cbp": {"url": "https://intake.cbp.gov/api/v1/subjects", "fields": ["cin", "birth_date"]},
            }
            ''',
        "ex/sender.py": '''
            import requests
            from ex.registry import LAWFUL, PARTNERS
            def send(m, partner):
                cfg = PARTNERS[partner]
                requests.post(cfg["url"], json={f: getattr(m, f) for f in cfg["fields"]}, timeout=10)
            def send_lawful(m, partner):
                cfg = LAWFUL.get(partner)
                requests.post(cfg["url"], json={f: getattr(m, f) for f in cfg["fields"]}, timeout=10)
            ''',
    })
    path = root / "ex/sender.py"
    assert lint(path) == [(5, "MCD101")]
    messages = [f.message for f in analyze(path.read_text(encoding="utf-8"), CONFIG, filename=str(path))]
    assert "'race_cd'" in messages[0] and "intake.cbp.gov" in messages[0]
