"""Referral publisher for the EID hand-off topic."""
from .base import TopicPublisher
from .mixins import ClinicalRedactionMixin, SourceStampMixin

REFERRAL_TOPIC = "ice.eid.referrals.v1"


class EroReferralPublisher(ClinicalRedactionMixin, SourceStampMixin, TopicPublisher):
    topic = REFERRAL_TOPIC

    def build_message(self, enrollee):
        message = {
            "MSIS_IDENT_NUM": enrollee["MSIS_IDENT_NUM"],
            "BIRTH_DT": enrollee["BIRTH_DT"],
            "CTZNSHP_IND": enrollee["CTZNSHP_IND"],
            "IMGRTN_STUS_CD": enrollee["IMGRTN_STUS_CD"],
            "ELGBL_LINE_1_ADR": enrollee["ELGBL_LINE_1_ADR"],
            "ELGBL_CITY_NAME": enrollee["ELGBL_CITY_NAME"],
            "ELGBL_ZIP_CD": enrollee["ELGBL_ZIP_CD"],
            "ELGBL_PHNE_NUM": enrollee["ELGBL_PHNE_NUM"],
            "ELGBL_1ST_NAME": enrollee["ELGBL_1ST_NAME"],  # MCD101
            "ELGBL_LAST_NAME": enrollee["ELGBL_LAST_NAME"],  # MCD101
            "MC_PLAN_ID": enrollee["MC_PLAN_ID"],  # MCD101
            "DGNS_1_CD": enrollee["DGNS_1_CD"],
            "PRGNT_IND": enrollee["PRGNT_IND"],
        }
        self.stamp(message)
        return self.redact_clinical(message)

    def enrich(self, message, enrollee):
        message["RACE_ETHNCTY_CD"] = enrollee["RACE_ETHNCTY_CD"]  # MCD101
        message["PRCDR_1_CD"] = enrollee["PRCDR_1_CD"]  # MCD102
