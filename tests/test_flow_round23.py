"""Round 23 of the data flow: shapes found by the SPEC-only corpus writers and probers.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). Cross-module cases are small
projects linted module by module, as flake8 would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from annotations import actual, expected
from test_project import lint, project

HEAD = '''import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.dhcs.ca.gov/api/members"
'''

CASES: dict[str, str] = {
    # SPEC section 4: a builder named for enforcement whose output a base class's template
    # method sends only to the subclass's state host is clean (here in one module)
    "builder-named-dhs-sent-by-template-to-state-host": '''
class PartnerExchange:
    endpoint = ""

    def build_body(self, member):
        raise NotImplementedError

    def transmit(self, member):
        requests.post(self.endpoint, json=self.build_body(member))


class DhsEligibilityExchange(PartnerExchange):
    endpoint = "https://eligibility.dhs.illinois.gov/api/v3"

    def build_body(self, member):
        return {"ssn": member.ssn}


class DhsReferral(PartnerExchange):
    endpoint = ICE_URL

    def build_body(self, member):
        return {"ssn": member.ssn}  # MCD101
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = HEAD + CASES[name]
    want, _, _ = expected(source)
    assert actual(source, population=True) == want  # population scope asked of every case


BASE = '''
    import requests

    class PartnerExchange:
        endpoint = ""

        def build_body(self, member):
            raise NotImplementedError

        def transmit(self, member):
            body = self.build_body(member)
            requests.post(self.endpoint, json=body)
    '''


def test_builder_named_for_enforcement_sent_by_a_base_class_of_another_module_to_a_state_host(tmp_path: Path) -> None:
    # SPEC section 4: the resolved host overrides the builder's name also when the send that
    # visibly carries its output is a template method inherited from another module
    root = project(tmp_path, {
        "app/base.py": BASE,
        "app/partners.py": '''
            from .base import PartnerExchange

            class DhsEligibilityExchange(PartnerExchange):
                endpoint = "https://eligibility.dhs.illinois.gov/api/v3"

                def build_body(self, member):
                    return {"ssn": member.ssn, "race": member.race}
            ''',
        "app/ice.py": '''
            from .base import PartnerExchange

            class DhsReferral(PartnerExchange):
                endpoint = "https://eid.ice.gov/api/v1"

                def build_body(self, member):
                    return {"ssn": member.ssn}
            ''',
    })
    assert lint(root / "app/partners.py") == []
    assert lint(root / "app/ice.py") == [(7, "MCD101")]
    assert lint(root / "app/base.py") == []
