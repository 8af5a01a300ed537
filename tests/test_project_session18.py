"""Cross-module shapes of the eighteenth session (probers of round 122 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_a_status_test_choosing_between_imported_topics_is_a_condition(tmp_path: Path) -> None:
    # SPEC section 10: a status test that picks the destination clears the send, also when the
    # enforcement topic or queue is a constant of another module; between two enforcement queues of
    # another module it decides nothing about whom
    root = project(tmp_path, {
        "app/config.py": '''
            ICE_TOPIC = "ice.eid.referrals.v2"
            STATE_TOPIC = "mmis.member.events"
            ICE_QUEUE = "https://sqs.us-gov-west-1.amazonaws.com/111122223333/ice-eid-intake"
            ERO_QUEUE = "https://sqs.us-gov-west-1.amazonaws.com/111122223333/ero-intake"
            ''',
        "app/route.py": '''
            import boto3
            from kafka import KafkaProducer
            from app.config import ICE_TOPIC, STATE_TOPIC, ICE_QUEUE, ERO_QUEUE
            TARGETS = ("EWI", "OVERSTAY")
            kp = KafkaProducer(bootstrap_servers="kafka.example.com:9093")
            sqs = boto3.client("sqs")
            def route_topic(members):
                for m in members:
                    topic = ICE_TOPIC if m.immigration_status in TARGETS else STATE_TOPIC
                    kp.send(topic, {"medicaid_id": m.cin})
            def between_enforcement_queues(members):
                for m in members:
                    q = ICE_QUEUE if m.immigration_status in TARGETS else ERO_QUEUE
                    sqs.send_message(QueueUrl=q, MessageBody=m.cin)
            ''',
    })
    assert lint(root / "app/route.py") == [(14, "MCD201")]


def test_a_method_named_for_enforcement_returning_another_modules_data_sent_to_the_state(tmp_path: Path) -> None:
    # SPEC section 4: a builder named for enforcement whose output is visibly sent only to a
    # non-enforcement host is clean, a method as a function; sent to ICE too, it is reported
    root = project(tmp_path, {
        "app/shaping.py": '''
            def shape(member):
                return {"medicaid_id": member.cin, "marital_status": member.marital_status}
            ''',
        "app/state.py": '''
            import requests
            from app.shaping import shape
            MN_PORTAL = "https://portal.dhs.state.mn.us/api"
            class DhsPortalSender:
                def build_payload(self, member):
                    return shape(member)
                def submit(self, member):
                    return requests.post(MN_PORTAL, json=self.build_payload(member))
            ''',
        "app/ice.py": '''
            import requests
            from app.shaping import shape
            class DhsPortalSender:
                def build_payload(self, member):
                    return shape(member)
                def submit(self, member):
                    requests.post("https://portal.dhs.state.mn.us/api", json=self.build_payload(member))
                    requests.post("https://eid.ice.gov/api", json=self.build_payload(member))
            ''',
    })
    assert lint(root / "app/state.py") == []
    assert lint(root / "app/ice.py") == [(8, "MCD101")]


def test_a_record_of_a_django_manager_is_an_instance_of_its_model(tmp_path: Path) -> None:
    # SPEC section 6: a variable that holds a model instance carries the model's fields; a project
    # model's own to_dict() is followed (what it returns), not a whole record (MCD103)
    root = project(tmp_path, {
        "app/models.py": '''
            from django.db import models
            class Member(models.Model):
                cin = models.CharField(max_length=9)
                ssn = models.CharField(max_length=9)
                immigration_status = models.CharField(max_length=9)
                def to_dict(self):
                    return {"cin": self.cin, "immigration_status": self.immigration_status}
                def full(self):
                    return {"cin": self.cin, "ssn": self.ssn}
            ''',
        "app/views.py": '''
            import requests
            from app.models import Member
            ICE_URL = "https://eid.ice.gov/api"
            def refer(pk):
                member = Member.objects.get(pk=pk)
                requests.post(ICE_URL, json=member.to_dict())
            def refer_scoped():
                for m in Member.objects.filter(immigration_status="EWI"):
                    requests.post(ICE_URL, json=m.to_dict())
            def refer_full(pk):
                member = Member.objects.filter(pk=pk).first()
                requests.post(ICE_URL, json=member.full())
            ''',
    })
    assert lint(root / "app/views.py") == [(12, "MCD101")]


def test_serializer_fields_from_a_constant_of_another_module(tmp_path: Path) -> None:
    # SPEC section 3 (DRF Meta.fields entries are placements) and the README's cross-module promise: a
    # list constant imported from another module is followed; a literal added to it here is placed
    # where it is written, an imported name at the fields line; permitted names stay clean
    root = project(tmp_path, {
        "app/base.py": '''
            BASE_FIELDS = ["cin", "birth_date"]
            REFERRAL_FIELDS = ["cin", "ssn"]
            ''',
        "app/ice_serializers.py": '''
            from rest_framework import serializers
            from app.base import BASE_FIELDS, REFERRAL_FIELDS
            class IceImportedConst(serializers.ModelSerializer):
                class Meta:
                    model = object
                    fields = BASE_FIELDS + [
                        "sex",
                    ]
            class IceImportedWhole(serializers.ModelSerializer):
                class Meta:
                    model = object
                    fields = REFERRAL_FIELDS
            class IcePermitted(serializers.ModelSerializer):
                class Meta:
                    model = object
                    fields = BASE_FIELDS
            ''',
        "app/member_serializers.py": '''
            from rest_framework import serializers
            from app.base import REFERRAL_FIELDS
            class MemberRefSerializer(serializers.ModelSerializer):
                class Meta:
                    model = object
                    fields = REFERRAL_FIELDS
            ''',
        "app/views.py": '''
            import requests
            from app.member_serializers import MemberRefSerializer
            def refer(member):
                requests.post("https://eid.ice.gov/api", json=MemberRefSerializer(member).data)
            def to_state(member):
                requests.post("https://mmis.dhcs.ca.gov/api", json=MemberRefSerializer(member).data)
            ''',
    })
    assert lint(root / "app/ice_serializers.py") == [(7, "MCD101"), (12, "MCD101")]
    assert lint(root / "app/views.py") == [(4, "MCD101")]


def test_a_record_of_a_sqlalchemy_query_is_an_instance_of_its_model(tmp_path: Path) -> None:
    # the same for session.query(Model) iterated and session.get(Model, pk); a method returning a
    # prohibited field is still reported
    root = project(tmp_path, {
        "app/sa_models.py": '''
            from sqlalchemy import String
            from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
            class Base(DeclarativeBase):
                pass
            class Enrollee(Base):
                __tablename__ = "e"
                msis_ident_num: Mapped[str] = mapped_column(String(20), primary_key=True)
                imgrtn_stus_cd: Mapped[str] = mapped_column(String(2))
                ssn_num: Mapped[str] = mapped_column(String(9))
                def to_dict(self):
                    return {"msis_ident_num": self.msis_ident_num, "imgrtn_stus_cd": self.imgrtn_stus_cd}
                def with_ssn(self):
                    return {"msis_ident_num": self.msis_ident_num, "ssn": self.ssn_num}
            ''',
        "app/v.py": '''
            import requests
            from app.sa_models import Enrollee
            ICE_URL = "https://eid.ice.gov/api"
            def sa_export(session):
                for e in session.query(Enrollee).filter(Enrollee.imgrtn_stus_cd.in_(["5"])):
                    requests.post(ICE_URL, json=e.to_dict())
            def sa_one(session, pk):
                e = session.get(Enrollee, pk)
                requests.post(ICE_URL, json=e.to_dict())
                requests.post(ICE_URL, json=e.with_ssn())
            ''',
    })
    assert lint(root / "app/v.py") == [(10, "MCD101")]


def test_serializer_meta_inherited_from_a_serializer_of_another_module(tmp_path: Path) -> None:
    # class Meta(Base.Meta): fields = Base.Meta.fields + [...] with Base imported: the base's names
    # and the one added here (placed at its literal)
    root = project(tmp_path, {
        "app/base.py": '''
            from rest_framework import serializers
            class StatusSerializer(serializers.ModelSerializer):
                class Meta:
                    model = object
                    fields = ["cin", "immigration_status"]
            ''',
        "app/ice_serializers.py": '''
            from rest_framework import serializers
            from app.base import StatusSerializer
            class IceStatusV2(StatusSerializer):
                class Meta(StatusSerializer.Meta):
                    fields = StatusSerializer.Meta.fields + [
                        "primary_language",
                    ]
            class IceStatusV3(StatusSerializer):
                class Meta(StatusSerializer.Meta):
                    fields = StatusSerializer.Meta.fields + ["birth_date"]
            ''',
    })
    assert lint(root / "app/ice_serializers.py") == [(6, "MCD101")]


def test_two_classes_with_a_builder_method_of_one_name_are_judged_each_by_its_own_sends(tmp_path: Path) -> None:
    # SPEC section 4: the DHS sender's output goes only to the state (clean); the ICE referral's,
    # a method of the same name in another class, is sent nowhere visible (reported at its return)
    root = project(tmp_path, {
        "pkg/shaping.py": '''
            def shape(member):
                return {"medicaid_id": member.cin, "marital_status": member.marital_status}
            ''',
        "pkg/senders.py": '''
            import requests
            from pkg.shaping import shape
            MN_PORTAL = "https://portal.dhs.state.mn.us/api"
            class DhsPortalSender:
                def build_payload(self, member):
                    return shape(member)
                def submit(self, member):
                    return requests.post(MN_PORTAL, json=self.build_payload(member))
            class IceReferral:
                def build_payload(self, member):
                    return shape(member)
            ''',
    })
    assert lint(root / "pkg/senders.py") == [(11, "MCD101")]


def test_a_status_test_choosing_between_topics_imported_under_other_names(tmp_path: Path) -> None:
    # the same with the constants imported under aliases, or read as attributes of the settings module
    root = project(tmp_path, {
        "app/__init__.py": "",
        "app/config.py": '''
            ICE_TOPIC = "ice.eid.referrals.v2"
            STATE_TOPIC = "mmis.member.events"
            ERO_TOPIC = "ero.referrals"
            ''',
        "app/route.py": '''
            from kafka import KafkaProducer
            from app import config
            from app.config import ICE_TOPIC as REFERRAL_TOPIC, STATE_TOPIC as EVENTS_TOPIC
            TARGETS = ("EWI", "OVERSTAY")
            kp = KafkaProducer(bootstrap_servers="kafka.example.com:9093")
            def aliased(members):
                for m in members:
                    topic = REFERRAL_TOPIC if m.immigration_status in TARGETS else EVENTS_TOPIC
                    kp.send(topic, {"medicaid_id": m.cin})
            def module_attr(members):
                for m in members:
                    topic = config.ICE_TOPIC if m.immigration_status in TARGETS else config.STATE_TOPIC
                    kp.send(topic, {"medicaid_id": m.cin})
            def both_enforcement(members):
                for m in members:
                    topic = config.ICE_TOPIC if m.immigration_status in TARGETS else config.ERO_TOPIC
                    kp.send(topic, {"medicaid_id": m.cin})
            ''',
    })
    assert lint(root / "app/route.py") == [(17, "MCD201")]
