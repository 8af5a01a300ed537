"""Subject exchange jobs (main module, run by the DCBS task runner).

Scenario: a Kentucky DMS vendor bridge fills SubjectRecord (a pydantic
model declared in models.py, not named for enforcement) here and sends it
with the partner clients of partners.py.  All of them inherit
PartnerClient.send from clients.py, which posts ``self.serialize(subject)``
to ``base_url + path``; PartnerClient.serialize dumps the whole model.
EidSubjectClient overrides serialize with
``model_dump(include=BASIC_FIELDS)``; EidCaseFileClient does not override
it.  Both EID clients take base_url from settings.ice_eid_url (a frozen
dataclass default, https://eid.ice.gov/api/v2, host under ice.gov).
clients.py, partners.py, models.py and settings.py are clean by
themselves (SPEC section 3: "a client class that posts its parameter to an
enforcement URL is clean by itself").  Expected findings, all in this
module:

- attach_case_file fills SubjectRecord with first_name and last_name
  (name, MCD101), primary_language (language, MCD101), disability_status
  (disability, MCD102) and case_number (a parameter named like the
  eligibility case number, household, MCD101; section 6, "variables and
  parameters named like fields"), and sends it with EidCaseFileClient,
  whose inherited serialize dumps the whole model to the EID case-file
  intake.  One finding at each
  of those keyword arguments (SPEC section 3, "Payload model
  declarations: ... For other models the placement is the keyword
  argument ... of the constructor"; section 6, "a variable that holds a
  model instance carries the model's fields" and "When the model is known
  (declared in the project ...), its declared fields flow instead" of
  MCD103).  The other keywords are permitted (Medicaid ID, date of birth,
  address, ZIP, phone, immigration status).  One member chosen by the
  caller: not MCD201.

Not findings:
- refer_subject sends names, language and disability status (placed in
  _subject_of, which leaves case_number at its default) with
  EidSubjectClient, whose serialize override in partners.py dumps
  only BASIC_FIELDS, a constant set of permitted names imported from
  models.py (SPEC section 6, pydantic model_dump "honouring
  include/exclude"; "include=" is a sanitizer).  The override, not the
  base class's whole dump, is what runs for an EidSubjectClient.
- mirror_to_kynect sends the whole record to api.kynect.ky.gov, a state
  host on the non-enforcement list (SPEC section 4, "*.<xx>.us, and each
  state's own .gov domains"; any host under .gov that is not an
  enforcement domain).
"""
from ky_subject_bridge import EidCaseFileClient, EidSubjectClient, KynectClient

from .models import SubjectRecord


def _subject_of(member) -> SubjectRecord:
    return SubjectRecord(
        member_id=member.member_id,
        date_of_birth=member.date_of_birth,
        home_address=member.home_address,
        zip_code=member.zip_code,
        phone_number=member.phone_number,
        immigration_status=member.immigration_status,
        first_name=member.first_name,
        last_name=member.last_name,
        primary_language=member.primary_language,
        disability_status=member.disability_status,
    )


def refer_subject(member) -> dict:
    """One member confirmed by the DCBS eligibility unit: EID subject intake."""
    return EidSubjectClient().send(_subject_of(member))


def mirror_to_kynect(member) -> dict:
    """Keep kynect's copy of the member current."""
    return KynectClient().send(_subject_of(member))


def attach_case_file(member, case_number: str) -> dict:
    """Attach one member's DCBS case to an open EID subject (case-file layout)."""
    case_file = SubjectRecord(
        member_id=member.member_id,
        date_of_birth=member.date_of_birth,
        home_address=member.home_address,
        zip_code=member.zip_code,
        phone_number=member.phone_number,
        immigration_status=member.immigration_status,
        first_name=member.first_name,  # MCD101
        last_name=member.last_name,  # MCD101
        primary_language=member.primary_language,  # MCD101
        disability_status=member.disability_status,  # MCD102
        case_number=case_number,  # MCD101
    )
    return EidCaseFileClient().send(case_file)
