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


@pytest.mark.parametrize(
    "name",
    [
        "CHILD_SUPPORT_ENFORCEMENT_URL", "settings.CHILD_SUPPORT_ENFORCEMENT_URL", "tax_enforcement_client", "code_enforcement_api",
        "wage_enforcement", "LaborEnforcementClient", "fraud_enforcement_url", "MFCU_ENFORCEMENT_URL", "oig_enforcement",
        "program_integrity_enforcement", "ocse_enforcement_gateway", "traffic_enforcement", "parking_enforcement_api",
        "WORK_REQUIREMENT_ENFORCEMENT_URL", "community_engagement_enforcement", "POLICY_ENFORCEMENT_URL", "access_control_enforcement",
        # program integrity (PI), a special investigations unit, a recovery audit contractor, child support agencies
        "PI_ENFORCEMENT_URL", "SIU_ENFORCEMENT_URL", "RAC_ENFORCEMENT_URL", "DCSS_ENFORCEMENT_URL", "CSEA_ENFORCEMENT_URL",
        "INSPECTOR_GENERAL_ENFORCEMENT_URL", "COST_SHARING_ENFORCEMENT_URL", "CONSENT_ENFORCEMENT_URL", "PAYMENT_INTEGRITY_ENFORCEMENT_URL",
        "ESTATE_ENFORCEMENT_URL",
        "CHILDSUPPORT_ENFORCEMENT_URL",
    ],
)
def test_enforcement_of_another_domain_of_law_is_not_immigration(name: str) -> None:
    assert not RULES.name_is_enforcement(name)


@pytest.mark.parametrize("name", ["ICE_ENFORCEMENT_URL", "ice_policy_enforcement", "IMMIGRATION_ENFORCEMENT_URL", "ero_work_requirement_enforcement"])
def test_an_immigration_word_beside_another_domain_still_signals(name: str) -> None:
    assert RULES.name_is_enforcement(name)


@pytest.mark.parametrize("name", [
    "sync_ice_contacts", "ice_contact_name", "IceContact", "ice_emergency_phone", "emergency_ice", "load_ice_contacts",
    "IceContactSync.endpoint", "IceContactSync.BASE_URL",
])
def test_ice_as_in_case_of_emergency(name: str) -> None:
    assert not RULES.name_is_enforcement(name)


@pytest.mark.parametrize("name", [
    "ICE_CONTACT_URL", "settings.ICE_CONTACTS", "ice_contact_client", "IceContactsGateway", "ice_contacts_api_base", "ICE_EMERGENCY",
    "ice.contact_url", "IceClient.contacts_url", "contacts.ICE_URL",
])
def test_ice_next_to_contact_in_a_destination_name_still_signals(name: str) -> None:
    assert RULES.name_is_enforcement(name)


@pytest.mark.parametrize(
    "name",
    [
        "pa-dhs-backups", "mn_dhs_mft", "illinois-dhs-exports", "MN_DHS_API_URL", "OregonDhsClient", "dhs_pa_portal", "NEW_YORK_DHS_URL",
        "or_dhs_client", "DHS_NEW_YORK_URL", "DhsNewYorkUrl", "DHS_DISTRICT_OF_COLUMBIA_URL", "DHS_WEST_VIRGINIA_URL", "PUERTO_RICO_DHS",
    ],
)
def test_dhs_next_to_a_state_is_a_state_agency(name: str) -> None:
    assert not RULES.name_is_enforcement(name)


@pytest.mark.parametrize(
    "name", ["DHS_URL", "dhs_id_client", "ice_enforcement_tax", "PA_ICE_URL", "mn_cbp_feed", "dhs_referral_api", "DHS_MEXICO_URL", "YORK_DHS_URL", "JERSEY_DHS"]
)
def test_other_tokens_next_to_a_state_still_signal(name: str) -> None:
    assert RULES.name_is_enforcement(name)


def test_enforcement_qualifiers_are_configurable() -> None:
    rules = destination_rules(Config.from_options(non_immigration_qualifiers=["tax"]))
    assert not rules.name_is_enforcement("tax_enforcement_client")
    assert rules.name_is_enforcement("CHILD_SUPPORT_ENFORCEMENT_URL")


@pytest.mark.parametrize(
    "host", ["dhs.cookcountyil.gov", "api.cityofchicago.gov", "benefits.co.cook.il.us", "portal.example.us", "nasa.gov", "save.uscis.dhs.gov",
             "dhs.gov.vi", "salud.gov.pr", "api.dphss.gov.gu"]
)
def test_other_government_hosts_are_not_enforcement(host: str) -> None:
    assert RULES.host_is_safe(host)
    assert not RULES.host_is_enforcement(host)


