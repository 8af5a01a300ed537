"""Cross-module shapes of the thirty-fifth session (probers of round 229 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_a_registry_keyed_by_imported_topics(tmp_path: Path) -> None:
    # SPEC section 4 (a topic names the destination) and section 6 (calls are followed): a decorator
    # registry keyed by constants imported from another module (@route(ICE_TOPIC)) or by a class
    # attribute (@route(Topics.ICE)) holds each transform under that topic, read by .items() or key by
    # key; the state's topic gets any field
    root = project(tmp_path / "p", {
        "pkg/topics.py": '''
            ICE_TOPIC = "ice.eid.referrals.v1"
            STATE_TOPIC = "mmis.members.changes"
            class Topics:
                ICE = "ice.eid.referrals.v1"
                STATE = "mmis.members.changes"
            ''',
        "pkg/routing.py": '''
            from kafka import KafkaProducer
            from .topics import ICE_TOPIC, STATE_TOPIC, Topics
            producer = KafkaProducer()
            TRANSFORMS = {}
            def route(topic):
                def register(fn):
                    TRANSFORMS[topic] = fn
                    return fn
                return register
            @route(ICE_TOPIC)
            def federal_record(after):
                return {"sex": after["sex_cd"]}
            @route(STATE_TOPIC)
            def state_record(after):
                return {"race": after["race_cd"]}
            @route(Topics.ICE)
            def ero_record(after):
                return {"lang": after["lang_cd"]}
            @route(Topics.STATE)
            def state_lang(after):
                return {"lang": after["lang_cd"]}
            def fan_out_keys(after):
                for topic in TRANSFORMS:
                    producer.send(topic, value=TRANSFORMS[topic](after))
            ''',
    })
    assert lint(root / "pkg/routing.py") == [(12, "MCD101"), (18, "MCD101")]
    # the same read entry by entry
    routing = root / "pkg/routing.py"
    routing.write_text(routing.read_text().replace(
        "    for topic in TRANSFORMS:\n        producer.send(topic, value=TRANSFORMS[topic](after))",
        "    for topic, fn in TRANSFORMS.items():\n        producer.send(topic, value=fn(after))"))
    assert "TRANSFORMS.items()" in routing.read_text()
    assert lint(routing) == [(12, "MCD101"), (18, "MCD101")]


def test_an_imported_partner_table_read_by_two_lookups_runs_per_partner(tmp_path: Path) -> None:
    # SPEC section 4 and section 6 (allow-lists are sanitizers; imported settings are followed): a function
    # reading an imported partner table twice by the same key (its columns, then its URL) is run once per
    # partner, as when the table is written in the module: New York's columns never meet ICE's URL
    settings = '''
            PARTNERS = {
                "ny": {"url": "https://api.medicaid.state.ny.us/v1/referrals", "cols": ["cin", "ssn", "dob"]},
                "ice": {"url": "https://eid.ice.gov/api/referrals", "cols": ["cin", "dob"]},
            }
            '''
    root = project(tmp_path / "p", {
        "pkg/settings.py": settings,
        "pkg/send.py": '''
            import requests
            from pkg.settings import PARTNERS
            def send_shaped(partner, member):
                cols = PARTNERS[partner]["cols"]
                body = {c: getattr(member, c) for c in cols}
                requests.post(PARTNERS[partner]["url"], json=body)
            ''',
    })
    assert lint(root / "pkg/send.py") == []
    (root / "pkg/settings.py").write_text((root / "pkg/settings.py").read_text().replace('"cols": ["cin", "dob"]', '"cols": ["cin", "dob", "race_cd"]'))
    assert lint(root / "pkg/send.py") == [(5, "MCD101")]


def test_a_partner_table_read_through_a_module_alias_keeps_each_entry_together(tmp_path: Path) -> None:
    # SPEC section 4 and section 6: cfg = P.PARTNERS[partner] (the settings module imported under an alias, or
    # as a module) is one entry of the table at a time, as cfg = PARTNERS[partner] is: CMS's columns never
    # meet ICE's URL; ICE's own entry with a column outside the six is reported
    partners = '''
            PARTNERS = {
                "cms": {"url": "https://api.cms.gov/t-msis/v1/updates", "columns": ["cin", "ssn"]},
                "ice": {"url": "https://eid.ice.gov/api/v1/subjects", "columns": ["cin", "birth_dt"]},
            }
            '''
    root = project(tmp_path / "p", {
        "pkg/partners.py": partners,
        "pkg/job.py": '''
            import requests
            from pkg import partners as P
            import pkg.partners
            def export_alias(member, partner):
                cfg = P.PARTNERS[partner]
                body = {c: getattr(member, c) for c in cfg["columns"]}
                requests.post(cfg["url"], json=body, timeout=30)
            def export_module(member, partner):
                cfg = pkg.partners.PARTNERS.get(partner)
                body = {c: getattr(member, c) for c in cfg["columns"]}
                requests.post(cfg["url"], json=body, timeout=30)
            ''',
    })
    assert lint(root / "pkg/job.py") == []
    (root / "pkg/partners.py").write_text((root / "pkg/partners.py").read_text().replace('["cin", "birth_dt"]', '["cin", "birth_dt", "race_cd"]'))
    assert lint(root / "pkg/job.py") == [(6, "MCD101"), (10, "MCD101")]


def test_partner_tables_of_another_module_read_by_alias_or_holding_adapter_classes(tmp_path: Path) -> None:
    # SPEC section 4 and section 6 across modules: a table of a settings module imported under an alias and
    # read twice by one key (its URL, then its columns) runs once per partner; a table whose entries also hold
    # adapter classes, bound with .get(partner, {}), keeps each entry's columns with its URL
    root = project(tmp_path / "p", {
        "pkg/config.py": '''
            class StateAdapter:
                pass
            PARTNERS = {
                "mmis": {"url": "https://mmis.dhcs.ca.gov/api/members", "columns": ["cin", "ssn"], "adapter": StateAdapter},
                "ice": {"url": "https://eid.ice.gov/api/v1/referrals", "columns": ["cin", "full_name"], "adapter": StateAdapter},
            }
            ''',
        "pkg/run.py": '''
            import requests
            from . import config as P
            from .config import PARTNERS
            def by_alias(partner, m):
                url = P.PARTNERS[partner]["url"]
                cols = P.PARTNERS[partner]["columns"]
                requests.post(url, json={c: getattr(m, c) for c in cols})
            def by_get(partner, df):
                cfg = PARTNERS.get(partner, {})
                cols = cfg.get("columns", [])
                requests.post(cfg.get("url"), data=df[cols].to_csv(index=False))
            ''',
    })
    found = lint(root / "pkg/run.py")
    assert found == [(7, "MCD101"), (11, "MCD101")]


def test_tables_of_another_module_keyed_by_its_constants_run_per_partner(tmp_path: Path) -> None:
    # SPEC section 4 and section 6: a function reading a URL table and a transform table of another module,
    # both keyed by that module's constants, called with a partner from the command line, is each partner in
    # turn: the state's full record never meets ICE's URL
    root = project(tmp_path / "p", {
        "pkg/settings.py": '''
            ICE_TOPIC = "ice"
            STATE_TOPIC = "state"
            PARTNERS = {"ice": {"url": "https://eid.ice.gov/api/v1/referrals"}, "state": {"url": "https://mmis.dhcs.ca.gov/api"}}
            ''',
        "pkg/transforms.py": '''
            from .settings import ICE_TOPIC, STATE_TOPIC
            def to_full(m):
                return {"cin": m.cin, "ssn": m.ssn}
            def to_basic(m):
                return {"cin": m.cin, "dob": m.dob}
            TRANSFORMS = {STATE_TOPIC: to_full, ICE_TOPIC: to_basic}
            ''',
        "pkg/jobs.py": '''
            import sys
            import requests
            from .settings import PARTNERS
            from .transforms import TRANSFORMS
            def send_one(partner, m):
                requests.post(PARTNERS[partner]["url"], json=TRANSFORMS[partner](m))
            def main(repo):
                send_one(sys.argv[1], repo.get(sys.argv[2]))
            ''',
    })
    assert lint(root / "pkg/jobs.py") == []


def test_a_field_given_as_the_key_of_two_tables_stays_data(tmp_path: Path) -> None:
    # Review of the session: a function reading two tables of another module by one parameter, given a member's
    # field as the key (refer(m, m["diagnosis_code"])), sends that field (SPEC section 5: a value carries where
    # it came from); a table the analysis cannot read (a framework's settings) does not stop the per-partner runs
    root = project(tmp_path / "p", {
        "pkg/codes.py": '''
            DX_LABELS = {"E11": "diabetes", "I10": "hypertension", "J45": "asthma"}
            DX_GROUPS = {"E11": "endocrine", "I10": "circulatory", "J45": "respiratory"}
            ''',
        "pkg/refer.py": '''
            import requests
            from django.conf import settings
            from . import codes as C
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            URLS = {"ice": ICE_URL, "state": "https://portal.dhcs.ca.gov/api/members"}
            COLUMNS = {"ice": ("medicaid_id", "date_of_birth"), "state": ("medicaid_id", "date_of_birth", "diagnosis_code")}
            def refer(member, code):
                body = {"medicaid_id": member["medicaid_id"], "label": C.DX_LABELS[code], "group": C.DX_GROUPS[code]}
                requests.post(ICE_URL, json=body)
            def refer_one(m):
                refer(m, m["diagnosis_code"])
            def export(member, partner):
                body = {c: member[c] for c in COLUMNS[partner]}
                requests.post(URLS[partner], json=body, timeout=settings.PARTNER_TIMEOUTS[partner])
            ''',
    })
    assert lint(root / "pkg/refer.py") == [(8, "MCD102"), (8, "MCD102")]
