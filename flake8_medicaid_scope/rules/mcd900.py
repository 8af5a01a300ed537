"""An internal error of the plugin.

## What it flags
Nothing in your code: the plugin did not analyze this file. It is reported
once, always on line 1, column 1, and flake8 goes on with every other file and
every other plugin. The message says why:

- `could not analyze this file (RecursionError: ...)`: the analysis failed
  (the exception is named), or the file nests too deeply to follow;
- `could not analyze this file (RecursionError: the file nests too deeply
  to analyze)`: code nested deeper than the analysis follows.

A long line or a long literal is no reason to give up: a 20,000-character
string is analyzed like any other. A chain of more than 300 binary
operators (`"a" + "b" + ...`, generated code, on which libcst's parser takes
quadratic time and crashes past 10,000 terms) is replaced by a constant
before the parse, every other position unchanged, and the rest of the file
is analyzed. If such a chain held more than constants, the file gets MCD901
instead, because something may be missing.

## Why
A linter that crashes stops the whole run; one that fails silently hides
whether the file was checked. This code says the file was not checked.

## How to fix
For an internal error, report it with the file (or a reduced example). For a
file that nests too deeply, flatten it if it is written by hand; generated
files are usually not transfer code.

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
