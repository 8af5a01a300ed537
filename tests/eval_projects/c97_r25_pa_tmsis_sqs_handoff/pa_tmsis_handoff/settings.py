"""Settings for the Pennsylvania DHS T-MSIS pipeline and the SQS hand-off.

Pennsylvania's Medicaid agency is the state Department of Human Services;
"pa-dhs" names it, not the federal DHS.
"""
AWS_REGION = "us-east-1"

# The agency's own S3 bucket for T-MSIS files (state agency, postal code "pa").
PA_DHS_EXPORT_BUCKET = "pa-dhs-tmsis-exports"

# CMS T-MSIS intake (federal health host).
CMS_TMSIS_SUBMIT_URL = "https://tmsis.cms.gov/api/v2/submissions"

# Cross-account queue read by ICE's EID connector.
ICE_HANDOFF_QUEUE_URL = "https://sqs.us-east-1.amazonaws.com/123456789012/ice-eid-handoff-prod"

# T-MSIS columns of the six permitted categories: Medicaid ID, date of
# birth, citizenship, immigration status, address, phone.
HANDOFF_INCLUDE = {
    "msis_ident_num",
    "birth_dt",
    "ctznshp_ind",
    "imgrtn_stus_cd",
    "elgbl_line_1_adr",
    "elgbl_zip_cd",
    "elgbl_phne_num",
}

# IMGRTN_STUS_CD values for people not lawfully present.
UNLAWFUL_IMGRTN_CODES = ["3", "8"]
