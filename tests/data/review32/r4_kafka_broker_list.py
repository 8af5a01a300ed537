# R4 false silence (calls.py make_client: "base_val.elements[0]" meant for Transport((HOST, port))).
# Line 15: expected MCD101 'ssn' (brokers named ICE_BROKERS, SPEC 4 name signal); after: nothing; base: MCD101.
# Line 20: expected MCD101 'ssn' (second bootstrap server is kafka.eid.ice.gov); after: nothing; base: MCD101.
# Any client whose base is a list/tuple now keeps only its first element and loses the list's own labels.
import json

from kafka import KafkaProducer

ICE_BROKERS = ["b1.msk-relay.example.com:9092", "b2.msk-relay.example.com:9092"]
BROKERS = ["kafka.state-hub.example.com:9092", "kafka.eid.ice.gov:9092"]


def publish(m):
    producer = KafkaProducer(bootstrap_servers=ICE_BROKERS)
    producer.send("referrals", value=json.dumps({"ssn": m.ssn}).encode())  # MCD101


def publish2(m):
    producer = KafkaProducer(bootstrap_servers=BROKERS)
    producer.send("referrals", value=json.dumps({"ssn": m.ssn}).encode())  # MCD101
