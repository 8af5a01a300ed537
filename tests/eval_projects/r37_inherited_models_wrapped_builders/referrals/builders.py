"""Packet builders shared by every outbound interface."""


def build_packet(m):
    return {"cin": m.cin, "ssn": m.ssn}


def basic_packet(m):
    return {"cin": m.cin, "dob": m.birth_date, "phone": m.phone_number}


def add_demographics(m, d):
    d["race"] = m.race
