"""Cross-module shapes of the thirty-eighth session (probers of rounds 250 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_a_column_list_grown_from_a_constant_read_through_its_module(tmp_path: Path) -> None:
    # SPEC section 3 (column lists are placements, each name at its own line): list(cols.PERMITTED) + ["sex"] and
    # cols.PERMITTED + ("sex",) place the added name at its own element, as `from cols import PERMITTED` does; the
    # permitted names from the other module stay clean; a parameter with the module's name is no module (SPEC
    # section 6: names resolve by scope)
    files = {
        "pk/cols.py": '''
            PERMITTED = ("cin", "dob")
            WIDE = ("cin", "ssn")
            ''',
        "pk/job.py": '''
            import requests
            from pk import cols as c
            from pk.cols import PERMITTED
            ICE_UPLOAD = "https://eid.ice.gov/api/v1/uploads"
            def through_the_module(df):
                names = list(c.PERMITTED) + [
                    "sex",
                ]
                df = df[df["imgrtn_stus_cd"] == "U"]
                requests.post(ICE_UPLOAD, data=df[names].to_csv(index=False), timeout=30)
            def as_a_tuple(df):
                names = c.PERMITTED + (
                    "race",
                )
                df = df[df["imgrtn_stus_cd"] == "U"]
                requests.post(ICE_UPLOAD, data=df[names].to_csv(index=False), timeout=30)
            def by_name(df):
                names = list(PERMITTED) + [
                    "sex",
                ]
                df = df[df["imgrtn_stus_cd"] == "U"]
                requests.post(ICE_UPLOAD, data=df[names].to_csv(index=False), timeout=30)
            def shadowed(df, c):
                names = list(c.WIDE) + ["dob"]
                df = df[df["imgrtn_stus_cd"] == "U"]
                requests.post(ICE_UPLOAD, data=df[names].to_csv(index=False), timeout=30)
            def only_permitted(df):
                names = list(c.PERMITTED)
                df = df[df["imgrtn_stus_cd"] == "U"]
                requests.post(ICE_UPLOAD, data=df[names].to_csv(index=False), timeout=30)
            ''',
    }
    root = project(tmp_path / "p", files)
    assert lint(root / "pk/job.py") == [(7, "MCD101"), (13, "MCD101"), (19, "MCD101")]
