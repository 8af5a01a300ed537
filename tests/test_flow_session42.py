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
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_flow_case(name: str) -> None:
    source = _source(CASES[name])
    want, _, _ = expected(source)
    assert actual(source, population=True) == want
