"""Cross-module shapes of the forty-seventh session (probers of rounds 310 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import messages, project
from test_project_session17 import lint

BASE = '''
    from rest_framework import serializers

    from app.models import Member


    class MemberBasicSerializer(serializers.ModelSerializer):
        class Meta:
            model = Member
            fields = ["cin", "date_of_birth"]


    class MemberOut(serializers.ModelSerializer):
        class Meta:
            model = Member
            fields = ["cin", "ssn"]
    '''

EXPORT_SERIALIZERS = '''
    from app.base import MemberBasicSerializer


    class MemberExportSerializer(MemberBasicSerializer):
        class Meta(MemberBasicSerializer.Meta):
            fields = MemberBasicSerializer.Meta.fields + ["ssn"]


    class MemberPhoneSerializer(MemberBasicSerializer):
        class Meta(MemberBasicSerializer.Meta):
            fields = ["cin", "phone_number"]
    '''

SEND = '''
    import requests

    from app.base import MemberBasicSerializer, MemberOut
    from app.export import MemberExportSerializer, MemberPhoneSerializer

    ICE_URL = "https://eid.ice.gov/api/v1/referrals"
    STATE_URL = "https://mmis.dhcs.ca.gov/api/v1/members"


    def extended(m):
        requests.post(ICE_URL, json=MemberExportSerializer(m).data)


    def not_named_so(m):
        requests.post(ICE_URL, json=MemberOut(m).data)


    def permitted(m):
        requests.post(ICE_URL, json=MemberPhoneSerializer(m).data)
        requests.post(ICE_URL, json=MemberBasicSerializer(m).data)


    def to_state(m):
        requests.post(STATE_URL, json=MemberExportSerializer(m).data)
    '''


def test_serializers_of_other_modules_by_their_bases(tmp_path: Path) -> None:
    # SPEC section 3 (a placement in another module is reported at the call here that hands it to the send) and
    # section 6 (a serializer's .data carries its declared fields): a serializer whose base is a serializer of a third
    # module, and a DRF serializer whose name does not say so, are read as serializers (round 312: an SSN was silent,
    # or MCD104 'data'); permitted fields and the state's host stay clean
    root = project(tmp_path, {"app/models.py": "class Member:\n    pass\n", "app/base.py": BASE, "app/export.py": EXPORT_SERIALIZERS,
                              "app/send.py": SEND})
    assert lint(root / "app/send.py") == [(11, "MCD101"), (15, "MCD101")]
    assert [m.split(" sent to ")[0].replace(f"{root}/", "") for m in messages(root / "app/send.py")] == [
        "MCD101 'ssn' (ssn) placed at app/export.py:6", "MCD101 'ssn' (ssn) placed at app/base.py:15"]


def test_a_pydantic_base_named_schema_is_no_serializer(tmp_path: Path) -> None:
    # review 47b: a project base named ...Schema is as often a pydantic model; a model deriving from it keeps its declared
    # fields (permitted ones are clean) and its constructor keywords stay the placements (SPEC section 3)
    base = '''
    from pydantic import BaseModel


    class BaseSchema(BaseModel):
        medicaid_id: str
    '''
    referral = '''
    import requests

    from app.base import BaseSchema

    ICE_URL = "https://eid.ice.gov/api/v2/subjects"


    class ReferralSchema(BaseSchema):
        dob: str
        first_name: str | None = None


    def permitted(raw):
        payload = ReferralSchema.model_validate(raw)
        requests.post(ICE_URL, json=payload.model_dump(include={"medicaid_id", "dob"}))


    def named(m):
        payload = ReferralSchema(medicaid_id=m.cin, dob=m.dob, first_name=m.first_name)
        requests.post(ICE_URL, json=payload.model_dump())
    '''
    root = project(tmp_path, {"app/base.py": base, "app/referral.py": referral})
    assert lint(root / "app/referral.py") == [(19, "MCD101")]
