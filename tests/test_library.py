"""The library data (data/library/*.json): its format, its loader, and every shipped entry doing what it says."""

from __future__ import annotations

import json

import pytest

from flake8_medicaid_scope import analyze
from flake8_medicaid_scope.library import BEHAVIOURS, LibraryError, expand, load, shipped, shipped_texts

ICE = '"https://eid.ice.gov/api/referrals"'


def test_braces_expand_alternatives_and_sets() -> None:
    sets = {"verbs": ["get", "post"]}
    assert expand("requests.{$verbs,request}", sets, "t") == ["requests.get", "requests.post", "requests.request"]
    assert expand("{a,b}.{c,d}", {}, "t") == ["a.c", "a.d", "b.c", "b.d"]
    assert expand("plain.name", {}, "t") == ["plain.name"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"calls": {"x.y": {"does": "teleport"}}}', "'does' must be one of"),
        ('{"calls": {"x.y": {"does": "pass", "argument": 1}}}', "unknown keys ['argument']"),
        ('{"calls": {"x.{$nope}": {"does": "pass"}}}', "unknown set '$nope'"),
        ('{"calls": {"x.y": {"does": "sink", "url": [0]}}}', "expected [position or null, keyword or null]"),
        ('{"calls": {"x.y": {"does": "pass", "arg": "first"}}}', "'arg' is a position"),
        ('{"calls": {"x.{y,y}": {"does": "pass"}}}', "'x.y' is described twice"),
        ('{"calls": {"x.C": {"does": "client", "kind": "x"}}}', "client kinds without methods: ['x']"),
        ('{"clients": {"x": {"send": {"does": "fresh"}}}}', "client methods are sinks, clients, connects, answers, carries, writes, reads, names_dest,"),
        ('{"methods": {"encrypt": {"does": "pass", "arg_kw": 3}}}', "'arg_kw' is a keyword"),
        ('{"models": {"colours": ["red"]}}', "unknown key 'colours'"),
        ('{"sinks": {}}', "unknown sections ['sinks']"),
        ('{"clients": {"x": {"sign": {"does": "names_dest", "names": [0, null], "template": "https://x/"}}}}', "'template' holds one {} where the name goes"),
        ('{"clients": {"x": {"sign": {"does": "names_dest", "names": [0, null], "entry": 3}}}}', "'entry' is a string"),
        ('{"runners": {"twice": ["fan_out"]}}', "runners: the styles are 'each', 'once', 'once_after_first', not 'twice'"),
        ('{"threads": {"x.Worker": [1]}}', "threads.x.Worker: expected [position or null, keyword or null]"),
        ('{"calls": {"x.C": {"does": "client", "kind": "x", "carries": [3]}}, "clients": {"x": {"post": {"does": "sink"}}}}',
         "'carries' is a list of keywords or [position, keyword] pairs"),
        ('{"calls": {"x.open": {"does": "client", "kind": "x", "element": [2, 2]}}}', "'element' is [index, length] of the tuple the call returns"),
        ("{not json", "not JSON"),
    ],
)
def test_malformed_library_files_are_rejected_with_the_place(text: str, message: str) -> None:
    with pytest.raises(LibraryError, match="broken.json") as error:
        load({"broken.json": text})
    assert message in str(error.value)


def test_a_new_library_is_data() -> None:
    """A sink family added as a file: its functions, clients and methods come out of the loader."""
    text = json.dumps(
        {
            "sets": {"data": ["body", "payload"]},
            "calls": {
                "acme.send": {"does": "sink", "url": [0, "endpoint"], "data": "$data", "data_pos": {"1": "body"}},
                "acme.Client": {"does": "client", "kind": "acme", "base": [0, "host"]},
            },
            "clients": {"acme": {"{push,send}": {"does": "sink", "url": [0, "path"], "data": "$data"}}},
        }
    )
    library = load({"acme.json": text})
    assert library.sink_functions["acme.send"].data_kws == ("body", "payload")
    assert library.sink_functions["acme.send"].data_pos == ((1, "body"),)
    assert library.client_constructors["acme.Client"].base_pos == 0
    assert sorted(library.clients["acme"]) == ["push", "send"]


def test_runners_and_threads_are_data() -> None:
    """A runner that calls the function it is given is a name and a style; a thread constructor is the
    position of its target."""
    text = json.dumps({"runners": {"once": ["{go,spawn_now}"], "each": ["fan_out"]}, "threads": {"acme.{Worker,Job}": [0, "run"]}})
    library = load({"acme.json": text})
    assert library.runners == {"go": "once", "spawn_now": "once", "fan_out": "each"}
    assert library.threads == {"acme.Worker": (0, "run"), "acme.Job": (0, "run")}


