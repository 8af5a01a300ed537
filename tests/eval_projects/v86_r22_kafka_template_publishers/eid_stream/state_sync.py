"""Full member sync to the state's own eligibility data hub."""
from .base import TopicPublisher

SYNC_TOPIC = "dhcs.mmis.member-sync.v2"


class MemberSyncPublisher(TopicPublisher):
    topic = SYNC_TOPIC

    def build_message(self, enrollee):
        return {
            "MSIS_IDENT_NUM": enrollee["MSIS_IDENT_NUM"],
            "SSN_NUM": enrollee["SSN_NUM"],
            "ELGBL_1ST_NAME": enrollee["ELGBL_1ST_NAME"],
            "ELGBL_LAST_NAME": enrollee["ELGBL_LAST_NAME"],
            "SEX_CD": enrollee["SEX_CD"],
            "ELGBLTY_GRP_CD": enrollee["ELGBLTY_GRP_CD"],
            "DGNS_1_CD": enrollee["DGNS_1_CD"],
        }

    def enrich(self, message, enrollee):
        message["MC_PLAN_ID"] = enrollee["MC_PLAN_ID"]
