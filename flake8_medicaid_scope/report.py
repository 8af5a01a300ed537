"""The audit report: every transfer to an enforcement destination found in the code, clean ones
included, grouped by destination, with each field's category and verdict (``medicaid-scope report``).

A compliance officer reads it to sign off a release: where each send is (file and line), where it
goes and why that counts as enforcement, what it carries and why each field is lawful or not,
under which policy period and citation it was judged.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
from collections import Counter
from typing import Any, Sequence

from .config import Config

#: why a destination counts as enforcement, when the decision was not made from a host or a name
VERDICT_ORDER = ("MCD102", "MCD101", "MCD103", "MCD104", "permitted", "harmless", "not reported")


def build_report(results: Sequence[tuple[Any, ...]], config: Config, files: int) -> dict[str, Any]:
    """The report's data from ``(path, transfers)`` pairs (``analysis.transfers``), or ``(path,
    transfers, noqa comments)`` triples: a finding a ``# noqa`` covers is shown as suppressed, with the
    reason written there (or none), so that a justified exception reads apart from an unjustified one.
    A fourth item, ``(code, why)`` from ``analysis.checked_transfers``, says the file was not analyzed
    (MCD900) or analyzed only in part (MCD901): the report lists such files, and a send of a file cut
    short is never called lawful (more may be missing)."""
    from . import __version__
    from .rules import describe, placement_trace

    destinations: dict[tuple[str, str], dict[str, Any]] = {}
    verdicts: Counter[str] = Counter()
    sends = 0
    suppressed = 0
    diagnostics: list[dict[str, str]] = []
    for path, transfers, *rest in results:
        noqas = rest[0] if rest else []
        diagnostic = rest[1] if len(rest) > 1 else None
        if diagnostic is not None:
            diagnostics.append({"path": path, "code": diagnostic[0], "why": diagnostic[1]})
        for transfer in transfers:
            dest = transfer.dest
            entry = destinations.setdefault(
                (dest.display, dest.what),
                {"destination": dest.display, "kind": dest.what, "why": dest.reason(), "sends": []},
            )
            fields: list[dict[str, Any]] = []
            seen = set()
            for p in sorted(transfer.placements, key=lambda p: (p.line, p.col)):
                verdict, name, category = describe(p, config)
                key = (p.line, p.col, name, verdict)
                if key in seen:
                    continue
                seen.add(key)
                verdicts[verdict] += 1
                hit = getattr(transfer, "hits", {}).get((p.line, p.col))
                steps = placement_trace(p, name, category, hit.dest, hit.sink_line, hit.calls, hit.via) if hit is not None else ()
                trace = [{"path": step.path or path, "line": step.line, "column": step.col + 1, "step": step.text} for step in steps]
                field = {"name": name, "category": category, "verdict": verdict, "placed_at": p.origin or f"{path}:{p.line}:{p.col + 1}", "trace": trace}
                covering = _suppression(noqas, transfer.line if p.origin else p.line, verdict) if verdict.startswith("MCD") else None
                if covering is not None:
                    field["suppressed"] = covering.reason or "(no reason given)"
                    suppressed += 1
                fields.append(field)
            fields.sort(key=lambda f: (VERDICT_ORDER.index(f["verdict"]) if f["verdict"] in VERDICT_ORDER else 99, f["placed_at"]))
            bulk = getattr(transfer, "population", None)
            population = None
            if bulk is not None:
                population = {"verdict": "MCD201", "source": bulk.text, "read_at": bulk.origin or f"{path}:{bulk.line}"}
            # (a send of data the analysis cannot name, and of no field it can name beyond transfer metadata:
            # nothing to report, nothing certified)
            # ({"schema_version": "2.1", "data": payload}: a value from unseen code under a key nobody knows)
            unknown_value = any(f["verdict"] == "not reported" and f["category"] != "metadata of the transfer" for f in fields)
            unseen = (bool(getattr(transfer, "unseen", False)) or unknown_value) and all(f["verdict"] in ("harmless", "not reported") for f in fields)
            lawful = population is None and all(not f["verdict"].startswith("MCD") for f in fields) and diagnostic is None and not unseen
            # the calls that lead from the code that builds the data to the send (the trace behind its findings)
            route = [{"line": line, "column": col + 1, "call": text} for line, col, text in getattr(transfer, "calls", ())]
            entry["sends"].append({"path": path, "line": transfer.line, "fields": fields, "population": population, "lawful": lawful, "route": route,
                                   "incomplete": diagnostic is not None, "unseen": unseen})
            sends += 1
    ordered = sorted(destinations.values(), key=lambda d: (all(s["lawful"] for s in d["sends"]), d["destination"]))
    period = config.period
    citation = config.policy.citations[period.citation_key]
    day = config.as_of or _dt.date.today()
    return {
        "tool": "medicaid-scope",
        "version": __version__,
        "judged_on": day.isoformat(),
        "policy": {
            "period_start": period.start.isoformat(),
            "period_until": period.until.isoformat() if period.until else None,
            "order": period.order,
            "summary": period.summary,
            "permitted": sorted(period.permitted),
        },
        "citation": {"short": citation["short"], "long": citation["long"]},
        "summary": {
            "files": files,
            "destinations": len(ordered),
            "transfers": sends,
            "lawful_transfers": sum(1 for d in ordered for s in d["sends"] if s["lawful"]),
            "unchosen_populations": sum(1 for d in ordered for s in d["sends"] if s.get("population")),  # MCD201
            "suppressed": suppressed,  # findings a # noqa covers (each with its reason in its field)
            "fields": dict(sorted(verdicts.items(), key=lambda kv: VERDICT_ORDER.index(kv[0]) if kv[0] in VERDICT_ORDER else 99)),
            "not_analyzed": sum(1 for d in diagnostics if d["code"] == "MCD900"),
            "cut_short": sum(1 for d in diagnostics if d["code"] == "MCD901"),
        },
        "diagnostics": sorted(diagnostics, key=lambda d: d["path"]),
        "destinations": ordered,
    }


def _suppression(noqas: Sequence[Any], line: int, code: str) -> Any:
    """The ``# noqa`` comment that covers ``code`` on ``line`` (None: none does)."""
    for n in noqas:
        if n.covers[0] <= line <= n.covers[1] or n.line == line:
            if n.codes is None or any(code.startswith(c) for c in n.codes):
                return n
    return None


