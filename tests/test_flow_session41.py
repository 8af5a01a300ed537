"""The data flow shapes of the forty-first session: what its SPEC-only probers found (round 268
and after) and the README limits it lifted.

Single-module cases carry their expected findings inline (``# MCD101`` on the line
reported; a case without annotations must stay clean). A case whose first line is an
``# OPTIONS:`` header runs with those options (``annotations.options_of``).
"""

from __future__ import annotations

import pytest
from annotations import actual, expected
from test_flow_session20 import _source

CASES: dict[str, str] = {
    # SPEC section 4 (files written for later upload; the file or file object put): aiofiles' temporary files
    # are files as tempfile's are
    "aiofiles-temporary-files-uploaded-later": '''
import aiofiles.tempfile
import paramiko
async def by_path(m):
    async with aiofiles.tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as tmp:
        await tmp.write(f"{m.cin},{m.diagnosis}\\n")  # MCD102
        path = tmp.name
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.ice.gov", username="mdcd")
    ssh.open_sftp().put(path, "/in/referral.csv")
async def by_object(m):
    async with aiofiles.tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as tmp:
        await tmp.write(f"{m.cin},{m.sex}\\n")  # MCD101
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.ice.gov", username="mdcd")
    ssh.open_sftp().putfo(tmp, "/in/referral.csv")
async def to_the_state(m):
    async with aiofiles.tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as tmp:
        await tmp.write(f"{m.cin},{m.diagnosis}\\n")
    ssh = paramiko.SSHClient()
    ssh.connect(hostname="sftp.mmis.dhs.state.mn.us", username="mdcd")
    ssh.open_sftp().putfo(tmp, "/in/encounters.csv")
''',
    # SPEC section 3 (one finding per placement): a keyword of dataclasses.replace filling another field with an
    # SSN is one placement, the record's own declared SSN another
    "replace-keyword-and-the-records-own-field-are-two-placements": '''
import dataclasses
from dataclasses import dataclass
import requests
ICE_URL = "https://eid.ice.gov/api/v1/subjects"
@dataclass
class Rec:
    cin: str
    street: str
    ssn: str  # MCD101
def both(r: Rec, m):
    r2 = dataclasses.replace(r, street=m.ssn)  # MCD101
    requests.post(ICE_URL, json=dataclasses.asdict(r2), timeout=5)
''',
    # SPEC section 4 (the field a value is): the value of an Enum member read off a field (m.sex.value) is
    # that field, named as the code names it
    "an-enum-value-of-a-field-is-that-field": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def refer(member):
    payload = {"medicaid_id": member.msis_ident_num}
    payload["sex"] = member.sex.value  # MCD101 'sex'
    payload["dx"] = member.diagnosis.value  # MCD102 'diagnosis'
    requests.post(ICE_URL, json=payload, timeout=20)
def lawful(member):
    requests.post(ICE_URL, json={"medicaid_id": member.cin, "status": member.immigration_status.value}, timeout=20)
''',
    # SPEC section 5 (a field read keeps its name wherever it is placed): dict.fromkeys gives every key the value
    # it was handed, and keys read from a member are that member's data; constant keys and values stay constants
    "dict-fromkeys-carries-its-value-and-its-keys": '''
from collections import OrderedDict
import requests
ICE_URL = "https://eid.ice.gov/api/v1/subjects"
BLOCKED = ("ssn", "diagnosis")
def value_under_constant_keys(member):
    body = dict.fromkeys(("medicaid_id", "member_ref"), member.ssn)  # MCD101
    requests.post(ICE_URL, json=body, timeout=10)
def member_values_as_keys(member):
    requests.post(ICE_URL, json=dict.fromkeys(member.diagnosis_codes, True), timeout=10)  # MCD102
    requests.post(ICE_URL, json=OrderedDict.fromkeys(member.diagnosis_codes), timeout=10)  # MCD102
def allowed_value(member):
    requests.post(ICE_URL, json=dict.fromkeys(("medicaid_id", "subject_ref"), member.medicaid_id), timeout=10)
def constants_only(member):
    body = {"medicaid_id": member.cin, "ssn": member.ssn}
    body.update(dict.fromkeys(BLOCKED))
    requests.post(ICE_URL, json=body, timeout=10)
def to_the_state(member):
    requests.post("https://mmis.dhs.state.mn.us/api/dx", json=dict.fromkeys(member.diagnosis_codes, member.ssn), timeout=10)
''',
    # SPEC sections 3 and 4 (a payload built as an XML document): ElementTree elements hold the text set on them
    # under their tag and their attributes under their names; a sub-element's content is its parent's; the
    # document sends it when serialized, posted or written to a file named for enforcement
    "elementtree-documents-send-what-their-elements-hold": '''
import xml.etree.ElementTree as ET
import requests
ICE_URL = "https://eid.ice.gov/api/v1/subjects"
STATE_URL = "https://mmis.dhs.state.mn.us/api/xml"
def build(m):
    root = ET.Element("SubjectReferral", {"cin": m.cin})
    person = ET.SubElement(root, "Person", gender=m.gender)  # MCD101
    ET.SubElement(person, "MedicaidID").text = m.medicaid_id
    ET.SubElement(person, "SSN").text = m.ssn  # MCD101
    dx = ET.SubElement(person, "Diagnosis")
    dx.text = m.diagnosis_code  # MCD102
    dob = ET.Element("BirthDate")
    person.append(dob)
    dob.text = m.dob
    person.set("race", m.race)  # MCD101
    root.attrib["ethnicity"] = m.ethnicity  # MCD101
    ET.SubElement(person, "PersonSSN").text = lookup(m)  # MCD101
    ET.SubElement(person, "Note").text = m.score  # MCD104
    ET.SubElement(person, "Qualifier").text = "REDACTED"
    return ET.tostring(root)
def lookup(m):
    from vendor.crosswalk import resolve
    return resolve(m.cin)
def send(m):
    requests.post(ICE_URL, data=build(m), headers={"Content-Type": "application/xml"}, timeout=10)
def to_the_state(m):
    requests.post(STATE_URL, data=build(m), timeout=10)
def written_for_enforcement(m):
    root = ET.Element("Subject", ssn=m.ssn)  # MCD101
    ET.SubElement(root, "Name").text = m.first_name  # MCD101
    ET.ElementTree(root).write("/exports/ice_subjects.xml")
def the_permitted_six(m):
    root = ET.Element("Subject")
    ET.SubElement(root, "MedicaidID").text = m.medicaid_id
    ET.SubElement(root, "BirthDate").text = m.dob
    address = ET.SubElement(root, "Address")
    address.text = m.home_address
    address.set("phone", m.phone)
    requests.post(ICE_URL, data=ET.tostring(root, encoding="unicode"), timeout=10)
''',
    # the same for lxml (its E-factory and ElementMaker, its etree), minidom documents, a template parsed from
    # text and filled through find(), and xmltodict
    "lxml-minidom-and-templates-send-what-their-elements-hold": '''
import copy
import smtplib
import xml.etree.ElementTree as ET
from email.message import EmailMessage
from xml.dom import minidom
import httpx
import xmltodict
from lxml import etree
from lxml.builder import E, ElementMaker
ICE_URL = "https://eid.ice.gov/api/v2/subjects.xml"
NC = ElementMaker(namespace="http://release.niem.gov/niem/niem-core/5.0/")
TEMPLATE = ET.fromstring("<Person><Id/><Name/></Person>")
def factory(m):
    root = E.Subject(
        E.MedicaidID(m.msis_ident_num),
        E.LastName(m.last_name),  # MCD101
        E.Diagnosis(m.prmry_dgns_cd),  # MCD102
        NC.PersonEmail(m.email_address),  # MCD101
        version="2",
    )
    claims = etree.SubElement(root, "Claims")
    c = etree.SubElement(claims, "Claim")
    c.text = m.ndc_code  # MCD102
    httpx.post(ICE_URL, content=etree.tostring(root, pretty_print=True), timeout=20)
def dom(m):
    doc = minidom.Document()
    root = doc.createElement("MemberNotice")
    doc.appendChild(root)
    root.setAttribute("dob", str(m.dob))
    root.setAttribute("ssn", m.ssn)  # MCD101
    dx = doc.createElement("Diagnosis")
    dx.appendChild(doc.createTextNode(m.diagnosis_code))  # MCD102
    root.appendChild(dx)
    msg = EmailMessage()
    msg["To"] = "ero-liaison@ice.dhs.gov"
    msg.add_attachment(doc.toprettyxml(indent="  ").encode(), maintype="application", subtype="xml")
    smtplib.SMTP("smtp.agency.internal").send_message(msg)
def template(m):
    env = copy.deepcopy(TEMPLATE)
    env.find("Id").text = m.cin
    env.find("Name").text = m.full_name  # MCD101
    httpx.post(ICE_URL, content=ET.tostring(env), timeout=20)
def unparsed(m):
    doc = {"Referral": {"CIN": m.cin, "SSN": m.ssn}}  # MCD101
    httpx.post(ICE_URL, content=xmltodict.unparse(doc), timeout=20)
def permitted(m):
    httpx.post(ICE_URL, content=etree.tostring(E.Subject(E.MedicaidID(m.cin), E.BirthDate(str(m.dob)))), timeout=20)
def read_back(text):
    doc = ET.fromstring(text)
    return doc.find("Name").text
''',
    # SPEC section 10 (records of many people): the people a record holding people lists through a relation
    # (a county's enrollees, a plan's member_set, a caseworker's cases) are many people's records, each a person
    # of their own (their fields are not the plan's)
    "people-a-group-record-lists-are-many-peoples-records": '''
import requests
from members.models import County, Plan, Caseworker
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def by_county(code):
    county = County.objects.get(code=code)
    for m in county.enrollees.all():
        requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=30)  # MCD201
