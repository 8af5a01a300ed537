"""Cross-module shapes of the forty-sixth session (probers of rounds 303 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

#: rows and dicts another module builds from a member's fields
ROWS = '''
    def referral_row(m):
        return [m.cin, m.dob, m.marital_status]


    def referral_dict(m):
        return {"cin": m.cin, "marital": m.marital_status}


    def permitted_row(m):
        return [m.cin, m.dob]
    '''

EXPORT = '''
    import csv
    import json

    from openpyxl import Workbook

    from app.rows import permitted_row, referral_dict, referral_row


    def to_json(m):
        with open("/srv/outbound/ice_referral.json", "w") as fh:
            json.dump(referral_row(m), fh)


    def to_json_dict(m):
        with open("/srv/outbound/ice_referral.json", "w") as fh:
            json.dump(referral_dict(m), fh)


    def to_csv(m):
        with open("/srv/outbound/ice_referral.csv", "w") as fh:
            csv.writer(fh).writerow(referral_row(m))


    def to_sheet(m):
        wb = Workbook()
        wb.active.append(referral_row(m))
        wb.save("/srv/outbound/cbp_manifest.xlsx")


    def permitted(m):
        with open("/srv/outbound/ice_referral.csv", "w") as fh:
            csv.writer(fh).writerow(permitted_row(m))


    def to_state(m):
        with open("/srv/outbound/state_extract.json", "w") as fh:
            json.dump(referral_row(m), fh)
    '''


def test_a_row_another_module_builds_written_to_a_file_named_for_enforcement(tmp_path: Path) -> None:
    # SPEC section 3 (what another module placed is reported at the call here that hands it to the send) and section
    # 4 (a file named for enforcement is itself the destination): the write into the file is that call (round 305:
    # it was silent, while the same row posted or uploaded was reported); permitted fields and the state's file stay
    # clean
    root = project(tmp_path, {"app/rows.py": ROWS, "app/export.py": EXPORT})
    assert lint(root / "app/export.py") == [(11, "MCD101"), (16, "MCD101"), (21, "MCD101"), (27, "MCD101")]
    assert lint(root / "app/rows.py") == []