def _summary_cells(s: dict[str, Any]) -> tuple[list[str], list[str]]:
    """The summary table's header cells and values (one column per verdict found)."""
    head = ["files read", "destinations", "transfers", "lawful transfers", *(f"fields {k}" for k in s["fields"]), "sends MCD201",
            "files not analyzed (MCD900)", "files cut short (MCD901)"]
    values = [s["files"], s["destinations"], s["transfers"], s["lawful_transfers"], *s["fields"].values(), s.get("unchosen_populations", 0),
              s.get("not_analyzed", 0), s.get("cut_short", 0)]
    return head, [str(v) for v in values]


def _no_field_text(send: dict[str, Any]) -> str:
    """What a send with no field listed carries."""
    if send.get("incomplete"):
        return "No field was found before the analysis stopped."
    if send.get("unseen"):
        return "Sends data the analysis cannot name (a value handed in, or made by code it does not see): review it by hand."
    return "Sends no field (constants only)."


def _send_state(send: dict[str, Any]) -> str:
    """How a send reads in the report: lawful, not lawful, or not certified (its file was cut short)."""
    if send.get("incomplete") and not send["lawful"] and not any(f["verdict"].startswith("MCD") for f in send["fields"]) and not send.get("population"):
        return "not certified: the analysis of its file was cut short (MCD901)"
    if send.get("unseen") and not send.get("population") and not any(f["verdict"].startswith("MCD") for f in send["fields"]):
        return "not certified: it sends data the analysis cannot name"
    return "lawful" if send["lawful"] else "NOT lawful"


def _verdict_text(f: dict[str, Any]) -> str:
    """A field's verdict, with the suppression and its reason when a ``# noqa`` covers it."""
    return f"{f['verdict']} (suppressed: {f['suppressed']})" if f.get("suppressed") else f["verdict"]


