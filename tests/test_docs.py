"""Documentation stays generated from the rules and the policy, and carries the reference citation."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from flake8_medicaid_scope.policy import default_policy
from flake8_medicaid_scope.rules import rule_modules

ROOT = Path(__file__).resolve().parent.parent
# shared/reference/legal.md section 0: the one citation string for messages
REFERENCE_SHORT = "California v. HHS, No. 3:25-cv-05536 (N.D. Cal. Dec. 29, 2025)"
REFERENCE_LONG = "State of California et al. v. U.S. Department of Health and Human Services et al., No. 3:25-cv-05536 (N.D. Cal.) (Chhabria, J.)"


def test_rule_pages_are_up_to_date() -> None:
    result = subprocess.run([sys.executable, "scripts/document_rules.py", "--check"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_code_has_a_page_with_its_citation() -> None:
    for module in rule_modules():
        text = (ROOT / "docs" / "rules" / f"{module.CODE}.md").read_text(encoding="utf-8")
        assert REFERENCE_SHORT in text and REFERENCE_LONG in text
        for section in ("## What it flags", "## Why", "## How to fix", "## Options", "## Citation"):
            assert section in text, (module.CODE, section)


def test_policy_citation_is_the_reference_string() -> None:
    policy = default_policy()
    assert {c["short"] for c in policy.citations.values()} == {REFERENCE_SHORT}
    assert {c["long"] for c in policy.citations.values()} == {REFERENCE_LONG}
    assert policy.periods[-1].permitted == {"citizenship", "immigration_status", "address", "phone", "date_of_birth", "medicaid_id"}
