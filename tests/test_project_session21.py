"""Cross-module shapes of the twenty-first session (probers of round 141 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_a_settings_overlay_that_rebinds_a_star_imported_constant(tmp_path: Path) -> None:
    # SPEC section 6 (the last assignment wins; module constants fold): a Django-style production
    # settings module that star-imports the base and rebinds the allow-list to itself plus a name
    # holds the base's names and the addition; the base's list alone keeps the send clean
    root = project(tmp_path, {
        "exporters/settings/__init__.py": '''
            from .prod import *  # noqa: F401,F403
            ''',
        "exporters/settings/base.py": '''
            EID_URL = "https://eid.ice.gov/api/v1/referrals"
            ALLOWED_FIELDS = ("medicaid_id", "date_of_birth", "home_address")
            ''',
        "exporters/settings/prod.py": '''
            from .base import *  # noqa: F401,F403
            ALLOWED_FIELDS = ALLOWED_FIELDS + ("preferred_language",)  # noqa: F405
            ''',
        "exporters/run.py": '''
            import requests
            from .settings import ALLOWED_FIELDS, EID_URL
            def run_settings(rec: dict):
                return requests.post(EID_URL, json={k: rec[k] for k in ALLOWED_FIELDS}, timeout=10)
            ''',
        "exporters/run_base.py": '''
            import requests
            from .settings.base import ALLOWED_FIELDS, EID_URL
            def run_settings(rec: dict):
                return requests.post(EID_URL, json={k: rec[k] for k in ALLOWED_FIELDS}, timeout=10)
            ''',
    })
    assert lint(root / "exporters/run.py") == [(4, "MCD101")]
    assert lint(root / "exporters/run_base.py") == []


def test_a_settings_overlay_that_grows_an_imported_list_in_place(tmp_path: Path) -> None:
    # SPEC section 6 (the last assignment wins; module constants fold, += too): an overlay that grows
    # the base's allow-list with += after a star import or an explicit import holds the addition
    root = project(tmp_path, {
        "pkg/conf/__init__.py": "",
        "pkg/conf/base.py": '''
            ICE_EID_URL = "https://eid.ice.gov/api/v1/subjects"
            ICE_FIELDS = ["msis_ident_num", "imgrtn_stus_cd", "birth_dt"]
            ''',
        "pkg/conf/prod.py": '''
            from .base import *  # noqa: F401,F403
            ICE_FIELDS += ["elgbl_phne_num", "ssn_num"]  # noqa: F405
            ''',
        "pkg/conf/prod3.py": '''
            from .base import ICE_FIELDS
            ICE_FIELDS += ["elgbl_phne_num"]
            ''',
        "pkg/send.py": '''
            import requests
            from .conf import base, prod, prod3
            def send_prod(row):
                return requests.post(base.ICE_EID_URL, json={k: row[k] for k in prod.ICE_FIELDS})
            def send_prod3(row):
                return requests.post(base.ICE_EID_URL, json={k: row[k] for k in prod3.ICE_FIELDS})
            ''',
    })
    assert lint(root / "pkg/send.py") == [(4, "MCD101")]
