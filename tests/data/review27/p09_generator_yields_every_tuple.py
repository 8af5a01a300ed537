# review 27: expected MCD201 at line 18 (the generator yields every row; the status test only picks a label)
import requests

ICE_URL = "https://eid.ice.gov/api"


def tag(rows):
    for row in rows:
        if row[1] == "NOT_LAWFULLY_PRESENT":
            yield row[0], "priority"
        else:
            yield row[0], "routine"


def run(cur):
    cur.execute("SELECT medicaid_id, immigration_status FROM member")
    for cid, level in tag(cur.fetchall()):
        requests.post(ICE_URL, json={"medicaid_id": cid, "level": level})  # MCD201
