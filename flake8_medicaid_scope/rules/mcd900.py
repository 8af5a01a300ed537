"""An internal error of the plugin.

## What it flags
Nothing in your code: the analysis itself failed on this file. The error is
reported once, on line 1, naming the exception, and flake8 goes on with every
other file and every other plugin.

## Why
A linter that crashes stops the whole run; one that fails silently hides
whether the file was checked. This code says the file was not checked.

## How to fix
Report it with the file (or a reduced example). Meanwhile `# noqa: MCD900` on
line 1, or `--extend-ignore=MCD900`, silences it.

## Options
None.
"""

CODE = "MCD900"

INVALID: list[str] = []

VALID: list[str] = []
