"""Configuration of the forty-ninth session: options given by mistake never switch the law off (SPEC section 7)."""

from __future__ import annotations

import pytest

from flake8_medicaid_scope import Config, ConfigError


@pytest.mark.parametrize(("item", "category", "code"), [
    ("ssn=medicaid_id", "ssn", "MCD101"),
    ("race=address", "race_ethnicity", "MCD101"),
    ("ssn=phone", "ssn", "MCD101"),
    ("primary_dx=date_of_birth", "diagnosis", "MCD102"),
])
def test_a_prohibited_name_made_permitted_is_refused_in_the_injunction_period_too(item: str, category: str, code: str) -> None:
    # SPEC section 7 (ssn=medicaid_id is an error that names the option and the category): with --medicaid-as-of in
    # the injunction period nothing is permitted, and the reclassification was accepted (round 325: the finding then
    # named the SSN a Medicaid ID, and the name stayed one for every later period)
    name = item.split("=")[0]
    with pytest.raises(ConfigError) as info:
        Config.from_options(extra_fields=[item], as_of="2025-10-01")
    assert str(info.value) == (
        f"--medicaid-extra-fields: {item!r} cannot make {name!r} permitted: it is in the prohibited category {category} ({code}); "
        f"for a justified exception put '# noqa: {code}  # reason' on the line instead (see docs/categories.md)")


@pytest.mark.parametrize("item", ["cin=medicaid_id", "kundennr=medicaid_id", "ssn=diagnosis", "tx_cd=diagnosis"])
def test_a_name_kept_in_its_category_or_moved_between_prohibited_ones_is_fine_in_any_period(item: str) -> None:
    for as_of in ("2025-10-01", "2026-03-01"):
        config = Config.from_options(extra_fields=[item], as_of=as_of)
        assert config.vocabulary.classify(item.split("=")[0]) == item.split("=")[1]