def test_shipped_files_load_and_use_only_known_behaviours() -> None:
    library = shipped()
    assert set(shipped_texts()) >= {"http.json", "python.json", "models.json"}
    used = {rule.does for rule in [*library.calls.values(), *library.methods.values()]}
    assert used <= set(BEHAVIOURS)
    assert "requests.post" in library.sink_functions and "httpx.AsyncClient" in library.client_constructors


def _pass_calls(arg: object) -> list[str]:
    return sorted(q for q, r in shipped().calls.items() if r.does == "pass" and r.arg == arg)


def _call_source(qual: str, args: str) -> str:
    module, _, name = qual.rpartition(".")
    head = f"import {module}\n" if module else ""
    callee = qual if module else name
    return f"{head}import requests\n\ndef f(m, other):\n    requests.post({ICE}, data={callee}({args}))\n"


@pytest.mark.parametrize("qual", _pass_calls(0))
def test_pass_calls_carry_their_first_argument(qual: str) -> None:
    source = _call_source(qual, "m.ssn")
    assert [f.code for f in analyze(source)] == ["MCD101"], source


@pytest.mark.parametrize("qual", _pass_calls(1))
def test_pass_calls_carry_their_second_argument(qual: str) -> None:
    flagged = _call_source(qual, "other, m.ssn")
    clean = _call_source(qual, "m.ssn, other")
    assert [f.code for f in analyze(flagged)] == ["MCD101"], flagged
    assert analyze(clean) == [], clean


@pytest.mark.parametrize("qual", _pass_calls("all"))
def test_pass_all_calls_carry_every_argument(qual: str) -> None:
    source = _call_source(qual, "other, m.ssn")
    assert [f.code for f in analyze(source)] == ["MCD101"], source


@pytest.mark.parametrize("method", sorted(m for m, r in shipped().methods.items() if r.does == "pass" and r.arg_kw is not None))
def test_pass_methods_carry_their_argument_by_position_or_keyword_on_any_object_and_client(method: str) -> None:
    rule = shipped().methods[method]
    on_object = f"import requests\n\ndef f(m, box, officer):\n    requests.post({ICE}, data=box.{method}(m.ssn, officer.email))\n"
    on_client = f'import boto3, requests\n\ndef f(m):\n    kms = boto3.client("kms")\n    requests.post({ICE}, data=kms.{method}(KeyId="k", {rule.arg_kw}=m.ssn))\n'
    other = f"import requests\n\ndef f(m, box, officer):\n    requests.post({ICE}, data=box.{method}(m.medicaid_id, officer.email))\n"
    assert [(f.line, f.code) for f in analyze(on_object)] == [(4, "MCD101")], on_object
    assert [(f.line, f.code) for f in analyze(on_client)] == [(5, "MCD101")], on_client
    assert analyze(other) == [], other  # the recipient given second is not what is encrypted


def test_typing_cast_carries_the_value_not_the_type() -> None:
    source = "import typing, requests\n\ndef f(m):\n    requests.post(" + ICE + ", json={'v': typing.cast(str, m.cin)})\n"
    assert analyze(source) == []


@pytest.mark.parametrize("method", sorted(m for m, r in shipped().methods.items() if r.does == "same"))
def test_same_value_methods_keep_the_name(method: str) -> None:
    source = f"import requests\n\ndef f(m):\n    requests.post({ICE}, data=m.ssn.{method}())\n"
    assert [f.code for f in analyze(source)] == ["MCD101"], source


@pytest.mark.parametrize("method", sorted(m for m, r in shipped().methods.items() if r.does == "record"))
def test_record_methods_send_a_whole_record(method: str) -> None:
    source = f"import requests\n\ndef f(member):\n    requests.post({ICE}, data=member.{method}())\n"
    assert [(f.line, f.col, f.code) for f in analyze(source)] == [(4, 60, "MCD103")], source


@pytest.mark.parametrize("method", sorted(m for m, r in shipped().methods.items() if r.honours_include))
def test_dump_methods_honour_include(method: str) -> None:
    source = f'import requests\n\ndef f(member):\n    requests.post({ICE}, data=member.{method}(include={{"cin", "dob"}}))\n'
    assert analyze(source) == [], source


