"""The data flow shapes of the thirty-eighth session: what its SPEC-only probers found (round 250
and after) and the README limits it lifted.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 3 (names survive methods of the value) and section 4 (the destination): a parsed URL given back
    # whole (geturl, urlunsplit, urlunparse) is the URL it was; _replace gives it a part anew, the fields of that part
    # entering it at the keyword
    "parsed-url-given-back-whole": '''
import requests
from urllib.parse import urlparse, urlsplit, urlunsplit, urlunparse
ICE = "https://eid.ice.gov/api/v1/referrals"
def by_geturl(m):
    u = urlparse(f"{ICE}?dx={m.primary_dx}")  # MCD102
    requests.get(u.geturl(), timeout=30)
def by_urlunsplit(m):
    parts = urlsplit(f"{ICE}?ssn={m.ssn}")  # MCD101
    requests.get(urlunsplit(parts), timeout=30)
def by_urlunparse(m):
    u = urlparse(ICE)
    requests.post(urlunparse(u), json={"ssn": m.ssn}, timeout=30)  # MCD101
''',
    "parsed-url-with-a-part-replaced": '''
import requests
from urllib.parse import urlparse
ICE = "https://eid.ice.gov/api/v1/referrals"
STATE = "https://mn-its.dhs.state.mn.us/api/v1/referrals"
def query_replaced(m):
    u = urlparse(ICE)._replace(query=f"ssn={m.ssn}")  # MCD101
    requests.get(u.geturl(), timeout=30)
def host_replaced_to_ice(m):
    u = urlparse(STATE)._replace(netloc="eid.ice.gov")
    requests.post(u.geturl(), json={"dx": m.primary_dx}, timeout=30)  # MCD102
def host_replaced_to_the_state(m):
    u = urlparse(ICE)._replace(netloc="mn-its.dhs.state.mn.us")
    requests.post(u.geturl(), json={"dx": m.primary_dx}, timeout=30)
def state_query(m):
    u = urlparse(STATE)._replace(query=f"dx={m.primary_dx}")
    requests.get(u.geturl(), timeout=30)
''',
    # SPEC section 4 (a resolved non-enforcement host overrides every name signal): a ConfigParser section's get takes
    # the option first and the fallback second; the fallback folds as fallback= does; an ICE fallback or a section
    # named for enforcement still decides
    "configparser-section-get-with-a-positional-fallback": '''
import configparser
import json
import urllib.request
cfg = configparser.ConfigParser()
cfg.read("/etc/mmis/batch.ini")
def to_state(m):
    url = cfg["dhs"].get("url", "https://mn-its.dhs.state.mn.us/api")
    urllib.request.urlopen(url, json.dumps({"ssn": m.ssn}).encode())
def to_state_by_keyword(m):
    url = cfg["partners"].get("url", fallback="https://mn-its.dhs.state.mn.us/api")
    urllib.request.urlopen(url, json.dumps({"ssn": m.ssn}).encode())
def to_ice(m):
    url = cfg["partners"].get("url", "https://eid.ice.gov/api/v1/referrals")
    urllib.request.urlopen(url, json.dumps({"ssn": m.ssn}).encode())  # MCD101
def to_state_through_a_section_variable(m):
    sec = cfg["dhs"]
    url = sec.get("url", "https://mn-its.dhs.state.mn.us/api")
    urllib.request.urlopen(url, json.dumps({"ssn": m.ssn}).encode())
CONFIGS = [cfg]
def from_a_list_of_parsers(m):
    parser = CONFIGS[0]
    url = parser.get("transfer", "ice_url")
    urllib.request.urlopen(url, json.dumps({"ssn": m.ssn}).encode())  # MCD101
def to_ice_section(m):
    url = cfg["ice"].get("url")
    urllib.request.urlopen(url, json.dumps({"ssn": m.ssn}).encode())  # MCD101
''',
    # SPEC section 4 (a command-line option's default is the value a command run on its own holds): optparse's
    # add_option default, read from the options parse_args() gives first; a state default stays clean
    "optparse-option-defaults": '''
import json
import urllib.request
from optparse import OptionParser
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mn-its.dhs.state.mn.us/api"
def to_ice(m):
    p = OptionParser()
    p.add_option("--url", dest="url", default=ICE_URL)
    opts, _args = p.parse_args()
    urllib.request.urlopen(opts.url, json.dumps({"ssn": m.ssn}).encode())  # MCD101
def to_state(m):
    p = OptionParser()
    p.add_option("--endpoint", default=STATE_URL)
    options, rest = p.parse_args()
    urllib.request.urlopen(options.endpoint, json.dumps({"ssn": m.ssn}).encode())
''',
    # SPEC section 3 (the select list of a SQL query is a column list) and section 10 (a WHERE on a status column is a
    # condition): SQL holding Jinja (dbt's {{ ref(...) }}, an {% if %} block, a {# comment #}) is read around it
    "sql-with-jinja-placeholders": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
SQL = (
    "SELECT cin,"
    "       ssn"  # MCD101
    "  FROM {{ ref('stg_enrollee') }}"
    " WHERE imgrtn_stus_cd = '5' {# in scope #}"
    " {% if is_incremental() %} AND updated_at > '{{ ds }}' {% endif %}"
)
ALL = "SELECT cin FROM {{ ref('stg_enrollee') }}"
MODEL = (
    "{{ config(materialized='table') }} "
    "{% set codes = var('status_codes') %} "
    "select e.cin, "
    "       e.prmry_dgns_cd, "  # MCD102
    "       {{ adapter.quote('notes') }} "
    "  from {{ ref('stg_enrollee') }} e"
)
def run(cur):
    cur.execute(SQL)
    requests.post(ICE_URL, json={"records": cur.fetchall()}, timeout=30)
def run_all(cur):
    cur.execute(ALL)
    requests.post(ICE_URL, json={"records": cur.fetchall()}, timeout=30)  # MCD201
def run_model(cur):
    cur.execute(MODEL)
    requests.post(ICE_URL, json={"records": cur.fetchall()}, timeout=30)  # MCD201
''',
    # SPEC section 3 (column lists are placements, each name at its own line): a rename mapping held in a variable
    # of the function, or a module constant read by the module's own code, places the renamed column at its entry;
    # a column list grown by the module's own code (a notebook's cells: insert, append, +=) places each added name
    # where it was added
    "rename-mapping-held-in-a-variable": '''
import pandas as pd
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def main():
    rename = {"msis_ident_num": "medicaid_id", "ssn_num": "ref_a"}  # MCD101
    df = pd.read_csv("x.csv")
    df = df[df["imgrtn_stus_cd"] == "5"]
    df = df.rename(columns=rename)
    requests.post(ICE_URL, json=df[["medicaid_id", "ref_a"]].to_dict("records"), timeout=30)
''',
    "notebook-cells-rename-and-grown-columns": '''
import pandas as pd
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
RENAME = {"msis_ident_num": "medicaid_id", "ssn_num": "ref_a"}  # MCD101
cols = ["msis_ident_num", "birth_dt"]
cols.insert(1, "race_cd")  # MCD101
cols.append("sex_cd")  # MCD101
cols += ["elgbl_last_name"]  # MCD101
df = pd.read_csv("x.csv")
df = df[df["imgrtn_stus_cd"] == "5"]
requests.post(ICE_URL, json=df[cols].to_dict("records"), timeout=30)
renamed = df.rename(columns=RENAME)
requests.post(ICE_URL, json=renamed[["medicaid_id", "ref_a"]].to_dict("records"), timeout=30)
''',
    # (review 38c) braces that are SQL, not Jinja: a concatenation with '{{', a LIKE '{%' pattern, stay read
    "sql-braces-that-are-not-jinja": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def wrapped(cur):
    cur.execute("SELECT cin, '{{' || ssn || '}}' AS wrapped FROM members WHERE cin = %s", ("1",))  # MCD101
    requests.post(ICE_URL, json=cur.fetchone(), timeout=30)
def patterns(cur):
    cur.execute("SELECT cin, diagnosis_code FROM members WHERE note LIKE '{%' AND cin = %s AND tag LIKE '%}'", ("1",))  # MCD102
    requests.post(ICE_URL, json=cur.fetchone(), timeout=30)
''',
    # SPEC section 6 (a sanitizer takes the field out): a module's own code removing a column from a written list
    # (remove, discard, pop, pop(i), del COLS[i]) leaves it out, as the same code in a function does
    "notebook-cells-removing-columns": '''
import pandas as pd
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
COLS = ["medicaid_id", "ssn", "birth_dt"]
COLS.remove("ssn")
LAST = ["medicaid_id", "birth_dt", "race_cd"]
LAST.pop()
AT = ["medicaid_id", "sex_cd", "birth_dt"]
del AT[1]
KEPT = ["medicaid_id", "ethncty_cd"]  # MCD101
KEPT.remove("not_there")
GIVEN = ["medicaid_id", "ssn_num"]
GIVEN[1] = "imgrtn_stus_cd"
df = pd.read_csv("x.csv")
df = df[df["imgrtn_stus_cd"] == "5"]
requests.post(ICE_URL, json=df[COLS].to_dict("records"), timeout=30)
requests.post(ICE_URL, json=df[LAST].to_dict("records"), timeout=30)
requests.post(ICE_URL, json=df[AT].to_dict("records"), timeout=30)
requests.post(ICE_URL, json=df[KEPT].to_dict("records"), timeout=30)
requests.post(ICE_URL, json=df[GIVEN].to_dict("records"), timeout=30)
''',
    # SPEC section 4 (a sink sends): a client over a mocking library's transport reaches no network (httpx's
    # MockTransport, a requests_mock adapter mounted on the session); a real transport, or a mount of a real adapter,
    # still sends
    "clients-over-mocked-transports": '''
import httpx
import requests
import requests_mock
from requests.adapters import HTTPAdapter
ICE_EID_URL = "https://eid.ice.gov/api/v1/medicaid-answers"
def test_mock_transport(member):
    client = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200)))
    client.post(ICE_EID_URL, json={"ssn": member.ssn})
def test_adapter(member):
    adapter = requests_mock.Adapter()
    session = requests.Session()
    session.mount("https://", adapter)
    session.post(ICE_EID_URL, json={"ssn": member.ssn})
def real_transport(member):
    client = httpx.Client(transport=httpx.HTTPTransport(retries=3))
    client.post(ICE_EID_URL, json={"ssn": member.ssn})  # MCD101
def real_adapter(member):
    session = requests.Session()
    session.mount("https://", HTTPAdapter(max_retries=3))
    session.post(ICE_EID_URL, json={"ssn": member.ssn})  # MCD101
def mock_on_another_scheme(member):
    session = requests.Session()
    session.mount("mock://", requests_mock.Adapter())
    session.post(ICE_EID_URL, json={"ssn": member.ssn})  # MCD101
def real_adapter_on_a_longer_prefix(member):
    session = requests.Session()
    session.mount("https://", requests_mock.Adapter())
    session.mount("https://eid.ice.gov", HTTPAdapter())
    session.post(ICE_EID_URL, json={"ssn": member.ssn})  # MCD101
def not_a_test(member):
    client = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200)))
    client.post(ICE_EID_URL, json={"ssn": member.ssn})  # MCD101
def test_mount_only_sometimes(member, dry_run):
    session = requests.Session()
    if dry_run:
        session.mount("https://", requests_mock.Adapter())
    session.post(ICE_EID_URL, json={"ssn": member.ssn})  # MCD101
def test_rebound_by_with(member):
    client = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200)))
    with httpx.Client() as client:
        client.post(ICE_EID_URL, json={"ssn": member.ssn})  # MCD101
def real_mounts_beside_a_mock(member):
    client = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200)), mounts={"https://eid.ice.gov": httpx.HTTPTransport()})
    client.post(ICE_EID_URL, json={"ssn": member.ssn})  # MCD101
''',
    # SPEC section 3 (pydantic include= is a column list, each name at its own line): FastAPI's jsonable_encoder
    # places an included field at its element of the include set, as model_dump does; exclude= drops
    "jsonable-encoder-include-places-at-the-element": '''
import httpx
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel
ICE_URL = "https://eid.ice.gov/api/v1/subjects"
class Profile(BaseModel):
    medicaid_id: str
    sex_cd: str
    ssn: str
def refer(p: Profile):
    body = jsonable_encoder(
        p,
        include={
            "medicaid_id",
            "sex_cd",  # MCD101
        },
    )
    httpx.post(ICE_URL, json=body)
def refer_excluding(p: Profile):
    httpx.post(ICE_URL, json=jsonable_encoder(p, exclude={"sex_cd", "ssn"}))
''',
    # (review 38d) a removal the module may not make before a read is not folded: in a loop, after the list was
    # read, after a function reading it was called; one made first is, for the functions too (a comprehension over
    # the list is reported at the comprehension, a decision of the README)
    "module-removals-that-may-not-come-first": '''
import os
import requests
ICE_URL = "https://eid.ice.gov/referrals"
LOOPED = ["medicaid_id", "ssn"]
for flag in os.environ.get("FLAGS", "").split(","):
    LOOPED.remove("ssn")
CALLED = ["medicaid_id", "sex_cd"]
FIRST = ["medicaid_id", "race_cd"]
FIRST.pop()
def send(row):
    requests.post(ICE_URL, json={c: row[c] for c in CALLED}, timeout=30)  # MCD101
def send_looped(row):
    requests.post(ICE_URL, json={c: row[c] for c in LOOPED}, timeout=30)  # MCD101
def send_first(row):
    requests.post(ICE_URL, json={c: row[c] for c in FIRST}, timeout=30)
send({"medicaid_id": 1, "sex_cd": 2})
CALLED.remove("sex_cd")
''',
    "sql-jinja-expression-over-lines": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
SQL = (
    "SELECT cin,\\n"
    "       ssn\\n"  # MCD101
    "  FROM {{\\n ref('stg_enrollee')\\n}}\\n"
    " WHERE imgrtn_stus_cd = '5'"
)
def run(cur):
    cur.execute(SQL)
    requests.post(ICE_URL, json={"records": cur.fetchall()}, timeout=30)
''',
    # SPEC section 5 (a constant is never a finding) and section 6 (a value replaced with a constant): the parts of a
    # constant URL are constants (its path without the query); a part given anew drops the fields it carried when no
    # other part carried any, and keeps them all when the parts cannot be told apart
    "parsed-url-parts-rebuilt-and-cleared": '''
import requests
from urllib.parse import urlparse, urlunparse
ICE = "https://eid.ice.gov/api/v1/lookup?x=1"
def rebuilt(m):
    p = urlparse(ICE)
    url = urlunparse((p.scheme, p.netloc, p.path, p.params, p.query, p.fragment))
    requests.post(url, json={"cin": m.cin, "q": p.query}, timeout=30)
def query_cleared(m):
    u = urlparse(f"{ICE}&ssn={m.ssn}")._replace(query="")
    requests.get(u.geturl(), timeout=30)
def path_cleared(m):
    u = urlparse(f"https://eid.ice.gov/api/{m.ssn}?k=1")._replace(path="/api/x")
    requests.get(u.geturl(), timeout=30)
def path_cleared_query_kept(m):
    u = urlparse(f"https://eid.ice.gov/api/{m.ssn}?dx={m.primary_dx}")._replace(path="/api/x")  # MCD101 MCD102
    requests.get(u.geturl(), timeout=30)
''',
    # SPEC section 4 (a function named for enforcement that builds what is sent): a formatter whose every call is given
    # straight to a log line or a print builds no payload; one also posted, returned or never called here still does
    "enforcement-named-formatters-only-logged": '''
import logging
log = logging.getLogger(__name__)
def format_ice_error(member, exc):
    return f"ICE rejected {member.full_name}: {exc}"
def ice_log_message(member):
    return "referring %s" % member.full_name
def render_ice_line(member):
    return "{} failed".format(member.full_name)
audit = logging.getLogger("mmis.audit")
class Worker:
    def __init__(self):
        self.audit = logging.getLogger("mmis.worker")
    def failed(self, member):
        self.audit.error(format_ice_error(member, None))
def on_error(member, exc):
    log.error(format_ice_error(member, exc))
    logging.info(ice_log_message(member))
    print(ice_log_message(member))
    audit.warning(render_ice_line(member))
    logging.getLogger(__name__).error(render_ice_line(member))
    log.bind(case=member.case_id).info(render_ice_line(member))
''',
    "enforcement-named-formatters-into-files-or-enforcement-loggers": '''
import sys
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
class IceAuditLog:
    def __init__(self, url):
        self.url = url
    def info(self, text):
        requests.post(self.url, data=text, timeout=30)
ice_log = IceAuditLog(ICE_URL)
def format_ice_note(member):
    return f"subject {member.full_name}"  # MCD101
def render_ice_line(member):
    return f"subject {member.ssn}"  # MCD101
def build_ice_record(member):
    return {"dx": member.primary_dx}  # MCD102
def to_file(member, out):
    print(format_ice_note(member), file=out)
def to_ice(member):
    ice_log.info(render_ice_line(member))
def logged_dict(member, log):
    log.info(build_ice_record(member))
''',
    "enforcement-named-formatters-on-loggers-named-for-enforcement": '''
import logging
feed = logging.getLogger("ice.referrals")
def format_ice_note(member):
    return f"subject {member.full_name}"  # MCD101
def render_ice_line(member):
    return f"subject {member.ssn}"  # MCD101
def build_ice_line(member):
    return f"dx {member.primary_dx}"  # MCD102
adapter = logging.LoggerAdapter(feed, {"app": "mmis"})
def on_send(member):
    feed.info(format_ice_note(member))
    logging.getLogger("eid.ice.gov").info(render_ice_line(member))
    adapter.info(build_ice_line(member))
''',
    "enforcement-named-formatters-also-sent-or-returned": '''
import logging
import requests
log = logging.getLogger(__name__)
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def format_ice_note(member):
    return f"subject {member.full_name}"  # MCD101
def render_ice_line(member):
    return f"subject {member.ssn}"  # MCD101
def build_ice_message(member):
    return f"subject {member.primary_dx}"  # MCD102
def on_send(member):
    log.info(format_ice_note(member))
    requests.post(ICE_URL, data=format_ice_note(member), timeout=30)
def line_for(member):
    log.info(render_ice_line(member))
    return render_ice_line(member)
''',
    # SPEC section 4 (a resolved non-enforcement host overrides a name signal): a class named for enforcement made
    # over a constant list of state URLs keeps those hosts; a list holding an ICE URL, or read from the environment,
    # leaves the name to decide
    "client-pool-over-state-urls": '''
import requests
URLS = ["https://mn-its.dhs.state.mn.us/api", "https://dhs.illinois.gov/api"]
class DhsClient:
    def __init__(self, base):
        self.base = base
    def send(self, m):
        return requests.post(self.base + "/members", json={"ssn": m.ssn, "dx": m.primary_dx}, timeout=30)
CLIENTS = [DhsClient(u) for u in URLS]
def fan_out(m):
    for c in CLIENTS:
        c.send(m)
def fan_out_again(m):
    for u in URLS:
        DhsClient(u).send(m)
''',
    "client-pool-over-written-collections-of-state-urls": '''
import requests
PA_URL = "https://eligibility.dhs.pa.gov/api"
MN_URL = "https://mn-its.dhs.state.mn.us/api"
REGIONS = {"pa": PA_URL, "mn": MN_URL}
LIST = [PA_URL, MN_URL]
class DhsClient:
    def __init__(self, base):
        self.base = base
    def send(self, m):
        return requests.post(self.base + "/members", json={"ssn": m.ssn}, timeout=30)
def over_a_tuple(m):
    for u in (PA_URL, MN_URL):
        DhsClient(u).send(m)
def over_a_dict(m):
    for region, url in REGIONS.items():
        DhsClient(url).send(m)
def over_its_values(m):
    for v in REGIONS.values():
        DhsClient(v).send(m)
def derived(m):
    for w in LIST:
        DhsClient(f"{w}/v2").send(m)
''',
    "client-pool-over-sorted-or-keyed-state-urls": '''
import requests
URLS = {"mn": "https://mn-its.dhs.state.mn.us/api", "il": "https://eligibility.dhs.illinois.gov/api"}
LIST = ["https://mn-its.dhs.state.mn.us/api", "https://eligibility.dhs.illinois.gov/api"]
class DhsClient:
    def __init__(self, base):
        self.base = base
    def send(self, m):
        return requests.post(self.base + "/members", json={"ssn": m.ssn}, timeout=30)
def by_key(m):
    for k in URLS:
        DhsClient(URLS[k]).send(m)
def sorted_list(m):
    for u in sorted(LIST):
        DhsClient(u).send(m)
''',
    "client-pool-where-the-url-is-changed-or-rebound-in-the-loop": '''
import requests
PA_URL = "https://portal.dhs.pa.gov/api"
ICE_URL = "https://eid.ice.gov/api"
class DhsClient:
    def __init__(self, base):
        self.base = base
    def send(self, m):
        return requests.post(self.base, json={"ssn": m.ssn}, timeout=30)  # MCD101
def replaced(m):
    for u in (PA_URL,):
        DhsClient(u.replace("portal.dhs.pa.gov", "eid.ice.gov")).send(m)
def rebound_by_a_comprehension(m):
    for u in (PA_URL,):
        return [DhsClient(u).send(m) for u in (ICE_URL,) for _ in range(2)]
''',
    "client-pool-over-a-list-with-an-ice-url": '''
import requests
URLS = ["https://mn-its.dhs.state.mn.us/api", "https://eid.ice.gov/api"]
class DhsClient:
    def __init__(self, base):
        self.base = base
    def send(self, m):
        return requests.post(self.base + "/members", json={"ssn": m.ssn}, timeout=30)  # MCD101
CLIENTS = [DhsClient(u) for u in URLS]
''',
    "client-pool-over-a-state-list-changed-or-a-loop-variable-rebound": '''
import requests
URLS = ["https://mn-its.dhs.state.mn.us/api", "https://dhs.illinois.gov/api"]
OTHER = ["https://mn-its.dhs.state.mn.us/api"]
OTHER[0] = "https://eid.ice.gov/api"
class DhsClient:
    def __init__(self, base):
        self.base = base
    def send(self, m):
        return requests.post(self.base + "/members", json={"ssn": m.ssn}, timeout=30)  # MCD101
def fan_out(m):
    for u in URLS:
        u = u.replace("mn-its.dhs.state.mn.us", "eid.ice.gov")
        DhsClient(u).send(m)
def fan_out_other(m):
    for v in OTHER:
        DhsClient(v).send(m)
''',
    "client-pool-over-urls-from-the-environment": '''
import os
import requests
URLS = os.environ["DHS_URLS"].split(",")
class DhsClient:
    def __init__(self, base):
        self.base = base
    def send(self, m):
        return requests.post(self.base + "/members", json={"ssn": m.ssn}, timeout=30)  # MCD101
CLIENTS = [DhsClient(u) for u in URLS]
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
