# expected: no MCD201 (SPEC §10: comprehension condition chooses records by a status-derived set) -- head: line 11 MCD201 (base: clean)
import requests
ICE_URL = "https://eid.ice.gov/referrals"


def job(conn):
    UNDOCUMENTED = {r[0] for r in conn.execute("SELECT cin FROM enrollee WHERE imgrtn_stus_cd = 'EWI'").fetchall()}
    by_cin = {r["cin"]: r for r in conn.execute("SELECT cin, birth_dt FROM enrollee").fetchall()}
    chosen = {k: v for k, v in by_cin.items() if k in UNDOCUMENTED}
    # (lower-case `undocumented` stays clean in head: _tests_only treats UPPER names as constants)
    requests.post(ICE_URL, json=list(chosen.values()))
