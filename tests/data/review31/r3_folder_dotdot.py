# R3 false alarm (change 3, files.py _enforcement_folder). Line 10: expected nothing (base: nothing);
# after: MCD101 'name' sent to enforcement folder /srv/ice/../state. The file is /srv/state/daily.json:
# ".." segments are skipped instead of resolved, so a folder the path leaves still counts.
# SPEC 4 (file name split on "/"), 8 (no false alarms on ordinary code).
import json


def export(m):
    with open("/srv/ice/../state/daily.json", "w") as fh:
        json.dump({"full_name": m.name}, fh)
