"""A `# medicaid-scope:` comment with a word the plugin does not know.

## What it flags
A comment `# medicaid-scope: <word>` whose word is not one of the pragmas the
plugin reads: `enforcement` (this call, or every call of this function, sends
to an immigration-enforcement endpoint) and `not-enforcement` (this name or
call is not enforcement, whatever its name says). A misspelled pragma
(`# medicaid-scope: enforcment`) would otherwise be ignored in silence: the
call it was meant to mark would go unchecked, or the false alarm it was meant
to clear would stay. Reported at the comment, once per comment.

## Why
A comment that looks like it changes what the linter checks, but does not,
is worse than no comment: the reader trusts it.

## How to fix
Spell the pragma as one of the known words, or remove the comment.
`not-enforcement` overrides name signals only, never the enforcement host
patterns: `requests.post("https://eid.ice.gov/x", ...)  # medicaid-scope:
not-enforcement` is still checked.

## Options
None.
"""

CODE = "MCD902"

INVALID = [
    '''
import requests

def deliver(payload):  # medicaid-scope: enforcment  # MCD902
    requests.post("https://mft.vendor.example/drop", json=payload)
''',
]

VALID = [
    '''
import requests

def sync_ice_contacts(member):  # medicaid-scope: not-enforcement
    requests.post("https://hub.vendor.example/contacts", json={"ssn": member.ssn})
''',
]
