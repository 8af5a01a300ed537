"""The field vocabulary: every row of the reference TSV, token rules and qualifiers."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from flake8_medicaid_scope.config import Config
from flake8_medicaid_scope.policy import default_policy
from flake8_medicaid_scope.vocabulary import default_vocabulary, normalize

TSV = Path(__file__).parent / "data" / "medicaid-fields.tsv"
PERMITTED = default_policy().periods[-1].permitted


def _rows() -> list[dict[str, str]]:
    with TSV.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _name(raw: str) -> str:
    # X12 rows read "DMG03 gender_code": the element id is the name code uses
    return raw.split(" ", 1)[0]


ROWS = _rows()


def test_reference_file_is_complete() -> None:
    assert len(ROWS) == 648
    assert sum(r["permitted"] == "yes" for r in ROWS) == 216


@pytest.mark.parametrize("row", ROWS, ids=[r["name"] for r in ROWS])
def test_reference_row(row: dict[str, str]) -> None:
    category = default_vocabulary().classify(_name(row["name"]))
    assert category == row["category"]
    assert (category in PERMITTED) == (row["permitted"] == "yes")


@pytest.mark.parametrize(
    ("name", "category"),
    [
        # token rules generalize beyond the file
        ("primary_dx", "diagnosis"), ("secondaryDiagnosisCode", "diagnosis"), ("icd10_cd_3", "diagnosis"),
        ("memberSsn", "ssn"), ("HOME_PHNE_NUM", "phone"), ("mailingZip", "address"), ("member_birth_dt", "date_of_birth"),
        ("ctznshp_ind", "citizenship"), ("qualified_alien_status", "immigration_status"),
        # qualifiers that make a field someone else's take precedence
        ("provider_phone", "provider"), ("employer_address", "contact_person"), ("spouse_dob", "contact_person"),
        ("prescriber_address", "provider"), ("emergency_contact_phone", "contact_person"), ("guardianPhone", "contact_person"),
        ("facility_zip", "provider"), ("plan_address", "managed_care_plan"),
        # whole-identifier matches only
        ("cin", "medicaid_id"), ("icn", "claim"), ("medic", None), ("vaccine_name", "immunization"),
        ("birth_country", "national_origin"), ("birth_weight", "clinical_observation"), ("sex_at_birth", "sex"),
        # plurals of known names are those names (round 7: medications were MCD104)
        ("medications", "medication"), ("prescriptions", "medication"), ("allergies", "clinical_observation"),
        # round 318: a medicine, a list of them and symptoms are health data (they were MCD104, or a name)
        ("medicine", "medication"), ("medicines", "medication"), ("medicine_name", "medication"), ("med_list", "medication"),
        ("symptoms", "clinical_observation"), ("presenting_symptoms", "clinical_observation"),
        # an eligibility or enrollment record's prefix before a permitted detail names whose it is (elig_ = ELGBL_)
        ("elig_dob", "date_of_birth"), ("elig_home_zip", "address"), ("elig_medicaid_id", "medicaid_id"), ("enrl_phone", "phone"),
        ("elig_grp_cd", "eligibility"), ("elig_start_dt", "eligibility"), ("enrl_status", "enrollment"),
        # round 319: a case number spelled case_no, as case_num and case_nbr are (the household's case)
        ("case_no", "household"), ("caseNo", "household"),
        # review 48a: words only near such names stay unknown, an office's detail stays the record's
        ("no_case", None), ("case_no_match", None), ("symptom_checker", None), ("medicine_cabinet", None), ("internal_medicine", None),
        ("elig_office_phone", "eligibility"), ("enrollment_site_address", "enrollment"), ("elig_guardian_phone", "contact_person"),
        # review 48b: the words inside longer names, a case number after other words, the enrollee's county and unit
        ("symptom_notes", "clinical_observation"), ("patient_symptoms", "clinical_observation"), ("prescribed_medicine", "medication"),
        ("medicaid_case_no", "household"), ("member_case_no", "household"), ("elig_county", "address"), ("elig_apt_unit", "address"),
        ("eligibility_district_address", "eligibility"),
        ("immunizations", "immunization"), ("phone_numbers", "phone"), ("ssns", "ssn"), ("races", "race_ethnicity"),
    ],
)
def test_token_rules_and_qualifiers(name: str, category: str | None) -> None:
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    # round 39: someone else's contact details, and care team members who are providers
    ("domestic_partner_phone", "contact_person"), ("partner_dob", "contact_person"), ("translator_phone", "language"), ("teacher_phone", "contact_person"),
    ("witness_phone", "contact_person"), ("school_address", "contact_person"), ("daycare_address", "contact_person"),
    ("worksite_address", "contact_person"), ("landlord_name", "contact_person"), ("school_zip", "contact_person"),
    ("worksite_street", "contact_person"), ("daycare_city", "contact_person"),
    ("doula_phone", "provider"), ("chw_phone", "provider"), ("care_coordinator_phone", "provider"),
    # and what stays: a trading partner's identifiers, a school year, the enrollee's own phone
    ("partner_id", None), ("partner_code", None), ("school_year", None), ("phone", "phone"), ("home_address", "address"),
    # a trading partner's endpoint is no person's address (review of round 39)
    ("partner_sftp_address", "address"), ("partner_endpoint_address", "address"),
    # round 46: screenings are health data; a background screening or a table prefix is not
    ("tb_screening_result", "lab_result"), ("ppd_result", "lab_result"), ("lead_screening", "lab_result"),
    ("depression_screening", "behavioral_health"), ("background_screening_result", None), ("tb_member_id", "medicaid_id"),
    # the review of this session: pika's delivery mode is no pregnancy
    ("delivery_mode", None), ("delivery_date", "pregnancy"),
    # round 246: visits, dates of service and bed days are health data; an eligibility worker's phone is someone else's
    ("last_visit", "encounter"), ("visit_count", "encounter"), ("dos", "encounter_date"), ("bed_days", "encounter"),
    ("visit_date", "encounter_date"), ("visit_note", "clinical_observation"), ("next_appt", "provider"),
    ("eligibility_worker_phone", "contact_person"), ("worker_phone", "contact_person"), ("wrkr_phne_num", "contact_person"),
    ("worker_id", None), ("worker_count", None),
    # round 251: an A-number under a prefix is one (so it cannot be declared harmless); a newborn's birth facts are
    # no date of birth; a mobile crisis service is behavioral health, a cell count a lab value, a building's name an
    # address part; the enrollee's mobile phone and date of birth stay what they were
    ("applicant_a_number", "immigration_document_id"), ("mbr_a_number", "immigration_document_id"),
    ("member_a_number", "immigration_document_id"), ("medicare_part_a_number", "medicare_id"), ("member_number", "medicaid_id"),
    ("birth_order", "other_demographic"), ("birth_plurality", "other_demographic"), ("birth_outcome_cd", "pregnancy"),
    ("birth_length_cm", "clinical_observation"), ("birth_dt", "date_of_birth"), ("mobile_crisis_ind", "behavioral_health"),
    ("cell_count", "lab_result"), ("mobile_phone", "phone"), ("building_name", "address"),
    ("white_cell_count", "lab_result"), ("t_cell_count", "lab_result"), ("whiteCellCount", "lab_result"), ("sickle_cell", "diagnosis"),
    ("cell_phone_count", "phone"), ("cell_phone", "phone"), ("bldg_name", "address"), ("building_nm", "address"),
    ("newborn_length", "clinical_observation"), ("plurality", "other_demographic"), ("a_member_number", "medicaid_id"),
    ("ice_phone", "contact_person"), ("ec_phone", "contact_person"), ("emer_phone", "contact_person"), ("ice_name", "contact_person"),
    ("a_phone_number", "phone"), ("bldg_num", "address"), ("bldg_contact_nm", "name"), ("rbc_count", "lab_result"),
])
def test_other_people_and_care_team(name: str, category: str | None) -> None:
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    ("FULLNAME", "name"), ("FirstName", "name"), ("lastname", "name"), ("DATEOFBIRTH", "date_of_birth"), ("emailaddress", "email"),
    ("PrimaryLanguage", "language"), ("MEMBERID", "medicaid_id"), ("socialsecuritynumber", "ssn"), ("phonenumber", "phone"),
])
def test_names_written_as_one_word(name: str, category: str) -> None:
    """Upper-case or run-together column names (SAS, warehouse exports) are the fields they spell."""
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize("name", ["score", "notes", "payload", "id", "status", "device", "member", "statuses", "scores", "ids"])
def test_unknown_names(name: str) -> None:
    assert default_vocabulary().classify(name) is None


def test_normalize_splits_camel_snake_and_expands_abbreviations() -> None:
    assert normalize("ELGBL_PHNE_NUM_HOME") == "eligible_phone_number_home"
    assert normalize("dateOfBirth") == "date_of_birth"
    assert normalize("address_1") == "address"
    assert normalize("icd10Code") == "diagnosis_code"


def test_extra_fields_never_take_a_name_the_shipped_words_classify() -> None:
    # sexcd is unknown, so the option accepts it; sex_cd, spelled with its letters, stays sex (SPEC 7)
    vocabulary = Config.from_options(extra_fields=["sexcd=medicaid_id", "planid=medicaid_id"]).vocabulary
    assert vocabulary.classify("sexcd") == "medicaid_id"
    assert vocabulary.classify("sex_cd") == "sex"
    assert vocabulary.classify("plan_id") == default_vocabulary().classify("plan_id")


@pytest.mark.parametrize(("owner", "name"), [("school_patient", "address"), ("partner_member", "phone")])
def test_new_other_people_words_do_not_veto_an_enrollee_owner(owner: str, name: str) -> None:
    assert default_vocabulary().qualified_name(owner, name) is None


def test_extra_fields_extend_the_vocabulary() -> None:
    config = Config.from_options(extra_fields=["tx_cd=diagnosis", "kundennr=medicaid_id"])
    assert config.vocabulary.classify("tx_cd") == "diagnosis"
    assert config.vocabulary.classify("KUNDENNR") == "medicaid_id"
    assert default_vocabulary().classify("tx_cd") is None


@pytest.mark.parametrize("written", ["KundenNr", "kunden_nr", "kundenNr", "KUNDEN_NR"])
def test_extra_fields_match_however_the_code_spells_them(written: str) -> None:
    # a name given in camelCase matches its snake_case spelling in code, and the reverse; glued (the
    # README's own kundennr) matches every spelling too, and every spelling matches it written glued
    for given in ("KundenNr=medicaid_id", "kunden_nr=medicaid_id", "kundennr=medicaid_id", "KUNDEN-NR=medicaid_id"):
        config = Config.from_options(extra_fields=[given])
        assert config.vocabulary.classify(written) == "medicaid_id", (given, written)
        assert config.vocabulary.classify("kundennr") == "medicaid_id", given
        assert config.vocabulary.classify("KUNDENNR") == "medicaid_id", given


@pytest.mark.parametrize(("name", "category"), [
    ("contact.phone", "phone"),  # a bare contact is the enrollee's own (reference README)
    ("contact_phone", "phone"),
    ("contact.email", "email"),
    ("contact", "mixed"),  # the enrollee's contact details as one bundle, like contact_info
    ("contacts", "contact_person"),
    ("contact_person_phone", "contact_person"),
    ("emergency_contact.phone", "contact_person"),
    ("patient.contact.telecom", "contact_person"),  # FHIR Patient.contact: a guardian or next of kin
])
def test_a_bare_contact_is_the_enrollees_own(name: str, category: str) -> None:
    assert Config.default().vocabulary.classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    # someone else's data (SPEC section 5): a parent, sponsor, attorney, landlord, caregiver, child
    ("mother_dob", "contact_person"), ("birth_mother_name", "contact_person"), ("child_cin", "contact_person"),
    ("sponsor_address", "contact_person"), ("attorney_phone", "contact_person"), ("next_of_kin_phone", "contact_person"),
    ("landlord_phone", "contact_person"), ("caregiver_phone", "contact_person"), ("ice_contact_phone", "contact_person"),
    # where care is given: health
    ("doctor_phone", "provider"), ("dentist_phone", "provider"), ("therapist_address", "provider"), ("hospice_phone", "provider"),
    ("dialysis_center_phone", "provider"), ("detox_address", "provider"), ("treatment_center_address", "provider"),
    ("appointment_address", "provider"),
    # health words, and "birth" that is not a date of birth
    ("methadone_dose", "substance_use"), ("opioid_treatment", "substance_use"), ("bh_flag", "behavioral_health"),
    ("psych_hold", "behavioral_health"), ("abortion_date", "pregnancy"), ("due_date", "pregnancy"), ("bmi", "clinical_observation"),
    ("phone_triage_notes", "clinical_observation"), ("immigration_medical_exam", "clinical_observation"),
    ("insulin_dependent", "medication"), ("birth_control_method", "medication"), ("birth_defect", "diagnosis"),
    ("birth_injury", "diagnosis"), ("birth_state", "national_origin"),
    # statuses and identifiers
    ("qualified_alien", "immigration_status"), ("is_qualified_alien", "immigration_status"), ("lawfully_present", "immigration_status"),
    ("lawfully_present_alien", "immigration_status"), ("immigrant_status", "immigration_status"), ("alien_number", "immigration_document_id"),
    ("medi_cal_id", "medicaid_id"), ("birthday", "date_of_birth"),
    # abbreviations of names, SSNs, households and income
    ("first_nm", "name"), ("last_nm", "name"), ("fname", "name"), ("lname", "name"), ("middle_initial", "name"),
    ("soc_sec_num", "ssn"), ("hh_size", "household"), ("hh_inc", "income"), ("income_amt", "income"), ("mco_phone", "managed_care_plan"),
])
def test_round_9_names(name: str, category: str) -> None:
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize("name", ["file_name", "key_name", "object_name", "bucket_name", "host_name", "agency_name", "remote_name",
                                  "table_name", "program_name", "queue_name"])
def test_names_of_things_are_technical(name: str) -> None:
    assert default_vocabulary().is_technical(name)


@pytest.mark.parametrize("name", ["first_name", "last_name", "name", "full_name", "member_name", "display_name", "user_name",
                                  "provider_name", "plan_name", "guardian_name", "target_name", "target_first_name", "partner_name",
                                  "tenant_name", "policy_holder_name", "event_attendee_name", "file_owner_name"])
def test_names_of_people_are_not_technical(name: str) -> None:
    assert not default_vocabulary().is_technical(name)


@pytest.mark.parametrize(("name", "category"), [
    ("medicaid_card_number", "medicaid_id"), ("uscis_immigration_status", "immigration_status"), ("uscis_status", "immigration_status"),
    ("alien_ind", "immigration_status"), ("is_alien", "immigration_status"), ("alien_flag", "immigration_status"),
    ("lpr_status", "immigration_status"), ("tps_status", "immigration_status"), ("daca_status", "immigration_status"),
    ("parolee_ind", "immigration_status"), ("unlawfully_present_ind", "immigration_status"), ("imm_status", "immigration_status"),
    ("cntzn_ind", "citizenship"), ("ph_num", "phone"), ("enrollee_id", "medicaid_id"), ("member_number", "medicaid_id"),
    ("mbr_id", "medicaid_id"), ("alien_number", "immigration_document_id"), ("green_card_number", "immigration_document_id"),
])
def test_round_10_names(name: str, category: str) -> None:
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize("name", ["immigrant_visa_number", "immigrant_passport_number", "daca_receipt_number", "parolee_i94_number",
                                  "tps_ead_card_number"])
def test_document_numbers_of_a_status_are_documents(name: str) -> None:
    assert default_vocabulary().classify(name) == "immigration_document_id"


@pytest.mark.parametrize(("name", "category"), [
    # household members' citizenship and status are someone else's, not the enrollee's permitted categories
    ("hh_immigration_status", "household"), ("household_citizenship", "household"), ("hh_mbr_ctznshp_ind", "household"),
    ("dependent_citizenship", "household"), ("household_member_citizenship", "household"), ("household_income", "income"),
    ("immigration_status", "immigration_status"), ("citizenship", "citizenship"),
    # other people: representatives, payees, relatives, employers
    ("auth_rep_address", "contact_person"), ("authRepPhone", "contact_person"), ("payee_address", "contact_person"),
    ("nok_phone", "contact_person"), ("emerg_phone", "contact_person"), ("case_worker_phone", "contact_person"),
    ("emplr_adr", "contact_person"), ("sibling_dob", "contact_person"), ("ncp_address", "contact_person"),
    ("poa_address", "contact_person"), ("conservator_address", "contact_person"), ("DGNS_POA_1_CD_IND", "diagnosis"),
    # health, and personal names the vocabulary lacked
    ("hba1c", "lab_result"), ("blood_pressure", "clinical_observation"), ("lmp_date", "pregnancy"), ("admit_date", "encounter_date"),
    ("problem_list", "diagnosis"), ("chief_complaint", "diagnosis"), ("progress_notes", "clinical_observation"), ("smi_flag", "behavioral_health"),
    ("transplant", "procedure"), ("food_insecurity", "sdoh"), ("ltss_flag", "waiver"), ("care_plan", "clinical_resource"),
    ("family_planning", "procedure"), ("managed_care_plan", "managed_care_plan"), ("emergency_medicaid", "eligibility"),
    ("wages", "income"), ("religion", "other_demographic"), ("nickname", "name"), ("mdl_initl", "name"),
    # the household's own address and phone are the enrollee's; a household member's are someone else's
    ("household_address", "address"), ("hh_mailing_address", "address"), ("family_address", "address"), ("household_phone", "phone"),
    ("household_member_address", "household"), ("dependent_address", "household"), ("household_member_dob", "household"),
    ("nonqualified_alien", "immigration_status"), ("unqualified_alien", "immigration_status"), ("ctzn_ind", "citizenship"),
    ("immig_stat", "immigration_status"), ("lpr_ind", "immigration_status"), ("lawful_permanent_resident", "immigration_status"),
    ("mbr_brth_dt", "date_of_birth"), ("lpr_card_number", "immigration_document_id"), ("household_head_phone", "household"),
    ("household_contact_phone", "household"), ("head_of_household_address", "household"), ("immig_doc_num", "immigration_document_id"),
    ("immigration_document_number", "immigration_document_id"), ("next_apt_date", None),
    ("preg_ind", "pregnancy"), ("ethnic_group", "race_ethnicity"), ("birthplace", "national_origin"), ("e_mail", "email"),
    ("i_94_num", "immigration_document_id"), ("aka", "name"),
])
def test_round_12_names(name: str, category: str | None) -> None:
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    # someone else's contact number: the qualifier wins over the bare "contact number" phone rule
    ("emergency_contact_phone_number", "contact_person"), ("contact_person_phone_number", "contact_person"),
    ("guardian_contact_number", "contact_person"), ("spouse_contact_number", "contact_person"), ("provider_contact_number", "provider"),
    ("emergencyContactPhoneNumber", "contact_person"), ("ice_contact_number", "contact_person"),
    ("contact_number", "phone"), ("member_contact_number", "phone"), ("home_ph_number", "phone"),
    # a child is another member of the household, whatever the field
    ("child_citizenship", "household"), ("child_immigration_status", "household"), ("children_address", "household"),
    ("child_phone", "household"), ("child_dob", "contact_person"), ("child_support_amount", "income"),
    # a composite that holds a name is a bundle (MCD101), not the permitted part
    ("name_and_address", "mixed"), ("full_name_and_address", "mixed"), ("last_name_dob", "mixed"),
    # names that only look permitted
    ("ip_address", "other_identifier"), ("mac_address", "other_identifier"), ("immigration_case_number", "immigration_document_id"),
    ("birth_certificate_number", "other_identifier"), ("case_manager_phone", "contact_person"), ("social_worker_phone", "contact_person"),
    ("psychiatrist_phone", "provider"), ("counselor_phone", "provider"), ("nurse_phone", "provider"),
    # the right category (and so the right code)
    ("gestational_age", "pregnancy"), ("treatment_plan", "clinical_resource"), ("therapy_notes", "procedure"),
    ("psychotherapy_notes", "behavioral_health"), ("monthly_earnings", "income"), ("national_origin", "national_origin"),
    # permitted names the vocabulary lacked, and T-MSIS _NM name parts of an address
    ("CITY_NM", "address"), ("CNTY_NM", "address"), ("street_nm", "address"), ("ELGBL_LAST_NM", "name"),
    ("patient_medicaid_id", "medicaid_id"), ("PatientMedicaidId", "medicaid_id"), ("patient_msis_id", "medicaid_id"),
    ("patient_id", "other_identifier"), ("member_no", "medicaid_id"), ("recipient_number", "medicaid_id"),
    ("apt_no", "address"), ("po_box", "address"), ("lat", "address"), ("lon", "address"),
    # an entry of a bundle is what its own name says; the bundle itself stays mixed
    ("contact_info.phone", "phone"), ("demographics.race", "race_ethnicity"), ("contact_info", "mixed"),
    # states' own names for the Medicaid ID (Washington's ProviderOne, Arizona's AHCCCS, Minnesota's PMI)
    ("provider_one_id", "medicaid_id"), ("ProviderOneId", "medicaid_id"), ("p1_client_id", "medicaid_id"), ("ahcccs_id", "medicaid_id"),
    ("masshealth_id", "medicaid_id"), ("tenncare_id", "medicaid_id"), ("pmi", "medicaid_id"), ("provider_id", "provider"),
])
def test_round_16_names(name: str, category: str | None) -> None:
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    # clinical notes, visits and stays are health records (MCD102)
    ("clinical_notes", "clinical_observation"), ("chart_notes", "clinical_observation"), ("medical_records", "clinical_observation"),
    ("er_visits", "encounter"), ("ed_visit_count", "encounter"), ("emergency_room_visits", "encounter"), ("inpatient_days", "encounter"),
    ("outpatient_claims", "encounter"), ("nursing_home_ind", "encounter"), ("suicide_risk", "behavioral_health"),
    ("self_harm_flag", "behavioral_health"),
    # identifiers outside the six categories (MCD101)
    ("medical_record_number", "other_identifier"), ("itin", "ssn"), ("ITIN", "ssn"),
    # not changed by them
    ("emergency_contact_phone", "contact_person"), ("visit_date", "encounter_date"),
])
def test_round_18_names(name: str, category: str | None) -> None:
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    # an entry of a container keeps a permitted category its own name says, whatever words the
    # container adds (no "case number" from case + num, no eligibility data from eligibility + phone)
    ("case.msis_ident_num", "medicaid_id"), ("case.elgbl_phne_num", "phone"), ("case.imgrtn_stus_cd", "immigration_status"),
    ("eligibility.medicaid_id", "medicaid_id"), ("enrollment.cin", "medicaid_id"), ("caseRecord.phone_num", "phone"),
    # unless the container names another party: then it is theirs
    ("guardian.phone", "contact_person"), ("carrier.phone", "third_party_liability"), ("pcp.address", "provider"),
    ("plan.phone", "managed_care_plan"), ("m.emergency_contact.phone", "contact_person"), ("spouse.dob", "contact_person"),
    # a name outside the six is still read with its container's words
    ("medication.name", "medication"), ("case.number", "household"), ("immigration.status", "immigration_status"),
])
def test_session_18_container_entries(name: str, category: str | None) -> None:
    assert default_vocabulary().classify(name) == category


def _camel(name: str, first_upper: bool) -> str:
    parts = name.lower().split("_")
    return "".join(p.capitalize() if i or first_upper else p for i, p in enumerate(parts))


SNAKE_ROWS = [r for r in ROWS if "_" in _name(r["name"]) and _name(r["name"]).replace("_", "").isalnum()]


@pytest.mark.parametrize("row", SNAKE_ROWS, ids=[r["name"] for r in SNAKE_ROWS])
def test_camel_and_pascal_spellings_of_a_reference_name_classify_alike(row: dict[str, str]) -> None:
    # SPEC section 5 (names are matched however the code spells them): beneId is BENE_ID, stateCd is
    # STATE_CD, also where the reference name is matched exactly
    vocab = default_vocabulary()
    name = _name(row["name"])
    assert vocab.classify(_camel(name, False)) == vocab.classify(name) == vocab.classify(_camel(name, True))


@pytest.mark.parametrize(("name", "category"), [
    ("hemoglobinA1c", "lab_result"), ("a1cValue", "lab_result"), ("HbA1cValue", "lab_result"), ("lastA1cDate", "lab_result"),
    ("cd4Count", "lab_result"), ("i94Number", "immigration_document_id"), ("beneId", "other_identifier"), ("stateCd", "state_of_enrollment"),
])
def test_a_word_with_a_digit_inside_is_one_word_in_camel_case(name: str, category: str) -> None:
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize("name", ["transmission_timestamp", "record_cnt", "extract_ts", "file_cnt"])
def test_transfer_envelope_names_are_harmless_by_their_words(name: str) -> None:
    # SPEC section 5 (harmless names: timestamps, counts of records): abbreviations included
    from flake8_medicaid_scope.destinations import harmless_by_words

    assert harmless_by_words(default_vocabulary().tokens(name))
    assert not harmless_by_words(default_vocabulary().tokens("visit_cnt"))
    assert not harmless_by_words(default_vocabulary().tokens("event_count"))  # an ADT event count is no envelope


@pytest.mark.parametrize(("name", "category"), [
    ("hoh_phne_num", "household"), ("hoh_phone", "household"), ("hoh_address", "household"), ("hoh_dob", "household"),
    ("hoh_ssn", "ssn"), ("shoh_phone", "phone"), ("hoh_ctznshp_ind", "household"), ("hoh_imgrtn_stus_cd", "household"),
    ("hoh_us_citizen", "household"), ("HoH_Address", "household"),
    ("ptsd_flag", "behavioral_health"), ("idd_ind", "disability"), ("hcbs_ind", "waiver"), ("ltc_ind", "waiver"),
    ("member_tin", "ssn"), ("provider_tin", "provider"), ("birth_county", "national_origin"),
])
def test_the_head_of_household_is_someone_else(name: str, category: str) -> None:
    # SPEC section 5 (qualifiers that make a field about someone else take precedence): HOH, the usual
    # abbreviation of eligibility systems for the head of household, qualifies like household_head
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    ("subscriber_last_name", "name"), ("subscriber_first_name", "name"), ("subscriberName", "name"), ("subscriber_nm", "name"),
    ("msis_name", "name"), ("mmis_name", "name"), ("cin_holder_name", "name"),
    ("medicaid_id_holder_name", "name"), ("member_id_name", "name"), ("beneficiary_id_name", "name"), ("mbr_id_nm", "name"),
    ("allowed", None), ("allowed_fields", None), ("allowed_amt", "payment"), ("allowed_amount", "payment"),
    ("subscriber_id", "medicaid_id"), ("msis_ident_num", "medicaid_id"), ("cin", "medicaid_id"), ("mmis_id", "medicaid_id"),
])
def test_a_name_beside_a_medicaid_id_word_is_a_name(name: str, category: str) -> None:
    # SPEC section 5 (names split into words; the first rule that matches decides): the X12 834
    # subscriber (NM1*IL) and FHIR Coverage.subscriber name the insured's name, not a Medicaid ID
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    ("choice_counseling_plan", "enrollment"), ("choice_counseling_dt", "enrollment"), ("ChoiceCounselingDate", "enrollment"),
    ("counseling_visit_dt", "behavioral_health"), ("justice_involved_ind", "incarceration"), ("justiceInvolved", "incarceration"),
    ("responsible_party_phone", "contact_person"), ("responsible_person_address", "contact_person"), ("guarantor_phone", "contact_person"),
    ("GuarantorName", "contact_person"), ("responsible_provider_npi", "provider"),
])
def test_round_224_names(name: str, category: str) -> None:
    # SPEC section 5 (names split into words; the first rule that matches decides): choice counseling
    # (42 CFR 438.2) is an enrollment broker's help choosing a plan, not behavioral health; a
    # justice-involved indicator (reentry waivers) tells incarceration; the X12 834 responsible person
    # (loop 2100G) and the HL7 v2 guarantor (GT1) are someone else
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    ("deportation_withheld_date", "immigration_status"), ("deport_withheld_date", "immigration_status"),
    ("withholding_of_removal_date", "immigration_status"), ("removal_withheld_ind", "immigration_status"),
    ("WithholdingOfDeportationDate", "immigration_status"), ("removal_reason_cd", None),
])
def test_round_231_names(name: str, category: str | None) -> None:
    # SPEC section 5: withholding of deportation (or of removal) is an immigration status,
    # named with or without the reference's non_citizen prefix; a record's removal reason is not
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    ("dependents__dob", "household"), ("guardians__phone", "contact_person"), ("parents__address", "contact_person"),
    ("spouses__dob", "contact_person"), ("dependents_dob", "household"), ("kids_count", "household"),
])
def test_plural_names_of_other_people(name: str, category: str) -> None:
    # SPEC section 5 (a word that makes a field someone else's wins): Django's related names are plural
    # (dependents__dob), and a plural person noun names the same people as its singular
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    ("GRDN_PHNE_NUM", "contact_person"), ("CASE_WRKR_PHNE_NUM", "contact_person"), ("co_signer_phone", "contact_person"),
    ("coSignerPhone", "contact_person"), ("mail_addr_carr_rte", "address"), ("id_card_prnt_dt", None),
    ("RLTD_PRSN_PHNE_NUM", "contact_person"), ("CASEWRKR_PHNE_NUM", "contact_person"), ("SPNSR_ADR_LINE_1", "contact_person"),
    ("EMPLYR_PHNE_NUM", "contact_person"), ("PRSCRBR_ADR", "provider"), ("PHRMCY_ZIP_CD", "provider"), ("PHRMCY_NAME", "provider"),
    ("PLCYHLDR_BIRTH_DT", "third_party_liability"), ("INSRNC_CARRIER_PHNE_NUM", "third_party_liability"),
    ("cosigner_address", "contact_person"), ("policyholder_dob", "third_party_liability"),
    ("sa_key", None), ("service_account", None),
])
def test_round_236_names(name: str, category: str | None) -> None:
    # SPEC section 5 (qualifiers that make a field someone else's take precedence; abbreviations expanded): the
    # T-MSIS style abbreviations of guardian, related person, caseworker, sponsor, employer, prescriber, pharmacy and
    # policyholder name those people, as the words written out do; a co-signer is someone else. Abbreviations that
    # collide with ordinary names are left alone: CARR (a carrier route of an address), PRNT (print), SPS, SA (service
    # area)
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    ("bp_systolic", "clinical_observation"), ("diastolicBp", "clinical_observation"), ("blood_pressure", "clinical_observation"),
    ("heart_rate", "clinical_observation"), ("respiratoryRate", "clinical_observation"), ("SpO2", "clinical_observation"),
    ("spo2_pct", "clinical_observation"), ("oxygen_saturation", "clinical_observation"), ("vital_signs", "clinical_observation"),
    ("pulse_rate", "clinical_observation"), ("body_temperature", "clinical_observation"), ("o2_saturation", "clinical_observation"),
    ("O2Sat", "clinical_observation"), ("pulse_ox", "clinical_observation"),
    ("rate_code", None), ("exchange_rate", None), ("sign_date", None), ("temperature", None), ("pulse_check_interval", None),
    ("rate_cell", "eligibility"), ("RATE_CELL_CD", "eligibility"),  # a capitation rate cell, not a cell phone
    ("rate_cell_number", "eligibility"), ("capitation_rate_cell", "eligibility"), ("cell_phone", "phone"),
    ("sickle_cell_rate", "diagnosis"), ("cell_count_rate", "lab_result"), ("blood_cell_rate", "lab_result"), ("rate_cell_phone", "phone"),
])
def test_vital_signs_are_health(name: str, category: str | None) -> None:
    # SPEC section 5 (health records: clinical observations): a blood pressure, a pulse or an oxygen saturation is a
    # vital sign of a clinical record; a rate or a signature alone is not
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    ("data.relationships.*.id", None), ("relationships.*.type", None), ("relationships.*.dob", "date_of_birth"),
    ("relationships", "household"), ("household.relationships.*.id", "household"),
    ("relationships.home.links.related", None), ("relationships.*.links.self", None), ("relationships.*.meta", None),
])
def test_json_api_relationships_are_links(name: str, category: str | None) -> None:
    # SPEC section 5 (a dotted name is named by its containers): JSON:API's "relationships" member says nothing of a
    # reference's id or type; a field inside it is what it says, and "relationships" alone is household data
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    ("emergency_dx_code", "diagnosis"), ("emrgncy_dgns_cd", "diagnosis"), ("emergency_procedure_code", "procedure"),
    ("emergency_claim_id", "claim"), ("emergency_labor_delivery_date", "pregnancy"), ("emergency_treatment", "procedure"),
    ("emergency_contact_phone", "contact_person"), ("emergency_phone", "contact_person"), ("emergency_address", "contact_person"),
    ("emergency_medicaid_ind", "eligibility"), ("emergency_room_visit", "encounter"),
])
def test_emergency_health_data_is_the_members(name: str, category: str | None) -> None:
    # SPEC section 5 (health records): the diagnosis, procedure or claim of an emergency is the member's health
    # data (emergency Medicaid systems name them so); "emergency" alone still names an emergency contact
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    ("humanitarian_parole_ind", "immigration_status"), ("parolee_ind", "immigration_status"), ("parole_end_dt", "incarceration"),
    ("unlawful_presence_ind", "immigration_status"), ("asylum_pending_ind", "immigration_status"),
    ("cuban_haitian_entrant_ind", "immigration_status"), ("legal_permanent_resident_ind", "immigration_status"),
    ("save_verification_status", "immigration_status"), ("save_result", None), ("lpr_camera_hits", None), ("lpr_date", "immigration_status"),
    ("officer_id", None), ("reviewing_officer", None), ("aide_dob", "contact_person"), ("worker_birth_date", "contact_person"),

    ("employee_address", "contact_person"), ("home_health_aide_phone", "provider"), ("employee_id", None), ("nurse_aide_phone", "provider"),
    ("clinic_worker_address", "provider"), ("facility_employee_dob", "provider"),
    ("parole_officer_phone", "contact_person"), ("probation_officer_phone", "contact_person"),
    ("parole_agent_address", "contact_person"), ("entry_without_inspection", "immigration_status"), ("greencard_holder_ind", "immigration_status"),
    ("visa_overstay_ind", "immigration_status"), ("visa_number", "immigration_document_id"),
    ("permanent_resident_address", "address"), ("save_case_number", "immigration_document_id"),
])
def test_immigration_status_words(name: str, category: str | None) -> None:
    # SPEC section 5 (immigration status, one of the six permitted categories): humanitarian parole, asylum,
    # Cuban/Haitian entrants, permanent residents, a SAVE verification's result and a visa
    # overstay are statuses; parole of a sentence is still incarceration and a visa's number a document
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    ("obgyn_address", "provider"), ("ob_gyn_phone", "provider"), ("radiology_address", "provider"),
    ("oncologist_address", "provider"), ("cardiologist_phone", "provider"), ("urgent_care_address", "provider"),
    ("rehab_center_address", "provider"), ("planned_parenthood_address", "provider"), ("clinician_phone", "provider"),
    ("health_center_phone", "provider"), ("specialist_phone", "provider"), ("er_phone", "provider"), ("ambulance_phone", "provider"),
    ("home_health_agency", "provider"), ("dental_office_address", "provider"), ("er_visit_date", "encounter"), ("er_contact_phone", "contact_person"),
    ("boyfriend_phone", "contact_person"), ("girlfriend_address", "contact_person"), ("coworker_phone", "contact_person"),
    ("church_address", "contact_person"), ("church_id", None),
    ("mbr_mid_init", "name"), ("has_other_insurance", "third_party_liability"), ("body_weight", "clinical_observation"),
    ("medicaid_identifier", "medicaid_id"), ("identifiers.medicaid", "medicaid_id"),
    ("prior_SSNs", "ssn"), ("member.SSNs", "ssn"), ("priorMBIs", "medicare_id"), ("priorCINs", "medicaid_id"),
    ("qual_alien_cd", "immigration_status"), ("alien_class_cd", "immigration_status"), ("alien_number", "immigration_document_id"),
    ("social_sec_num", "ssn"), ("socsec", "ssn"), ("inc_amt", "income"), ("mar_stat", "marital_status"), ("emailaddr", "email"),
    ("hic_num", "medicare_id"), ("dl_num", "other_identifier"), ("disab_ind", "disability"), ("meds", "medication"),
    ("zipcd", "address"), ("wrk_phn", "phone"), ("bday", "date_of_birth"), ("citz_cd", "citizenship"), ("imm_stat_cd", "immigration_status"),
    ("native_country", "national_origin"), ("birth_zip", "national_origin"), ("case_head_dob", "household"),
    ("insurance_agent_phone", "contact_person"), ("case_head_diagnosis", "diagnosis"), ("case_head_ssn", "ssn"),
    ("fecha_nacimiento", "date_of_birth"), ("seguro_social", "ssn"),
    ("estado_migratorio", "immigration_status"),
    ("body_height", "clinical_observation"), ("height_inches", "clinical_observation"), ("weight_kg", "clinical_observation"),
    ("birth_weight_grams", "clinical_observation"), ("hm_phn", "phone"), ("home_phone", "phone"), ("phn_referral", None), ("assigned_phn", None),
    ("eligibility_specialist", "eligibility"), ("case_specialist_phone", "contact_person"), ("weight_limit", None),
])
def test_provider_kinds_and_relations_of_round_270(name: str, category: str | None) -> None:
    # SPEC section 5: a specialist's, clinic's or emergency room's address tells what care the member gets (health
    # data); a boyfriend's or coworker's phone is someone else's; "phn" is a phone, a middle initial a name
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    ("arep_phone", "contact_person"), ("redetermination_due_date", "enrollment"), ("renewal_due_date", "enrollment"),
    ("verification_due_date", "eligibility"), ("premium_due_date", "eligibility"),
    ("notice_delivery_address", "address"), ("rfi_due_dt", "eligibility"), ("due_date", "pregnancy"),
    ("estimated_due_date", "pregnancy"), ("baby_due_date", "pregnancy"), ("determination_reason", "eligibility"),
    ("denial_reason_cd", "eligibility"), ("medically_needy_ind", "eligibility"), ("renewal_date", "enrollment"),
    ("procedural_denial_ind", "eligibility"), ("alimony_paid", "income"), ("interview_appointment_date", "eligibility"),
    ("appointment_date", "provider"), ("notice_delivery_method", "eligibility"), ("delivery_date", "pregnancy"),
])
def test_eligibility_process_words_of_round_272(name: str, category: str | None) -> None:
    # SPEC section 5: a renewal's or a verification's due date is an eligibility process date, not a pregnancy's;
    # an authorized representative (arep) is someone else; a denial's reason is eligibility data
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    ("phn", None), ("phn_referral", None), ("alt_phn", "phone"), ("phn_num", "phone"), ("elgbl_phn", "phone"), ("otp_flag", "substance_use"),
    ("otp_code", None), ("otp_secret", None), ("otp_ind", "substance_use"),
    ("asam_level", "substance_use"), ("overdose_history", "substance_use"), ("fentanyl_positive", "substance_use"), ("uds_result", "lab_result"),
    ("uds_socket", None), ("crisis_line_number", None),
    ("crisis_call_reason", "behavioral_health"), ("involuntary_hold", "behavioral_health"), ("emergency_detention_dt", "behavioral_health"),
    ("cocaine_use", "substance_use"), ("vivitrol_inj", "medication"), ("sud_dx", "substance_use"), ("emergency_phone", "contact_person"),
])
def test_substance_use_and_crisis_words_of_round_273(name: str, category: str | None) -> None:
    # SPEC section 5 (health records, 42 CFR Part 2 data): opioid treatment programs, ASAM levels, overdoses, drug
    # screens and crisis holds are health data; "phn" alone (a public health nurse too) is no phone
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    ("executor_address", "contact_person"), ("executor_phone", "contact_person"), ("heir_address", "contact_person"),
    ("heirs_names", "contact_person"), ("personal_rep_address", "contact_person"), ("estate_administrator_address", "contact_person"),
    ("funeral_home_phone", "contact_person"), ("policy_holder_dob", "third_party_liability"), ("othr_insrnc_ind", "third_party_liability"),
    ("executor.address", "contact_person"), ("estate_recovery_amt", "payment"), ("rep_count", None),
    ("funeral_claim_amt", "payment"), ("funeral_director_address", "contact_person"), ("funeral_contact_phone", "contact_person"),
    ("funeral_address", "contact_person"), ("funeral_dt", "death"), ("mom_phone", "contact_person"), ("dad_address", "contact_person"),
    ("custodian_address", "contact_person"), ("paramour_dob", "contact_person"), ("supervisor_phone", "contact_person"),
])
def test_estate_and_insurance_words_of_round_282(name: str, category: str | None) -> None:
    # SPEC section 5: a field about someone else (an estate's executor, an heir, a personal representative, a
    # funeral home) is theirs, not the enrollee's address or phone; a policy holder and other insurance are
    # third-party liability
    assert default_vocabulary().classify(name) == category


@pytest.mark.parametrize(("name", "category"), [
    # health conditions, care and tests, reproductive health, explanations of benefits (round 323: unknown, so a
    # user could declare them harmless)
    ("depression", "behavioral_health"), ("anxiety", "behavioral_health"), ("schizophrenia", "behavioral_health"),
    ("bipolar_ind", "behavioral_health"), ("adhd", "behavioral_health"), ("hypertension", "chronic_condition"), ("tb", "diagnosis"),
    ("sti", "diagnosis"), ("covid_status", "diagnosis"), ("covid_vaccine", "immunization"), ("chemo", "procedure"), ("biopsy", "procedure"),
    ("xray", "procedure"), ("radiology_order", "procedure"), ("ekg", "procedure"), ("dental", "procedure"), ("dental_claim", "claim"),
    ("genetic_test", "lab_result"), ("miscarriage", "pregnancy"), ("fertility", "pregnancy"), ("contraception", "pregnancy"),
    ("eob_total", "claim"), ("eob_id", "claim"), ("mbr_immnztn_dt", "immunization"), ("recip_ethn", "race_ethnicity"),
    # someone else's, or an office's, phone and address (a member's stays theirs; md_ is as often Maryland); device data
    ("emer_cntct_phne_num", "contact_person"), ("mbr_emer_cntct_phne_num", "contact_person"), ("emer_contact_phone", "contact_person"),
    ("dr_phone", "provider"), ("md_phone", "phone"), ("md_home_address", "address"), ("rep_phone", "contact_person"), ("rep_count", None), ("sales_rep_id", None),
    ("remote_addr", "other_identifier"), ("county_office_phone", None), ("dss_office_address", None), ("office_phone", None),
    ("Patient.address.district", "address"), ("phone_model", None), ("device_phone_id", None), ("cell_phone_model", None), ("mobile_device_model", None),
    ("phone_os_version", None), ("cell_phone", "phone"),
    # permitted details under common abbreviations (bdate is as often a begin date); a person's other names (not a
    # key's or a database's alias)
    ("contact_no", "phone"), ("benefit_id", "medicaid_id"), ("mbr_phn_ext", "phone"), ("home_ph", "phone"), ("citz_ind", "citizenship"),
    ("mbr_bdate", None), ("elig_bdate", "eligibility"), ("member_portal_phone", "phone"), ("hub_address", "address"),
    ("mbr_agency_address", "address"), ("dhs_phone", None), ("post_office_box_address", "address"),
    ("post_office_address", "address"), ("dhs_case_phone", "phone"), ("home_office_phone", "phone"), ("agency_mailing_address", None),
    ("dhs_residential_address", "address"), ("agency_residence_zip", "address"),
    ("kms_key_alias", None), ("db_alias", None), ("covid_phe_flag", "eligibility"),
    ("lawful_perm_res", "immigration_status"), ("plus_code", "address"), ("phn", None),
    ("aliases", "name"), ("known_aliases", "name"), ("alias", "name"), ("alias_dob", "date_of_birth"), ("alias_address", "address"),
    ("email_alias", "email"), ("temperature", None), ("weight", None),
])
def test_words_of_round_323(name: str, category: str | None) -> None:
    # SPEC section 5 (health records stay barred; qualifiers that name someone else make a field theirs; the order is
    # an allow-list, so a detail not the enrollee's is unknown) and section 7 (a health name cannot be declared
    # harmless): what round 323's prober found in its sweep of single names
    assert default_vocabulary().classify(name) == category


def test_extra_fields_keep_the_shipped_word_lists() -> None:
    # --medicaid-extra-fields copies the vocabulary: the record prefixes, place and office words and suffix names
    # came out empty in the copy (elig_dob read as eligibility data once a user named a field of their own)
    config = Config.from_options(extra_fields=["kundennr=medicaid_id"])
    for name in ("elig_dob", "medicaid_case_no", "county_office_phone", "elig_office_phone", "mbr_bdate"):
        assert config.vocabulary.classify(name) == default_vocabulary().classify(name), name


@pytest.mark.parametrize(("name", "category"), [
    ("fqhc_zip", "provider"), ("fqhc_county_cd", "provider"), ("cmhc_phone", "provider"), ("pcmh_phone", "provider"), ("hospital_zip", "provider"),
    ("member_phone", "phone"), ("home_zip", "address"), ("bic_card_number", "medicaid_id"), ("ma_plan_id", "managed_care_plan"), ("alienage_status", "citizenship"),
    ("benefits_identification_card_number", "medicaid_id"), ("card_number", "immigration_document_id"), ("tar_number", "claim"),
    ("tar_file_path", None), ("oasas_flag", "substance_use"), ("epsdt_screen_dt", "procedure"), ("nemt_trip_id", "encounter"),
    ("immgrtn_status", "immigration_status"), ("alienage", "citizenship"),
    ("alienage_doc_number", "immigration_document_id"), ("alienage_a_number", "immigration_document_id"), ("emer_med_flag", "eligibility"),
    ("emer_services_ind", "eligibility"),
])
def test_state_program_words_of_round_328(name: str, category: str | None) -> None:
    # SPEC section 5 (a provider's or facility's detail is health data: where the member gets care; the Medicaid card of
    # Medi-Cal and Pennsylvania is the Medicaid ID, not a green card; state health programs are health data)
    assert default_vocabulary().classify(name) == category
