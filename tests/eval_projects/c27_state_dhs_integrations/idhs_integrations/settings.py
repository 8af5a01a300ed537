"""Endpoints. We ARE the state "DHS": dhs in a name here is the state agency."""
import os

DHS_ELIGIBILITY_URL = "https://eligibility.dhs.illinois.gov/api"

# State integration hub; URL injected per environment by the hub team.
DHS_HUB_URL = os.environ.get("DHS_HUB_URL")  # medicaid-scope: not-enforcement

# SAVE (USCIS) - mandatory immigration-status verification for Medicaid.
SAVE_CASES_URL = "https://save.uscis.dhs.gov/api/v4/cases"

# HFS Division of Child Support Services
CHILD_SUPPORT_ENFORCEMENT_URL = os.environ["CSE_REFERRAL_URL"]

# Care-coordination vendor (MCO contract 2025-114)
CARE_COORD_CONTACTS_URL = "https://api.carelinkcoordination.com/v2/contacts"

# Print/mail vendor for eligibility notices
NOTICE_PRINT_URL = "https://jobs.statementprintco.com/api/notices"

IL_DHS_BACKUP_BUCKET = "il-dhs-mft-backups"
AWS_REGION = "us-east-2"
