"""MCD201, population scope (SPEC section 10): the prober's cases at their exact lines, the decisions
taken where the SPEC allows more than one reading, and the message, column and report of a finding."""

from __future__ import annotations

import pytest

from flake8_medicaid_scope import Config, analyze
from flake8_medicaid_scope.analysis import transfers

from population_cases import CASES

#: debatable cases where the analysis decides otherwise than the prober guessed: (MCD201 lines, why)
DECISIONS: dict[str, tuple[list[int], str]] = {
    "status_of_spouse_condition": ([14], "a test on someone else's status (a spouse's) does not choose the member sent"),
    "sql_unknown_query_text_fetchall": ([], "a cursor whose query the module does not run: unknown is not guilty"),
    "param_clients_no_caller": ([], "'clients' is also a word for HTTP clients: not on the list"),
    "param_members_recursive_only": ([], "a function that calls itself has a visible caller"),
}
#: cases the analysis does not get right yet (strict expected failures)
KNOWN_MISSES: dict[str, str] = {}


def _expected(source: str) -> list[int]:
    return sorted(i + 1 for i, line in enumerate(source.splitlines()) if line.rstrip().endswith("# E201"))


def _params() -> list[object]:
    out: list[object] = []
    for name, source, _debatable, options in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[name])] if name in KNOWN_MISSES else []
        out.append(pytest.param(name, source, options, id=name, marks=marks))
    return out


@pytest.mark.parametrize(("name", "source", "options"), _params())
def test_population_case(name: str, source: str, options: dict[str, object] | None) -> None:
    config = Config.from_options(**options) if options else Config.default()  # type: ignore[arg-type]
    want = DECISIONS[name][0] if name in DECISIONS else _expected(source)
    got = sorted(f.line for f in analyze(source, config) if f.code == "MCD201")
    assert got == want, source


def test_the_cases_cover_both_verdicts() -> None:
    flagged = [name for name, source, _, _ in CASES if _expected(source)]
    clean = [name for name, source, _, _ in CASES if not _expected(source)]
    assert len(flagged) >= 60 and len(clean) >= 60


NIGHTLY = '''import requests

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def refer(member):
    requests.post(ICE_URL, json={"medicaid_id": member.cin})


def nightly():
    for m in Member.objects.filter(county="053").order_by("cin"):
        refer(m)
'''


def test_a_helper_called_in_a_loop_is_reported_at_the_call_with_the_source_named() -> None:
    found = [(f.line, f.col, f.message.split(" [")[0]) for f in analyze(NIGHTLY)]
    assert found == [
        (12, 8, "MCD201 records from Member.objects.filter(...).order_by(...) (line 11) sent to enforcement endpoint "
         "https://eid.ice.gov/api/v1/referrals with no condition on immigration status; the order permits sharing only "
         "about people unlawfully present; choose them by status first"),
    ]


def test_before_the_order_the_reason_is_the_injunction() -> None:
    (finding,) = [f for f in analyze(NIGHTLY, Config.from_options(as_of="2025-12-01")) if f.code == "MCD201"]
    assert "no Medicaid data may be shared for immigration enforcement before Jan. 6, 2026" in finding.message


def test_a_status_condition_in_another_module_counts(tmp_path) -> None:  # noqa: ANN001
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'agency'\n")
    pkg = tmp_path / "agency"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "scope.py").write_text("def in_scope(m):\n    return m.immigration_status in ('EWI', 'OVERSTAY')\n")
    job = pkg / "job.py"
    job.write_text(
        "import requests\nfrom agency.scope import in_scope\n\n\ndef nightly():\n    for m in Member.objects.all():\n"
        "        if in_scope(m):\n            requests.post('https://eid.ice.gov/r', json={'medicaid_id': m.cin})\n"
    )
    assert [f.code for f in analyze(job.read_text(), filename=str(job))] == []
    unfiltered = job.read_text().replace("        if in_scope(m):\n            requests", "        requests")
    job.write_text(unfiltered)
    assert [(f.line, f.code) for f in analyze(unfiltered, filename=str(job))] == [(7, "MCD201")]


def test_a_configured_population_filter_is_a_condition() -> None:
    source = NIGHTLY.replace("        refer(m)", "        if agency_rules.pick(m):\n            refer(m)")
    assert [f.code for f in analyze(source)] == ["MCD201"]
    assert analyze(source, Config.from_options(population_filters=["agency_rules.pick"])) == []


def test_the_audit_report_names_the_unchosen_population() -> None:
    (transfer,) = transfers(NIGHTLY)
    assert transfer.population is not None
    assert (transfer.population.line, transfer.population.text) == (11, "Member.objects.filter(...).order_by(...)")


def test_no_mcd201_where_the_destination_is_not_enforcement() -> None:
    assert analyze(NIGHTLY.replace("https://eid.ice.gov/api/v1/referrals", "https://fhir.dhs.state.mn.us/Patient")) == []


