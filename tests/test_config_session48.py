"""Configuration of the forty-eighth session: options given by mistake never switch the law off (SPEC section 7)."""

from __future__ import annotations

import pytest

from flake8_medicaid_scope import Config, ConfigError
from test_config import codes

NAMED = 'import requests\nICE_REFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"\ndef f(m):\n    requests.post(ICE_REFERRAL_URL, json={"ssn": m.ssn})\n'
UNNAMED = NAMED.replace("ICE_REFERRAL_URL", "REFERRAL_URL")


def test_a_replaced_host_list_must_keep_the_shipped_enforcement_domains() -> None:
    # round 319: --medicaid-enforcement-hosts given where --medicaid-extend-... was meant made eid.ice.gov a government
    # host on the non-enforcement side (a .gov host), which outranked the ICE_ name; session 48 left such a host to the
    # names; round 336 showed a literal eid.ice.gov under a name without a token then went unreported: since the
    # fiftieth session such a list is an error naming the option (SPEC section 7)
    with pytest.raises(ConfigError, match="^--medicaid-enforcement-hosts: leaves out the shipped enforcement domains "):
        Config.from_options(enforcement_hosts=["fwd.relay.vendor.example"])
    listed = Config.from_options(enforcement_hosts=[*Config.default().enforcement_hosts, "fwd.relay.vendor.example"])
    assert codes(NAMED, listed) == [(4, "MCD101")]
    assert codes(UNNAMED, listed) == [(4, "MCD101")]
    # (any other .gov host stays a government host that is not enforcement, SPEC section 4)
    state = NAMED.replace("eid.ice.gov", "referrals.dhcs.ca.gov")
    assert codes(state, listed) == []


@pytest.mark.parametrize(("option", "given"), [
    ("--medicaid-extend-non-immigration-qualifiers", {"extend_non_immigration_qualifiers": ["homeland_security"]}),
    ("--medicaid-non-immigration-qualifiers", {"non_immigration_qualifiers": ["child_support", "border_patrol"]}),
    ("--medicaid-extend-non-immigration-qualifiers", {"extend_non_immigration_qualifiers": ["removal"]}),
    # review 48b: ICE's own words with nothing but a word of organization around them
    ("--medicaid-extend-non-immigration-qualifiers", {"extend_non_immigration_qualifiers": ["removal_ops"]}),
    ("--medicaid-extend-non-immigration-qualifiers", {"extend_non_immigration_qualifiers": ["ice_removal"]}),
    ("--medicaid-extend-non-immigration-qualifiers", {"extend_non_immigration_qualifiers": ["enforcement_and_removal"]}),
])
def test_a_qualifier_that_names_immigration_enforcement_is_an_error(option: str, given: dict[str, list[str]]) -> None:
    # round 319: homeland_security was accepted and cleared HOMELAND_SECURITY_ENFORCEMENT_URL
    with pytest.raises(ConfigError) as info:
        Config.from_options(**given)  # type: ignore[arg-type]
    phrase = given[next(iter(given))][-1]
    word = {"ice_removal": "ice", "enforcement_and_removal": "enforcement, removal"}.get(phrase, phrase.split("_")[0])
    assert str(info.value) == (f"{option}: {phrase!r} names immigration enforcement ({word}); "
                               "give another domain of law such as child_support")


@pytest.mark.parametrize("phrase", ["child_welfare", "snow_removal", "dhs_licensing", "dhs_office", "juvenile_detention", "code_enforcement"])
def test_a_qualifier_of_another_domain_of_law_is_accepted(phrase: str) -> None:
    # review 48a: a word that only sometimes goes with immigration (removal, a state's dhs) is no reason to refuse one
    config = Config.from_options(extend_non_immigration_qualifiers=[phrase])
    assert phrase in config.non_immigration_qualifiers
