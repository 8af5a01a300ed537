"""Mixins shared by the publishers."""

CLINICAL_COLUMNS = (
    "DGNS_1_CD",
    "DGNS_2_CD",
    "PRCDR_1_CD",
    "NDC_CD",
    "PRGNT_IND",
    "DSBLTY_TYPE_CD",
)


class ClinicalRedactionMixin:
    """Drops claim-derived clinical columns from a message."""

    def redact_clinical(self, message):
        for column in CLINICAL_COLUMNS:
            message.pop(column, None)
        return message


class SourceStampMixin:
    """Adds the fixed provenance block every message carries."""

    def stamp(self, message):
        message["source_system"] = "MMIS-CA"
        message["schema_version"] = "3.1"
        return message