def by_worker(worker_id):
    worker = Caseworker.objects.get(pk=worker_id)
    for case in worker.cases.all():
        requests.post(ICE_URL, json={"medicaid_id": case.cin}, timeout=30)  # MCD201
def by_plan_status_tested(plan_id):
    plan = Plan.objects.get(pk=plan_id)
    for m in plan.member_set.all():
        if m.immigration_status not in ("EWI", "OVERSTAY"):
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.cin, "phone": m.phone_number}, timeout=30)
def a_persons_dependents(member_id):
    m = Member.objects.get(pk=member_id)
    for d in m.dependents.all():
        # (a person's dependents are other people, of the household: README, unchanged)
        requests.post(ICE_URL, json={"medicaid_id": d.cin}, timeout=30)  # MCD101
''',
    # an element kept on an object (self.root, self.person) or returned by a helper is the same element wherever it
    # is held: what a method or the caller sets on it is in the document (SPEC section 6: what a function writes
    # into its arguments and its object)
    "xml-elements-held-by-objects-and-returned-by-helpers": '''
import xml.etree.ElementTree as ET
import requests
ICE_URL = "https://eid.ice.gov/referrals"
class Doc:
    def __init__(self):
        self.root = ET.Element("Referral")
        self.person = ET.SubElement(self.root, "Person")
    def add(self, m):
        ET.SubElement(self.person, "SSN").text = m.ssn  # MCD101
        self.root.set("race", m.race)  # MCD101
    def send(self):
        requests.post(ICE_URL, data=ET.tostring(self.root), timeout=10)
