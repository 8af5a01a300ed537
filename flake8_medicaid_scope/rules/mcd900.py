"""An internal error of the plugin.

## What it flags
Nothing in your code: the plugin did not analyze this file. It is reported
once, always on line 1, column 1, and flake8 goes on with every other file and
every other plugin. The message says why:

- `could not analyze this file (RecursionError: ...)`: the analysis failed
  (the exception is named), or the file nests too deeply to follow;
- `did not analyze this file: line N is longer than 5,000 characters`: a
  generated line (a data table, a minified blob) that the parser cannot
  handle safely; the message names that line.

## Why
A linter that crashes stops the whole run; one that fails silently hides
whether the file was checked. This code says the file was not checked.

## How to fix
For an internal error, report it with the file (or a reduced example). For a
long line, split it if the file is written by hand; generated files are
usually not transfer code.

To silence it, since it is always on line 1:

- `# noqa: MCD900` at the end of line 1 of that file (`# noqa` only works on
  the line a finding is reported at, so not on the long line itself);
- or, for generated files, flake8's `per-file-ignores` (in `setup.cfg`,
  `tox.ini` or `.flake8`):

  ```ini
  [flake8]
  per-file-ignores =
      src/generated/*.py: MCD900
  ```

- or `--extend-ignore=MCD900` everywhere (not recommended: an unanalyzed file
  then passes silently).

## Options
None.
"""

CODE = "MCD900"

INVALID: list[str] = []

VALID: list[str] = []
