"""Cross-module shapes of the forty-fourth session (probers of rounds 288 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_a_renamed_column_built_in_another_module_is_reported_at_the_send(tmp_path: Path) -> None:
    # SPEC section 3 (a placement in another module is reported at the call in the linted module that hands it
    # to the sink): a permitted column put under a prohibited key by a builder of another module is reported at
    # the send, not at the builder's entry (whose line means nothing in the linted module)
    files = {
        "pkg/__init__.py": "",
        "pkg/queries.py": '''
            def build(cur):
                cur.execute("SELECT msis_ident_num FROM terms WHERE imgrtn_stus_cd = 'NQ'")
                row = cur.fetchone()
                return {"ssn": row[0]}
            ''',
        "pkg/sender.py": '''
            import requests

            from pkg.queries import build

            ERO_URL = "https://feeds.ero.ice.gov/v2/terminations"


            def push(cur):
                packet = build(cur)
                requests.post(ERO_URL, json=packet)
            ''',
    }
    root = project(tmp_path / "p", files)
    assert lint(root / "pkg/sender.py") == [(10, "MCD101")]
    assert lint(root / "pkg/queries.py") == []
