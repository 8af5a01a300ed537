"""Cross-module shapes of the thirty-seventh session (probers of rounds 243 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

POLICY = '''
    ALLOWED = ["cin", "dob", "immigration_status"]
    def restrict(rec):
        return {k: v for k, v in rec.items() if k in ALLOWED}
    '''


def test_an_allow_list_widened_by_the_module_that_imports_it(tmp_path: Path) -> None:
    # SPEC section 6 (an allow-list imported from another module keeps code clean; what is added to it counts):
    # ALLOWED.append("ssn") in the importing module lets the SSN through the imported restrict() and through a
    # comprehension of its own; what it adds that is permitted (phone) leaves the rest filtered; a module that
    # does not change the list stays clean, whichever file is linted first
    files = {
        "pp/policy.py": POLICY,
        "pp/widened.py": '''
            import requests
            from pp.policy import ALLOWED, restrict
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            ALLOWED.append("ssn")
            def refer(m):
                rec = {"cin": m.cin, "ssn": m.ssn, "race": m.race_cd}
                requests.post(ICE_URL, json=restrict(rec))
            def refer_inline(m):
                rec = {"cin": m.cin, "ssn": m.ssn, "race": m.race_cd}
                requests.post(ICE_URL, json={k: v for k, v in rec.items() if k in ALLOWED})
            ''',
        "pp/phone.py": '''
            import requests
            from pp import policy
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            policy.ALLOWED += ["phone"]
            def refer(m):
                rec = {"cin": m.cin, "phone": m.phone, "ssn": m.ssn}
                requests.post(ICE_URL, json=policy.restrict(rec))
            ''',
        "pp/plain.py": '''
            import requests
            from pp.policy import restrict
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            def refer(m):
                rec = {"cin": m.cin, "ssn": m.ssn, "race": m.race_cd}
                requests.post(ICE_URL, json=restrict(rec))
            ''',
    }
    root = project(tmp_path / "p", files)
    for order in (("plain", "widened", "phone"), ("widened", "phone", "plain")):
        found = {name: lint(root / f"pp/{name}.py") for name in order}
        assert found == {"widened": [(6, "MCD101"), (9, "MCD101")], "phone": [], "plain": []}


def test_a_settings_constant_pointed_elsewhere_by_the_module_that_imports_it(tmp_path: Path) -> None:
    # SPEC section 4 (the URL the send resolves to decides): settings.STATE_URL = ICE_URL at module level of the
    # importing module sends to ICE; ICE_URL pointed at the state's host sends to the state
    root = project(tmp_path / "p", {
        "ps/settings.py": '''
            STATE_URL = "https://mmis.dhs.state.mn.us/api/v1/referrals"
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            ''',
        "ps/pilot.py": '''
            import requests
            from ps import settings as S
            S.STATE_URL = "https://eid.ice.gov/api/v1/referrals"
            def refer(m):
                return requests.post(S.STATE_URL, json={"cin": m.cin, "ssn": m.ssn})
            ''',
        "ps/back.py": '''
            import requests
            from ps import settings
            settings.ICE_URL = settings.STATE_URL
            def refer(m):
                return requests.post(settings.ICE_URL, json={"cin": m.cin, "ssn": m.ssn})
            ''',
    })
    assert lint(root / "ps/pilot.py") == [(5, "MCD101")]
    assert lint(root / "ps/back.py") == []


def test_a_settings_constant_set_by_setattr_in_the_importing_module(tmp_path: Path) -> None:
    # SPEC section 4: setattr(settings, "STATE_URL", ICE_URL) at module level is settings.STATE_URL = ICE_URL
    root = project(tmp_path / "p", {
        "pt/settings.py": '''
            STATE_URL = "https://mmis.dhs.state.mn.us/api/v1/referrals"
            ''',
        "pt/pilot.py": '''
            import requests
            from pt import settings
            setattr(settings, "STATE_URL", "https://eid.ice.gov/api/v1/match")
            def refer(m):
                return requests.post(settings.STATE_URL, json={"cin": m.cin, "ssn": m.ssn})
            ''',
    })
    assert lint(root / "pt/pilot.py") == [(5, "MCD101")]


def test_changes_that_read_the_constant_and_removals(tmp_path: Path) -> None:
    # SPEC section 8 (never crash; one diagnostic at most) and section 6 (pop/remove only narrow an allow-list): a
    # change that reads the constant it changes is read against the value before it; ALLOWED.remove("email") leaves
    # the other names allowed, so first_name is still reported and email no longer is; a sanitizer comprehension over
    # the narrowed list stays clean
    root = project(tmp_path / "p", {
        "pr/settings.py": '''
            DHS_URL = "https://eligibility.dhs.state.mn.us/api/"
            ''',
        "pr/policy.py": '''
            ALLOWED = ["cin", "first_name", "email"]
            def restrict(rec):
                return {k: v for k, v in rec.items() if k in ALLOWED}
            ''',
        "pr/sync.py": '''
            import os
            import requests
            from pr import settings
            settings.DHS_URL = os.environ.get("DHS_URL", settings.DHS_URL)
            settings.DHS_URL = settings.DHS_URL.rstrip("/")
            def push(m):
                requests.post(settings.DHS_URL, json={"ssn": m.ssn})
                requests.post("https://eid.ice.gov/api/referrals", json={"ssn": m.ssn})
            ''',
        "pr/narrowed.py": '''
            import requests
            from pr.policy import ALLOWED, restrict
            ALLOWED.remove("email")
            def refer(m):
                record = {"cin": m.cin, "first_name": m.first_name, "email": m.email}
                requests.post("https://eid.ice.gov/api/referrals", json=restrict(record))
            def refer_getattr(m):
                requests.post("https://eid.ice.gov/api/referrals", json={name: getattr(m, name) for name in ALLOWED if name != "first_name"})
            ''',
    })
    assert lint(root / "pr/sync.py") == [(8, "MCD101")]
    from flake8_medicaid_scope import analyze
    from test_project_session17 import CONFIG

    narrowed = root / "pr/narrowed.py"
    found = analyze(narrowed.read_text(encoding="utf-8"), CONFIG, filename=str(narrowed))
    assert [(f.code, f.message.split("'")[1]) for f in found] == [("MCD101", "first_name")]


def test_imported_tuples_and_destination_lists_changed_by_the_importer(tmp_path: Path) -> None:
    # SPEC section 6: PERMITTED += ("ssn",) of an imported tuple rebinds the importer's own name only, so the policy
    # module's restrict() still drops the SSN; TARGETS.append(os.environ[...]) of an imported list of URLs keeps the
    # ICE URL it held; settings.URL += os.environ[...] keeps the ICE host
    root = project(tmp_path / "p", {
        "pq/policy.py": '''
            PERMITTED = ("medicaid_id", "date_of_birth")
            TARGETS = ["https://eid.ice.gov/api/v1/referrals"]
            URL = "https://eid.ice.gov/api"
            def restrict(record):
                return {k: v for k, v in record.items() if k in PERMITTED}
            ''',
        "pq/tuple_widened.py": '''
            import requests
            from pq.policy import PERMITTED, restrict
            PERMITTED += ("ssn",)
            def send(m):
                requests.post("https://eid.ice.gov/api/v1/referrals", json=restrict({"medicaid_id": m.cin, "ssn": m.ssn}))
            ''',
        "pq/targets.py": '''
            import os
            import requests
            from pq import policy
            from pq.policy import TARGETS
            TARGETS.append(os.environ["EXTRA_TARGET"])
            policy.URL += os.environ["API_VERSION_PATH"]
            def send(m):
                for url in TARGETS:
                    requests.post(url, json={"dx": m.diagnosis_code})
                requests.post(policy.URL, json={"race": m.race})
            ''',
    })
    assert lint(root / "pq/tuple_widened.py") == []
    assert lint(root / "pq/targets.py") == [(9, "MCD102"), (10, "MCD101")]


def test_an_entry_of_an_imported_table_pointed_elsewhere(tmp_path: Path) -> None:
    # SPEC section 4: policy.ENDPOINTS["eligibility"] = ICE_URL at module level of the importing module sends the
    # entry's reads there to ICE; an entry pointed at another state host stays clean
    root = project(tmp_path / "p", {
        "pe/policy.py": '''
            ENDPOINTS = {"eligibility": "https://mmis.dhs.state.mn.us/api/v2/eligibility"}
            ''',
        "pe/pilot.py": '''
            import requests
            from pe import policy
            policy.ENDPOINTS["eligibility"] = "https://eid.ice.gov/api/v1/match"
            def sync(member):
                requests.post(policy.ENDPOINTS["eligibility"], json={"ssn": member.ssn})
            ''',
        "pe/moved.py": '''
            import requests
            from pe import policy
            policy.ENDPOINTS["eligibility"] = "https://eligibility.dhs.state.mn.us/api/v3"
            def sync(member):
                requests.post(policy.ENDPOINTS["eligibility"], json={"ssn": member.ssn})
            ''',
    })
    assert lint(root / "pe/pilot.py") == [(5, "MCD101")]
    assert lint(root / "pe/moved.py") == []


def test_imported_tables_updated_and_recipient_lists_grown_by_the_importer(tmp_path: Path) -> None:
    # SPEC section 4: ENDPOINTS.update({"eligibility": os.environ[...]}) replaces that entry only (the ICE entry is
    # still ICE's, the state entry still the state's); a recipient appended from the environment to an imported list
    # of state addresses makes the list no longer visibly the state's only (a builder named for ICE mailed to it)
    root = project(tmp_path / "p", {
        "pu/policy.py": '''
            ENDPOINTS = {"eligibility": "https://mmis.dhs.state.mn.us/api/v2", "referrals": "https://eid.ice.gov/api/v1/referrals"}
            AUDIT = ["audit@dhs.state.mn.us"]
            ''',
        "pu/refer.py": '''
            import os
            import requests
            from pu.policy import ENDPOINTS
            ENDPOINTS.update({"eligibility": os.environ["ELIG_URL"]})
            def refer(m):
                requests.post(ENDPOINTS["referrals"], json={"ssn": m.ssn})
            def sync(m):
                requests.post("https://mmis.dhs.state.mn.us/api/v2", json={"ssn": m.ssn})
            ''',
        "pu/mailer.py": '''
            import os
            import smtplib
            from pu.policy import AUDIT
            AUDIT.append(os.environ["EXTRA_RECIPIENT"])
            def build_ice_referral(m):
                return f"{m.ssn}"
            def mail(m):
                with smtplib.SMTP("smtp.dhs.state.mn.us") as s:
                    s.sendmail("batch@dhs.state.mn.us", AUDIT, build_ice_referral(m))
            ''',
    })
    assert lint(root / "pu/refer.py") == [(6, "MCD101")]
    assert lint(root / "pu/mailer.py") == [(6, "MCD101")]
