"""The analysis of the file was cut short by a bound; more findings may be missing.

## What it flags
Nothing wrong in your code: the plugin follows data through calls of the
module's own functions, and it stops where a call chain is nested deeper than
it follows (12 calls) or where a file makes more calls than its budget (2,000
followed calls per file). What it found up to there is reported as usual;
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
None.
"""

CODE = "MCD901"

INVALID = [
    '''import requests  # MCD901

ICE_URL = "https://eid.ice.gov/api/v1/referrals"


def send(body):
    requests.post(ICE_URL, json=body)


def relay1(body):
    send(body)


def relay2(body):
    relay1(body)


def relay3(body):
    relay2(body)


def relay4(body):
    relay3(body)


def relay5(body):
    relay4(body)


def relay6(body):
    relay5(body)


def relay7(body):
    relay6(body)


def relay8(body):
    relay7(body)


def relay9(body):
    relay8(body)


def relay10(body):
    relay9(body)


def relay11(body):
    relay10(body)


def relay12(body):
    relay11(body)


def relay13(body):
    relay12(body)


def relay14(body):
    relay13(body)


def refer(member):
    relay14({"medicaid_id": member.cin, "ssn": member.ssn})
''',
]

VALID = [
    '''
import requests

ICE_URL = "https://portal.dhs.state.mn.us/api/members"


def send(body):
    requests.post(ICE_URL, json=body)


def relay1(body):
    send(body)


def relay2(body):
    relay1(body)


def relay3(body):
    relay2(body)


def relay4(body):
    relay3(body)


def relay5(body):
    relay4(body)


def relay6(body):
    relay5(body)


def relay7(body):
    relay6(body)


def relay8(body):
    relay7(body)


def relay9(body):
    relay8(body)


def relay10(body):
    relay9(body)


def relay11(body):
    relay10(body)


def relay12(body):
    relay11(body)


def relay13(body):
    relay12(body)


def relay14(body):
    relay13(body)


def refer(member):
    relay14({"medicaid_id": member.cin, "ssn": member.ssn})
''',
]
