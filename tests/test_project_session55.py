"""Cross-module shapes of the fifty-fifth session (probers of rounds 393 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint

REFERRAL_MODEL = '''
    from dataclasses import dataclass

    from pydantic import BaseModel


    class DhsReferral(BaseModel):
        medicaid_id: str
        race: str


    @dataclass
    class Member:
        cin: str
        race: str
    '''

REFERRAL_SEND = '''
    import requests

    from .models import DhsReferral, Member


    def refer(m):
        ref = DhsReferral(medicaid_id=m.cin, race=m.race)
        requests.post("https://eid.ice.gov/r", json=ref.model_dump())


    def refer_member(m: Member):
        requests.post("https://eid.ice.gov/r", json=vars(m))
    '''


def test_a_model_named_for_enforcement_of_another_module_sent_here_is_reported_here_too(tmp_path: Path) -> None:
    # SPEC section 3 (round 394a asked for one finding; decided otherwise, as the evaluation project r52 does): the
    # fields of a model named for enforcement are reported at their declarations by the module that declares it, and a
    # module that builds it and posts it to ICE reports them at its send too (its findings depend only on it and what
    # it imports; the keywords themselves are not reported). A model not named for enforcement sent whole from another
    # module is reported at the send here
    root = project(tmp_path, {"pkg/models.py": REFERRAL_MODEL, "pkg/send.py": REFERRAL_SEND})
    assert lint(root / "pkg/models.py") == [(8, "MCD101")]
    assert lint(root / "pkg/send.py") == [(8, "MCD101"), (12, "MCD101")]
