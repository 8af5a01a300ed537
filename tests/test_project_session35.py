"""Cross-module shapes of the thirty-fifth session (probers of round 229 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_a_registry_keyed_by_imported_topics(tmp_path: Path) -> None:
    # SPEC section 4 (a topic names the destination) and section 6 (calls are followed): a decorator
    # registry keyed by constants imported from another module (@route(ICE_TOPIC)) or by a class
    # attribute (@route(Topics.ICE)) holds each transform under that topic, read by .items() or key by
    # key; the state's topic gets any field
    root = project(tmp_path / "p", {
        "pkg/topics.py": '''
            ICE_TOPIC = "ice.eid.referrals.v1"
            STATE_TOPIC = "mmis.members.changes"
            class Topics:
                ICE = "ice.eid.referrals.v1"
                STATE = "mmis.members.changes"
            ''',
        "pkg/routing.py": '''
            from kafka import KafkaProducer
            from .topics import ICE_TOPIC, STATE_TOPIC, Topics
            producer = KafkaProducer()
            TRANSFORMS = {}
            def route(topic):
                def register(fn):
                    TRANSFORMS[topic] = fn
                    return fn
                return register
            @route(ICE_TOPIC)
            def federal_record(after):
                return {"sex": after["sex_cd"]}
            @route(STATE_TOPIC)
            def state_record(after):
                return {"race": after["race_cd"]}
            @route(Topics.ICE)
            def ero_record(after):
                return {"lang": after["lang_cd"]}
            @route(Topics.STATE)
            def state_lang(after):
                return {"lang": after["lang_cd"]}
            def fan_out_keys(after):
                for topic in TRANSFORMS:
                    producer.send(topic, value=TRANSFORMS[topic](after))
            ''',
    })
    assert lint(root / "pkg/routing.py") == [(12, "MCD101"), (18, "MCD101")]
    # the same read entry by entry
    routing = root / "pkg/routing.py"
    routing.write_text(routing.read_text().replace(
        "    for topic in TRANSFORMS:\n        producer.send(topic, value=TRANSFORMS[topic](after))",
        "    for topic, fn in TRANSFORMS.items():\n        producer.send(topic, value=fn(after))"))
    assert "TRANSFORMS.items()" in routing.read_text()
    assert lint(routing) == [(12, "MCD101"), (18, "MCD101")]