def render(data: dict[str, Any], fmt: str) -> str:
    """The report as Markdown (``md``), JSON or one self-contained HTML page."""
    if fmt == "json":
        return json.dumps(data, indent=2) + "\n"
    if fmt == "html":
        return _html(data)
    return _markdown(data)


def _dest_counts(dest: dict[str, Any]) -> tuple[int, int, int]:
    fields = [f for s in dest["sends"] for f in s["fields"]]
    findings = sum(1 for f in fields if f["verdict"].startswith("MCD")) + sum(1 for s in dest["sends"] if s.get("population"))
    return len(dest["sends"]), len(fields), findings


def _markdown(data: dict[str, Any]) -> str:
    s, policy = data["summary"], data["policy"]
    out = [
        "# Transfers to immigration-enforcement destinations",
        "",
        f"Judged on {data['judged_on']} under the policy period from {policy['period_start']}: {policy['summary']}",
        f"Citation: {data['citation']['long']} [{data['citation']['short']}]",
        f"Generated by {data['tool']} {data['version']}. This is not legal advice.",
        "",
        "## Summary",
        "",
        "| " + " | ".join(_summary_cells(s)[0]) + " |",
        "|" + "---|" * len(_summary_cells(s)[0]),
        "| " + " | ".join(_summary_cells(s)[1]) + " |",
        "",
        "| destination | why it is enforcement | transfers | fields | findings |",
        "|---|---|---|---|---|",
    ]
    for dest in data["destinations"]:
        n, fields, findings = _dest_counts(dest)
        out.append(f"| `{dest['destination']}` ({dest['kind']}) | {dest['why']} | {n} | {fields} | {findings} |")
    if data.get("diagnostics"):
        out += ["", "## Files not analyzed, or analyzed only in part", "",
                "A file listed here may send more than this report shows: review it by hand.", "",
                "| file | code | why |", "|---|---|---|"]
        out += [f"| {d['path']} | {d['code']} | {d['why']} |" for d in data["diagnostics"]]
    for dest in data["destinations"]:
        out += ["", f"## `{dest['destination']}`", "", f"{dest['kind']}: {dest['why']}."]
        for send in dest["sends"]:
            state = _send_state(send)
            out += ["", f"### {send['path']}:{send['line']} ({state})", ""]
            if len(send.get("route", ())) > 1:
                out += ["Reached through " + " → ".join(f"`{r['call']}` (line {r['line']})" for r in send["route"]) + ".", ""]
            if send.get("population"):
                pop = send["population"]
                out += [f"MCD201: records from `{pop['source']}` ({pop['read_at']}), with no condition on immigration status.", ""]
            if not send["fields"]:
                out.append(_no_field_text(send))
                continue
            out += ["| field | category | verdict | placed at |", "|---|---|---|---|"]
            out += [f"| `{f['name']}` | {f['category']} | {_verdict_text(f)} | {f['placed_at']} |" for f in send["fields"]]
            paths = [f for f in send["fields"] if f.get("trace") and f["verdict"].startswith("MCD")]
            if paths:
                out += ["", "Paths of the findings:", ""]
                out += [f"- `{f['name']}`: " + " → ".join(f"{t['step']} ({t['path']}:{t['line']})" for t in f["trace"]) for f in paths]
    if not data["destinations"]:
        out += ["", "No transfer to an enforcement destination was found."]
    return "\n".join(out) + "\n"


