"""A `# noqa: MCD...` that suppresses nothing: a stale suppression.

## What it flags
A `# noqa` comment that names an MCD code (or a prefix such as `MCD1`) on a
line where the analysis finds no finding with that code. It used to excuse
something that has since changed or moved. Reported at the comment, once for
each code it names in vain. Not reported in a file whose analysis was cut
short or failed (MCD901, MCD900): what it did not see may be what the
suppression is for.

## Why
A stale suppression outlives the code it excused. The next change to that
line, one that does send a prohibited field, would be hidden by an exception
nobody granted for it.

## How to fix
Remove the code from the comment, or the whole comment. If the finding moved
to another line, move the suppression with its reason.

## Options
Turn it off with flake8's `--extend-ignore=MCD302`, or with `ignore =
["MCD302"]` in `[tool.medicaid-scope]` for the `medicaid-scope` command.
"""

CODE = "MCD302"

INVALID = [
    '''
import requests

def refer(m):
    requests.post("https://eid.ice.gov/r", json={"dob": m.dob})  # MCD302  # noqa: MCD101  # reason: approved before the dob change
''',
]

VALID = [
    '''
import requests

def refer(m):
    requests.post("https://eid.ice.gov/r", json={"race": m.race})  # noqa: MCD101  # reason: counsel approved, LEGAL-43
''',
]
