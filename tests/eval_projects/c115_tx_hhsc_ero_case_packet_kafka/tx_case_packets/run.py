"""Answers one ERO case request with a subject packet (main module, run per request).

Scenario: a Texas HHSC vendor service receives an ERO case request naming a
TIERS case id, reads the case's primary applicant from the replica
(``repo.fetch_case``), builds a ``SubjectPacket`` with
``builder.build_packet`` (which copies the columns of the allow-list
``scope.PACKET_SOURCE_FIELDS`` into the model) and publishes the JSON bytes
with ``kafka_out.publish`` to ``settings.ERO_PACKET_TOPIC`` (default
``ero.subject-packets.v2``, an ``ero`` token, SPEC section 4). The allow-list
and the model grew two fields for the "family unit" pilot.

Expected findings: both at the ``publish(...)`` call (line 42): the packet
was built in builder.py and bound to a variable, then handed to a function
whose parameter reaches the enforcement topic, so each field is reported at
that call, naming its placement in builder.py (SPEC section 3,
cross-module; a known model's ``model_dump_json()`` carries its declared
fields, SPEC section 6):
- MCD101 'household_size' (household);
- MCD101 'marital_status'.

Not findings: the other packet fields are permitted; the key is the Medicaid
ID (SPEC section 1). SSN and names are selected in repo.py but dropped by the
allow-list comprehension and not declared by the model. One case looked up by
the id the caller gave, so no MCD201 (SPEC section 10, "Not bulk").
"""
import logging
import sys

from .builder import build_packet
from .kafka_out import publish
from .repo import fetch_case

log = logging.getLogger("tx_case_packets.run")


def answer_case_request(case_id: str) -> bool:
    row = fetch_case(case_id)
    if row is None:
        log.warning("case %s not found", case_id)
        return False
    value = build_packet(row)
    publish(value, medicaid_id=row["medicaid_id"])  # MCD101 MCD101
    log.info("packet published for case %s", case_id)
    return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(0 if answer_case_request(sys.argv[1]) else 1)