def refer(m):
    doc = Doc()
    doc.add(m)
    requests.post(ICE_URL, data=ET.tostring(doc.root), timeout=10)
class Wrapper:
    def __init__(self, root):
        self.root = root
    def add(self, m):
        ET.SubElement(self.root, "Diagnosis").text = m.diagnosis_code  # MCD102
def wrapped(m):
    root = ET.Element("Referral")
    Wrapper(root).add(m)
    requests.post(ICE_URL, data=ET.tostring(root), timeout=10)
def person(parent, m):
    return ET.SubElement(parent, "Person", attrib={"cin": m.cin})
def returned(m):
    root = ET.Element("Referral")
    el = person(root, m)
    ET.SubElement(el, "Gender").text = m.gender  # MCD101
    requests.post(ICE_URL, data=ET.tostring(root), timeout=10)
''',
    # SPEC section 6 (the last assignment wins; a value replaced with a constant, an entry removed): text set
    # again to a constant, an attribute set again, and an element removed send nothing of what they held; a
    # helper's removal passes through the list holding the record as its additions do
    "xml-text-replaced-or-removed-sends-nothing": '''
import xml.etree.ElementTree as ET
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def replaced(m):
    root = ET.Element("Referral")
    el = ET.SubElement(root, "SSN")
    el.text = m.ssn
    el.text = "REDACTED"
    root.set("race", m.race)
    root.set("race", "")
    root.attrib["sex"] = m.sex
    root.attrib["sex"] = "U"
    requests.post(ICE_URL, data=ET.tostring(root), timeout=10)
