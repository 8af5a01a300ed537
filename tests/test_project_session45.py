"""Cross-module shapes of the forty-fifth session (probers of rounds 296 and after, README limits lifted)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from test_project import project
from test_project_session17 import CONFIG, lint

from flake8_medicaid_scope.prefilter import imports_matter

#: a Django view that reads its destinations from django.conf's settings (SPEC section 4: a destination is
#: decided by its value where the value is known, by its name only where it is not)
VIEWS = '''
    import requests
    from django.conf import settings


    def share(member):
        requests.post(settings.PARTNER_ENDPOINT, json={"dx": member.primary_dx})


    def refer(member):
        requests.post(settings.STATE_ENDPOINT, json={"dx": member.primary_dx})


    def named(member):
        requests.post(settings.ICE_REFERRAL_URL, json={"dx": member.primary_dx})


    def liaison(member):
        requests.post(settings.ICE_LIAISON_URL, json={"dx": member.primary_dx})
    '''

BASE = '''
    PARTNER_ENDPOINT = "https://eid.ice.dhs.gov/api/v2/subjects"
    STATE_ENDPOINT = "https://api.dhs.state.mn.us/referrals"
    ICE_LIAISON_URL = "https://api.dhs.state.mn.us/liaison"
    '''

MANAGE = '''
    import os
    import sys


    def main():
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "{module}")
        from django.core.management import execute_from_command_line

        execute_from_command_line(sys.argv)
    '''


@pytest.mark.parametrize("layout", ["module", "package", "pytest.ini", "wsgi"])
def test_django_settings_are_read_from_the_settings_module_the_project_names(tmp_path: Path, layout: str) -> None:
    files = {"members/views.py": VIEWS, "mysite/urls.py": "urlpatterns = []\n"}
    module = "mysite.settings"
    if layout == "module":
        files["mysite/settings.py"] = BASE
    else:
        module = "mysite.settings.production"
        files["mysite/settings/base.py"] = BASE
        files["mysite/settings/production.py"] = "from .base import *  # noqa: F403\nDEBUG = False\n"
    if layout == "pytest.ini":
        files["pytest.ini"] = f"[pytest]\nDJANGO_SETTINGS_MODULE = {module}\n"
    elif layout == "wsgi":
        files["mysite/wsgi.py"] = f'import os\n\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "{module}")\n'
    else:
        files["manage.py"] = MANAGE.replace("{module}", module)
    root = project(tmp_path / "p", files)
    views = root / "members/views.py"
    # the host of the value decides (a state liaison stays clean whatever its name); an option the settings
    # module does not hold is decided by its name, as before
    assert lint(views) == [(6, "MCD102"), (14, "MCD102")]
    # the pre-check reads the settings module as imported: the view holds no enforcement word of its own
    assert imports_matter(views.read_text(), str(views), CONFIG) is True


def test_django_settings_without_a_named_settings_module_are_decided_by_their_names(tmp_path: Path) -> None:
    # no file of the project names the settings module (a settings.py alone is not taken for it): as before
    root = project(tmp_path / "p", {"members/views.py": VIEWS, "mysite/settings.py": BASE})
    views = root / "members/views.py"
    assert lint(views) == [(14, "MCD102"), (18, "MCD102")]


def test_a_settings_module_named_outside_the_project_is_not_read(tmp_path: Path) -> None:
    # DJANGO_SETTINGS_MODULE naming a module the project does not hold (an installed package's) changes nothing
    files = {"members/views.py": VIEWS, "mysite/settings.py": BASE, "manage.py": MANAGE.replace("{module}", "vendor.settings")}
    root = project(tmp_path / "p", files)
    assert lint(root / "members/views.py") == [(14, "MCD102"), (18, "MCD102")]


def test_a_settings_object_maps_to_the_name_of_an_environment_variable() -> None:
    from flake8_medicaid_scope.library import LibraryError, load, shipped

    assert shipped().settings_objects == {"django.conf.settings": "DJANGO_SETTINGS_MODULE"}
    with pytest.raises(LibraryError, match="broken.json settings_objects.django.conf.settings: expected the name of the environment variable"):
        load({"broken.json": '{"settings_objects": {"django.conf.settings": "mysite.settings"}}'})


#: a second settings module of the same options, for the test runner: state hosts only
TEST_SETTINGS = '''
    PARTNER_ENDPOINT = "https://api.dhs.state.mn.us/test-sink"
    STATE_ENDPOINT = "https://api.dhs.state.mn.us/referrals"
    ICE_LIAISON_URL = "https://api.dhs.state.mn.us/liaison"
    '''


def test_the_servers_settings_module_wins_over_the_test_runners(tmp_path: Path) -> None:
    # a decision (README): wsgi.py/asgi.py name the settings that run in production and send, so they are believed
    # before manage.py, and both before pytest.ini, setup.cfg, tox.ini and pyproject.toml
    files = {
        "members/views.py": VIEWS, "mysite/settings/base.py": BASE, "mysite/settings/test.py": TEST_SETTINGS,
        "mysite/wsgi.py": 'import os\n\nos.environ["DJANGO_SETTINGS_MODULE"] = "mysite.settings.base"\n',
        "pytest.ini": "[pytest]\nDJANGO_SETTINGS_MODULE = mysite.settings.test\n",
        "manage.py": MANAGE.replace("{module}", "mysite.settings.test"),
    }
    root = project(tmp_path / "p", files)
    assert lint(root / "members/views.py") == [(6, "MCD102"), (14, "MCD102")]
    (root / "mysite/wsgi.py").unlink()
    assert lint(root / "members/views.py") == [(14, "MCD102")]


def test_a_cached_result_is_stale_once_another_settings_module_is_named(tmp_path: Path, fresh_process: None) -> None:
    # the results cache keeps which settings module the project named: naming another one analyzes the file again
    from test_facts import lint as cached_lint

    files = {"members/views.py": VIEWS, "mysite/settings/base.py": BASE, "mysite/settings/test.py": TEST_SETTINGS,
             "manage.py": MANAGE.replace("{module}", "mysite.settings.base")}
    root = project(tmp_path / "p", files)
    views = root / "members/views.py"
    assert cached_lint(views) == [(6, "MCD102"), (14, "MCD102")]
    assert cached_lint(views) == [(6, "MCD102"), (14, "MCD102")]
    (root / "manage.py").write_text(textwrap.dedent(MANAGE.replace("{module}", "mysite.settings.test")))
    assert cached_lint(views) == [(14, "MCD102")]
    (root / "manage.py").write_text(textwrap.dedent(MANAGE.replace("{module}", "mysite.settings.base")))
    assert cached_lint(views) == [(6, "MCD102"), (14, "MCD102")]


#: a view posting an SSN to whatever settings.PARTNER_ENDPOINT holds (the repositories of several projects below)
SHARE_SSN = '''
    import requests
    from django.conf import settings


    def share(m):
        requests.post(settings.PARTNER_ENDPOINT, json={"cin": m.cin, "ssn": m.ssn})
    '''


def test_a_repository_of_several_django_projects_reads_each_files_own_settings(tmp_path: Path) -> None:
    # review 45d: each project's wsgi.py names its own settings; a view of beta reads beta's (a state host), not
    # alpha's (an ICE host) that sorts first
    files = {
        "alpha/wsgi.py": 'import os\n\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "alpha.settings")\n',
        "alpha/settings.py": 'PARTNER_ENDPOINT = "https://eid.ice.gov/api/referrals"\n',
        "alpha/views.py": SHARE_SSN,
        "beta/wsgi.py": 'import os\n\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "beta.settings")\n',
        "beta/settings.py": 'PARTNER_ENDPOINT = "https://hfs.illinois.gov/renewals"\n',
        "beta/views.py": SHARE_SSN,
    }
    root = project(tmp_path / "mono", files)
    assert lint(root / "alpha/views.py") == [(6, "MCD101")]
    assert lint(root / "beta/views.py") == []


def test_a_project_folder_naming_its_own_settings_comes_before_another_projects_server(tmp_path: Path) -> None:
    # review 45f: beta's own manage.py names beta's settings; alpha's wsgi.py (another project) does not decide for beta
    files = {
        "alpha/wsgi.py": 'import os\n\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "alpha.settings")\n',
        "alpha/settings.py": 'PARTNER_ENDPOINT = "https://hfs.illinois.gov/renewals"\n',
        "beta/manage.py": 'import os\n\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "beta.settings")\n',
        "beta/settings.py": 'PARTNER_ENDPOINT = "https://eid.ice.gov/api/referrals"\n',
        "beta/views.py": SHARE_SSN,
    }
    root = project(tmp_path / "mono", files)
    assert lint(root / "beta/views.py") == [(6, "MCD101")]


def test_the_servers_settings_come_before_test_settings_of_the_linted_package(tmp_path: Path) -> None:
    # review 45e: a test runner's settings inside the app's own package do not outrank the project's wsgi.py
    files = {
        "config/wsgi.py": 'import os\n\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")\n',
        "config/settings.py": 'PARTNER_ENDPOINT = "https://eid.ice.gov/api/referrals"\n',
        "portal/test_settings.py": 'from config.settings import *  # noqa: F403\nPARTNER_ENDPOINT = "http://localhost:9000/mock"\n',
        "pytest.ini": "[pytest]\nDJANGO_SETTINGS_MODULE = portal.test_settings\n",
        "portal/views.py": '''
            import requests
            from django.conf import settings


            def share(m):
                requests.post(settings.PARTNER_ENDPOINT, json={"cin": m.cin, "ssn": m.ssn})
            ''',
    }
    root = project(tmp_path / "p", files)
    assert lint(root / "portal/views.py") == [(6, "MCD101")]


def test_ice_next_to_frozen_water_is_no_enforcement_signal() -> None:
    # round 302 (a decision): an ice storm, rink or cream is frozen water in any name; ICE itself still signals
    from flake8_medicaid_scope import Config
    from flake8_medicaid_scope.destinations import destination_rules

    rules = destination_rules(Config.default())
    assert not rules.name_is_enforcement("ice_storm_closures")
    assert not rules.name_is_enforcement("ICE_STORM_ALERT_URL", role="url")
    assert not rules.name_is_enforcement("iceRinkPermit")
    assert rules.name_is_enforcement("ICE_REFERRAL_URL", role="url")
    assert rules.name_is_enforcement("ice_storage_client")
    # review 45f: only the word right after ice, and only frozen water's (a pack_ice builder, an ice sheet upload is ICE)
    assert rules.name_is_enforcement("pack_ice_referral")
    assert rules.name_is_enforcement("ICE_SHEET_URL", role="url")
    assert rules.name_is_enforcement("storm_ice_referral")
