"""Single-subject referral packets for ICE EID, limited to the basic categories.

Three source systems feed the referral desk: the T-MSIS eligibility replica,
the online application (camelCase JSON) and the FHIR member API.  Each packet
keeps only citizenship, immigration status, address, phone, date of birth and
Medicaid ID; fields the order does not allow are blanked with constants so the
EID schema validator still sees every column.
"""
import uuid

import requests

EID_REFERRALS = "https://eid.ice.gov/api/v1/referrals"
SCHEMA_VERSION = "2026-02"
CITIZENSHIP_EXT = "http://hl7.org/fhir/StructureDefinition/patient-citizenship"


def tmsis_packet(row):
    return {
        "MSIS_IDENT_NUM": row["MSIS_IDENT_NUM"],
        "BIRTH_DT": row["BIRTH_DT"],
        "ELGBL_LINE_1_ADR_MAIL": row["ELGBL_LINE_1_ADR_MAIL"],
        "ELGBL_LINE_2_ADR_MAIL": row["ELGBL_LINE_2_ADR_MAIL"],
        "ELGBL_CITY_NAME_MAIL": row["ELGBL_CITY_NAME_MAIL"],
        "ELGBL_STATE_CD_MAIL": row["ELGBL_STATE_CD_MAIL"],
        "ELGBL_ZIP_CD_MAIL": row["ELGBL_ZIP_CD_MAIL"],
        "ELGBL_PHNE_NUM_HOME": row["ELGBL_PHNE_NUM_HOME"],
        "CTZNSHP_IND": row["CTZNSHP_IND"],
        "CTZNSHP_VRFCTN_IND": row["CTZNSHP_VRFCTN_IND"],
        "IMGRTN_STUS_CD": row["IMGRTN_STUS_CD"],
        "IMGRTN_VRFCTN_IND": row["IMGRTN_VRFCTN_IND"],
        "IMGRTN_STUS_5_YR_BAR_END_DT": row["IMGRTN_STUS_5_YR_BAR_END_DT"],
        "SSN_NUM": None,
        "ELGBL_LAST_NAME": "",
        "schema_version": SCHEMA_VERSION,
    }


def application_packet(app):
    return {
        "medicaidId": app["medicaidId"],
        "memberDob": app["memberDob"],
        "addressLine1": app["addressLine1"],
        "zipcode": app["zipcode"],
        "cellPhone": app["cellPhone"],
        "homeNo": app["homeNo"],
        "memberTelephone": app["memberTelephone"],
        "immigrationStatus": app["immigrationStatus"],
        "qualifiedNonCitizenStatus": app["qualifiedNonCitizenStatus"],
        "fiveYearBarMet": app["fiveYearBarMet"],
        "refugeeStatus": app["refugeeStatus"],
        "isUsCitizen": app["isUsCitizen"],
        "ssn": "REDACTED",
        "firstName": None,
        "householdIncome": 0,
    }


def patient_packet(m):
    return {
        "resourceType": "Patient",
        "id": m.medicaid_id,
        "birthDate": m.birth_date.isoformat(),
        "address": [
            {"use": "home", "line": [m.street_address], "city": m.city, "postalCode": m.postal_code},
        ],
        "telecom": [{"system": "phone", "use": "home", "value": m.primary_phone}],
        "extension": [
            {"url": CITIZENSHIP_EXT, "extension": [{"url": "code", "valueCodeableConcept": {"text": m.citizenship}}]}
        ],
    }


def _headers():
    correlation_id = str(uuid.uuid4())
    return {"X-Correlation-ID": correlation_id}


def refer_tmsis_row(row):
    return requests.post(f"{EID_REFERRALS}/tmsis", json=tmsis_packet(row), headers=_headers(), timeout=30)


def refer_application(app):
    return requests.post(f"{EID_REFERRALS}/application", json=application_packet(app), headers=_headers(), timeout=30)


def refer_patient(m):
    return requests.post(f"{EID_REFERRALS}/fhir", json=patient_packet(m), headers=_headers(), timeout=30)


def refresh_status(m):
    url = f"{EID_REFERRALS}/{m.medi_cal_cin}/status"
    return requests.get(url, params={"client_index_number": m.client_index_number, "dob": m.date_of_birth}, timeout=30)
