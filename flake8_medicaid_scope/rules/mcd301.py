"""A `# noqa` that suppresses an MCD finding without giving a reason.

## What it flags
A `# noqa: MCD101` (any MCD code) with nothing after the codes. Every
exception to the court order is a decision that someone made and must be able
to justify, so the reason belongs next to the code it excuses:
`requests.post(URL, json=body)  # noqa: MCD101  # reason: counsel approved, LEGAL-42`.

Any text after the code list counts as the reason: `# reason: ...`, `-- ...`,
or plain words after a second `#`. Words written before the `# noqa` in the
same comment count too (`# LEGAL-46 counsel approved  # noqa: MCD101`): SPEC
asks for a reason on the line, not for a place on it; error codes there are
no reason, and neither are other tools' directives in the same comment
(`# type: ignore`, `# pragma: no cover`, `# nosec B113`, `# pylint:
disable=...`, `# fmt: skip`), nor this plugin's own pragma (`# medicaid-scope:
enforcement` says where data goes, not why the exception stands). The text
needs at least one word of three letters. Reported at the comment, once per
comment.

The comment is read as flake8 7 reads it: `# noqa` with one space after the
`#`. `#noqa:MCD101` suppresses nothing in flake8, so it is no suppression
here either (no MCD301, and the finding stays shown). flake8 searches the
text of the line, strings included, so a `# noqa: MCD101` written inside a
string (`ssn_num  -- # noqa: MCD101` in a SQL text, a value
`"# noqa: MCD101"`) hides the finding on its lines too: where it does, it
needs a reason like a comment (the text after it on its line inside the
string); where it hides nothing it is text, and gets no MCD302.

A bare `# noqa` (no codes) hides everything on its line, this code included,
because flake8 applies it. Name the codes.

## Why
An agency must be able to show why each exception to the order was accepted.
A suppression without a reason hides that decision from the next reviewer,
and from the audit report.

## How to fix
Add the reason after the codes: `# noqa: MCD101  # reason: ...`. If the reason
is that the destination is not enforcement, the pragma
`# medicaid-scope: not-enforcement` says so more precisely.

## Options
Turn it off with flake8's `--extend-ignore=MCD301`, or with `ignore =
["MCD301"]` in `[tool.medicaid-scope]` for the `medicaid-scope` command.
"""

CODE = "MCD301"

INVALID = [
    '''
import requests

def refer(m):
    requests.post("https://eid.ice.gov/r", json={"ssn": m.ssn})  # MCD301  # noqa: MCD101
''',
]

VALID = [
    '''
import requests

def refer(m):
    requests.post("https://eid.ice.gov/r", json={"ssn": m.ssn})  # noqa: MCD101  # reason: counsel approved, LEGAL-42
''',
]