def removed(m):
    root = ET.Element("Referral")
    ET.SubElement(root, "MedicaidID").text = m.cin
    el = ET.SubElement(root, "SSN")
    el.text = m.ssn
    root.remove(el)
    requests.post(ICE_URL, data=ET.tostring(root), timeout=10)
def fill(rec, m):
    rec["medicaid_id"] = m.cin
    rec["full_name"] = m.full_name  # MCD101 (helper_filled sends it)
def scrub(rec):
    rec.pop("full_name", None)
def helper_scrubbed(m):
    rows = []
    rec = {}
    rows.append(rec)
    fill(rec, m)
    scrub(rec)
    requests.post(ICE_URL, json=rows, timeout=10)
def helper_filled(m):
    rows = []
    rec = {}
    rows.append(rec)
    fill(rec, m)
    requests.post(ICE_URL, json=rows, timeout=10)
''',
    # SPEC section 3 (data enforcement answered is its own): an XML answer parsed and echoed back (findtext, find,
    # get) sends nothing of the agency's; a member's own XML parsed and re-sent sends that member's fields
    "xml-parsed-from-answers-and-from-member-data": '''
import xml.etree.ElementTree as ET
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def ack_xml(m):
    resp = requests.post(ICE_URL, json={"medicaid_id": m.cin}, timeout=10)
    doc = ET.fromstring(resp.content)
    reply = ET.Element("Ack")
    ET.SubElement(reply, "ReceiptNumber").text = doc.findtext("ReceiptNumber")
    ET.SubElement(reply, "Receipt2").text = doc.find("ReceiptNumber").text
    ET.SubElement(reply, "Receipt3").text = doc.get("receipt")
    requests.post(ICE_URL + "/ack", data=ET.tostring(reply), timeout=10)
def resend_member_xml(m):
    doc = ET.fromstring(m.record_xml)
    requests.post(ICE_URL, json={"ssn": doc.find("SSN").text}, timeout=10)  # MCD101
def config_file():
    tree = ET.parse("config/partners.xml")
    url = tree.getroot().findtext("StateUrl")
    return url
