"""Push problem-list Conditions and lab Observations for our Medicaid members
to the statewide health information exchange (SHIN-NY FHIR endpoint), and
publish priced encounter lines to the managed-care plans' Kafka topic.
"""
import asyncio
import json
import logging
import os

import aiohttp
from kafka import KafkaProducer

log = logging.getLogger("hie.push")

HIE_FHIR_BASE = os.environ.get("HIE_FHIR_BASE", "https://fhir.shinny.health.ny.gov/r4")
MCO_PRICED_TOPIC = "mco.encounters.priced.v1"


def condition_resource(member, dx):
    return {
        "resourceType": "Condition",
        "subject": {"identifier": {"system": "urn:ny:medicaid:cin", "value": member.cin}},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": dx.icd10_code}]},
        "onsetDateTime": dx.onset_date.isoformat(),
        "clinicalStatus": {"coding": [{"code": "active"}]},
    }


def observation_resource(member, lab):
    return {
        "resourceType": "Observation",
        "subject": {"identifier": {"value": member.cin}},
        "code": {"coding": [{"system": "http://loinc.org", "code": lab.loinc_code}]},
        "valueQuantity": {"value": lab.result_value, "unit": lab.unit},
    }


async def push_member(session, member):
    entries = [condition_resource(member, dx) for dx in member.diagnoses]
    entries += [observation_resource(member, lab) for lab in member.recent_labs]
    bundle = {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [{"resource": r, "request": {"method": "POST", "url": r["resourceType"]}} for r in entries],
    }
    async with session.post(f"{HIE_FHIR_BASE}/", json=bundle) as resp:
        if resp.status >= 400:
            log.error("HIE rejected bundle for %s: %s", member.cin, await resp.text())


async def push_all(members):
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        await asyncio.gather(*(push_member(session, m) for m in members))


def publish_priced_encounters(encounters):
    producer = KafkaProducer(
        bootstrap_servers=os.environ["MCO_KAFKA_BROKERS"].split(","),
        value_serializer=lambda v: json.dumps(v).encode("utf-8"),
    )
    for enc in encounters:
        producer.send(
            MCO_PRICED_TOPIC,
            key=enc.cin.encode(),
            value={
                "cin": enc.cin,
                "icn": enc.icn,
                "dx": enc.primary_dx,
                "hcpcs": enc.hcpcs_code,
                "unit_price": enc.unit_price,
                "plan_id": enc.mc_plan_id,
            },
        )
    producer.flush()
