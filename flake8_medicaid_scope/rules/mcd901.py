"""The analysis of the file was cut short by a bound; more findings may be missing.

## What it flags
Nothing wrong in your code: the plugin follows data through calls of the
module's own functions, and it stops where a call chain is nested deeper than
it follows (24 calls, also when the chain runs through other modules of the
project), where a file makes more calls than its budget (2,000
followed calls per file), or where the analysis of one file (with the project
modules it reaches) passes its time budget (5 seconds of CPU by default). What
it found up to there is reported as usual;
this one finding, on line 1, says that a field sent past the bound may have
gone unreported. A linter that stops in silence would look like a clean file.

## Why
A wrong silence means an unlawful disclosure goes unseen; this code makes the
limit of the analysis visible instead.

## How to fix
Usually: split the very deep chain of helpers, or the generated module, into
smaller pieces. When the file is known to be fine, `# noqa: MCD901` on line 1,
or `per-file-ignores = path/to/file.py:MCD901` in the flake8 configuration,
silences it for that file.

## Options
`--medicaid-time-budget` (or `medicaid-time-budget` in the flake8
configuration): the seconds of CPU one file may take with the project
modules it reaches, 5 by default, above 0 and at most 3600. The call bounds
are fixed. While a file says MCD901, its suppressions are not reported
stale (MCD302): what the analysis did not reach may be what they are for.
"""

CODE = "MCD901"



def _relay_chain(url: str, annotation: str) -> str:
    """A send at the end of 26 relaying helpers, deeper than the analysis follows."""
    lines = [f"import requests{annotation}", "", f'ICE_URL = "{url}"', "", "", "def send(body):", "    requests.post(ICE_URL, json=body)", ""]
    previous = "send"
    for number in range(1, 27):
        lines += ["", f"def relay{number}(body):", f"    {previous}(body)", ""]
        previous = f"relay{number}"
    lines += ["", "def refer(member):", f'    {previous}({{"medicaid_id": member.cin, "ssn": member.ssn}})', ""]
    return "\n".join(lines)


INVALID = [_relay_chain("https://eid.ice.gov/api/v1/referrals", "  # MCD901")]

VALID = ["\n" + _relay_chain("https://portal.dhs.state.mn.us/api/members", "")]
