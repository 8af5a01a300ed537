"""One client per partner service."""
from .clients import PartnerClient
from .models import BASIC_FIELDS, SubjectRecord
from .settings import settings


class KynectClient(PartnerClient):
    """kynect member mirror: the full subject record."""

    base_url = settings.kynect_api_url
    path = "/members/subjects"


class EidSubjectClient(PartnerClient):
    """EID subject intake: the six basic categories only."""

    base_url = settings.ice_eid_url
    path = "/intake/subjects"

    def serialize(self, subject: SubjectRecord) -> dict:
        return subject.model_dump(mode="json", include=BASIC_FIELDS)


class EidCaseFileClient(PartnerClient):
    """EID case-file attachments (added for the 2026-02 case-file API)."""

    base_url = settings.ice_eid_url
    path = "/intake/case-files"
