"""Transport class hierarchy: one base POST transport, a state-MMIS and an ICE subclass.
IceSubjectReferral is named for enforcement, so its fields are reported at their declarations
whatever the default (SPEC 3/4): ethnicity_code MCD101 (race_ethnicity), npi MCD102 (provider);
its constructor keywords in IceTransport.refer are not reported again. In refer, household_size
(MCD101) and primary_language (MCD101) are subscript assignments (SPEC 3), the latter inside a try
whose handler still flows to the send (SPEC 6). StatePortalTransport.sync sends vars(member) to
mmis.dhcs.ca.gov (ca.gov, non-enforcement list, SPEC 4): clean. One member per call: no MCD201.
"""
import logging

import requests
from pydantic import BaseModel

log = logging.getLogger(__name__)

ICE_EID_BASE = "https://eid.ice.gov/ero/v1"
STATE_MMIS_BASE = "https://mmis.dhcs.ca.gov/api"


class IceSubjectReferral(BaseModel):
    msis_ident_num: str
    birth_dt: str
    imgrtn_stus_cd: str
    ethnicity_code: str | None = None  # MCD101
    npi: str = ""  # MCD102


class Transport:
    base_url = ""
    timeout = 15

    def send(self, path, body):
        resp = None
        try:
            resp = requests.post(self.base_url + path, json=body, timeout=self.timeout)
            resp.raise_for_status()
        except requests.RequestException:
            log.exception("POST %s failed", path)
            raise
        finally:
            log.info("POST %s -> %s", path, getattr(resp, "status_code", None))
        return resp


class StatePortalTransport(Transport):
    base_url = STATE_MMIS_BASE

    def sync(self, member):
        return self.send("/members", vars(member))


class IceTransport(Transport):
    base_url = ICE_EID_BASE
    timeout = 30

    def refer(self, member):
        referral = IceSubjectReferral(
            msis_ident_num=member.msis_ident_num,
            birth_dt=member.birth_dt,
            imgrtn_stus_cd=member.imgrtn_stus_cd,
            ethnicity_code=member.ethnicity_code,
        )
        body = referral.model_dump()
        body["household_size"] = member.household_size  # MCD101
        try:
            body["primary_language"] = member.primary_language  # MCD101
            if not body["msis_ident_num"]:
                raise ValueError("missing MSIS id")
        except ValueError:
            log.warning("referral incomplete; sending anyway for manual review")
        return self.send("/referrals", body)


def transport_for(kind):
    return {"state": StatePortalTransport, "ice": IceTransport}[kind]()
