import json
from confluent_kafka import Producer

producer = Producer({"bootstrap.servers": "b1.eid.ice.gov:9093,b2.eid.ice.gov:9093"})


def send(m):
    producer.produce("referrals", value=json.dumps({"ssn": m.ssn}))  # MCD101
