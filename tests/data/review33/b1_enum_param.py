# b1 (regression): a parameter annotated with an Enum of the module is read as a constant when no
# caller is visible (an entry point: a task, a view, a function called from another module).
# base:  MCD-101 'race' at lines 32 and 36, MCD-101 'name' at line 40.
# after: nothing at all. (Give the same functions a visible caller, refer(m, Race(m.race_cd)), and
#        after reports them again; Race(m.race_cd).value written inline, line 44, is still MCD-101.)
# SPEC 5: "A constant (a literal, or a name bound only to a literal) is never a finding" -- a
#   parameter is neither: the caller picks the member from the enrollee's own race/sex code.
#   SPEC 5: "A value carries the names of both where it came from and where it is put: ... If any of
#   its names is prohibited, it is prohibited" -- {"race": race.value} sends the person's race
#   (MCD-101, SPEC 3: "race/ethnicity"). The Round 33 intent was an Enum of *reasons/bases*
#   (Basis.OVERSTAY); the rule applies to any Enum, so a person's race, sex or diagnosis group held in
#   an Enum disappears.
import enum

import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


class Race(str, enum.Enum):
    WHITE = "white"
    BLACK = "black"
    ASIAN = "asian"


class Sex(enum.Enum):
    MALE = "M"
    FEMALE = "F"


def refer_plain(m, race: Race):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "race": race}, timeout=30)  # MCD101


def refer(m, race: Race):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "race": race.value}, timeout=30)  # MCD101


def refer_sex(m, sex: Sex):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "sex": sex.name}, timeout=30)  # MCD101


def refer_inline(m):
    requests.post(ICE_URL, json={"medicaid_id": m.cin, "race": Race(m.race_cd).value}, timeout=30)  # MCD101
