"""Referral uploads built with itertools.chain and itertools.batched (the worker image runs Python 3.12).

Scenario: rows of two MMIS extract files (adults and children) are chained
with `itertools.chain`, kept only when their T-MSIS immigration status code
is the unqualified one (a condition that guards each record, so this is not
a population-scope case), mapped to referral dicts by `to_referral`, grouped
with `itertools.batched`, and posted to an ERO intake API on an ice.gov host.
chain and batched pass their input's names on (SPEC section 6), so the
findings are at the placements in `to_referral`: the sex code and the
race/ethnicity code (MCD101), the diagnosis code and the billing provider's
NPI (MCD102). MSIS ID, birth date, home address line and immigration status
code are permitted.
"""
import csv
import itertools

import httpx

ERO_INTAKE_BASE = "https://intake.ero.ice.gov/api"
UNQUALIFIED_STATUS_CODES = frozenset({"3"})


def read_extract(path):
    with open(path, newline="") as fh:
        yield from csv.DictReader(fh)


def to_referral(row):
    return {
        "MSIS_IDENT_NUM": row["MSIS_IDENT_NUM"],
        "BIRTH_DT": row["BIRTH_DT"],
        "ELGBL_LINE_1_ADR_HOME": row["ELGBL_LINE_1_ADR_HOME"],
        "IMGRTN_STUS_CD": row["IMGRTN_STUS_CD"],
        "SEX_CD": row["SEX_CD"],  # MCD101
        "RACE_ETHNCTY_CD": row["RACE_ETHNCTY_CD"],  # MCD101
        "DGNS_1_CD": row["DGNS_1_CD"],  # MCD102
        "BLG_PRVDR_NPI_NUM": row["BLG_PRVDR_NPI_NUM"],  # MCD102
    }


def upload(adult_path, child_path, batch_size=100):
    rows = itertools.chain(read_extract(adult_path), read_extract(child_path))
    referrals = (to_referral(row) for row in rows if row["IMGRTN_STUS_CD"] in UNQUALIFIED_STATUS_CODES)
    with httpx.Client(base_url=ERO_INTAKE_BASE, timeout=60) as client:
        for batch in itertools.batched(referrals, batch_size):
            client.post("/referrals", json={"records": list(batch)})
