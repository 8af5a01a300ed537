# R5 false alarm, judgment (change 3). Lines 10 and 15: expected nothing; after: MCD101 'name' sent to
# enforcement folder /srv/ice_contacts and /srv/emergency_ice. SPEC 4: "ice" next to contact(s)/emergency
# means "in case of emergency". (Pre-existing for a file NAMED ice_contacts.json; the change extends it to
# every file under such a folder.) Also: "/var/lib/ice_cream/x.json" is flagged (SPEC-literal, judgment).
import json


def a(m):
    with open("/srv/ice_contacts/daily.json", "w") as fh:
        json.dump({"full_name": m.name}, fh)


def b(m):
    with open("/srv/emergency_ice/daily.json", "w") as fh:
        json.dump({"full_name": m.name}, fh)
