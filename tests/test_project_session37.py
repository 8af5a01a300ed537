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
