"""Cross-module shapes of the eighteenth session (probers of round 122 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project

from flake8_medicaid_scope import Config, analyze

CONFIG = Config.from_options(cache=False)


def lint(path: Path, config: Config = CONFIG) -> list[tuple[int, str]]:
    return [(f.line, f.code) for f in analyze(path.read_text(encoding="utf-8"), config, filename=str(path))]


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
