"""Destinations of the outbound flows."""

AWS_REGION = "us-east-1"
EXTRACT_ROOT = "s3://pa-dhs-tmsis-extracts"
HANDOFF_BUCKET = "ice-eid-handoff-prod"
ARCHIVE_BUCKET = "pa-dhs-backups"

TMSIS_SFTP_HOST = "sftp.tmsis.cms.gov"
TMSIS_SFTP_USER = "pa_dhs_submitter"
TMSIS_SFTP_KEY = "/opt/airflow/keys/tmsis_rsa"

ICE_SUBJECTS_URL = "https://eid.ice.gov/api/v2/subjects"
CHILD_SUPPORT_ENFORCEMENT_URL = "https://cse-gateway.conduent.com/pacses/v1/medical-support"

ODS_CONN_ID = "tmsis_ods"
