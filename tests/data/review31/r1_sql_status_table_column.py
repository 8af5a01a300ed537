# R1 false alarm (change 6, sql.py tables + population.py _tests_status_columns/holds_status).
# Lines 16, 22, 28, 34: expected nothing (base: nothing); after: MCD201 at each line. Each query
# tests a column of the immigration_status table that holds the status (SPEC 10: "a SQL WHERE (or
# JOIN ... ON) on such a column"; "the linter does not judge whether the condition is the right one"),
# but its last word is not in population.json status_columns (code/status/type/...).
import requests

ICE_URL = "https://eid.ice.gov/api"
J = "SELECT m.cin, m.dob FROM members m JOIN immigration_status s ON s.cin = m.cin "
J2 = "SELECT m.cin, m.dob FROM members m JOIN immigration_status s ON s.id = m.status_id "


def by_description(cur):
    cur.execute(J + "WHERE s.description = 'Unlawfully present'")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row[0], "dob": row[1]})


def by_flag(cur):
    cur.execute(J + "WHERE s.lawful = false")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row[0], "dob": row[1]})


def by_id(cur):
    cur.execute(J2 + "WHERE s.id IN (2, 5)")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row[0], "dob": row[1]})


def in_subquery(cur):
    cur.execute("SELECT cin, dob FROM members WHERE status_id IN (SELECT id FROM immigration_status WHERE label = 'unlawful')")
    for row in cur.fetchall():
        requests.post(ICE_URL, json={"medicaid_id": row[0], "dob": row[1]})