_CSS = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; margin: 2rem auto; max-width: 70rem; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2.2rem; border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; } .meta { color: #57606a; margin: .1rem 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; } th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } code { font: .9em ui-monospace, SFMono-Regular, Menlo, monospace; background: #f6f8fa; padding: 0 .2rem; border-radius: 3px; }
.v-MCD101, .v-MCD102, .v-MCD103, .v-MCD104, .v-MCD201 { color: #a40e26; font-weight: 600; } .v-permitted { color: #116329; } .v-harmless, .v-not { color: #57606a; }
.bad { background: #fff0f0; } .ok { background: #f0fff4; } .tag { display: inline-block; padding: 0 .4rem; border-radius: 3px; font-size: .85em; }
.tag.bad { color: #a40e26; border: 1px solid #f5b5b5; } .tag.ok { color: #116329; border: 1px solid #9bd8a9; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } h2 { break-after: avoid; } table, tr { break-inside: avoid; } a { color: inherit; } }
"""


def _html(data: dict[str, Any]) -> str:
    e = html.escape
    s, policy = data["summary"], data["policy"]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Transfers to immigration-enforcement destinations</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Transfers to immigration-enforcement destinations</h1>",
        f'<p class="meta">Judged on {e(data["judged_on"])} under the policy period from {e(policy["period_start"])}: {e(policy["summary"])}</p>',
        f'<p class="meta">Citation: {e(data["citation"]["long"])} [{e(data["citation"]["short"])}]</p>',
        f'<p class="meta">Generated by {e(data["tool"])} {e(data["version"])}. This is not legal advice.</p>',
        '<h2 id="summary">Summary</h2>',
        "<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in _summary_cells(s)[0]) + "</tr>",
        "<tr>" + "".join(f"<td>{v}</td>" for v in _summary_cells(s)[1]) + "</tr></table>",
        "<table><tr><th>destination</th><th>why it is enforcement</th><th>transfers</th><th>fields</th><th>findings</th></tr>",
    ]
    for i, dest in enumerate(data["destinations"]):
        n, fields, findings = _dest_counts(dest)
        row = "bad" if findings else "ok"
        parts.append(f'<tr class="{row}"><td><a href="#d{i}"><code>{e(dest["destination"])}</code></a> ({e(dest["kind"])})</td>'
                     f"<td>{e(dest['why'])}</td><td>{n}</td><td>{fields}</td><td>{findings}</td></tr>")
    parts.append("</table>")
    if data.get("diagnostics"):
        parts.append('<h2 id="diagnostics">Files not analyzed, or analyzed only in part</h2>'
                     "<p>A file listed here may send more than this report shows: review it by hand.</p>"
                     "<table><tr><th>file</th><th>code</th><th>why</th></tr>")
        parts += [f'<tr class="bad"><td>{e(d["path"])}</td><td class="v-MCD201">{e(d["code"])}</td><td>{e(d["why"])}</td></tr>' for d in data["diagnostics"]]
        parts.append("</table>")
    for i, dest in enumerate(data["destinations"]):
        parts.append(f'<h2 id="d{i}"><code>{e(dest["destination"])}</code></h2><p>{e(dest["kind"])}: {e(dest["why"])}.</p>')
        for send in dest["sends"]:
            state = _send_state(send)
            tag = f'<span class="tag {"ok" if send["lawful"] else "bad"}">{e(state if state != "NOT lawful" else "not lawful")}</span>'
            parts.append(f"<h3>{e(send['path'])}:{send['line']} {tag}</h3>")
            if len(send.get("route", ())) > 1:
                hops = " → ".join(f"<code>{e(r['call'])}</code> (line {r['line']})" for r in send["route"])
                parts.append(f'<p class="meta">Reached through {hops}.</p>')
            if send.get("population"):
                pop = send["population"]
                parts.append(f'<p class="v-MCD201">MCD201: records from <code>{e(pop["source"])}</code> ({e(pop["read_at"])}), '
                             "with no condition on immigration status.</p>")
            if not send["fields"]:
                parts.append(f"<p>{e(_no_field_text(send))}</p>")
                continue
            parts.append("<table><tr><th>field</th><th>category</th><th>verdict</th><th>placed at</th><th>path</th></tr>")
            for f in send["fields"]:
                css = "v-" + f["verdict"].split()[0]
                steps = "".join(f"<li>{e(t['path'])}:{t['line']}: {e(t['step'])}</li>" for t in f.get("trace", ()))
                path = f"<details><summary>{len(f.get('trace', ()))} steps</summary><ol>{steps}</ol></details>" if steps else ""
                parts.append(f"<tr><td><code>{e(f['name'])}</code></td><td>{e(f['category'])}</td>"
                             f'<td class="{css}">{e(_verdict_text(f))}</td><td>{e(f["placed_at"])}</td><td>{path}</td></tr>')
            parts.append("</table>")
    if not data["destinations"]:
        parts.append("<p>No transfer to an enforcement destination was found.</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