REVIEW_HEADER = 'import csv, boto3, requests\nICE = "https://eid.ice.gov/api/v1/referrals"\nTARGETS = ("EWI",)\n'
#: cases a reviewer found wrong at first, each with its MCD201 lines (relative to the body's first line, 1)
REVIEWED = {
    "a record read with .get() is still a record": ("""def job():
    with open("members.csv") as fh:
        for row in csv.DictReader(fh):
            requests.post(ICE, json={"medicaid_id": row.get("medicaid_id")})
""", [4]),
    "a payload rebound in the iteration is the record the test chose": ("""def job():
    payload = None
    for m in Member.objects.all():
        payload = {"medicaid_id": m.cin}
        for attempt in range(3):
            if m.immigration_status in TARGETS:
                requests.post(ICE, json=payload)
""", []),
    "a match on a status pattern chooses": ("""def job():
    for m in Member.objects.all():
        match m:
            case Member(immigration_status="EWI"):
                requests.post(ICE, json={"medicaid_id": m.cin})
""", []),
    "a match guard on status chooses": ("""def job():
    for m in Member.objects.all():
        match m.kind:
            case "x" if m.immigration_status == "EWI":
                requests.post(ICE, json={"medicaid_id": m.cin})
""", []),
    "a method of a class of the module is seen, not a plural source": ("""class Repo:
    def load_members(self):
        return [m for m in Member.objects.all() if m.immigration_status in TARGETS]
def job():
    repo = Repo()
    members = repo.load_members()
    for m in members:
        requests.post(ICE, json={"medicaid_id": m.cin})
""", []),
    "records returned by a helper are reported once, at the send": ("""def fetch_all():
    return list(Member.objects.all())
def main():
    for r in fetch_all():
        requests.post(ICE, json={"medicaid_id": r.cin})
if __name__ == "__main__":
    main()
""", [5]),
    "records a helper returned are reported at the call that hands them on": ("""def load():
    return Member.objects.all()
def send_all(rows):
    for r in rows:
        requests.post(ICE, json={"medicaid_id": r.cin})
def run():
    rows = load()
    send_all(rows)
""", [8]),
    "a file named for enforcement and uploaded: at the upload only": ("""def job():
    with open("/tmp/ice_referrals.csv", "w") as fh:
        w = csv.writer(fh)
        for m in Member.objects.all():
            w.writerow([m.cin])
    boto3.client("s3").upload_file("/tmp/ice_referrals.csv", "ice-eid-handoff-prod", "x.csv")
""", [6]),
    "a file named for enforcement and not uploaded: at the write": ("""def job():
    with open("/tmp/ice_referrals.csv", "w") as fh:
        w = csv.writer(fh)
        for m in Member.objects.all():
            w.writerow([m.cin])
""", [5]),
    "everyone but a list of ids is not a lookup": ("""def job(opted_out_ids):
    for m in Member.objects.exclude(member_id__in=opted_out_ids):
        requests.post(ICE, json={"medicaid_id": m.cin})
""", [3]),
    "an id equality inside a subquery is not a lookup": ("""def job(cur, x):
    cur.execute("SELECT cin, dob FROM members WHERE county_cd = (SELECT county_cd FROM members WHERE member_id = %s)", [x])
    for row in cur.fetchall():
        requests.post(ICE, json={"medicaid_id": row["cin"]})
""", [4]),
    "a status column selected by SQL the parser cannot read is sent, not tested": ("""def job(cur):
    cur.execute("SELECT TOP 1000 cin, imgrtn_stus_cd FROM members")
    for row in cur.fetchall():
        requests.post(ICE, json={"medicaid_id": row["cin"]})
""", [4]),
    "an if on status whose every way sends picks what, not whom": ("""def job():
    for m in Member.objects.all():
        if m.immigration_status == "EWI":
            requests.post(ICE, json={"medicaid_id": m.cin, "k": 1})
        else:
            requests.post(ICE, json={"medicaid_id": m.cin, "k": 2})
""", [4, 6]),
    "an if on status that sends in one way only chooses": ("""def job():
    for m in Member.objects.all():
        if m.immigration_status == "EWI":
            requests.post(ICE, json={"medicaid_id": m.cin, "k": 1})
""", []),
    "a frame read by a query the module does not show is many records": ("""import pandas as pd
def job(q, conn):
    df = pd.read_sql(q, conn)
    requests.post(ICE, data=df.to_json())
""", [4]),
    "a frame read by a query that tests status is chosen": ("""import pandas as pd
def job(conn):
    df = pd.read_sql("SELECT cin FROM m WHERE imgrtn_stus_cd = '5'", conn)
    requests.post(ICE, data=df.to_json())
""", []),
    "an annotated plural variable from an unseen call": ("""def job():
    members: list = load_members()
    for m in members:
        requests.post(ICE, json={"medicaid_id": m.cin})
""", [4]),
}


@pytest.mark.parametrize(("body", "want"), list(REVIEWED.values()), ids=list(REVIEWED))
def test_reviewed_case(body: str, want: list[int]) -> None:
    shift = REVIEW_HEADER.count("\n")
    got = [f.line - shift for f in analyze(REVIEW_HEADER + body) if f.code == "MCD201"]
    assert got == want


def test_the_source_a_message_names_does_not_depend_on_hashing() -> None:
    source = REVIEW_HEADER + """def job():
    for a, b in zip(Member.objects.all(), Member.objects.all()):
        requests.post(ICE, json={"x": a.cin, "y": b.cin})
"""
    import subprocess
    import sys

    script = "import sys\nfrom flake8_medicaid_scope import analyze\nprint([(s.line, s.col) for f in analyze(sys.stdin.read()) for s in f.trace])"
    outputs = {
        subprocess.run([sys.executable, "-c", script], input=source, capture_output=True, text=True, env={"PYTHONHASHSEED": str(seed), "PATH": ""}, check=True).stdout
        for seed in (1, 2, 3, 4, 5, 6)
    }
    assert len(outputs) == 1
