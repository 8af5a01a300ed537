"""Cross-module shapes of the fortieth session (probers of rounds 261 and after)."""

from __future__ import annotations

from pathlib import Path

from test_project import project
from test_project_session17 import lint


def test_a_celery_task_sent_by_name(tmp_path: Path) -> None:
    # SPEC section 6 (calls to functions of the project; task queues run the function with the arguments given now):
    # app.send_task("app.tasks.post_to_ice", ...) runs the task of the project Celery registers under that name, its
    # default name (module path and function) or the name its decorator gives; a name no task of the project has is
    # run by a worker elsewhere (not followed)
    files = {
        "app/__init__.py": "",
        "app/celery_app.py": '''
            from celery import Celery
            celery_app = Celery("app")
            ''',
        "app/tasks.py": '''
            import requests
            from celery import shared_task
            ICE_URL = "https://eid.ice.gov/api/v1/referrals"
            STATE_URL = "https://mmis.dhs.state.mn.us/api/v1/members"
            @shared_task
            def post_to_ice(payload):
                requests.post(ICE_URL, json=payload, timeout=30)
            @shared_task
            def post_to_state(payload):
                requests.post(STATE_URL, json=payload, timeout=30)
            ''',
        "app/views.py": '''
            from app.celery_app import celery_app
            def refer(m):
                celery_app.send_task("app.tasks.post_to_ice", args=[{"medicaid_id": m.cin, "race": m.race}])
            def refer_by_keyword(m):
                celery_app.send_task("app.tasks.post_to_ice", kwargs={"payload": {"medicaid_id": m.cin, "ssn": m.ssn}})
            def to_the_state(m):
                celery_app.send_task("app.tasks.post_to_state", args=[{"medicaid_id": m.cin, "race": m.race}])
            def elsewhere(m):
                celery_app.send_task("billing.tasks.post", args=[{"medicaid_id": m.cin, "race": m.race}])
            ''',
    }
    root = project(tmp_path / "p", files)
    assert lint(root / "app/views.py") == [(3, "MCD101"), (5, "MCD101")]


def test_a_celery_task_sent_by_the_name_its_decorator_gives_in_the_tasks_module(tmp_path: Path) -> None:
    # SPEC section 6: Celery registers a task under its decorator's name= (not its dotted path then); the task lives
    # in the package's tasks module, which the sending module does not import (Celery finds it there)
    files = {
        "mmis/__init__.py": "",
        "mmis/celery_app.py": '''
            from celery import Celery
            app = Celery("mmis")
            ''',
        "mmis/tasks.py": '''
            import requests
            from mmis.celery_app import app
            ICE_URL = "https://eid.ice.gov/api/v1/subjects"
            @app.task(name="ero.push_subject")
            def push_subject(packet):
                requests.post(ICE_URL, json=packet, timeout=30)
            ''',
        "mmis/enqueue.py": '''
            from mmis.celery_app import app
            def by_registered_name(m):
                app.send_task("ero.push_subject", args=[{"cin": m.cin, "ssn": m.ssn}])
            def by_dotted_path_not_registered(m):
                app.send_task("mmis.tasks.push_subject", args=[{"cin": m.cin, "ssn": m.ssn}])
            def permitted(m):
                app.send_task("ero.push_subject", args=[{"cin": m.cin}])
            ''',
    }
    root = project(tmp_path / "p", files)
    assert lint(root / "mmis/enqueue.py") == [(3, "MCD101")]


def test_a_celery_task_named_by_constants_in_a_tasks_module_not_imported(tmp_path: Path) -> None:
    # SPEC section 6 (and the text pre-check stays sound): a module whose own text holds no enforcement signal sends
    # a task by a name kept in a constant; the task, registered under a constant name=, lives in the tasks module of
    # its package, which it does not import (Celery finds it there): the module still matters and is analyzed
    files = {
        "jobs/__init__.py": "",
        "jobs/tasks.py": '''
            import requests
            from celery import Celery
            app = Celery("jobs")
            REFER_NAME = "jobs.refer"
            @app.task(name=REFER_NAME)
            def refer(payload):
                requests.post("https://eid.ice.gov/api/v1/referrals", json=payload, timeout=30)
            ''',
        "jobs/send.py": '''
            from celery import Celery
            app = Celery("jobs")
            TASK = "jobs.refer"
            def send(m):
                app.send_task(TASK, args=[{"medicaid_id": m.cin, "ssn": m.ssn}])
            def permitted(m):
                app.send_task(TASK, args=[{"medicaid_id": m.cin}])
            ''',
    }
    root = project(tmp_path / "p", files)
    assert lint(root / "jobs/send.py") == [(5, "MCD101")]
