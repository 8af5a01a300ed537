# R03 false silence. Line 10: expected MCD101 (ssn and race in one argument: one placement, one finding); after: nothing.
# The template is partly unknown (layout is a parameter); the analysis decides from "|{cin}" alone.
import requests

ICE_URL = "https://eid.ice.gov/api"


def refer(m, layout):
    tmpl = layout + "|{cin}"
    requests.post(ICE_URL, data=tmpl.format(cin=m.cin, ssn=m.ssn, race=m.race))  # MCD101