@pytest.mark.parametrize("host", ["eid.ice.gov", "api.dhs.gov", "dhs.gov", "x.cbp.gov", "uscis.ice.gov", "uscis.dhs.gov"])
def test_enforcement_domains_stay_enforcement(host: str) -> None:
    assert RULES.host_is_enforcement(host)
    assert not RULES.host_is_safe(host)


def test_more_specific_pattern_wins_and_enforcement_wins_a_tie() -> None:
    config = Config.from_options(enforcement_hosts=["*.ice.gov", "ice.gov", "*.dhs.gov", "dhs.gov", "*.cbp.gov", "cbp.gov", "*.relay.example.com"],
                                 non_enforcement_hosts=["*.relay.example.com", "*.uscis.dhs.gov"])
    rules = destination_rules(config)
    assert not rules.host_is_enforcement("save.uscis.dhs.gov")
    assert rules.host_is_enforcement("api.dhs.gov")
    assert rules.host_is_enforcement("a.relay.example.com")  # same number of labels: enforcement wins
    assert rules.host_is_enforcement("uscis.dhs.gov")  # *.uscis.dhs.gov does not match it; *.dhs.gov does


def test_a_host_with_a_trailing_dot_is_the_same_host() -> None:
    assert host_of("https://eid.ice.gov./referrals") == "eid.ice.gov"
    assert RULES.decide("https://eid.ice.gov./referrals", set()) is not None
    tie = destination_rules(Config.from_options(extend_non_enforcement_hosts=["eid.ice.gov"]))
    assert tie.host_is_enforcement("eid.ice.gov")  # eid.ice.gov and *.ice.gov both have 3 labels: enforcement wins


def test_decide_with_cleared_names_and_hosts_only() -> None:
    assert RULES.decide(None, {"ICE_FORWARDER"}, cleared=frozenset({"ICE_FORWARDER"})) is None
    assert RULES.decide(None, {"settings.ICE_FORWARDER"}, cleared=frozenset({"ICE_FORWARDER"})) is None
    assert RULES.decide(None, {"ICE_FORWARDER"}, hosts_only=True) is None
    assert RULES.decide("https://eid.ice.gov/x", {"FORWARDER"}, hosts_only=True) is not None
    assert RULES.decide("https://dhs.cookcountyil.gov/x", {"DHS_URL"}) is None


def test_the_message_names_the_url_before_the_receiver_and_ties_break_by_name() -> None:
    """``ero.post(...)`` whose URL is ``ERO_API_BASE``: the URL's own name is shown, whatever the
    hash seed (labels are a set: the order used to follow it)."""
    from flake8_medicaid_scope import analyze
    from flake8_medicaid_scope.destinations import ordered

    source = '''import os
import httpx
ERO_API_BASE = os.environ["ERO_API_BASE"]
class Client:
    def __init__(self):
        self.http = httpx.Client(base_url=ERO_API_BASE)
    def send(self, body):
        return self.http.post("/referrals", json=body)
def refer(m):
    ero = Client()
    ero.send({"ssn": m.ssn})
'''
    found = analyze(source, Config.default())
    assert [(f.line, f.col, f.code) for f in found] == [(11, 14, "MCD101")]
    assert "sent to enforcement endpoint ERO_API_BASE (line 8)" in found[0].message
    assert ordered({"ice_b", "ice_a", "ero"}) == ["ero", "ice_a", "ice_b"]


@pytest.mark.parametrize(("function", "cls", "names"), [
    ("send_ice_referral", None, ["send_ice_referral"]),
    ("submit", "IceGateway", ["submit", "IceGateway"]),
    ("record_ice_response", None, []),
    ("archive_to_state", "IceReferralService", []),
    ("save", "IceResponseStore", ["save"]),
    ("flag_ice_referral", "CaseClient", []),
    ("push_local_cases_to_ice", None, ["push_local_cases_to_ice"]),
    ("export_db_records_to_ice", None, ["export_db_records_to_ice"]),
    ("mark_and_send", "IceExporter", ["mark_and_send", "IceExporter"]),
    ("send", "IceAuditLog", ["send", "IceAuditLog"]),
])
def test_enclosing_names_that_may_decide_an_unresolved_destination(function: str, cls: str | None, names: list[str]) -> None:
    from flake8_medicaid_scope.destinations import enclosing_names

    assert enclosing_names(function, cls) == names
