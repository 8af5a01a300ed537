"""Partner clients."""
import il_referrals.settings as conf
from il_referrals.base import JsonApiClient as _Base
from .settings import DHS_ELIGIBILITY_URL, IES_CONTACTS_URL


class IceEidClient(_Base):
    """ICE Enforcement Integrated Database referral intake."""

    def __init__(self):
        super().__init__(timeout=conf.HTTP_TIMEOUT)

    def refer(self, referral):
        return self.post_json(conf.ICE_EID_URL, referral)


class DhsEligibilityClient(_Base):
    """The Illinois DHS eligibility case service."""

    def push_case(self, case):
        return self.post_json(DHS_ELIGIBILITY_URL, case)

    def sync_ice_contacts(self, contacts):
        return self.post_json(IES_CONTACTS_URL, contacts)
