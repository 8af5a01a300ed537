"""Case sync and escalation jobs (main module, run by the LDH scheduler).

Scenario: a Louisiana LDH vendor bridge builds packets with builders.py
and posts them with delivery.deliver, a helper decorated with
audit.audited (a logging decorator defined in audit.py) whose keyword
flag ``to_ero`` picks the destination: settings.ERO_CASE_URL
(caseintake.ero.ice.gov, host under ice.gov) when true, else
settings.LAMEDS_CASE_URL (api.lameds.ldh.la.gov, a state host).  The
builders are not named for enforcement and builders.py has no sink;
deliver posts its parameter and is clean by itself (SPEC section 3).
Expected findings, all in this module:

- escalate_case: builders.case_packet (another module) places
  household_size (household, MCD101), ssn_last4 (read from ``member.ssn``,
  SSN, MCD101) and primary_diagnosis (diagnosis, MCD102); the packet is
  bound to ``packet`` and handed to deliver with ``to_ero=True``.  One
  finding per field at the deliver call (SPEC section 3, "Data from
  another module that is first bound to a variable ... is still reported
  at the sink call (or the call of the function whose parameter reaches
  the sink), one finding per field").  Slices keep the SSN (section 6).
  One member chosen by the caller: not MCD201.
- attach_history: builders.snapshot returns ``vars(member)``, a whole,
  unbounded record, handed to deliver with ``to_ero=True``.  MCD103 at
  the deliver call (SPEC section 3, "MCD103 likewise").
- escalate_parish: ``members`` is a plural person-named parameter and no
  code in this module calls the function: a bulk source.  The generator
  builders.iter_subject_stubs passes its input on (section 6, "Generators
  (yield) ... pass their input's names on"), and the loop calls deliver
  with ``to_ero=True`` for every stub, with no condition on immigration
  status or citizenship.  MCD201 at the deliver call (SPEC section 10,
  "Helpers: a loop over a bulk source that calls a function whose
  parameter reaches an enforcement sink is a bulk send, reported at that
  call in the loop").  The stub fields are permitted (Medicaid ID, date of
  birth, ZIP).

Not findings:
- sync_case hands the same case packet to deliver with the flag left at
  its default (False), so this call's destination is LaMEDS, a state .gov
  host on the non-enforcement list (SPEC section 4).  The destination is
  decided per call ("A field placed in a caller and sent by a helper is
  reported at the caller's placement, naming that call's destination",
  section 6); the placements in builders.py are already reported once, at
  escalate_case's call, and nothing is added here.
"""
from la_case_bridge import case_packet, deliver, iter_subject_stubs, snapshot


def escalate_case(member) -> dict:
    """A caseworker escalates one case to the ERO case intake."""
    packet = case_packet(member)
    return deliver(packet, to_ero=True)  # MCD101 MCD101 MCD102


def attach_history(member) -> dict:
    """Attach the member's LaMEDS history to an open ERO case."""
    return deliver(snapshot(member), to_ero=True)  # MCD103


def sync_case(member) -> dict:
    """Nightly LaMEDS case sync for one member."""
    return deliver(case_packet(member))


def escalate_parish(members) -> int:
    """Escalate every member of a parish list handed over by the field unit."""
    sent = 0
    for stub in iter_subject_stubs(members):
        deliver(stub, to_ero=True)  # MCD201
        sent += 1
    return sent
