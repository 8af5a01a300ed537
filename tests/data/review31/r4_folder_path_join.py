# R4 false silence (change 3, files.py _enforcement_folder only sees a path text without a hole).
# Line 12: expected MCD101 'name' (enforcement folder /mnt/ice), as line 17 gets; after: nothing.
# SPEC 4 (file name split on "/"; Path built with "/" is the same path as the f-string).
import json
from pathlib import Path


def with_path_operator(m, name):
    p = Path("/mnt/ice") / name
    with open(p, "w") as fh:
        fh.write("x")
        json.dump({"full_name": m.name}, fh)  # MCD101


def with_fstring(m, name):
    with open(f"/mnt/ice/{name}", "w") as fh:
        json.dump({"full_name": m.name}, fh)  # MCD101
