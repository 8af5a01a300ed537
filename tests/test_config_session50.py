"""Configuration of the fiftieth session: options given by mistake never switch the law off (SPEC section 7)."""

from __future__ import annotations

import pytest

from flake8_medicaid_scope import Config, ConfigError
from test_config import codes

DX = 'import requests\nREFERRAL_URL = "https://eid.ice.gov/api/v1/referrals"\ndef f(m):\n    requests.post(REFERRAL_URL, json={"diagnosis_code": m.dx})\n'


def test_a_health_name_moved_to_another_prohibited_category_is_still_reported() -> None:
    # round 336 asked that diagnosis_code=name be refused (MCD102 becomes MCD101); review 50b: the shipped vocabulary
    # misfiles some names as health data (unemployment_payment as payment), and SPEC section 7 lets a user move a
    # name between prohibited categories; only a move into a permitted category (or harmless) is refused
    assert codes(DX.replace("m.dx", "m.diagnosis_code"), Config.from_options(extra_fields=["diagnosis_code=name"])) == [(4, "MCD101")]
    with pytest.raises(ConfigError, match="^--medicaid-extra-fields: 'diagnosis_code=address' cannot make 'diagnosis_code' permitted"):
        Config.from_options(extra_fields=["diagnosis_code=address"])


def test_a_health_name_may_move_to_another_health_category_and_stays_mcd102() -> None:
    assert codes(DX, Config.from_options(extra_fields=["diagnosis_code=procedure"])) == [(4, "MCD102")]
    assert codes(DX, Config.default()) == [(4, "MCD102")]
    # (a name the vocabulary does not know may still be given any category)
    assert codes(DX.replace("diagnosis_code", "kunde_x").replace("m.dx", "m.kunde_x"), Config.from_options(extra_fields=["kunde_x=name"])) == [(4, "MCD101")]


def test_the_literal_ice_host_stays_enforcement_whatever_the_host_options_say() -> None:
    # round 336: --medicaid-enforcement-hosts=*.vendor.com (the extend option was meant) silenced this send; now it is refused,
    # and the extend option keeps the shipped domains
    with pytest.raises(ConfigError, match="^--medicaid-enforcement-hosts: leaves out the shipped enforcement domains"):
        Config.from_options(enforcement_hosts=["*.vendor.com"])
    assert codes(DX, Config.from_options(extend_enforcement_hosts=["*.vendor.com"])) == [(4, "MCD102")]
