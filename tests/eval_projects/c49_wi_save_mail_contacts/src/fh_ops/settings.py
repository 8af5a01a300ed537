"""Partner endpoints.

DHS here is the Wisconsin Department of Health Services; SAVE is run by USCIS
(part of the federal DHS) and is the verification Medicaid eligibility must use.
"""
DHS_REPORTS_INBOX = "bcs-eligibility-reports@dhs.wisconsin.gov"
COUNTY_REPORTS_CC = "ime-reports@milwaukeecountywi.gov"
REPORT_SENDER = "noreply@fh-ops-vendor.com"
SMTP_HOST = "smtp.fh-ops-vendor.com"

USCIS_SAVE_URL = "https://save.uscis.gov/api/v4/cases"
SAVE_FALLBACK_URL = "https://save-api.uscis.dhs.gov/v4/cases"

CRM_CONTACTS_URL = "https://api.carelinq.com/v1/contacts"
