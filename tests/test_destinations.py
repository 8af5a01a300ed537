"""Destinations: enforcement hosts, the non-enforcement list and name tokens."""

from __future__ import annotations

import pytest

from flake8_medicaid_scope.config import Config
from flake8_medicaid_scope.destinations import destination_rules, host_of, name_words

RULES = destination_rules(Config.default())


@pytest.mark.parametrize(
    "name",
    ["ICE_URL", "ice_client", "IceClient", "sendToIce", "ICEClient", "DhsReferral", "ERO_QUEUE", "cbp", "enforcement_api", "deportation_case"],
)
def test_enforcement_names(name: str) -> None:
    assert RULES.name_is_enforcement(name)


@pytest.mark.parametrize("name", ["device", "notice", "justice", "DHIS", "price", "slice", "service", "zero", "hero", "NOTICE_URL", "Juice", "dhis2_url"])
def test_names_that_only_look_like_enforcement(name: str) -> None:
    assert not RULES.name_is_enforcement(name)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("https://eid.ice.gov/api", "eid.ice.gov"),
        ("https://eid.ice.gov:8443/x", "eid.ice.gov"),
        ("eid.ice.gov", "eid.ice.gov"),
        ("\x00/persons", None),
        ("/relative/path", None),
        (None, None),
    ],
)
def test_host_of(text: str | None, host: str | None) -> None:
    assert host_of(text) == host


def test_host_patterns() -> None:
    assert RULES.host_is_enforcement("eid.ice.gov")
    assert RULES.host_is_enforcement("ice.gov")
    assert RULES.host_is_enforcement("api.cbp.gov")
    assert not RULES.host_is_enforcement("notice.gov")
    assert not RULES.host_is_enforcement("ice.gov.evil.example")
    assert RULES.host_is_safe("eligibility.dhs.illinois.gov")
    assert RULES.host_is_safe("mn-its.dhs.state.mn.us")
    assert RULES.host_is_safe("api.cms.gov")
    assert RULES.host_is_safe("save.uscis.gov")
    assert not RULES.host_is_safe("vendor-gateway.example.com")


def test_safe_host_overrides_names_but_not_enforcement_host() -> None:
    assert RULES.decide("https://eligibility.dhs.illinois.gov/api", {"DHS_ELIGIBILITY_URL"}) is None
    assert RULES.decide("https://eid.ice.gov/api", {"STATE_PORTAL"}) is not None
    assert RULES.decide(None, {"settings.DHS_REFERRAL_URL"}) is not None
    assert RULES.decide("https://vendor.example.com/x", {"ICE_FORWARDER"}) is not None
    assert RULES.decide("https://vendor.example.com/x", {"FORWARDER"}) is None


def test_name_words() -> None:
    assert name_words("sendToICEClient.v1") == ["send", "to", "ice", "client", "v", "1"]
