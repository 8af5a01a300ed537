"""Cross-module shapes of the sixteenth session (probers of round 98): configured sinks reached
inside their own module, through a wrapper or through a subclass; one finding per placement when a
callback's placement is sent by the module that calls it back."""

from __future__ import annotations

from pathlib import Path

from test_project import ICE, project

from flake8_medicaid_scope import Config, analyze


def lint(path: Path, config: Config) -> list[tuple[int, str]]:
    return [(f.line, f.code) for f in analyze(path.read_text(encoding="utf-8"), config, filename=str(path))]


def test_a_configured_function_called_in_its_module_and_through_a_wrapper(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/outbox.py": '''
            def publish(payload):
                print(payload)
            def push(payload):
                publish(payload)
            def direct(member):
                publish({"cin": member.cin, "ssn": member.ssn})
            def indirect(member):
                push({"cin": member.cin, "ssn": member.ssn})
            def basic(member):
                push({"cin": member.cin, "dob": member.birth_date})
            ''',
        "app/use.py": '''
            from .outbox import publish, push
            def direct(member):
                publish({"cin": member.cin, "ssn": member.ssn})
            def indirect(member):
                push({"cin": member.cin, "race": member.race})
            def unrelated(member):
                print({"cin": member.cin, "ssn": member.ssn})
            ''',
    })
    config = Config.from_options(cache=False, sinks=["app.outbox.publish"])
    assert lint(root / "app/outbox.py", config) == [(6, "MCD101"), (8, "MCD101")]
    assert lint(root / "app/use.py", config) == [(3, "MCD101"), (5, "MCD101")]
    assert lint(root / "app/use.py", Config.from_options(cache=False)) == []


def test_a_configured_method_called_through_a_subclass(tmp_path: Path) -> None:
    root = project(tmp_path, {
        "app/outbox.py": '''
            class Outbox:
                def push(self, payload):
                    print(payload)
            class LoudOutbox(Outbox):
                pass
            class OwnOutbox(Outbox):
                def push(self, payload):
                    print("own", payload)
            ''',
        "app/use.py": '''
            from .outbox import LoudOutbox, Outbox, OwnOutbox
            def base(member):
                Outbox().push({"cin": member.cin, "ssn": member.ssn})
            def sub(member):
                LoudOutbox().push({"cin": member.cin, "ssn": member.ssn})
            def overridden(member):
                OwnOutbox().push({"cin": member.cin, "ssn": member.ssn})
            ''',
    })
    config = Config.from_options(cache=False, sinks=["app.outbox.Outbox.push"])
    assert lint(root / "app/use.py", config) == [(3, "MCD101"), (5, "MCD101")]


def test_a_callback_placement_sent_by_the_module_that_calls_it_back(tmp_path: Path) -> None:
    # an import cycle: sender posts shapes.shape(m) to its own ICE URL; shapes.resend calls sender.send.
    # The placement is reported once, by the module that sends it (SPEC section 3, one finding per
    # placement); a shape sent to the URL the caller gives is still the caller's
    root = project(tmp_path, {
        "app/sender.py": f'''
            import requests
            from . import shapes
            ICE_URL = "{ICE}/subjects"
            def send(member):
                return requests.post(ICE_URL, json=shapes.shape(member))
            def send_to(url, member):
                return requests.post(url, json=shapes.other(member))
            ''',
        "app/shapes.py": f'''
            from . import sender
            def shape(member):
                return {{"cin": member.cin, "gender": member.gender}}
            def other(member):
                return {{"cin": member.cin, "race": member.race}}
            def resend(member):
                return sender.send(member)
            def resend_to_ice(member):
                return sender.send_to("{ICE}/x", member)
            ''',
    })
    config = Config.from_options(cache=False)
    assert lint(root / "app/sender.py", config) == [(5, "MCD101")]
    assert lint(root / "app/shapes.py", config) == [(5, "MCD101")]


def test_the_not_enforcement_pragma_on_a_class_whose_send_is_inherited_from_another_module(tmp_path: Path) -> None:
    # SPEC section 7: the pragma on a class line overrides the name signals of that class, also where
    # the method that sends is inherited from a base class of another module
    root = project(tmp_path, {
        "app/base.py": '''
            import os
            import requests
            class EnvClient:
                def __init__(self, env_name):
                    self.url = os.environ[env_name]
                def submit(self, payload):
                    return requests.post(self.url, json=payload, timeout=30)
            ''',
        "app/clients.py": '''
            from .base import EnvClient
            class DhsEligibilityClient(EnvClient):  # medicaid-scope: not-enforcement
                def __init__(self):
                    super().__init__("ELIGIBILITY_API_URL")
            class DhsReferralClient(EnvClient):
                def __init__(self):
                    super().__init__("REFERRAL_API_URL")
            ''',
        "app/use.py": '''
            from .clients import DhsEligibilityClient, DhsReferralClient
            def check(member):
                return DhsEligibilityClient().submit({"cin": member.cin, "ssn": member.ssn})
            def refer(member):
                return DhsReferralClient().submit({"cin": member.cin, "ssn": member.ssn})
            ''',
    })
    assert lint(root / "app/use.py", Config.from_options(cache=False)) == [(5, "MCD101")]


def test_a_manager_on_a_proxy_of_a_model_of_another_module(tmp_path: Path) -> None:
    # SPEC section 10 (a Django queryset is a bulk source) with section 6 (the project's modules are
    # visible): a custom manager declared on a subclass of a model imported from another module
    root = project(tmp_path, {
        "app/models.py": '''
            from django.db import models
            class Member(models.Model):
                cin = models.CharField(max_length=9)
                enrollment_end = models.DateField(null=True)
            ''',
        "app/roster.py": f'''
            import requests
            from django.db import models
            from .models import Member
            ICE_URL = "{ICE}/referrals"
            class ActiveManager(models.Manager):
                def get_queryset(self):
                    return super().get_queryset().filter(enrollment_end__isnull=True)
            class ScopedManager(models.Manager):
                def get_queryset(self):
                    return super().get_queryset().filter(immigration_status__in=("5", "8"))
            class ActiveMember(Member):
                active = ActiveManager()
                scoped = ScopedManager()
                class Meta:
                    proxy = True
            def push_active():
                for m in ActiveMember.active.all():
                    requests.post(ICE_URL, json={{"medicaid_id": m.cin}}, timeout=5)
            def push_scoped():
                for m in ActiveMember.scoped.all():
                    requests.post(ICE_URL, json={{"medicaid_id": m.cin}}, timeout=5)
            ''',
    })
    assert lint(root / "app/roster.py", Config.from_options(cache=False)) == [(18, "MCD201")]


def test_a_caller_of_two_jobs_that_send_on_their_own(tmp_path: Path) -> None:
    # prober of round 107 (SPEC section 3): a caller that hands a job only a connection and ids has
    # placed nothing; the job that builds and sends the payload reports it, whatever else the caller
    # calls first
    root = project(tmp_path, {
        "app/mapper.py": '''
            def to_state_payload(row):
                return {
                    "medicaid_id": row["msis_ident_num"],
                    "ssn": row["ssn"],
                }
            ''',
        "app/client.py": f'''
            import requests
            ICE_URL = "{ICE}"
            class IceClient:
                def submit(self, referral):
                    requests.post(ICE_URL + "/referrals", json={{"referral": referral}})
            ''',
        "app/job.py": '''
            from .client import IceClient
            from .mapper import to_state_payload
            def run_daily(conn):
                IceClient().submit({"medicaid_id": conn.next_id()})
            def run_profile(conn, msis_ids):
                ice = IceClient()
                for msis_id in msis_ids:
                    row = conn.lookup(msis_id)
                    ice.submit(to_state_payload(row))
            ''',
        "app/cli.py": '''
            from .job import run_daily, run_profile
            def main(conn, ids):
                run_daily(conn)
                run_profile(conn, ids)
            ''',
    })
    config = Config.from_options(cache=False)
    assert lint(root / "app/job.py", config) == [(9, "MCD101")]
    assert lint(root / "app/cli.py", config) == []


def test_data_of_another_module_handed_to_a_local_helper_that_sends_it(tmp_path: Path) -> None:
    # prober of round 109 (SPEC section 3): data placed in another module is reported at the call in the
    # linted module that hands it to a function whose parameter reaches the sink, one finding per caller
    root = project(tmp_path, {
        "app/builders.py": '''
            def build_summary(member):
                return {"medicaid_id": member.cin, "ssn": member.ssn}
            def build_other(member):
                return {"medicaid_id": member.cin, "race": member.race}
            def build_basic(member):
                return {"medicaid_id": member.cin, "dob": member.birth_date}
            ''',
        "app/users.py": f'''
            import requests
            from .builders import build_basic, build_other, build_summary
            ICE_URL = "{ICE}/referrals"
            def send_federal(body):
                requests.post(ICE_URL, json=body, timeout=30)
            def a(member):
                send_federal(build_summary(member))
            def b(member):
                packet = build_other(member)
                send_federal(packet)
            def c(member):
                send_federal(build_basic(member))
            ''',
    })
    assert lint(root / "app/users.py", Config.from_options(cache=False)) == [(7, "MCD101"), (10, "MCD101")]


def test_data_of_another_module_handed_to_a_local_task_or_runner(tmp_path: Path) -> None:
    # prober of round 109 (SPEC section 3): a task's delay, an executor's submit and a thread's target are
    # calls of the function: data placed in another module is reported where it is handed over
    root = project(tmp_path, {
        "app/builders.py": '''
            def build_summary(member):
                return {"medicaid_id": member.cin, "ssn": member.ssn}
            def build_other(member):
                return {"medicaid_id": member.cin, "race": member.race}
            ''',
        "app/runners.py": f'''
            import threading
            from concurrent.futures import ThreadPoolExecutor
            import requests
            from celery import shared_task
            from .builders import build_other, build_summary
            ICE_URL = "{ICE}/referrals"
            def _post(url, body):
                requests.post(url, json=body, timeout=30)
            @shared_task
            def push_local(body):
                requests.post(ICE_URL, json=body, timeout=30)
            def via_task(member):
                push_local.delay(build_summary(member))
            def via_submit(member):
                with ThreadPoolExecutor() as ex:
                    ex.submit(_post, ICE_URL, build_other(member))
            def via_state(member):
                with ThreadPoolExecutor() as ex:
                    ex.submit(_post, "https://mmis.dhcs.ca.gov/api", build_summary(member))
            ''',
    })
    assert lint(root / "app/runners.py", Config.from_options(cache=False)) == [(13, "MCD101"), (16, "MCD101")]