def test_a_deferred_style_that_is_not_known_is_rejected() -> None:
    with pytest.raises(LibraryError, match="broken.json deferred: the styles are 'same', 'packed', 'each', 'each_kwargs' and 'direct'"):
        load({"broken.json": '{"deferred": {"later": ["delay"]}}'})


TASK = f'''
import requests
from celery import shared_task

@shared_task(bind=True, max_retries=3)
def post_referral(self, payload):
    requests.post({ICE}, json=payload)

@shared_task
def post_state(payload):
    requests.post("https://eligibility.dhs.illinois.gov/api/sync", json=payload)
'''


@pytest.mark.parametrize("method", sorted(m for m, style in shipped().deferred.items() if style == "same"))
def test_deferred_same_methods_run_the_task_with_their_arguments(method: str) -> None:
    source = TASK + f'''
def go(m):
    post_referral.{method}({{"ssn": m.ssn}})
    post_state.{method}({{"ssn": m.ssn}})
'''
    found = analyze(source, None)
    assert [(f.line, f.col, f.code) for f in found] == [(14, 20 + len(method), "MCD101")], found
    assert "(line 7)" in found[0].message  # the send inside the task


@pytest.mark.parametrize("method", sorted(m for m, style in shipped().deferred.items() if style == "packed"))
def test_deferred_packed_methods_unpack_args_and_kwargs(method: str) -> None:
    source = TASK.replace("(self, payload)", "(self, payload, extra=None)") + f'''
def go(m):
    post_referral.{method}(args=[{{"race": m.race}}], kwargs={{"extra": None}})
    post_referral.{method}(kwargs={{"payload": {{"sex": m.sex}}}})
    post_referral.{method}(args=[{{"medicaid_id": m.cin}}])
'''
    assert [(f.line, f.code) for f in analyze(source, None)] == [(14, "MCD101"), (15, "MCD101")]


def test_a_method_named_like_a_task_call_on_anything_else_is_not_a_task() -> None:
    source = f'''
import requests
def post_referral(payload):
    requests.post({ICE}, json=payload)
def go(m, producer, post_referral_queue):
    producer.send("topic", {{"ssn": m.ssn}})
    post_referral_queue.delay({{"ssn": m.ssn}})
'''
    assert analyze(source, None) == []


def _typed_fill_call(qual: str, model: str, data: str) -> str:
    """A call of the typed_fill entry ``qual`` filling ``model`` from ``data``, arguments where the entry says."""
    rule = shipped().calls[qual]
    assert rule.model is not None and isinstance(rule.arg, int)
    given = {rule.model[0]: model, rule.arg: data}
    module, _, name = qual.rpartition(".")
    return f"{module}.{name}({', '.join(given[i] for i in sorted(given))})"


@pytest.mark.parametrize("qual", sorted(q for q, r in shipped().calls.items() if r.does == "typed_fill"))
def test_typed_fill_calls_make_the_model_they_are_given(qual: str) -> None:
    # a model named for enforcement filled only from what ICE returned is inbound (clean); the same
    # call filling a model (not named for enforcement) from a member's record carries its declared fields
    head = f"import {qual.rpartition('.')[0]}, requests\nfrom pydantic import BaseModel\n\n"
    notice, lead = "class IceNotice(BaseModel):\n    subject_name: str\n\n", "class Lead(BaseModel):\n    medicaid_id: str\n    ssn: str\n\n"
    inbound = head + notice + f"def pull():\n    resp = requests.get({ICE})\n    return {_typed_fill_call(qual, 'IceNotice', 'resp.json()')}\n"
    outbound = head + lead + f"def push(m):\n    lead = {_typed_fill_call(qual, 'Lead', 'm')}\n    requests.post({ICE}, json=lead.model_dump())\n"
    assert analyze(inbound) == [], inbound
    assert [f.code for f in analyze(outbound)] == ["MCD101"], outbound


@pytest.mark.parametrize("method", sorted(m for m, r in shipped().methods.items() if r.does == "typed_fill"))
def test_typed_fill_methods_make_the_model_of_their_type_adapter(method: str) -> None:
    source = (f"import requests\nfrom pydantic import BaseModel, TypeAdapter\n\nclass IceNotice(BaseModel):\n    subject_name: str\n\n"
              f"NOTICES = TypeAdapter(list[IceNotice])\n\ndef pull():\n    resp = requests.get({ICE})\n    return NOTICES.{method}(resp.text)\n")
    assert analyze(source) == [], source
    assert [f.code for f in analyze(source.replace(f"NOTICES.{method}", "list"))] == ["MCD101"]