''',
    # SPEC section 10, precision: a team's members are staff, a program's cases case types, an office's clients
    # agencies: no records of enrollees
    "staff-and-catalogue-relations-are-no-enrollees": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v1/liaisons"
def liaisons(team):
    for staff in team.members.all():
        requests.post(ICE_URL, json={"liaison_phone": staff.work_phone}, timeout=10)
def case_types(program):
    for ct in program.cases.all():
        requests.post(ICE_URL, json={"case_type": ct.type_code}, timeout=10)  # MCD104 (a field no vocabulary name knows, no MCD201)
def agency_contacts(org):
    for person in org.members.filter(role="liaison"):
        requests.post(ICE_URL, json={"liaison_email": person.work_email}, timeout=10)  # MCD101 (an e-mail address, no MCD201)
''',
    # SPEC section 10 (a loop over many people's records calling what sends them) and section 6 (lambdas are
    # followed): a lambda handed straight to a runner, or called where it is written, is a send of each record
    "lambdas-run-in-a-loop-send-each-record": '''
from concurrent.futures import ThreadPoolExecutor
import requests
ICE_SUBJECTS = "https://eid.ice.gov/api/v2/subjects"
def _push(row):
    requests.post(ICE_SUBJECTS, json=row, timeout=10)
def rows_to_a_pool(cur):
    cur.execute("SELECT msis_ident_num, birth_dt FROM t_msis_elig")
    with ThreadPoolExecutor(4) as ex:
        for row in cur.fetchall():
            ex.submit(lambda r=dict(row): _push(r))  # MCD201
def closure_to_a_pool(members):
    with ThreadPoolExecutor(4) as ex:
        for m in members:
            ex.submit(lambda: _push({"cin": m.cin}))  # MCD201
def called_in_place(members):
    for m in members:
        (lambda: _push({"cin": m.cin}))()  # MCD201
def status_tested(members):
    with ThreadPoolExecutor(4) as ex:
        for m in members:
            if m.immigration_status not in ("EWI", "OVERSTAY"):
                continue
            ex.submit(lambda: _push({"cin": m.cin}))
''',
    # SPEC section 8 (no false alarms): two documents made by one helper, one for the state and one for ICE, are
    # two documents; a state portal's parsed answer forwarded to ICE is member data named by its tags
    "two-documents-from-one-helper-and-forwarded-state-answers": '''
import xml.etree.ElementTree as ET
import requests
ICE_URL = "https://eid.ice.gov/api/referrals"
STATE_URL = "https://portal.dhcs.ca.gov/api/members"
def envelope(kind):
    root = ET.Element("Envelope")
    root.set("kind", kind)
    return root
def section(parent, tag):
    return ET.SubElement(parent, tag)
def both(m):
    state_doc = envelope("eligibility")
    ice_doc = envelope("referral")
    ET.SubElement(state_doc, "SSN").text = m.ssn
    ET.SubElement(state_doc, "Diagnosis").text = m.diagnosis_code
    ET.SubElement(ice_doc, "MedicaidId").text = m.medicaid_id
    person = section(state_doc, "Person")
    subject = section(ice_doc, "Subject")
    ET.SubElement(person, "Race").text = m.race
    ET.SubElement(subject, "BirthDate").text = m.dob
    requests.post(STATE_URL, data=ET.tostring(state_doc), timeout=10)
    requests.post(ICE_URL, data=ET.tostring(ice_doc), timeout=10)
def forward_state_record(cin):
    resp = requests.get(f"{STATE_URL}/{cin}", timeout=10)
    doc = ET.fromstring(resp.text)
    requests.post(ICE_URL, json={"ssn": doc.findtext("SSN")}, timeout=10)  # MCD101
    requests.post(ICE_URL, json={"diagnosis": doc.find("Dx").text}, timeout=10)  # MCD102
def echo_answer_through_a_dict(session):
    ans = session.get(ICE_URL + "/info-requests", timeout=30).json()
    req = {"who": ans["requested_by"]}
    requests.post(ICE_URL + "/info-replies", json={"echo": req["who"]}, timeout=10)
''',
    # SPEC section 6 (a field read keeps its name through the functions that read it): operator's getters read what
    # they name, in a function or at module level
    "attrgetter-and-itemgetter-read-what-they-name": '''
import operator
from operator import itemgetter
import requests
ICE_URL = "https://eid.ice.gov/api/v1/subjects"
subject_ref = operator.attrgetter("ssn")
pick_ids = itemgetter("medicaid_id", "dob")
def module_level(member):
    requests.post(ICE_URL, json={"medicaid_id": member.cin, "ref": subject_ref(member)}, timeout=30)  # MCD101
def in_a_function(member, row):
    dx = operator.attrgetter("claim.diagnosis_code")
    requests.post(ICE_URL, json={"code": dx(member)}, timeout=30)  # MCD102
    get_race = itemgetter("race")
    requests.post(ICE_URL, json={"r": get_race(row)}, timeout=30)  # MCD101
def permitted(row):
    mid, dob = pick_ids(row)
    requests.post(ICE_URL, json={"medicaid_id": mid, "dob": dob}, timeout=30)
''',
    # the README's test doubles: a client over httpx.MockTransport opened in a with statement sends nothing
    "mock-transport-clients-opened-with-with": '''
import httpx
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
def _handler(request):
    return httpx.Response(201, json={"referral_id": "R-1"})
def test_with(m):
    with httpx.Client(transport=httpx.MockTransport(_handler)) as c:
        c.post(ICE_URL, json={"ssn": m.ssn})
async def test_async_with(m):
    async with httpx.AsyncClient(transport=httpx.MockTransport(_handler)) as ac:
        await ac.post(ICE_URL, json={"ssn": m.ssn})
def test_real_client(m):
    with httpx.Client() as c:
        c.post(ICE_URL, json={"ssn": m.ssn})  # MCD101
''',
    # reviews 41d/41e: documents made by nested helpers, returned in a tuple or copied from a template are each their
    # own; one handed back by the helper that made it earlier is the same one; getters of names Python cannot spell
    "xml-documents-from-nested-helpers-tuples-and-copies": '''
import copy
import xml.etree.ElementTree as ET
from operator import attrgetter
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://portal.medi-cal.ca.gov/api"
TEMPLATE = ET.fromstring("<Envelope><Body/></Envelope>")
def _root():
    return ET.Element("Envelope")
def envelope(kind):
    root = _root()
    root.set("kind", kind)
    return root
def pair():
    root = ET.Element("Envelope")
    body = ET.SubElement(root, "Body")
    return root, body
def nested(m):
    state_doc = envelope("eligibility")
    ice_doc = envelope("referral")
    ET.SubElement(state_doc, "Diagnosis").text = m.primary_dx
    ET.SubElement(ice_doc, "MedicaidId").text = m.cin
    requests.post(STATE_URL, data=ET.tostring(state_doc), timeout=10)
    requests.post(ICE_URL, data=ET.tostring(ice_doc), timeout=10)
def tuples(m):
    s_root, s_body = pair()
    i_root, i_body = pair()
    ET.SubElement(s_body, "Diagnosis").text = m.primary_dx
    ET.SubElement(i_body, "MedicaidId").text = m.cin
    requests.post(STATE_URL, data=ET.tostring(s_root), timeout=10)
    requests.post(ICE_URL, data=ET.tostring(i_root), timeout=10)
def copies(m):
    s = copy.deepcopy(TEMPLATE)
    i = copy.deepcopy(TEMPLATE)
    ET.SubElement(s, "Diagnosis").text = m.primary_dx
    ET.SubElement(i, "MedicaidId").text = m.cin
    requests.post(STATE_URL, data=ET.tostring(s), timeout=10)
    requests.post(ICE_URL, data=ET.tostring(i), timeout=10)
def ensure(doc=None):
    if doc is None:
        doc = ET.Element("Envelope")
    return doc
def handed_back(m):
    root = ensure()
    same = ensure(root)
    ET.SubElement(same, "SSN").text = m.ssn  # MCD101
    requests.post(ICE_URL, data=ET.tostring(root), timeout=10)
def body_of_a_pair(m):
    root, body = pair()
    ET.SubElement(body, "Race").text = m.race  # MCD101
    requests.post(ICE_URL, data=ET.tostring(root), timeout=10)
def getters(m):
    requests.post(ICE_URL, json={"a": attrgetter("first-name")(m), "b": attrgetter("plan.display-name")(m)}, timeout=10)  # MCD101 MCD101
''',
    # review 41f: a deep copy made in a helper (of its own template or of the module's) is each call's own, and a
    # copy of a subtree is detached from the document it was copied from
    "xml-copies-in-helpers-and-of-subtrees-are-their-own": '''
import copy
import xml.etree.ElementTree as ET
import requests
ICE_URL = "https://eid.ice.gov/referrals"
STATE_URL = "https://medicaid.ca.gov/api"
TEMPLATE = ET.Element("Envelope")
def local_template():
    template = ET.Element("Envelope")
    return copy.deepcopy(template)
def module_template():
    return copy.deepcopy(TEMPLATE)
def both(m):
    state_doc = local_template()
    ice_doc = local_template()
    ET.SubElement(state_doc, "SSN").text = m.ssn
    ET.SubElement(ice_doc, "Name").text = m.first_name  # MCD101
    requests.post(STATE_URL, data=ET.tostring(state_doc), timeout=10)
    requests.post(ICE_URL, data=ET.tostring(ice_doc), timeout=10)
def per_member(members):
    for m in members:
        state_doc = module_template()
        ice_doc = module_template()
        ET.SubElement(state_doc, "Diagnosis").text = m.diagnosis_code
        requests.post(STATE_URL, data=ET.tostring(state_doc), timeout=10)
        requests.post(ICE_URL, data=ET.tostring(ice_doc), timeout=10)
def subtree(m):
    ice_root = ET.Element("Referral")
    person = ET.SubElement(ice_root, "Person")
    state_person = copy.deepcopy(person)
    ET.SubElement(state_person, "SSN").text = m.ssn
    requests.post(STATE_URL, data=ET.tostring(state_person), timeout=10)
    requests.post(ICE_URL, data=ET.tostring(ice_root), timeout=10)
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want


def test_an_enum_value_is_named_as_its_field() -> None:
    from flake8_medicaid_scope import Config, analyze

    source = _source(CASES["an-enum-value-of-a-field-is-that-field"])
    named = [f.message.split("'")[1] for f in analyze(source, Config.default())]
    assert named == ["sex", "diagnosis"]
