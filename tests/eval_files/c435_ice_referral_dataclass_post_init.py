"""Referral payload for the ICE EID intake API as a dataclass with
normalization in __post_init__, a from_member builder and to_dict();
submitted for one member chosen on the command line.

CLEAN (no finding expected).
- IceReferral is a payload model named for enforcement, so its declared
  fields are enforcement payloads (SPEC 3, SPEC 4); every declared field is
  permitted (msis_ident_num, birth_dt, elgbl_phne_num, elgbl_*_home address
  parts, imgrtn_stus_cd, ctznshp_ind) or harmless (request_id,
  schema_version) (SPEC 1, SPEC 5).
- to_dict() is asdict(self) of a model declared in the module, so its
  declared fields flow, not MCD103 (SPEC 6).
- The SSN and name are only tested/logged (is None, len) and never placed
  in the payload (SPEC 6: len()/is None do not carry names).
- One member identified by the caller: not bulk (SPEC 10).
"""
import argparse
import logging
import re
import uuid
from dataclasses import asdict, dataclass, field

import httpx

from medi_cal.repository import load_member_by_cin

log = logging.getLogger("eid.referral")

ICE_EID_REFERRALS = "https://eid.ice.gov/api/v1/referrals"
SCHEMA_VERSION = "3.0"


@dataclass
class IceReferral:
    msis_ident_num: str
    birth_dt: str
    elgbl_phne_num: str
    elgbl_line_1_adr_home: str
    elgbl_city_name_home: str
    elgbl_state_cd_home: str
    elgbl_zip_cd_home: str
    imgrtn_stus_cd: str
    ctznshp_ind: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    schema_version: str = SCHEMA_VERSION

    def __post_init__(self):
        self.elgbl_phne_num = re.sub(r"\D", "", self.elgbl_phne_num or "")
        self.elgbl_zip_cd_home = (self.elgbl_zip_cd_home or "")[:5]
        self.elgbl_state_cd_home = (self.elgbl_state_cd_home or "").upper()

    @classmethod
    def from_member(cls, member) -> "IceReferral":
        return cls(
            msis_ident_num=member.msis_ident_num,
            birth_dt=member.birth_dt.isoformat(),
            elgbl_phne_num=member.elgbl_phne_num,
            elgbl_line_1_adr_home=member.elgbl_line_1_adr_home,
            elgbl_city_name_home=member.elgbl_city_name_home,
            elgbl_state_cd_home=member.elgbl_state_cd_home,
            elgbl_zip_cd_home=member.elgbl_zip_cd_home,
            imgrtn_stus_cd=member.imgrtn_stus_cd,
            ctznshp_ind=member.ctznshp_ind,
        )

    def to_dict(self) -> dict:
        return asdict(self)


def submit_referral(referral: IceReferral) -> None:
    with httpx.Client(timeout=30.0, cert=("/etc/eid/client.pem", "/etc/eid/client.key")) as client:
        resp = client.post(ICE_EID_REFERRALS, json=referral.to_dict())
        resp.raise_for_status()
    log.info("referral %s accepted", referral.request_id)


def main() -> None:
    parser = argparse.ArgumentParser(description="Submit one EID referral")
    parser.add_argument("cin")
    args = parser.parse_args()
    member = load_member_by_cin(args.cin)
    if member.ssn is None:
        log.warning("member %s has no SSN on file; referral proceeds on Medicaid ID", args.cin)
    if len(member.last_name or "") == 0:
        log.warning("member %s has no surname on file", args.cin)
    submit_referral(IceReferral.from_member(member))


if __name__ == "__main__":
    main()
