"""The data flow shapes of the forty-second session: what its SPEC-only probers found (round 275
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
    # SPEC sections 3 and 4: an XML document an object keeps (self.root made in __init__), filled by one method
    # (ET.SubElement(self.root, ...), also through a sub-element named in the method) and sent by another
    "xml-document-kept-on-an-object-filled-by-its-methods": '''
import xml.etree.ElementTree as ET
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE = "https://mmis.state.example.gov/api"


class IceXmlBatch:
    def __init__(self):
        self.root = ET.Element("Batch")

    def add(self, m):
        p = ET.SubElement(self.root, "Person")
        ET.SubElement(p, "Medicaid").text = m.cin
        ET.SubElement(p, "Dx").text = m.diagnosis_code  # MCD102

    def flush(self):
        requests.post(ICE_URL, data=ET.tostring(self.root), timeout=30)


class StateXmlBatch:
    def __init__(self):
        self.root = ET.Element("Batch")

    def add(self, m):
        ET.SubElement(self.root, "Dx").text = m.diagnosis_code

    def flush(self):
        requests.post(STATE, data=ET.tostring(self.root), timeout=30)


class IceOk:
    def __init__(self):
        self.root = ET.Element("Batch")

    def add(self, m):
        ET.SubElement(self.root, "Dob").text = m.dob

    def flush(self):
        requests.post(ICE_URL, data=ET.tostring(self.root), timeout=30)


def run_ice(members):
    batch = IceXmlBatch()
    for m in members:
        batch.add(m)
    batch.flush()  # MCD201


def run_state(members):
    batch = StateXmlBatch()
    for m in members:
        batch.add(m)
    batch.flush()
''',
    # SPEC section 10 (prober round 259): an unseen reader named verb + plural noun (fetch_records(), load_enrollees_pending())
    # looped over reads many people's records, as load_members() does; one person's records (fetch_records(member.cin))
    # and records chosen by status are not a population
    "records-of-an-unseen-reader-named-verb-then-plural-noun": '''
import requests
from .loaders import fetch_records, load_enrollees_pending
ICE = "https://eid.ice.gov/api/v2/referrals"


def every_record():
    for rec in fetch_records():
        requests.post(ICE, json={"cin": rec.cin})  # MCD201


def pending():
    for e in load_enrollees_pending(limit=500):
        requests.post(ICE, json={"cin": e.cin})  # MCD201


def one_members_history(member):
    for rec in fetch_records(member.cin):
        requests.post(ICE, json={"cin": rec.cin})


def chosen():
    for rec in fetch_records(immigration_status="UNLAWFUL"):
        requests.post(ICE, json={"cin": rec.cin})
''',
    # SPEC section 3 (prober round 247): a FHIR resource filled through the lists it holds: a loop over a list of
    # literal records (for nm in pt["name"]), an alias of a list grown with += (entries = bundle.setdefault("entry", [])),
    # and a resource changed after it was put into the bundle inside a literal ({"resource": pt})
    "records-filled-through-the-lists-that-hold-them": '''
import requests
ICE = "https://fhir.eid.ice.gov/r4"


def c6(m):
    out = [{"family": ""}]
    for nm in out:
        nm["ssn"] = m.ssn  # MCD101
    requests.post(ICE, json=out)


def c7(m, rows):  # (rows: a parameter, many people's records)
    out = [dict(r) for r in rows]
    for nm in out:
        nm["ssn"] = m.ssn  # MCD101
    requests.post(ICE, json=out)  # MCD201


def c8(m):
    out = [{"family": ""}]
    for nm in out:
        nm["ssn"] = m.ssn  # MCD101
        requests.post(ICE, json=nm)



def c1(m):
    pt = {"name": [{"family": ""}]}
    for nm in pt["name"]:
        nm["given"] = m.first_name  # MCD101
    requests.post(ICE, json=pt)


def c4(m):
    pt = {"name": [{"family": ""}]}
    for nm in pt["name"]:
        nm["given"] = m.first_name  # MCD101
        requests.post(ICE, json=pt)


def c5(m):
    pt = {"name": []}
    for nm in pt["name"]:
        nm["given"] = m.first_name  # (the list is empty: the loop never runs)
    requests.post(ICE, json=pt)

def c6_2(m):
    out = [{"family": ""}]
    for nm in out:
        nm["given"] = m.first_name  # MCD101
    requests.post(ICE, json=out)



def a(m):
    bundle = {"resourceType": "Bundle", "entry": []}
    pt = {"name": [{"family": ""}], "telecom": []}
    pt["gender"] = m.gender  # MCD101
    entries = bundle.setdefault("entry", [])
    entries += [{"resource": pt}]
    requests.post(ICE, json=bundle)


def b(m):
    bundle = {"resourceType": "Bundle", "entry": []}
    pt = {"name": [{"family": ""}], "telecom": []}
    pt["gender"] = m.gender  # MCD101
    bundle["entry"] += [{"resource": pt}]
    requests.post(ICE, json=bundle)


def c(m):
    bundle = {"resourceType": "Bundle", "entry": []}
    pt = {"name": [{"family": ""}], "telecom": []}
    bundle["entry"].append({"resource": pt})
    pt["gender"] = m.gender  # MCD101
    requests.post(ICE, json=bundle)
''',
    # SPEC section 6 (prober round 275): str.format of a template the analysis cannot read (settings, a parameter)
    # may name any of what it is given, each placed where it is handed; a dict a helper built and a known template
    # reads is reported at the entries it reads
    "format-of-a-template-not-known-here": '''
import requests
from django.conf import settings
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
STATE_URL = "https://mmis.dhs.state.mn.us/api/notices"
T3 = "{cin};{dob};{ssn}"


def refer_settings(member):
    body = settings.REFERRAL_TEMPLATE.format(
        cin=member.cin,
        ssn=member.ssn,  # MCD101
    )
    requests.post(ICE_URL, data=body)


def refer_param(member, tmpl):
    rec = {"cin": member.cin, "race": member.race}  # MCD101
    requests.post(ICE_URL, data=tmpl.format_map(rec))


def build_ice_referral(m, template):
    return template.format(cin=m.cin, ssn=m.ssn)  # MCD101


def refer_whole(member):
    tmpl = settings.REFERRAL_TEMPLATE
    requests.post(ICE_URL, data=tmpl.format(**vars(member)))  # MCD103


def _rec(m):
    return {
        "cin": m.cin,
        "ssn": m.ssn,  # MCD101
        "race": m.race,
    }


def refer_helper_dict(m):
    requests.post(ICE_URL, data=T3.format_map(_rec(m)))


def permitted_only(member, tmpl):
    requests.post(ICE_URL, data=tmpl.format(cin=member.cin, dob=member.dob, phone=member.phone))


def notice_to_the_state(member):
    requests.post(STATE_URL, data=settings.NOTICE_TEMPLATE.format(**vars(member)))
''',
    # SPEC sections 3, 4 and 6 (prober round 275): polars selections of pl.col(...) expressions (a list of them, a
    # list given to one), polars' frame.height (a count), duckdb queries (execute/sql, then .df()/.pl()), a Kafka
    # serializer called by hand, cbor2/msgpack/fastavro encoders and writers
    "polars-columns-duckdb-and-binary-serializers": '''
import io
import cbor2
import duckdb
import fastavro
import msgpack
import polars as pl
import requests
from confluent_kafka import Producer
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroSerializer
from confluent_kafka.serialization import MessageField, SerializationContext
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
TOPIC = "ice.eid.referrals.v1"
sr = SchemaRegistryClient({"url": "https://schema-registry.mmis.local"})
avro_ser = AvroSerializer(sr, "{}")
producer = Producer({"bootstrap.servers": "kafka.mmis.local:9092"})


def polars_list_of_cols(path):
    df = pl.read_parquet(path).filter(pl.col("imgrtn_stus_cd") == "U")
    out = df.select(
        [
            pl.col("msis_ident_num"),
            pl.col("ssn"),  # MCD101
        ]
    )
    requests.post(ICE_URL, json=out.to_dicts())


def polars_col_of_a_list(path):
    df = pl.read_parquet(path).filter(pl.col("imgrtn_stus_cd") == "U")
    out = df.select(pl.col(["msis_ident_num", "prmry_dgns_cd"]))  # MCD102
    requests.post(ICE_URL, json=out.to_dicts())


def polars_permitted(path):
    df = pl.read_parquet(path).filter(pl.col("imgrtn_stus_cd") == "U")
    out = df.select([pl.col("msis_ident_num"), pl.col("birth_dt"), pl.col("home_address")])
    requests.post(ICE_URL, json=out.to_dicts())


def ice_referral_batch(members: pl.DataFrame) -> int:
    batch = members.select(["msis_ident_num", "birth_dt"])
    return batch.height


def duckdb_frame(mid):
    con = duckdb.connect("mmis.duckdb")
    frame = con.execute("SELECT msis_ident_num, ssn FROM members WHERE msis_ident_num = ?", [mid]).df()  # MCD101
    requests.post(ICE_URL, json=frame.to_dict(orient="records"))


def duckdb_permitted(mid):
    frame = duckdb.sql("SELECT msis_ident_num, birth_dt FROM members WHERE msis_ident_num = 1").pl()
    requests.post(ICE_URL, json=frame.to_dicts())


def avro_by_hand(m):
    rec = {"medicaid_id": m.cin, "ssn": m.ssn}  # MCD101
    producer.produce(TOPIC, value=avro_ser(rec, SerializationContext(TOPIC, MessageField.VALUE)))


def binary(m):
    requests.post(ICE_URL, data=cbor2.dumps({"ssn": m.ssn}))  # MCD101
    requests.post(ICE_URL, data=msgpack.dumps({"race": m.race}))  # MCD101
    buf = io.BytesIO()
    fastavro.schemaless_writer(buf, {}, {"sex": m.sex})  # MCD101
    requests.post(ICE_URL, data=buf.getvalue())


def avro_file(m):
    with open("/data/outbound/ice_eid_referrals.avro", "wb") as fo:
        fastavro.writer(fo, {}, [{"dx": m.diagnosis_code}])  # MCD102


def binary_to_the_state(m):
    requests.post("https://mmis.dhs.state.mn.us/api", data=cbor2.dumps({"ssn": m.ssn}))
''',
    # SPEC section 4 (prober round 275): the enforcement pragma alone on the line above a def marks the function; an
    # Azure Service Bus message built on its own line carries its body to the marked send
    "pragma-above-a-def-and-a-message-built-apart": '''
import json
from azure.servicebus import ServiceBusMessage


# medicaid-scope: enforcement
def send_service_bus(body):
    pass


def refer(member):
    send_service_bus(json.dumps({"marital_status": member.marital_stus_cd}))  # MCD101


def refer_bus(m, sender):
    msg = ServiceBusMessage(json.dumps({"ssn": m.ssn}))  # MCD101
    sender.send_messages(msg)  # medicaid-scope: enforcement


# a note about enforcement in general, no pragma
def send_state(body):
    pass


def refer_state(member):
    send_state(json.dumps({"marital_status": member.marital_stus_cd}))
''',
    # SPEC section 6 (README limit of rounds 268-273): {}.fromkeys(...) is dict.fromkeys
    "fromkeys-of-an-empty-dict-literal": '''
import requests
ICE = "https://eid.ice.gov/api"


def from_an_empty_literal(m):
    body = {}.fromkeys(["ssn", "cin"], m.ssn)  # MCD101
    requests.post(ICE, json=body)


def blank_keys(m):
    body = {}.fromkeys(["ssn", "race"], None)
    body["medicaid_id"] = m.cin
    requests.post(ICE, json=body)
''',
    # SPEC section 6 (README limit of rounds 268-273): enforcement's answer kept with dict(who=...) and read back by key
    # is still its answer, as in a dict literal; a member's field kept so is the field
    "answer-kept-with-dict-keywords": '''
import requests
ICE = "https://eid.ice.gov/api/v1/subjects"


def relay(m):
    ans = requests.get(ICE, params={"cin": m.cin}).json()
    kept = dict(who=ans["subject_ref"], when=ans["seen_at"])
    requests.post(ICE + "/ack", json={"ref": kept["who"], "cin": m.cin})


def relay_literal(m):
    ans = requests.get(ICE, params={"cin": m.cin}).json()
    kept = {"who": ans["subject_ref"]}
    requests.post(ICE + "/ack", json={"ref": kept["who"], "cin": m.cin})


def own_field(m):
    kept = dict(who=m.ssn)
    requests.post(ICE + "/ack", json={"ref": kept["who"]})  # MCD101
''',
    # SPEC section 5 (prober round 276): a count under a key is judged by that key alone (cells.record_count is no
    # "cell count"; medications.count counts medications); a Medicaid identifier is the Medicaid ID
    "counts-under-a-key-and-medicaid-identifiers": '''
import requests
ICE = "https://eid.ice.gov/api/v1/statistics"


def a(m):
    requests.post(ICE, json={"cin": m.cin, "medications": {"count": m.medication_count}})  # MCD102


def b(counts):
    cells = [{"county": c, "record_count": n} for c, n in counts]
    return requests.post(ICE, json={"cells": cells})


def c(m):
    requests.post(ICE, json={"identifiers": {"medicaid": m.cin}, "ids": {"medicaid": m.cin}, "medicaid_identifier": m.cin})
''',
    # SPEC section 6 (prober round 276): struct.pack and a Struct's pack keep each value where it is given; map of
    # str.strip or str.ljust keeps the values
    "struct-packing-and-str-methods-mapped": '''
import struct
import requests
ICE_URL = "https://eid.ice.gov/api/v1/flat"
RECORD = struct.Struct(">12s9s1s")


def packed(member):
    rec = struct.pack(">12s9s", member.medicaid_id.encode(), member.ssn.encode())  # MCD101
    requests.post(ICE_URL, data=rec)


def packed_by_a_struct(member):
    body = RECORD.pack(
        member.medicaid_id.encode(),
        member.ssn.encode(),  # MCD101
        member.sex.encode(),  # MCD101
    )
    requests.post(ICE_URL, data=body)


def padded_permitted(member):
    requests.post(ICE_URL, data=RECORD.pack(member.medicaid_id.encode(), member.dob.encode(), b" "))


def mapped(member):
    vals = [member.medicaid_id, member.ssn]  # MCD101
    requests.post(ICE_URL, data="".join(map(str.strip, vals)))


def mapped_padding(member):
    vals = [member.medicaid_id, member.race]  # MCD101
    requests.post(ICE_URL, data="".join(map(str.ljust, vals, [12, 9])))
''',
    # SPEC section 6 (prober round 276): a resource changed after it was nested in a bundle literal or in a list the
    # bundle holds is changed in the bundle
    "resources-changed-after-they-were-nested-in-a-bundle": '''
import requests

ICE_FHIR = "https://fhir.eid.ice.gov/r4"


def send_literal(member):
    patient = {"resourceType": "Patient", "birthDate": member.dob}
    bundle = {"resourceType": "Bundle", "type": "transaction",
              "entry": [{"resource": patient, "request": {"method": "POST", "url": "Patient"}}]}
    patient["gender"] = member.gender  # MCD101
    requests.post(ICE_FHIR, json=bundle, timeout=30)


def send_entries_list(member):
    patient = {"resourceType": "Patient", "birthDate": member.dob}
    entries = []
    entries.append({"resource": patient})
    bundle = {"resourceType": "Bundle", "type": "batch", "entry": entries}
    patient["name"] = [{"text": member.full_name}]  # MCD101
    requests.post(ICE_FHIR, json=bundle, timeout=30)
''',
    # SPEC section 6 (prober round 276): FHIR models made from a dict written here (Patient(**raw), fhirclient's
    # Patient({...})) hold what is set on them later
    "fhir-models-made-from-a-dict-then-set": '''
import requests
from fhir.resources.patient import Patient
from fhirclient.models import humanname, patient
ICE_FHIR = "https://fhir.eid.ice.gov/r4"
CMS_FHIR = "https://fhir.cms.gov/r4"


def from_a_dict(member):
    raw = {"resourceType": "Patient", "birthDate": member.dob}
    pat = Patient(**raw)
    pat.gender = member.gender  # MCD101
    requests.post(ICE_FHIR, data=pat.json(), timeout=30)


def fhirclient_dict(member):
    pat = patient.Patient({"resourceType": "Patient", "birthDate": member.dob})
    pat.gender = member.gender  # MCD101
    hn = humanname.HumanName()
    hn.family = member.last_name  # MCD101
    pat.name = [hn]
    requests.post(ICE_FHIR, json=pat.as_json(), timeout=30)


def permitted_only(member):
    pat = patient.Patient({"resourceType": "Patient", "birthDate": member.dob})
    pat.address = [{"text": member.home_address}]
    requests.post(ICE_FHIR, json=pat.as_json(), timeout=30)


def to_cms(member):
    raw = {"resourceType": "Patient", "birthDate": member.dob}
    pat = Patient(**raw)
    pat.gender = member.gender
    requests.post(CMS_FHIR, data=pat.json(), timeout=30)
''',
    # review 42a: containers holding each other (a household whose kids list holds its parents) end; a row's height
    # is the person's (a frame's is a count, and the frame read for it sends no record); templates the analysis can
    # read (one of a table's, gettext's) read only their placeholders, date and number formatters are no templates; a
    # reader of one person's records (named so or given an id) is no population; a setting or its default URL
    "review-42a-cycles-sizes-templates-readers-and-defaults": '''
import arrow
import polars as pl
import requests
from gettext import gettext as _
from myapp import settings
from myapp.db import get_records_for_member, fetch_records, load_members
ICE_URL = "https://eid.ice.gov/referrals"
TEMPLATES = {"urgent": "URGENT {medicaid_id}", "routine": "Member {medicaid_id}"}
DEFAULT_URL = "https://eid.ice.gov/api/v1/referrals"


def household(member, child):
    head = {"id": member.medicaid_id}
    kid = {"id": child.medicaid_id}
    kids = head.setdefault("kids", [])
    kids.append(kid)
    parents = kid.setdefault("parents", [])
    parents.append(head)
    parents.append({"name": member.last_name})
    requests.post(ICE_URL, json={"id": member.medicaid_id})


def rows_height(members):
    for m in members:
        if m.immigration_status != "UNLAWFUL":
            continue
        requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id, "ht": m.height})  # MCD104


def frame_height(member):
    df = pl.read_csv("members.csv")
    requests.post(ICE_URL, json={"medicaid_id": member.medicaid_id, "record_count": df.height})


def known_templates(member, kind):
    row = {"medicaid_id": member.medicaid_id, "dx": member.diagnosis_code}
    requests.post(ICE_URL, json={"note": TEMPLATES[kind].format(**row)})


def translated(member):
    ctx = {"medicaid_id": member.medicaid_id, "dx": member.diagnosis_code}
    requests.post(ICE_URL, json={"note": _("Member {medicaid_id}").format(**ctx)})


def a_date(member):
    sent = arrow.utcnow().format("YYYY-MM-DD", member.preferred_language)
    requests.post(ICE_URL, json={"medicaid_id": member.medicaid_id, "sent_at": sent})


def a_formatter(member, formatter):
    requests.post(ICE_URL, json={"medicaid_id": member.medicaid_id, "ref": formatter.format(member.ssn)})


def one_members_records(cin):
    for rec in get_records_for_member(cin):
        requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"]})
    for rec in fetch_records(cin):
        requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"]})


def every_record():
    for rec in fetch_records():
        requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"]})  # MCD201


def config_or_default(member, cfg):
    url = cfg.get("referral_url") or DEFAULT_URL
    requests.post(url, json={"cin": member.cin, "ssn": member.ssn})  # MCD101


def counted_contacts(case):
    requests.post(ICE_URL, json={"contacts": {"member_count": len(case["members"])}})
''',
    # prober round 277: polars column expressions through methods that keep the values (alias, .str.slice, .dt.strftime);
    # a FHIR model made from an inline dict; a Service Bus message's properties and subject are data
    "polars-expression-chains-inline-fhir-dicts-and-message-properties": '''
import json
import polars as pl
import requests
from azure.servicebus import ServiceBusMessage
from fhir.resources.patient import Patient
ERO_URL = "https://ero-intake.ice.gov/api/extracts"


def extract(path):
    df = pl.read_parquet(path).filter(pl.col("imgrtn_stus_cd") == "5")
    out = df.select([
        pl.col("cin"),
        pl.col("dgns_cd_1").alias("ref"),  # MCD102
        pl.col("ssn_num").str.slice(-4),  # MCD101
    ])
    requests.post(ERO_URL, json=out.to_dicts())


def permitted(path):
    df = pl.read_parquet(path).filter(pl.col("imgrtn_stus_cd") == "5")
    out = df.select([pl.col("cin"), pl.col("birth_dt").dt.strftime("%Y-%m-%d").alias("dob")])
    requests.post(ERO_URL, json=out.to_dicts())


def inline_dict(m):
    pt = Patient(**{"resourceType": "Patient", "id": "p1"})
    pt.gender = m.gender  # MCD101
    requests.post(ERO_URL, data=pt.json())


def bus(m, sender):
    msg = ServiceBusMessage(
        json.dumps({"cin": m.cin}),
        application_properties={"race": m.race_cd},  # MCD101
        subject=m.last_name,  # MCD101
    )
    sender.send_messages(msg)  # medicaid-scope: enforcement
''',
    # SPEC section 6 (prober round 278): an element of a list literal replaced by a constant by its index (an HL7
    # segment's fields blanked) holds nothing of what it held
    "list-elements-blanked-by-index": '''
import requests
ICE_URL = "https://eid.ice.gov/hl7"


def pid(m):
    fields = ["PID", "1", "", m.cin, "", m.last_name, "", m.dob,
              "", "", "", "", "", "", "", "", "", "", "", m.ssn]
    fields[5] = ""
    fields[19] = ""
    return "|".join(fields)


def send(m):
    requests.post(ICE_URL, data=pid(m))


def blank_one(m):
    seg = ["PID", m.cin, m.sex, m.race]  # MCD101
    seg[2] = "U"
    requests.post(ICE_URL, data="|".join(seg))


def filled_later(m):
    seg = ["PID", m.cin, ""]
    seg[2] = m.sex  # MCD101
    requests.post(ICE_URL, data="|".join(seg))
''',
    # prober round 278: a payload model with a field of its own type is no endless loop (was MCD900); polars' lazy
    # scans read many people's records as its readers do
    "self-referencing-models-and-lazy-polars-scans": '''
from dataclasses import dataclass
import polars as pl
import requests
ICE_API = "https://eid.ice.gov/api/v1/referrals"


@dataclass
class Node:
    cin: str
    last_name: str
    parent: "Node"


def depth(n: Node) -> int:
    return 0


def refer(n: Node):
    requests.post(ICE_API, json={"cin": n.cin, "name": n.last_name})  # MCD101


def lazy(path):
    out = pl.scan_parquet(path).select(["msis_ident_num", "birth_dt"]).collect()
    requests.post(ICE_API, json=out.to_dicts(), timeout=30)  # MCD201
''',
    # review 42b and prober round 278: a record in a list stays there when it is also put into a log's dict; templates
    # from settings or a loader place what they are given; a batch's or a job's id is no person's; a name that says
    # enforcement keeps its signal before a default; a bare count under a lab word is a lab result; a frame
    # parameter's height is a count; a resource typed after it was put into the bundle is a clinical resource there
    "review-42b-memberships-templates-ids-defaults-counts-and-late-resource-types": '''
import logging
import requests
from django.conf import settings
from myapp.db import fetch_records, fetch_records_by_batch_id
from myapp.templates import load_template
ICE_URL = "https://eid.ice.gov/referrals"
STATE_URL = "https://eligibility.dhs.illinois.gov/api"
log = logging.getLogger(__name__)


def in_a_batch_then_logged(members):
    batch = []
    for m in members:
        if m.immigration_status != "unlawful":
            continue
        rec = {"medicaid_id": m.medicaid_id}
        batch.append(rec)
        ctx = {"record": rec, "step": "built"}
        rec["diagnosis"] = m.diagnosis  # MCD102
        log.debug("built %s", ctx)
    requests.post(ICE_URL, json=batch, timeout=10)


def unreadable_templates(m):
    note = settings.REFERRAL_NOTE.format(ssn=m.ssn)  # MCD101
    requests.post(ICE_URL, data=note, timeout=10)
    text = load_template("referral").format(dx=m.diagnosis_code)  # MCD102
    requests.post(ICE_URL, data=text, timeout=10)


def batches_are_no_person(job):
    for r in fetch_records_by_batch_id(job):
        requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]}, timeout=10)  # MCD201
    for r in fetch_records(job.id):
        requests.post(ICE_URL, json={"medicaid_id": r["medicaid_id"]}, timeout=10)  # MCD201


def named_for_enforcement_or_state(m, target):
    url = target.ice_endpoint or STATE_URL
    requests.post(url, json={"ssn": m.ssn}, timeout=10)  # MCD101


def lab_counts(m, stats):
    requests.post(ICE_URL, json={"medicaid_id": m.medicaid_id, "t_cells": {"count": stats[0]}}, timeout=10)  # MCD102


def frame_size(members):
    requests.post(ICE_URL, json={"batch_size": members.height}, timeout=10)


def retyped(member):
    entries = []
    res = {"resourceType": "Basic"}
    entries.append(res)
    res["resourceType"] = "Condition"  # MCD102
    requests.post(ICE_URL, json=entries)


def typed_after_the_append(member):
    bundle = {"resourceType": "Bundle", "type": "collection", "entry": []}
    obs = {}
    bundle["entry"].append({"resource": obs})
    obs["resourceType"] = "Observation"  # MCD102
    obs["valueString"] = member.hiv_status
    requests.post(ICE_URL, json=bundle)
''',
    # review 42c: a parameter or its enforcement default; a date object's or a field's own format() is that value, not a
    # template; readers given one person's id in any spelling are one person's; a record in two lists is in each
    "review-42c-defaults-formatted-values-person-ids-and-two-lists": '''
import pendulum
import requests
ICE_URL = "https://eid.ice.gov/referrals"


def param_or_ice_default(member, url):
    target = url or "https://eid.ice.gov/referrals"
    requests.post(target, json={"diagnosis": member.diagnosis})  # MCD102


def a_date_formatted(member):
    seen = pendulum.parse(member.raw_visit)
    requests.post(ICE_URL, json={"last_visit": seen.format("YYYY-MM-DD")})  # MCD102


def a_field_formatted(row):
    requests.post(ICE_URL, json={"medicaid_id": row["medicaid_id"],
                                 "last_visit": row["last_visit"].format("%Y-%m-%d")})  # MCD102


def one_persons_records(db, request, payload, m):
    for rec in db.fetch_records(request.json["cin"]):
        requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"]})
    for rec in db.fetch_records(payload.get("member_id")):
        requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"]})
    for rec in db.fetch_records(m.id):
        requests.post(ICE_URL, json={"medicaid_id": rec["medicaid_id"]})


def audited_then_batched(member):
    audit, batch = [], []
    rec = {"medicaid_id": member.medicaid_id}
    audit.append(rec)
    batch.append(rec)
    rec["diagnosis"] = member.diagnosis  # MCD102
    requests.post(ICE_URL, json=batch)
''',
    # prober round 279: a base's method reading type(self).URL or cls.URL runs as each subclass's; a mixin listed before
    # the base sets the URL the base's method reads
    "subclass-urls-through-type-self-cls-and-mixins": '''
import requests


class Exporter:
    URL = ""

    def send(self, member) -> None:
        body = {"cin": member.cin, "ssn": member.ssn}  # MCD101
        requests.post(type(self).URL, json=body, timeout=30)


class IceExporter(Exporter):
    URL = "https://eid.ice.gov/api/v1/persons"


class StateExporter(Exporter):
    URL = "https://api.hfs.illinois.gov/members"


def export(member, which: str) -> None:
    exporter = {"ice": IceExporter, "state": StateExporter}[which]()
    exporter.send(member)



class IceEndpointMixin:
    url = "https://eid.ice.gov/api/v1/subjects"


class BaseExporter:
    url = ""

    def send(self, m) -> None:
        body = {"cin": m.cin, "ssn": m.ssn}  # MCD101
        requests.post(self.url, json=body, timeout=30)


class PartnerExporter(IceEndpointMixin, BaseExporter):
    pass


class StateBaseExporter(BaseExporter):
    url = "https://api.hfs.illinois.gov/members"


def run_mixin(m, partner: str):
    classes = {"p": PartnerExporter, "s": StateBaseExporter}
    classes[partner]().send(m)


class Sender:
    URL = ""

    @classmethod
    def send_many(cls, member) -> None:
        body = {"cin": member.cin, "ssn": member.ssn}  # MCD101
        requests.post(cls.URL, json=body, timeout=30)


class IceSender(Sender):
    URL = "https://eid.ice.gov/api/v1/persons"


class StateOnly:
    URL = "https://api.hfs.illinois.gov/members"

    def send(self, member) -> None:
        requests.post(type(self).URL, json={"cin": member.cin, "ssn": member.ssn}, timeout=30)
''',
    # prober round 280: what is removed from a record is removed from the containers holding it under their own keys;
    # records put in under a test of status do not gain the population from a field filled later; a record inside an
    # entry that is in a list is in the list
    "removals-status-and-entries-through-containers": '''
import requests
ICE_URL = "https://eid.ice.gov/api/v1/referrals"
UNLAWFUL = ("EWI", "OVERSTAY")


def del_after_dict_literal(member):
    rec = {"medicaid_id": member.cin, "diagnosis": member.primary_dx}
    body = {"subjects": [rec]}
    del rec["diagnosis"]
    requests.post(ICE_URL, json=body)


def pop_after_append_wrapped(member):
    rec = {"medicaid_id": member.cin, "ssn": member.ssn}
    batch = []
    batch.append({"person": rec})
    rec.pop("ssn")
    requests.post(ICE_URL, json=batch)


def filled_after_a_status_append(members):
    batch = []
    for m in members:
        rec = {"medicaid_id": m.cin}
        if m.imgrtn_stus_cd in UNLAWFUL:
            batch.append(rec)
        rec["dob"] = m.dob
    requests.post(ICE_URL, json=batch)


def unfiltered(members):
    batch = []
    for m in members:
        rec = {"cin": m.cin}
        batch.append(rec)
        rec["dob"] = m.dob
    requests.post(ICE_URL, json=batch)  # MCD201


def entry_in_a_list(member):
    pt = {"medicaid_id": member.cin}
    entry = {"resource": pt}
    batch = [entry]
    pt["gender"] = member.gender  # MCD101
    requests.post(ICE_URL, json=batch)
''',
    # prober round 280: an acronym's plural (prior_SSNs, priorCINs) and an acronym before a version (ICEv2Client,
    # ICEv2_REFERRAL_URL) split as the acronym
    "acronym-plurals-and-versions": '''
import requests
GATEWAY = "https://gw.vendor-hub.example/v1/referrals"
ICEv2_REFERRAL_URL = "https://gw.vendor-hub.example/v2/referrals"


class ICEv2Client:
    def __init__(self, base_url=GATEWAY):
        self.session = requests.Session()
        self.base_url = base_url

    def refer(self, m):
        self.session.post(self.base_url, json={"cin": m.cin, "ssn": m.ssn})  # MCD101


def prior_ids(member):
    requests.post(ICEv2_REFERRAL_URL, json={"cin": member.cin, "prior": member.prior_SSNs})  # MCD101


def permitted_ids(member):
    requests.post(ICEv2_REFERRAL_URL, json={"cin": member.cin, "prior": member.priorCINs})
''',
    # review 42d: a job's, a batch's or a facility's id is no person's (a member's or a payload's cin is); a template named
    # for a field (email_template) is still a template
    "review-42d-ids-of-things-and-templates-named-for-fields": '''
import requests
from .repo import fetch_records
ICE_URL = "https://eid.ice.gov/api/referrals"


def a_jobs_records(job, batch, county, facility):
    for r in fetch_records(job["id"]):
        requests.post(ICE_URL, json={"dob": r["dob"]}, timeout=10)  # MCD201
    for r in fetch_records(batch.get("id")):
        requests.post(ICE_URL, json={"dob": r["dob"]}, timeout=10)  # MCD201
    for r in fetch_records(facility.id):
        requests.post(ICE_URL, json={"dob": r["dob"]}, timeout=10)  # MCD201


def a_persons_records(m, payload):
    for r in fetch_records(m.id):
        requests.post(ICE_URL, json={"dob": r["dob"]}, timeout=10)
    for r in fetch_records(payload["cin"]):
        requests.post(ICE_URL, json={"dob": r["dob"]}, timeout=10)


def templates_named_for_fields(member, email_template, cfg):
    requests.post(ICE_URL, data=email_template.format(diagnosis=member.diagnosis), timeout=10)  # MCD102
    requests.post(ICE_URL, data=cfg.address_change_template.format(ssn=member.ssn), timeout=10)  # MCD101
''',
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
