"""Configuration: defaults, validation, the policy file and the policy period."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flake8_medicaid_scope import Config, ConfigError, analyze

SOURCE = 'import requests\nICE_URL = "https://eid.ice.gov/r"\ndef f(m):\n    requests.post(ICE_URL, json={"dob": m.dob, "sex": m.sex})\n'


def codes(source: str, config: Config) -> list[tuple[int, str]]:
    return [(f.line, f.code) for f in analyze(source, config)]


DEFAULTS = json.loads((Path(__file__).parent.parent / "flake8_medicaid_scope" / "data" / "destinations.json").read_text())
CITE = "[California v. HHS, No. 3:25-cv-05536 (N.D. Cal. Dec. 29, 2025)]"


def test_defaults() -> None:
    config = Config.default()
    assert "*.ice.gov" in config.enforcement_hosts
    assert "dhs" in config.enforcement_tokens
    assert "request_id" in config.harmless
    assert config.non_immigration_qualifiers == tuple(DEFAULTS["non_immigration_qualifiers"])
    assert "child_support" in config.non_immigration_qualifiers


# (Config attribute and keyword, a valid value not in the default)
LISTS = [
    ("non_enforcement_hosts", "*.cookcountyil.gov"),
    ("enforcement_tokens", "removal"),
    ("harmless_fields", "case_ref"),
    ("non_immigration_qualifiers", "animal_control"),
]


@pytest.mark.parametrize(("key", "value"), LISTS)
def test_plain_list_replaces_the_default_and_extend_adds_to_it(key: str, value: str) -> None:
    default = tuple(DEFAULTS[key])
    assert getattr(Config.default(), key) == default
    assert getattr(Config.from_options(**{key: [value]}), key) == (value,)
    assert getattr(Config.from_options(**{f"extend_{key}": [value]}), key) == default + (value,)
    # both: the plain value replaces the default, the extend value adds to it
    first = default[0]
    assert getattr(Config.from_options(**{key: [first], f"extend_{key}": [value, first]}), key) == (first, value)


def test_a_replaced_enforcement_host_list_keeps_the_shipped_domains() -> None:
    # SPEC section 7 (never switch the law off by accident): the plain option replaces the list, but only with the
    # shipped enforcement domains still in it (round 336: *.vendor.com given where the extend option was meant
    # left a literal eid.ice.gov held by a name without a token unreported)
    shipped = list(DEFAULTS["enforcement_hosts"])
    assert Config.from_options(enforcement_hosts=[*shipped, "*.enforce.example"]).enforcement_hosts == (*shipped, "*.enforce.example")
    with pytest.raises(ConfigError) as info:
        Config.from_options(enforcement_hosts=["*.enforce.example"])
    assert str(info.value) == ("--medicaid-enforcement-hosts: leaves out the shipped enforcement domains *.ice.gov, ice.gov, *.dhs.gov, dhs.gov, "
                               "*.cbp.gov, cbp.gov; list them too, or add hosts with --medicaid-extend-enforcement-hosts")
    with pytest.raises(ConfigError, match="leaves out the shipped enforcement domains cbp.gov;"):
        Config.from_options(enforcement_hosts=shipped[:-1], extend_enforcement_hosts=["*.enforce.example"])
    # (the extend option alone adds to them, as before)
    assert Config.from_options(extend_enforcement_hosts=["*.enforce.example"]).enforcement_hosts == (*shipped, "*.enforce.example")


@pytest.mark.parametrize(("key", "value"), [*LISTS, ("enforcement_hosts", "*.enforce.example")])
def test_extend_values_are_validated_under_their_own_option(key: str, value: str) -> None:
    option = "--medicaid-extend-" + key.replace("_", "-")
    with pytest.raises(ConfigError) as info:
        Config.from_options(**{f"extend_{key}": [value, "not valid!"]})
    assert str(info.value).startswith(f"{option}: 'not valid!' is not ")


def test_extending_the_tokens_keeps_the_default_tokens() -> None:
    source = (
        'import requests\nREMOVAL_URL = "https://vendor.example.com/r"\nICE_URL = "https://vendor.example.com/i"\n'
        'def f(m):\n    requests.post(REMOVAL_URL, json={"ssn": m.ssn})\n    requests.post(ICE_URL, json={"sex": m.sex})\n'
    )
    assert codes(source, Config.default()) == [(6, "MCD101")]
    assert codes(source, Config.from_options(enforcement_tokens=["removal"])) == [(5, "MCD101")]
    assert codes(source, Config.from_options(extend_enforcement_tokens=["removal"])) == [(5, "MCD101"), (6, "MCD101")]


def test_extending_the_enforcement_hosts_keeps_the_default_hosts() -> None:
    source = SOURCE.replace("ICE_URL", "TARGET") + 'def g(m):\n    requests.post("https://api.enforce.example/x", json={"sex": m.sex})\n'
    assert codes(source, Config.default()) == [(4, "MCD101")]
    assert codes(source, Config.from_options(extend_enforcement_hosts=["*.enforce.example"])) == [(4, "MCD101"), (6, "MCD101")]
    # (the plain option with the shipped domains listed too replaces the rest of the list: the same here)
    listed = [*DEFAULTS["enforcement_hosts"], "*.enforce.example"]
    assert codes(source, Config.from_options(enforcement_hosts=listed)) == [(4, "MCD101"), (6, "MCD101")]


def test_harmless_fields_replace_the_default_and_extend_adds() -> None:
    source = 'import requests\nICE_URL = "https://eid.ice.gov/r"\ndef f(m):\n    requests.post(ICE_URL, json={"request_id": m.request_id, "case_ref": m.case_ref})\n'
    assert [(f.line, f.col, f.message.split(" sent ")[0]) for f in analyze(source, Config.default())] == [
        (4, 61, "MCD104 'case_ref' (not in the field vocabulary)")
    ]
    assert analyze(source, Config.from_options(extend_harmless_fields=["case_ref"])) == []
    replaced = analyze(source, Config.from_options(harmless_fields=["case_ref"]))
    assert [(f.line, f.col, f.message.split(" sent ")[0]) for f in replaced] == [(4, 33, "MCD104 'request_id' (not in the field vocabulary)")]


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("enforcement_tokens", "--medicaid-enforcement-tokens: empty; give at least one lower-case word such as ice, "
                               "or leave the option out to keep the default (--medicaid-extend-enforcement-tokens adds to it)"),
        ("enforcement_hosts", "--medicaid-enforcement-hosts: empty; give at least one host pattern such as *.ice.gov, "
                              "or leave the option out to keep the default (--medicaid-extend-enforcement-hosts adds to it)"),
        ("non_enforcement_hosts", "--medicaid-non-enforcement-hosts: empty; give at least one host pattern such as *.state.mn.us, "
                                  "or leave the option out to keep the default (--medicaid-extend-non-enforcement-hosts adds to it)"),
    ],
)
@pytest.mark.parametrize("empty", [[], [""], [" ", ""]])
def test_an_empty_destination_list_is_an_error(key: str, message: str, empty: list[str]) -> None:
    with pytest.raises(ConfigError) as info:
        Config.from_options(**{key: empty})
    assert str(info.value) == message


def test_empty_lists_that_only_make_the_check_stricter_are_allowed() -> None:
    assert Config.from_options(harmless_fields=[]).harmless == frozenset()
    assert Config.from_options(non_immigration_qualifiers=[]).non_immigration_qualifiers == ()
    # an empty extend list adds nothing
    assert Config.from_options(extend_enforcement_tokens=[]).enforcement_tokens == tuple(DEFAULTS["enforcement_tokens"])


HINT = "for a justified exception put '# noqa: {code}  # reason' on the line instead (see docs/categories.md)"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"harmless_fields": ["ssn"]},
         "--medicaid-harmless-fields: 'ssn' cannot be declared harmless: it is in the prohibited category ssn (MCD101); " + HINT.format(code="MCD101")),
        ({"extend_harmless_fields": ["case_ref", "primary_dx"]},
         "--medicaid-extend-harmless-fields: 'primary_dx' cannot be declared harmless: it is in the prohibited category diagnosis (MCD102); "
         + HINT.format(code="MCD102")),
        # an acronym's plural in camelCase (prober round 280) is the acronym's category, not an unknown name
        ({"extend_harmless_fields": ["prior_SSNs"]},
         "--medicaid-extend-harmless-fields: 'prior_SSNs' cannot be declared harmless: it is in the prohibited category ssn (MCD101); "
         + HINT.format(code="MCD101")),
        ({"harmless_fields": ["guardianName"]},
         "--medicaid-harmless-fields: 'guardianName' cannot be declared harmless: it is in the prohibited category contact_person (MCD101); "
         + HINT.format(code="MCD101")),
        ({"extra_fields": ["ssn=medicaid_id"]},
         "--medicaid-extra-fields: 'ssn=medicaid_id' cannot make 'ssn' permitted: it is in the prohibited category ssn (MCD101); " + HINT.format(code="MCD101")),
        ({"extra_fields": ["kundennr=medicaid_id", "dgns_cd_1=address"]},
         "--medicaid-extra-fields: 'dgns_cd_1=address' cannot make 'dgns_cd_1' permitted: it is in the prohibited category diagnosis (MCD102); "
         + HINT.format(code="MCD102")),
        # before Jan. 6, 2026 nothing is permitted, so even a date of birth cannot be declared harmless
        ({"harmless_fields": ["dob"], "as_of": "2025-12-01"},
         "--medicaid-harmless-fields: 'dob' cannot be declared harmless: it is in the category date_of_birth, prohibited until 2026-01-05 (MCD101); "
         + HINT.format(code="MCD101")),
        # a permitted field is a person's field, not transfer metadata: declared harmless, records of many people
        # reduced to it would read as metadata and lose their MCD201 (SPEC sections 7 and 10)
        ({"extend_harmless_fields": ["member_id"]},
         "--medicaid-extend-harmless-fields: 'member_id' cannot be declared harmless: it is a person's field (the permitted category medicaid_id), "
         "not transfer metadata; a permitted field needs no declaration"),
        ({"harmless_fields": ["dob"]},
         "--medicaid-harmless-fields: 'dob' cannot be declared harmless: it is a person's field (the permitted category date_of_birth), "
         "not transfer metadata; a permitted field needs no declaration"),
    ],
)
def test_configuration_cannot_switch_a_prohibited_name_off(kwargs: dict, message: str) -> None:
    with pytest.raises(ConfigError) as info:
        Config.from_options(**kwargs)
    assert str(info.value) == message


@pytest.mark.parametrize(
    "kwargs",
    [
        {"extra_fields": ["ssn=diagnosis"]},  # prohibited -> prohibited
        {"extra_fields": ["dob=ssn"]},  # permitted -> prohibited: stricter
        {"extra_fields": ["kundennr=medicaid_id", "tx_cd=diagnosis"]},  # unknown -> anything
        {"extra_fields": ["dob=medicaid_id"], "as_of": "2025-12-01"},  # prohibited -> prohibited in that period
        {"harmless_fields": ["case_ref", "x_correlation"]},
    ],
)
def test_configuration_that_keeps_the_law_is_accepted(kwargs: dict) -> None:
    Config.from_options(**kwargs)


@pytest.mark.parametrize("as_of", [None, "2025-08-12", "2025-12-01", "2026-01-06"])
def test_the_shipped_harmless_list_names_nothing_prohibited(as_of: str | None) -> None:
    from flake8_medicaid_scope.vocabulary import default_vocabulary

    assert [name for name in DEFAULTS["harmless_fields"] if default_vocabulary().classify(name) is not None] == []
    assert Config.from_options(as_of=as_of, harmless_fields=DEFAULTS["harmless_fields"]).harmless == Config.default().harmless


def test_unknown_category_lists_the_valid_ones() -> None:
    with pytest.raises(ConfigError) as info:
        Config.from_options(extra_fields=["tx_cd=tumor"])
    text = str(info.value)
    assert text.startswith("--medicaid-extra-fields: unknown category 'tumor' in 'tx_cd=tumor'; valid categories: address, age, behavioral_health, ")
    valid = text.split("valid categories: ", 1)[1].split(", ")
    assert valid == sorted(valid)
    assert {"contact_person", "immigration_document_id", "medicaid_id", "diagnosis", "clinical_resource", "ssn"} <= set(valid)
    assert "\n" not in text


def test_a_category_is_read_in_any_case_with_hyphens_and_a_misspelled_one_lists_the_valid_ones() -> None:
    # rin=Medicaid-ID names the documented category medicaid_id; rin=medicaid-ident is name=category in
    # shape, so the error says which categories there are (SPEC section 7), not "is not name=category"
    assert Config.from_options(extra_fields=["rin=Medicaid-ID"]).vocabulary.classify("rin") == "medicaid_id"
    assert Config.from_options(extra_fields=["kase_dx=DIAGNOSIS"]).vocabulary.classify("kase_dx") == "diagnosis"
    with pytest.raises(ConfigError) as info:
        Config.from_options(extra_fields=["rin=medicaid-ident"])
    assert str(info.value).startswith("--medicaid-extra-fields: unknown category 'medicaid-ident' in 'rin=medicaid-ident'; valid categories: address, ")
    with pytest.raises(ConfigError, match="'rin=' is not name=category"):
        Config.from_options(extra_fields=["rin="])


def test_non_immigration_qualifiers_are_words_or_snake_case_phrases() -> None:
    config = Config.from_options(non_immigration_qualifiers=[" child_support ", "tax", "animal_control"])
    assert config.non_immigration_qualifiers == ("child_support", "tax", "animal_control")
    with pytest.raises(ConfigError) as info:
        Config.from_options(non_immigration_qualifiers=["Child Support"])
    assert str(info.value) == "--medicaid-non-immigration-qualifiers: 'Child Support' is not a lower-case word or snake_case phrase such as child_support"


def test_lists_are_trimmed_and_hosts_case_folded() -> None:
    shipped = list(DEFAULTS["enforcement_hosts"])
    config = Config.from_options(enforcement_hosts=[*shipped, " *.ICE.example ", ""], enforcement_tokens=["ice"])
    assert config.enforcement_hosts == (*shipped, "*.ice.example")


def test_custom_hosts_replace_the_default() -> None:
    source = SOURCE.replace("eid.ice.gov", "referrals.enforce.example")
    assert codes(source, Config.default()) == [(4, "MCD101")]  # ICE_URL carries the token
    shipped = list(DEFAULTS["enforcement_hosts"])
    only_hosts = Config.from_options(enforcement_hosts=[*shipped, "*.enforce.example"], enforcement_tokens=["zzz"])
    assert codes(source, only_hosts) == [(4, "MCD101")]
    nothing = Config.from_options(enforcement_hosts=[*shipped, "*.other.example"], enforcement_tokens=["zzz"])
    assert codes(source, nothing) == []


def test_as_of_before_the_december_order_permits_nothing() -> None:
    before = Config.from_options(as_of="2025-10-01")
    assert before.permitted == frozenset()
    assert codes(SOURCE, before) == [(4, "MCD101"), (4, "MCD101")]
    assert codes(SOURCE, Config.from_options(as_of="2026-02-01")) == [(4, "MCD101")]


def test_before_january_6_even_a_medicaid_id_is_flagged_and_the_message_says_why() -> None:
    source = 'import requests\nICE_URL = "https://eid.ice.gov/r"\ndef f(m):\n    requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id, "dx": m.dx})\n'
    found = analyze(source, Config.from_options(as_of="2025-12-15"))
    assert [(f.line, f.col, f.message) for f in found] == [
        (4, 33, "MCD101 'medicaid_id' (medicaid_id) sent to enforcement endpoint https://eid.ice.gov/r (line 4); "
                "no Medicaid data may be shared for immigration enforcement before Jan. 6, 2026; drop it " + CITE),
        (4, 63, "MCD102 'dx' (diagnosis) sent to enforcement endpoint https://eid.ice.gov/r (line 4); "
                "no Medicaid data may be shared for immigration enforcement before Jan. 6, 2026; drop it " + CITE),
    ]
    later = analyze(source, Config.from_options(as_of="2026-01-06"))
    assert [(f.line, f.col, f.message) for f in later] == [
        (4, 63, "MCD102 'dx' (diagnosis) sent to enforcement endpoint https://eid.ice.gov/r (line 4); health records stay barred; drop it " + CITE),
    ]


@pytest.mark.parametrize("day", ["2025-08-11", "2024-01-01"])
def test_as_of_before_the_earliest_period_is_an_error_naming_its_start(day: str) -> None:
    with pytest.raises(ConfigError) as info:
        Config.from_options(as_of=day)
    assert str(info.value) == (
        f"--medicaid-as-of: {day} is before the earliest policy period, which starts 2025-08-12 "
        "(preliminary injunction of Aug. 12, 2025, extended through Jan. 5, 2026)"
    )
    assert Config.from_options(as_of="2025-08-12").permitted == frozenset()


def test_policy_file_replaces_the_shipped_one(tmp_path: Path) -> None:
    shipped = json.loads((Path(__file__).parent.parent / "flake8_medicaid_scope" / "data" / "policy.json").read_text())
    shipped["periods"][-1]["permitted"].append("sex")
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(shipped))
    assert codes(SOURCE, Config.from_options(policy=str(path))) == []


def test_policy_file_gives_the_reasons_and_the_earliest_period(tmp_path: Path) -> None:
    shipped = json.loads((Path(__file__).parent.parent / "flake8_medicaid_scope" / "data" / "policy.json").read_text())
    shipped["periods"] = [dict(shipped["periods"][-1], reasons={"MCD101": "not in the new order; drop it"})]
    shipped["periods"][0]["from"] = "2026-03-01"
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(shipped))
    found = analyze(SOURCE, Config.from_options(policy=str(path), as_of="2026-03-01"))
    assert [f.message.split("; ", 1)[1] for f in found] == ["not in the new order; drop it " + CITE]
    with pytest.raises(ConfigError, match=r"^--medicaid-as-of: 2026-01-06 is before the earliest policy period, which starts 2026-03-01 \("):
        Config.from_options(policy=str(path), as_of="2026-01-06")


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"policy": "{missing}"}, "--medicaid-policy: cannot read"),
        ({"policy": "{bad_json}"}, "--medicaid-policy: {bad_json} is not valid JSON"),
        ({"policy": "{no_periods}"}, "--medicaid-policy: the policy lacks 'periods' (docs/policy.md)"),
        ({"extra_fields": ["=diagnosis"]}, "--medicaid-extra-fields"),
        ({"harmless_fields": ["bad field"]}, "--medicaid-harmless-fields: 'bad field' is not a field name"),
        ({"non_enforcement_hosts": ["a b"]}, "--medicaid-non-enforcement-hosts"),
        ({"cache_dir": " "}, "--medicaid-cache-dir: empty (leave the option out for the default folder at the project root)"),
        ({"cache_dir": "{linked}"}, "--medicaid-cache-dir: '{linked}' is a symbolic link; give the folder it points to"),
    ],
)
def test_bad_values_name_the_option(tmp_path: Path, kwargs: dict, needle: str) -> None:
    files = {"missing": tmp_path / "missing.json", "bad_json": tmp_path / "bad.json", "no_periods": tmp_path / "np.json", "linked": tmp_path / "linked"}
    (tmp_path / "real").mkdir()
    files["linked"].symlink_to(tmp_path / "real")
    files["bad_json"].write_text("{not json")
    files["no_periods"].write_text(json.dumps({"citations": {}, "health_categories": [], "codes": {}}))
    for key, value in list(kwargs.items()):
        if isinstance(value, str):
            kwargs[key] = value.format(**{k: str(v) for k, v in files.items()})
    needle = needle.format(**{k: str(v) for k, v in files.items()})
    with pytest.raises(ConfigError) as info:
        Config.from_options(**kwargs)
    assert needle in str(info.value)
    assert "\n" not in str(info.value)


def test_a_config_built_directly_holds_the_shipped_defaults() -> None:
    """``Config()`` is ``Config.default()``: built directly, it must not check nothing (SPEC section 7)."""
    assert Config() == Config.default()
    found = analyze('import requests\ndef f(m):\n    requests.post("https://eid.ice.gov/x", json={"ssn": m.ssn})\n', Config())
    assert [(f.line, f.col, f.code) for f in found] == [(3, 49, "MCD101")]


@pytest.mark.parametrize("key", ["enforcement_hosts", "non_enforcement_hosts", "enforcement_tokens"])
def test_a_config_built_directly_with_an_empty_destination_list_is_an_error(key: str) -> None:
    with pytest.raises(ConfigError, match=f"^--medicaid-{key.replace('_', '-')}: empty"):
        Config(**{key: ()})


def test_a_policy_permitting_an_unknown_category_is_an_error_naming_it(tmp_path: Path) -> None:
    # SPEC section 7 (bad configuration is a one-line error naming the option): a misspelled category
    # in a period's permitted list would permit nothing without a word
    shipped = json.loads((Path(__file__).parent.parent / "flake8_medicaid_scope" / "data" / "policy.json").read_text())
    shipped["periods"][-1]["permitted"].append("ssn_x")
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(shipped))
    with pytest.raises(ConfigError, match=r"^--medicaid-policy: .*policy\.json: period 2026-01-06 permits unknown category 'ssn_x'; valid categories: address, "):
        Config.from_options(policy=str(path))
    with pytest.raises(ConfigError, match=r"^--medicaid-policy: no path given"):
        Config.from_options(policy=" ")


def test_a_name_classified_by_the_user_is_data_over_the_default_harmless_list() -> None:
    # SPEC section 7 (configuration never switches the law off): --medicaid-extra-fields makes a name of
    # the shipped harmless list (batch_id) data; a name declared harmless by the user too is an error
    source = 'import requests\ndef f(m):\n    requests.post("https://eid.ice.gov/r", json={"dob": m.dob, "batch_id": m.batch_id})\n'
    assert codes(source, Config.default()) == []
    assert codes(source, Config.from_options(extra_fields=["batch_id=ssn"])) == [(3, "MCD101")]
    with pytest.raises(ConfigError, match=r"^--medicaid-extra-fields: 'batch_id' is also declared harmless"):
        Config.from_options(extra_fields=["batch_id=ssn"], extend_harmless_fields=["batch_id"])


def test_one_name_given_two_categories_is_an_error() -> None:
    # SPEC section 7 (bad configuration is a one-line error naming the option): tx_cd=diagnosis and
    # tx_cd=medicaid_id contradict each other; the last one must not win silently (it would permit a
    # diagnosis code); the same category twice, in any spelling, is fine
    with pytest.raises(ConfigError, match=r"^--medicaid-extra-fields: 'tx_cd' is given two categories \(tx_cd=diagnosis, tx_cd=medicaid_id\)"):
        Config.from_options(extra_fields=["tx_cd=diagnosis", "tx_cd=medicaid_id"])
    assert Config.from_options(extra_fields=["tx_cd=diagnosis", "TX_CD=diagnosis"]).extra_fields


def test_replacing_the_harmless_list_drops_the_default_harmless_words() -> None:
    # SPEC sections 5 and 7 (the harmless list is configurable; the plain option replaces the default):
    # with only case_ref declared harmless, schema_version, agency_code and page_size are unknown fields
    # (MCD104); extending the list keeps the default's rule for names made of harmless words
    source = ('import requests\ndef f(m):\n    requests.post("https://eid.ice.gov/r", json={\n'
              '        "case_ref": m.case_ref,\n        "schema_version": m.schema_version,\n        "agency_code": m.agency_code,\n    })\n')
    assert codes(source, Config.from_options(harmless_fields=["case_ref"])) == [(5, "MCD104"), (6, "MCD104")]
    assert codes(source, Config.from_options(extend_harmless_fields=["case_ref"])) == []


@pytest.mark.parametrize("option", ["non_enforcement_hosts", "extend_non_enforcement_hosts", "enforcement_hosts", "extend_enforcement_hosts"])
@pytest.mark.parametrize("pattern", ["*.com", "*.gov", "?*.us"])
def test_a_pattern_of_a_whole_top_level_domain_is_refused(option: str, pattern: str) -> None:
    """SPEC section 7 (configuration cannot switch the law off): ``*.com`` on the non-enforcement list would clear
    every vendor host's name signals; it is no domain. A domain under it is fine."""
    with pytest.raises(ConfigError) as info:
        Config.from_options(**{option: [pattern]})
    flag = "--medicaid-" + option.replace("_", "-")
    example = "*.ice.gov" if option in ("enforcement_hosts", "extend_enforcement_hosts") else "*.dhs.state.mn.us"
    assert str(info.value) == f"{flag}: {pattern!r} matches every host of a top-level domain; give a domain such as {example}"
    # a domain under it, a state's two-letter label (the shipped *.??.us) or a word with a wildcard are no whole domain
    kept = list(DEFAULTS["enforcement_hosts"]) if option == "enforcement_hosts" else []  # (the shipped domains stay listed)
    for allowed in ("*.vendor.com", "*.??.us", "??.us", "*ice.gov", "ice-*.gov"):
        assert Config.from_options(**{option: [*kept, allowed]}) is not None
