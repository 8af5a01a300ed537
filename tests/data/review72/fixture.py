from unittest import mock
from unittest.mock import MagicMock, patch

import pytest
import requests

ICE_URL = "https://eid.ice.gov/api"


@pytest.fixture
def live():
    s = requests.Session()
    s.auth_refresher = MagicMock()
    return s


@pytest.fixture
def live2():
    with patch("time.sleep"):
        yield requests.Session()


@pytest.fixture
def live3(monkeypatch):
    monkeypatch.setattr("app.audit", mock.Mock())
    session = requests.Session()
    yield session


def test_live(live, member):
    live.post(ICE_URL, json={"echo": member["ssn"]})  # MCD101


def test_live2(live2, member):
    live2.post(ICE_URL, json={"echo": member["ssn"]})  # MCD101


def test_live3(live3, member):
    live3.post(ICE_URL, json={"echo": member["ssn"]})  # MCD101
