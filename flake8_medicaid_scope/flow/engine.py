"""The analysis of one module: its shared state, its parts, and its results.

``ModuleAnalysis.run()`` analyzes every function and method of the module (parameters
unknown unless named like fields or annotated with a payload model) and, at each call
from another function, the callee again with the caller's argument values (memoized,
bounded: past a bound, MCD901). Placements that reach an enforcement sink are kept as
``Hit``s, one per placement. The work is done by the parts listed in ``part.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterator, TypeAlias

import libcst as cst

from ..destinations import Destination, DestinationRules, connection_setting
from ..library import ClientSpec, Rule, SinkSpec
from .calls import Calls
from .evaluate import Expressions
from .files import Files, function_held
from .functions import _LEARNING, ALONE, Functions
from .index import ClassInfo, ModuleIndex, calls_in, root_name, walk
from .links import Links
from .part import Args, Frame
from .population import Population
from .project import clock, recent_clock
from .sanitizers import Sanitizers
from .sinks import Sinks
from .statements import Statements
from .values import replace, HOLE, MAX_VIA, OPAQUE, Bulk, FunctionRef, Placement, Val, container, translate_bulk, translate_placement

if TYPE_CHECKING:
    from .project import Project

MAX_SECONDS = 5.0  # default time budget of one file's analysis (then MCD901): --medicaid-time-budget

MAX_STATE_ROUNDS = 3  # passes over the module while functions still add to module-level containers  # rounds of a loop body before its state must be stable (else MCD901)


@dataclass(frozen=True)
class BulkHit:
    """Records from a bulk source sent to an enforcement destination with no condition on status (MCD201)."""

    line: int  # the sink call, or the call that hands the unfiltered records to it
    col: int
    source: Bulk
    dest: Destination
    calls: tuple = ()  # the calls that led to the send, outermost first (the send last): nodes, or (line, column, text)
    via: tuple[tuple[int, int, str], ...] = ()  # assignments, returns and containers the records passed through


@dataclass(frozen=True)
class Hit:
    """A placement that reaches an enforcement destination."""

    placement: Placement
    dest: Destination
    sink_line: int
    calls: tuple = ()  # the calls that led to the send, outermost first (the send last): nodes, or (line, column, text)
    via: tuple[tuple[int, int, str], ...] = ()  # assignments, returns and containers the data passed through


def _as_placed(element: Val, placed: tuple[Placement, ...]) -> Val:
    """An element of a list literal, as the list placed it (its names at the element's placement)."""
    if not element.names or element.placements:
        return element
    found = tuple(p for p in placed if p.key is None and p.names == element.names)
    return replace(element, names=frozenset(), placements=found) if found else element


#: a function of a module as it was called (a method with its class)
Called: TypeAlias = "tuple[cst.FunctionDef, ClassInfo | None]"
#: a module a dropped placement came through, the placement in that module's terms and the function it ran
Via: TypeAlias = "tuple[ModuleAnalysis, Placement, Called | None]"
#: a placement a module running for another dropped (see ``ModuleAnalysis.report``), its destination and its way
Drop: TypeAlias = "tuple[Placement, Destination, tuple[Via, ...]]"

class ModuleAnalysis:
    """The data-flow analysis of one parsed module."""

    def __init__(
        self,
        module: cst.Module,
        ranges: "dict[cst.CSTNode, tuple[int, int, int]]",  # node -> (start line, start column, end line)
        index: ModuleIndex,
        *,
        rules: DestinationRules,
        vocabulary,  # noqa: ANN001 - Vocabulary
        clinical_types: frozenset[str],
        configured_sinks: frozenset[str],
        sinks: tuple[dict[str, SinkSpec], dict[str, ClientSpec], dict[str, dict[str, Rule]]],
        project: "Project | None" = None,
        module_id: str = "<module>",
        time_budget: float = MAX_SECONDS,
    ) -> None:
        self.module = module
        self._ranges = ranges
        #: the statements being run, where positions are looked for first (``positions.LazyPositions``)
        self.running: list[cst.CSTNode] | None = getattr(ranges, "running", None)
        self.index = index
        self.rules = rules
        self.vocabulary = vocabulary
        self.clinical_types = clinical_types
        self.configured_sinks = configured_sinks
        self.sink_functions, self.client_specs, self.client_methods = sinks
        self._hits: dict[tuple[int, int, str, str, int], Hit] = {}
        #: spots placed by a function run on its own that code of the module calls (its parameters unknown):
        #: (line, column) -> (the function, the names); those placed with what a call gave (``_by_callers``)
        self._provisional: dict[tuple[int, int], tuple[int, frozenset[str], bool]] = {}
        self._by_callers: set[tuple[int, int]] = set()
        #: sends reached with what a caller gave: sink line -> (names sent, the functions running)
        self._called_sends: dict[int, list[tuple[frozenset[str], frozenset[int]]]] = {}
        self._stack: list[object] = project.stack if project is not None else []
        self.project = project
        self.deadline = clock() + time_budget
        self.module_id = module_id
        #: (file, hash of its text, configuration) of an imported module, whose learned facts the other
        #: files of the run may share (``project.RUN_ATTRS``); None for a linted file
        self.source_key: tuple[object, ...] | None = None
        #: set while this module runs a function for another module's analysis: (that analysis, its call)
        self.host: tuple[ModuleAnalysis, cst.CSTNode] | None = None
        #: calls of the project's functions inside a pragma-marked call's arguments, and those being run now
        self.pragma_helpers: set[int] = set()
        self.pragma_running: set[int] = set()
        #: how deep this module runs called back by a module it is running (a decorator's wrapper calling
        #: the function it wraps): what that module placed and sends through here is that module's finding
        self.called_back = 0
        #: where the placements handed in by the host were made (module, line, column), see ``report``
        self.handed_in: frozenset[tuple[str | None, int, int]] | None = frozenset()
        #: of those, this module's own placements that came back in only on the object a method of this module runs on
        #: (``s.load(m)`` then ``s.submit()`` in the caller): sent here, they are this module's finding if its own
        #: analysis sends them too (SPEC section 3: a caller handing on only a nameless object is clean)
        self.own_on_object: frozenset[tuple[str | None, int, int]] = frozenset()
        #: the bulk sources the host handed in (in its arguments, the files it lent), see ``report_bulk``
        self.handed_bulk: frozenset[Bulk] = frozenset()
        #: while running for a host: this module's own placements that reached enforcement during the call
        #: (its own finding when its own analysis sees that too; the host's, at its call, when only the
        #: host's values made the destination enforcement: ``post_member(ICE_URL, m)``), see ``Links``
        #: each with the modules it came through on the way (``Drop``)
        self.dropped: list[Drop] | None = None
        #: how many findings this module has handed on to a host (a memoized run that handed some is
        #: memoized per chain of calls running it: ``Functions.call_function``)
        self.forwarded = 0
        #: (that module, its placements dropped so, the call here, the function called) for ``Links.settle_drops``
        self.deferred_drops: list[tuple[ModuleAnalysis, tuple[Drop, ...], cst.CSTNode, Called | None]] = []
        self._sent_by: dict[tuple[int, str | None], set[tuple[str, int, int]]] = {}
        #: where this module's own analysis sends its own placements to enforcement (``own_sends``), once known
        self._own_sends: set[tuple[int, int]] | None = None
        #: placements of other modules this module's own analysis sent to enforcement (module, line, column)
        self._foreign_sent: set[tuple[str, int, int]] = set()
        #: where a placement of another module was first reported in each function of this module
        self._foreign_first: dict[tuple[str, int, int, int], list[tuple[frozenset[str], tuple[int, int]]]] = {}
        #: calls of functions of this module handed data placed in another module, with where it was placed
        #: (outermost first): such data is reported at the outermost of them (``report``)
        self.foreign_calls: list[tuple[cst.Call, frozenset[tuple[str | None, int, int]]]] = []
        #: calls of this module through which data placed in another module reaches a send
        self.anchors: list[cst.CSTNode] = []
        self.last_effects: dict[int, Val] = {}  # what the last call did to its arguments (see apply_effects)
        self.last_closure: dict[str, Val] = {}  # what the last nested function called changed in its enclosing function
        self.last_self: dict[str, Val] = {}  # what the last method call set on its object (``p.add(m)``, then ``p.data``)
        #: request objects made by a sink that sends later (``req = requests.Request("POST", ICE_URL)``): the call, the
        #: sink's reading and its arguments, by the label their value carries (``req.json = {...}`` set afterwards is sent)
        self.request_objects: dict[str, tuple[cst.Call, SinkSpec, Args, dict[str, Any]]] = {}
        #: nested defs and lambdas -> the imports of the function they are defined in (they see them)
        self.outer_imports: dict[int, dict[str, str]] = {}
        self.cleared: frozenset[str] = frozenset()
        self.marked: frozenset[str] = frozenset()  # constants marked with the enforcement pragma
        #: module-level containers filled by functions (``_OUTBOX.append(...)`` in one, posted in another)
        self.module_state: dict[str, Val] = {}
        #: the functions the module's operators run under a task id (Airflow's ``python_callable``), found once
        self.task_callables: dict[str, str] | None = None
        #: the expressions each attribute of a family of the module's classes is bound to (None: changed in place)
        #: the module's functions registered as web handlers by a call (``app.add_url_rule(..., view_func=f)``), found once
        self.route_registrations: "dict[str, tuple[tuple[str, cst.Call], ...]] | None" = None
        self.attribute_bindings: dict[tuple[str, str], "tuple[cst.BaseExpression, ...] | None"] = {}
        #: entries of module constant dicts a function repoints to a destination (``CONFIG["url"] = ICE_URL``)
        self.repointed: dict[tuple[str, tuple[str, ...]], Val] = {}
        self.written_by: dict[str, set[int]] = {}  # the functions (ids; 0: module level) that wrote each file
        self.safe_sent: set[tuple[int, int]] = set()  # placements sent to a non-enforcement host
        self.safe_labels: dict[tuple[int, int], set[str]] = {}  # the labels of the values that carried them there
        self.safe_senders: dict[tuple[int, int], set[int]] = {}  # the functions (ids) whose sends carried them there
        self.safe_models: set[str] = set()  # models whose instances are sent to a non-enforcement host
        self.unsafe_sent: set[tuple[int, int]] = set()  # placements sent to a destination not known to be safe
        #: another module's placements sent to a non-enforcement host, with the names that supplied them
        self.safe_origins: dict[tuple[str, str | None], set[str]] = {}
        self.unsafe_origins: dict[tuple[str, str | None], set[str]] = {}  # the same, sent to a destination not known to be safe
        self.unsafe_models: set[str] = set()
        #: payload models of the module by what their instances were made from: "response" (only what a
        #: send or fetch returned: an inbound model, IceDetainerNotice.model_validate(resp.json())) or "data"
        self.model_inputs: dict[str, set[str]] = {}
        self.state_changed = False
        self.cut = False  # a bound stopped data that was handed to a call
        self.cut_unseen = False  # a bound stopped a nested def's run: its body is analyzed nowhere
        self.timed_out = False  # the file's time budget ran out (MCD901 whatever was seen)
        self.enforcement_seen = False  # some send in the module goes to enforcement
        self.hosts_only = 0  # > 0 inside a def or call marked not-enforcement: only host patterns decide
        #: sends to enforcement destinations, by (line of the send, destination): the audit report reads them
        self.transfers: dict[tuple[int, str, str], Transfer] = {}
        #: what was written to each file, by its folded path (flow/files.py)
        self.written: dict[str, Val] = {}
        #: the class of the object each running method runs for (None: a function), innermost last
        self.selves: list[str | None] = []
        #: what files held before a function rewrote them from scratch, given back when that run ends
        self.stashed: dict[str, list[Val]] = {}
        # the column lists functions return (``return cols``), each name where it was written (by id of the function)
        self.returned_columns: "dict[int, dict[str, Placement]]" = {}
        self.recipients: dict[str, list[Val]] = {}  # e-mail messages: their To, Cc and Bcc values
        self.recipient_headers: dict[str, list[str]] = {}  # (the header of each of those set here: "to", "cc" or "bcc")
        #: the bulk sources the expression being evaluated has read so far (population.py)
        self.bulk_read: frozenset[Bulk] = frozenset()
        #: the calls being evaluated, outermost first: (id of the function that makes it, the call, that function)
        self.call_sites: list[tuple[int, cst.Call, object]] = []
        #: the calls being analyzed that ran a function of the project (repo.find(cin) of a class of the project is
        #: its own code, not a library's find)
        self.project_calls: dict[int, set[str]] = {}  # (by the call's id: the names of the functions of the project it ran)
        self.receivers: dict[int, Val] = {}  # (by the id of a call whose result a method is called on: that result, Population)
        #: a @contextmanager generator run again after its ``with`` block: its ``yield rows`` gives back
        #: what the block left in the yielded object (by the id of the yield)
        self.yield_values: dict[int, Val] = {}
        #: the value of the assignment being run (a lambda or partial bound to a name runs where it is called)
        self.bound_value: cst.BaseExpression | None = None
        #: a lambda or partial made ready is being analyzed where it is made (its fields count, not MCD201)
        self.made_ready = 0
        self.unrolling = 0  # > 0 while a loop or comprehension over a constant collection runs once per element
        #: the methods whose records, kept on an object, the method being run on its own leaves to its callers
        self.object_sources: frozenset[int] = frozenset()
        self.bulk_hits: dict[int, BulkHit] = {}  # MCD201, by the line it is reported at
        #: files named for enforcement written from bulk records, and files whose content a send read
        #: (file, id of the write) -> the records written there, where, by which call: one MCD201 per write
        self.file_sends: dict[tuple[str, int], tuple[frozenset[Bulk], Destination, cst.Call]] = {}
        self.uploaded_files: set[str] = set()
        self.contents_read: list[str] = []  # the files whose content was read into data, in order
        self.args_read: frozenset[str] = frozenset()  # those read by the arguments of the call being made
        self.file_reads: list[str] = []  # the files read whole (fh.read()), in order
        self.again = 0  # > 0 while a recursive call runs again with the known values it was handed
        self.args_file_reads: frozenset[str] = frozenset()  # those read by the arguments of the call being made
        #: files named for enforcement: where their content was reported at the write, and which files were
        #: visibly uploaded to a non-enforcement destination or to an enforcement one (see run())
        self.file_reports: dict[str, set[tuple[int, int]]] = {}
        self.safe_uploads: set[str] = set()
        #: (source, copy) of each file copied or moved (shutil.copy, os.replace): an upload of the copy is
        #: where the original's content went
        self.file_copies: list[tuple[str, str]] = []
        self.written_at: dict[str, set[tuple[int, int]]] = {}  # per file, (function, line) of each write
        self.enforcement_uploads: set[str] = set()
        #: the value each comprehension of the module last iterated, by its ``iter`` node
        self.iterated: dict[cst.BaseExpression, Val] = {}
        self.while_depth = 0  # while loops being run (cur.fetchone() in one reads row after row)
        self.sends = 0  # sends to enforcement seen so far (a status if whose every branch sends chooses nothing)
        self.branch_sends: list[int] = []  # per branch of the last if/match run: the sends it made
        self.written_every_way: set[str] = set()  # the files every branch of the last if wrote into
        # the parts (part.py): each a small interface the others call by name
        self.expr = Expressions(self)
        self.calls = Calls(self)
        self.sinks = Sinks(self)
        self.sanitizers = Sanitizers(self)
        self.statements = Statements(self)
        self.functions = Functions(self)
        self.links = Links(self)
        self.files = Files(self)
        self.population = Population(self)
        parts = (self.expr, self.calls, self.sinks, self.sanitizers, self.statements, self.functions, self.links, self.files, self.population)
        for part in parts:
            part.wire()

    def out_of_time(self) -> bool:
        """The file's time budget (shared with the modules it reaches) is spent."""
        # (the CPU clock read at most every CLOCK_REFRESH seconds: a system call at every statement cost a fifth of
        # the analysis of a module linted without a project, over stdin)
        spent = self.project.out_of_time() if self.project is not None else recent_clock() > self.deadline
        self.timed_out = self.timed_out or spent
        return spent

    def release(self) -> None:
        """Break the links between the analysis and its parts (they point at one another), once its
        findings are out: the module's tree and everything the analysis made are then freed at once
        by reference counting, instead of waiting for the cycle collector to walk them all."""
        for part in (self.expr, self.calls, self.sinks, self.sanitizers, self.statements, self.functions, self.links, self.files, self.population):
            part.__dict__.clear()
        self.__dict__.clear()

    def alias_position(self, new: cst.CSTNode, old: cst.CSTNode) -> None:
        """``new`` (a node the analysis made, not in the source) stands where ``old`` is."""
        if old in self._ranges:
            self._ranges[new] = self._ranges[old]

    def positions(self, node: cst.CSTNode) -> tuple[int, int]:
        rng = self._ranges.get(node)
        if rng is None:
            return (1, 0)
        return rng[0], rng[1]

    def arg_position(self, arg: cst.Arg) -> tuple[int, int]:
        """Where an argument's value is placed: the argument, or its value when the value starts on a
        later line (``label=(\n    m.last_name\n)``: a placement spanning lines is reported at the
        line of the value itself, SPEC section 3)."""
        line, col = self.positions(arg)
        if arg.keyword is None:
            return line, col
        value_line, value_col = self.positions(arg.value)
        lpar = getattr(arg.value, "lpar", ())
        if value_line == line and lpar and isinstance(lpar[0].whitespace_after, cst.ParenthesizedWhitespace):
            # label=(  <newline>  m.last_name  <newline> ): the value's own line, inside its parentheses
            value_line += 1 + len(lpar[0].whitespace_after.empty_lines)
            text = getattr(self._ranges, "text", None)
            lines = text.splitlines() if isinstance(text, str) else []
            source = lines[value_line - 1] if 0 < value_line <= len(lines) else ""
            value_col = len(source) - len(source.lstrip())
        return (value_line, value_col) if value_line > line else (line, col)

    def hand(self, args: Args | None) -> Args | None:
        """Arguments handed to a function of the project: a bare field (``send(m.ssn)``) remembers
        the argument it was handed at, where it is reported if the function sends it as it is."""
        if not args:
            return args
        out = []
        for arg, val in args:
            if val.names and not val.placements and not val.const and val.handed is None and arg in self._ranges:
                line, col = self.positions(arg)
                val = replace(val, handed=Placement(line, col, val.names))
            elif val.elements and val.placements:
                # _segment(["NM1", row["LAST_NAME"], ...]): each element was placed in the list here; the
                # callee going through them (join(str(e) for e in elements)) places nothing anew
                val = replace(val, elements=tuple(_as_placed(e, val.placements) for e in val.elements))
            out.append((arg, val))
        return out

    def stand_in(self, made: cst.CSTNode, original: cst.CSTNode) -> cst.CSTNode:
        """A node the analysis made for one it read (an argument unpacked from ``args=[...]``): it is
        where the original is."""
        if original in self._ranges:
            self._ranges[made] = self._ranges[original]
        return made

    def span(self, node: cst.CSTNode) -> tuple[int, int]:
        rng = self._ranges.get(node)
        if rng is None:
            return (0, -1)
        return rng[0], rng[2]

    def callers(self) -> set[str]:
        """This module and the modules running it (its host, the host's host on)."""
        chain = {self.module_id}
        outer = self.host[0] if self.host is not None else None
        while outer is not None and outer.module_id not in chain:
            chain.add(outer.module_id)
            outer = outer.host[0] if outer.host is not None else None
        return chain

    def host_calls(self) -> tuple[int, ...]:
        """The calls running this module, the host's own host's on (ids): a callee run for one chain of
        modules is not the same run as for another through the same call (what it drops differs)."""
        calls: list[int] = []
        seen = {self.module_id}
        outer = self.host
        while outer is not None and outer[0].module_id not in seen:
            calls.append(id(outer[1]))
            seen.add(outer[0].module_id)
            outer = outer[0].host
        return tuple(calls)

    def report(self, placement: Placement, dest: Destination, sink_line: int, via: tuple[tuple[int, int, str], ...] = ()) -> None:
        """Record that ``placement`` reaches enforcement destination ``dest`` (sent at ``sink_line``)."""
        if _LEARNING[0]:
            return  # learning an object's attributes: its methods run again, with them known, before anything counts
        if self.host is not None:
            # running for another module: hand on what that module placed or held; what this
            # module placed during the call is this module's own finding, not the caller's
            self.forwarded += 1
            if placement.module is None and (not placement.carried or (None, placement.line, placement.col) in self.own_on_object):
                # (also one of its own that came back in only on the object its method runs on: s.load(m), then
                # s.submit() -- its own finding where its own analysis sends it, the caller's otherwise)
                if self.dropped is not None:
                    self.dropped.append((placement, dest, ()))
                return
            host, anchor = self.host
            if placement.module is not None and self.handed_in is not None and (placement.module, placement.line, placement.col) not in self.handed_in:
                # placed during the call, not handed in by the caller: by a third module (a helper filling
                # the body), or by a callback into the caller (an override its base class calls, a shaping
                # function of the caller's module this one imports): settled as this module's own
                # placements are (the caller's finding when no module of the chain sends it to enforcement
                # on its own: post_member(ICE_URL, m) with the body built by a third; send(m) posting
                # shapes.shape(m) to its own ICE_URL is this module's finding, not its caller's)
                if self.dropped is not None:
                    self.dropped.append((placement, dest, ()))
                return
            host.report(translate_placement(placement, self.module_id, host.module_id), dest, host.positions(anchor)[0])
            return
        placement = replace(placement, carried=False) if placement.carried else placement
        if placement.module is not None:
            # placed in another module: reported at the call here that hands it to the send
            if not self.anchors or self.called_back:
                return
            if placement.at_declaration and _by_name(dest) and self.project is not None:
                # return EroReferral(...) in a builder named for enforcement, the model (named for enforcement)
                # declared in another module that reports its fields at their declarations: no send here,
                # nothing to report again (SPEC section 3: its constructor keywords are not reported again; posted to
                # ICE here, it is also this module's finding at the send, as the evaluation project r52 decides: a
                # module's findings depend only on it and what it imports, round 394a)
                declaring = self.project.by_id.get(placement.module)
                if declaring is not None and (placement.line, placement.col) in declaring.own_sends():
                    return
            self._foreign_sent.add((placement.module, placement.line, placement.col))
            handing = next((call for call, handed in self.foreign_calls if (placement.module, placement.line, placement.col) in handed), None)
            at = handing if handing is not None else self.anchors[-1]
            line, col = self.positions(at)
            # body = identity(m), then posted to ICE and to CBP: one placement reaching two sinks of one
            # function is one finding, at the first (SPEC section 3); filled with other data by another call
            # (identity(m.spouse)), it is another finding, as for a helper of this module
            # (by the function around the call, also for what is settled after the run: a file named for
            # enforcement that a helper of another module wrote, then uploaded here, is one finding)
            scope = self.links.enclosing_def(at)
            seen = self._foreign_first.setdefault((placement.module, placement.line, placement.col, scope), [])
            earlier = next((at for names, at in seen if names == placement.names), None)
            if earlier is None:
                seen.append((placement.names, (line, col)))
            else:
                line, col = earlier
            placement = replace(placement, line=line, col=col, module=None)
        if placement.module is None:
            self._note_run(placement, sink_line)
        transfer = self.note_transfer(sink_line, dest)
        transfer.placements.append(placement)
        if len(self.call_sites) > len(transfer.calls):
            transfer.calls = self.call_path()  # the route of data placed by a caller: through its helpers
        # (a column put under two keys, "medicaid_id": row[0], "tax_id": row[0]: two placements, each its entry's)
        key = (placement.line, placement.col, placement.kind, placement.origin if placement.entry is None else f"{placement.origin}@{placement.entry}", 0)
        old = self._hits.get(key)
        while old is not None and not _same_data(old.placement, placement):
            # wrap(m.ssn) and wrap(m.race): one entry of a helper filled with different data by two
            # calls is two findings; the same data seen again (another sink, another loop round) is one
            key = (*key[:4], key[4] + 1)
            old = self._hits.get(key)
        if old is None:
            self._hits[key] = Hit(placement, dest, sink_line, self.call_path(placement.line if placement.module is None else None), via)
            return
        names = old.placement.names | placement.names
        key_only = old.placement.key_only and placement.key_only
        # (the same string sent as a Subject and as the Message: data, not only transfer metadata)
        metadata = old.placement.metadata and placement.metadata
        # a send the data visibly reaches names its destination better than a builder or model name
        files = ("enforcement file", "enforcement folder")
        if _by_name(old.dest) != _by_name(dest):
            first = old if not _by_name(old.dest) else Hit(placement, dest, sink_line, self.call_path(placement.line), via)
        elif (old.dest.what in files) != (dest.what in files):
            # written to ice_referral_copy.csv and posted to ICE: the post is the finding (the file may turn out
            # to be the state's, uploaded only there, which drops a finding that names it)
            first = old if dest.what in files else Hit(placement, dest, sink_line, self.call_path(placement.line), via)
        else:
            first = old if old.sink_line <= sink_line else Hit(placement, dest, sink_line, self.call_path(placement.line), via)
        self._hits[key] = replace(first, placement=replace(first.placement, names=names, key_only=key_only, metadata=metadata))

    def _note_run(self, placement: Placement, sink_line: int) -> None:
        """Whether ``placement`` was made by a function run on its own whose callers in the module run it
        again with what they give (``_provisional``), or with what a caller gave (``_by_callers``)."""
        spot = (placement.line, placement.col)
        alone = self.functions.alone_with_callers()
        if alone is not None:
            if spot not in self._provisional:
                # (a whole record read off a parameter or a local name, df.to_dict() of push(df), frame.to_dict() of
                # frame = df.copy(): what the callers hand in; not a record the function reads itself,
                # vars(fetch_member(member_id)), load_all().to_dict())
                root = re.match(r"[A-Za-z_]\w*(?=[.\[])", placement.detail) if placement.kind == "whole" else None
                params = {p.name.value for p in (*alone.params.posonly_params, *alone.params.params)}
                of_param = root is not None and (root.group() in params or self._bound_from(root.group(), alone, params))
                self._provisional[spot] = (id(alone), placement.names, of_param)
            return
        self._by_callers.add(spot)
        if len(self._stack) > 1 or self.functions.called_from_module_body():
            self._called_sends.setdefault(sink_line, []).append((placement.names, frozenset(id(f) for f in self._stack)))

    def _bound_from(self, name: str, fn: cst.FunctionDef, params: set[str]) -> bool:
        """``fn`` binds ``name`` only from its parameters (``frame = df.copy()``, ``out = df``, ``rows = df[cols]``),
        directly or through another such name."""
        known = set(params)
        for _ in range(3):
            values = [s.value for s in self.functions.flat.walk(fn.body) if isinstance(s, cst.Assign)
                      and any(isinstance(t.target, cst.Name) and t.target.value == name for t in s.targets)]
            if values and all(root_name(v) in known for v in values):
                return True
            grown = {t.target.value for s in self.functions.flat.walk(fn.body) if isinstance(s, cst.Assign) and root_name(s.value) in known
                     for t in s.targets if isinstance(t.target, cst.Name)}
            if grown <= known:
                return False
            known |= grown
        return False

    def _placed_by_callers(self, hit: Hit) -> bool:
        """``hit`` was placed only by a function run on its own (``push(rows)``, ``rows`` unknown), and the
        module's calls of it sent the same names to the same send placed where the callers' data was
        placed (the SQL column ``extract()`` selected, the ``usecols`` entry of ``load()``): one finding
        per placement, there (SPEC section 3), not again where the helper reads it."""
        spot = (hit.placement.line, hit.placement.col)
        made = self._provisional.get(spot)
        if made is None or spot in self._by_callers:
            return False
        fn, names, of_param = made
        # (a whole record of a parameter, df.to_dict() of push(df): what the callers handed in went there instead)
        whole = of_param and hit.placement.kind == "whole" and not names
        return any(fn in running and (whole or sent & names) for sent, running in self._called_sends.get(hit.sink_line, ()))

    def own_sends(self) -> set[tuple[int, int]]:
        """Where this module's own placements that its own analysis sends to enforcement were made: its
        payload models, functions and methods each run on its own, and its module body, as ``run``
        does, once (memoized apart, ``ALONE``: a call memoized while this module ran for another reported
        to that one), with no host."""
        if self._own_sends is None:
            self._own_sends = set()
            with self._alone(1) as alone:
                self._report_payload_models()
                self._run_each_function()
                self.statements.run_block(self.module.body, Frame(env={}))
            settled = self._settled(alone)
            self._foreign_sent |= {key for key in settled if key[0] != self.module_id}
            self._own_sends = {(key[0], key[1]) for key, hit in self._hits.items() if hit.placement.module is None}
            # (its own placements a base class of another module sends when it calls this module's override back)
            self._own_sends |= {(line, col) for module, line, col in settled if module == self.module_id}
        return self._own_sends

    def own_foreign_sends(self) -> set[tuple[str, int, int]]:
        """The placements of other modules that this module's own analysis sends to enforcement."""
        self.own_sends()
        return self._foreign_sent

    def foreign_sent_by(self, called: "tuple[cst.FunctionDef, ClassInfo | None]") -> set[tuple[str, int, int]]:
        """The placements of other modules that the function ``fn`` of this module, run on its own (its
        parameters unknown), sends to enforcement: ``refer_now(m)`` posting a third module's body to its
        own ICE_URL does; ``post_member(url, m)`` does not, its caller's URL decides (a method: run on an
        object of its class)."""
        fn, cls = called
        key = (id(fn), cls.name if cls is not None else None)
        if key not in self._sent_by:
            self._sent_by[key] = set()
            saved, self._foreign_sent = self._foreign_sent, set()
            # a method inherited by ``cls`` runs as the class that defines it, on an object of ``cls``
            defining = cls
            if cls is not None and fn not in cls.methods.values():
                found = self.links.find_method(cls, fn.name.value)
                defining = found[1] if found is not None and found[2] is fn and found[0] is self else cls
            try:
                # memoized apart from own_sends' runs too (a run of fn memoized there reports nothing again here)
                with self._alone(2 + id(fn) if defining is cls else -(id(fn) + id(cls))) as alone:
                    self.functions.call_function(fn, defining, None, Val(model=cls.name) if cls is not None else None)
            finally:
                self._sent_by[key], self._foreign_sent = self._foreign_sent, saved | self._foreign_sent
            self._sent_by[key] |= self._settled(alone)
        return self._sent_by[key]

    @contextmanager
    def _alone(self, mode: int) -> "Iterator[list[tuple[ModuleAnalysis, tuple[Drop, ...], cst.CSTNode, Called | None]]]":
        """Run this module on its own meanwhile (no host, memoized apart under ``mode``, see ``ALONE``);
        the list given collects the drops the run deferred (``Links.settle_drops``), once it is over."""
        collected: list[tuple[ModuleAnalysis, tuple[Drop, ...], cst.CSTNode, Called | None]] = []
        host, handed, dropped, self.host, self.handed_in, self.dropped = self.host, self.handed_in, self.dropped, None, frozenset(), None
        previous, ALONE[0] = ALONE[0], mode
        deferred, self.deferred_drops = self.deferred_drops, []
        try:
            yield collected
        finally:
            ALONE[0] = previous
            self.host, self.handed_in, self.dropped = host, handed, dropped
            collected.extend(self.deferred_drops)
            self.deferred_drops = deferred

    def _settled(self, drops: "list[tuple[ModuleAnalysis, tuple[Drop, ...], cst.CSTNode, Called | None]]") -> set[tuple[str, int, int]]:
        """Of the drops a run on its own collected (``Links.settle_drops``), the placements this module
        reports as its own findings: a transport of another module posting a builder's body of a third
        to the URL this module gives it (caller -> service -> transport -> builder)."""
        return {(p.module or other.module_id, p.line, p.col) for other, dropped, _, fn in drops for p, _, via in dropped
                if not self.links.sent_on_its_own(other, p, fn, via)}

    def report_bulk(self, sources: frozenset[Bulk], dest: Destination, sink: cst.Call, via: tuple[tuple[int, int, str], ...] = (),
                    callers_destination: bool = False) -> None:
        """Records from ``sources`` reach enforcement destination ``dest`` at ``sink`` with no condition
        on status (MCD201): reported once per line, in the function that read the source, at the call
        there that leads to the send (the sink itself when it is in that function). ``callers_destination``: the module
        running this one gave the destination, so records this module read are that module's finding too."""
        if _LEARNING[0] or self.made_ready:
            return  # (a lambda or partial analyzed where it is made: its run, seen or not, is where records go)
        if self.object_sources:
            sources = frozenset(b for b in sources if b.module is not None or b.scope not in self.object_sources)
            if not sources:
                return
        if self.host is not None:
            # running for another module: only records that module read and handed in are its finding
            self.forwarded += 1
            host, anchor = self.host
            chain = set()  # the modules running this call, the host's host on (a client's inherited transport)
            outer: ModuleAnalysis | None = host.host[0] if host.host is not None else None
            while outer is not None and outer.module_id not in chain:
                chain.add(outer.module_id)
                outer = outer.host[0] if outer.host is not None else None
            # (records a third module read and the host handed in, a roster file written by an export module
            # and given to an upload helper, are the host's to report too)
            handed = frozenset(m for b, m in zip(sources, (translate_bulk(b, self.module_id, host.module_id) for b in sources), strict=True)
                               if m.module is None or m.module in chain or b in self.handed_bulk or (callers_destination and b.module is None))
            if handed:
                host.report_bulk(handed, dest, anchor)  # type: ignore[arg-type]
            return
        if self.called_back:
            sources = frozenset(b for b in sources if b.module is None)  # read by the module calling back: its finding
            if not sources:
                return
        running = {scope for scope, *_ in self.call_sites}
        # (the records the functions running now read first, then those another function read: round 517a)
        own = sorted((b for b in sources if b.module is None), key=lambda b: (b.scope not in running, b.line, b.col, b.text))
        source = own[0] if own else min(sources, key=lambda b: (b.origin, b.line, b.col, b.text))
        where: cst.CSTNode = sink
        start = 0
        for index in range(len(self.call_sites) - 1, -1, -1):
            if self.call_sites[index][0] == source.scope:
                site = self.call_sites[index][1]
                called = self.index.functions.get(site.func.value) if not site.args and isinstance(site.func, cst.Name) else None
                if isinstance(called, cst.FunctionDef) and not called.decorators:
                    # upload() after write_file(rows): it hands on nothing; the send is where the records go (not a
                    # @contextmanager's ice_batch(), whose block hands it what it yielded)
                    continue
                where, start = site, index
                break
        if source.module is not None and self.anchors:
            where = self.anchors[0]
        self.note_transfer(self.positions(sink)[0], dest).population = source
        line, col = self.positions(where)
        old = self.bulk_hits.get(line)
        earlier = (source.line, source.col, source.text) < (old.source.line, old.source.col, old.source.text) if old is not None else True
        if old is None or earlier and old.source.module is None and source.module is None:
            # the trace lists the calls from the function that read the records on
            self.bulk_hits[line] = BulkHit(line, col, source, dest, self.call_path()[start:], via if self.host is None else ())

    def call_path(self, line: int | None = None) -> tuple[cst.Call, ...]:
        """The calls being evaluated now, outermost first (``described`` makes them text when shown);
        with ``line``, from the call made by the function that holds that line on (the calls that led
        into it carried nothing of what was placed there)."""
        sites = self.call_sites
        if line is not None:
            for index in range(len(sites) - 1, -1, -1):
                fn = sites[index][2]
                first, last = self.span(fn) if fn is not None else (1, 10**9)  # type: ignore[arg-type]
                if first <= line <= last:
                    sites = sites[index:]
                    break
        path = tuple(site[1] for site in sites)
        for call in path:
            self._ranges.get(call)  # placed now, while their statements run (cheap), not by a whole pass when shown
        return path

    def described(self, calls: "tuple[cst.Call, ...] | tuple[tuple[int, int, str], ...]") -> tuple[tuple[int, int, str], ...]:
        """Calls as (line, column, how the call reads)."""
        from .population import describe

        return tuple(c if isinstance(c, tuple) else (*self.positions(c), describe(c)) for c in calls)

    def note_transfer(self, line: int, dest: Destination) -> Transfer:
        """The transfer sent at ``line`` to ``dest`` (recorded even when it carries nothing)."""
        if _LEARNING[0]:
            return Transfer(line, dest, [])  # not kept: see report()
        if self.host is not None:
            host, anchor = self.host
            return host.note_transfer(host.positions(anchor)[0], dest)
        key = (line, dest.display, dest.what)
        if key not in self.transfers:
            self.transfers[key] = Transfer(line, dest, [], calls=self.call_path())
        return self.transfers[key]

    def restore_files(self) -> None:
        """After one function's run: files it rewrote from scratch hold again what they held before
        too (the next function run on its own may come after either write); the files names of a function held the
        paths of (``<file at path in drop>``) are that run's alone: the next run of the function (a second pass over
        the module) starts without them (round 486a)."""
        for key, olds in self.stashed.items():
            current = self.written.get(key, OPAQUE)
            placements = tuple(dict.fromkeys((*current.placements, *(p for old in olds for p in old.placements))))
            self.written[key] = container(placements, bulk=current.bulk.union(*(old.bulk for old in olds)))
        self.stashed.clear()
        for key in [k for k in self.written if function_held(k)]:
            del self.written[key]

    def sent_safely(self, placements: tuple[Placement, ...], model: str | None, safe: bool = True, labels: frozenset[str] = frozenset()) -> None:
        """``placements`` (and an instance of ``model``) reach a non-enforcement host (``safe``), or a
        destination not known to be one. A builder or model named for enforcement is clean only when
        its output visibly goes to safe hosts and nowhere else (SPEC section 4). Running for another
        module (a base class's send run for a subclass there), what that module placed is handed back
        to it."""
        where, models = (self.safe_sent, self.safe_models) if safe else (self.unsafe_sent, self.unsafe_models)
        where.update((p.line, p.col) for p in placements if p.module is None)
        if safe:
            running = self._stack[-1] if self._stack else None
            for p in placements:
                if p.module is None:
                    # with the names of the builders whose output carried it (a helper's placement that a state send
                    # carries is not the output of every enforcement builder that also returns it), and the functions
                    # that made the send (a builder's own send to the state's ledger is not where its output goes)
                    self.safe_labels.setdefault((p.line, p.col), set()).update(labels)
                    self.safe_senders.setdefault((p.line, p.col), set()).add(id(running) if running is not None else 0)
        # another module's placement, by where it was made (a builder here returning it is reported at
        # its return, not at the placement's own position)
        # with the names of the builders whose output it is (``labels``)
        origins = self.safe_origins if safe else self.unsafe_origins
        for p in placements:
            if p.module is not None and p.origin:
                origins.setdefault((p.origin, p.key), set()).update(labels)
        if model is not None:
            models.add(model)
        if self.host is not None:
            host = self.host[0]
            theirs = tuple(translate_placement(p, self.module_id, host.module_id) for p in placements if p.module is not None)
            prefix = f"@{host.module_id}:"
            mine = model if model is None or model.startswith("@") else f"@{self.module_id}:{model}"
            if theirs or mine is not None:
                host.sent_safely(theirs, mine[len(prefix):] if mine is not None and mine.startswith(prefix) else mine, safe)

    def lawful_transfers(self) -> list[Transfer]:
        """The transfers after ``run()``, without those that are enforcement only by a builder or
        model name whose output this module visibly sends to a non-enforcement host."""
        out = []
        for transfer in sorted(self.transfers.values(), key=lambda t: (t.line, t.dest.display)):
            if _by_name(transfer.dest) and self._safe_model(transfer.dest.display):
                continue
            kept = [p for p in transfer.placements if not (_by_name(transfer.dest) and self._safe_placement(p.line, p.col))]
            hits = {}
            for hit in self._hits.values():
                where = (hit.placement.line, hit.placement.col)
                if where not in hits and any((p.line, p.col) == where for p in kept):
                    hits[where] = replace(hit, calls=self.described(hit.calls))
            out.append(Transfer(transfer.line, transfer.dest, kept, transfer.population, self.described(transfer.calls), hits, transfer.unseen))
        return out

    @property
    def bounded(self) -> bool:
        """A bound cut the analysis short in a module that sends to enforcement (MCD901): data that
        was handed on past the bound may reach a send unseen. Elsewhere nothing could be lost."""
        # the time budget may stop it before any send was reached: then nothing says the module is harmless
        return self.cut and (self.timed_out or self.enforcement_seen or bool(self._hits) or self.cut_unseen)

    def _report_payload_models(self) -> None:
        """The declared fields of each model named for enforcement, at their declarations (SPEC section 3)."""
        # (a class known by a name of its own too, index._own_model, once)
        for cls in {id(c): c for c in self.index.classes.values()}.values():
            if cls.is_model and self.rules.is_payload_model(cls.name, self.cleared) and not self._connection_settings(cls):
                dest = Destination(cls.node.name.value, "enforcement payload model")
                # a namedtuple("IceRow", [...]) has no class statement: its line is its first field's
                header = cls.node.name if cls.node.name in self._ranges or not cls.fields else cls.fields[0][1]
                class_line = self.positions(header)[0]
                self.anchors.append(header)  # a field inherited from a model of another module: at the class
                try:
                    for p in (self.functions.declared_fields(cls.name) or OPAQUE).placements:
                        self.report(p, dest, class_line)
                finally:
                    self.anchors.pop()

    def _run_each_function(self) -> None:
        """Every function and method on its own (a method also as each subclass's that overrides what it uses)."""
        for fn in (*self.index.shadowed, *self.index.functions.values()):
            self.functions.call_function(fn, None, None, None)
            self.restore_files()
            wrapped = self.calls._wrapper_of(fn, Frame(env={})) if fn.decorators else None
            if wrapped is not None:
                # @posts_to_ice def referral_body(m): the wrapper its decorator returns sends what it
                # returns, also with no caller in sight
                self.functions.call_ref(wrapped, None, None, fn, Frame(env={}))
                self.restore_files()
        for made in self._module_lambdas():
            # refer = lambda m: requests.post(...), HANDLERS = {"ice": lambda m: ...}: a send made ready at module
            # level, run on its own as a def is (a call of it in the module runs it again, with its arguments)
            self.functions.call_ref(FunctionRef(made, id(made)), None, None, made)
            self.restore_files()
        for cls in self.index.classes.values():
            # an object of the class, as a caller's IceClient() would be: its class's name supplies what
            # its methods send (SPEC section 4, a client object's name), also with no caller in sight
            own = Val(model=cls.name, labels=frozenset({cls.name}))
            # what its methods set on self, learned once with none of them running (learned while one runs, it
            # would be learned again for every set of its methods on the stack: a dozen methods calling each other)
            self.functions.instance_attrs(cls)
            self.restore_files()
            for method in (*cls.shadowed, *cls.methods.values()):
                # r.select(); r.send() with r = ReferralReport(path): the records send() finds on the object are
                # judged at those calls, with what select() chose (MCD201), not on an object no one made
                wrapped = self.calls._wrapper_of(method, Frame(env={}, cls=cls)) if method.decorators else None
                if wrapped is not None:
                    # @posts_result def person(self, m): the wrapper of a decorator of the module runs, and calls the method
                    # (rounds 469a, 476a: the method on its own, past no wrapper, is no run Python makes: a wrapper that
                    # sets self.url = STATE_URL first decides where it sends); a wrapper that did not run it (a call the
                    # analysis cannot follow) leaves the method to run on its own too
                    ran: "set[int]" = self.functions.__dict__.setdefault("ran", set())
                    ran.discard(id(method))
                    static = any(isinstance(d.decorator, cst.Name) and d.decorator.value == "staticmethod" for d in method.decorators)
                    self.functions.call_ref(wrapped, None if static else [(cst.Arg(value=cst.Name("self")), own)], cls, method, Frame(env={}, cls=cls))
                    self.restore_files()
                    if id(method) in ran:
                        continue
                quiet = self.functions.called_on_own_instances(method, cls)
                if quiet:
                    # (records read by its other methods and kept on the object; its calls memoized apart)
                    self.object_sources = frozenset(id(m) for m in cls.methods.values() if m is not method)
                    previous, ALONE[0] = ALONE[0], -id(method)
                try:
                    self.functions.call_function(method, cls, None, own)
                finally:
                    if quiet:
                        self.object_sources = frozenset()
                        ALONE[0] = previous
                self.restore_files()
            for found in self._templates(cls):
                # a base's publish() calling the hooks and reading the topic this subclass overrides
                # (the template method pattern): run as this class's, for its overrides; not where the module itself
                # calls it on an object of the class (CountyJob().run(): judged at that call, once; round 518d)
                if found[2].name.value in self._called_on_made(cls.name):
                    continue
                self.calls.call_method_of(found, [], own, cls.node)  # type: ignore[arg-type]
                self.restore_files()

    def _module_lambdas(self) -> list[cst.Lambda]:
        """The lambdas whose body is a call, bound at module level to a name or kept in a module-level literal
        (a dict of handlers, a list of jobs)."""
        found: list[cst.Lambda] = []
        for value in self.index.constants.values():
            for node in (value, *(e.value for e in getattr(value, "elements", ()) if isinstance(e, (cst.DictElement, cst.Element)))):
                if isinstance(node, cst.Lambda) and isinstance(node.body, cst.Call):
                    found.append(node)
        return found

    def _connection_settings(self, cls: ClassInfo) -> bool:
        """A model whose every declared field is a connection setting the vocabulary does not know
        (``host``, ``port``, ``username``, ``key_path``): configuration, whatever its name."""
        return bool(cls.fields) and all(connection_setting(name) and self.vocabulary.classify(name) is None for name, _ in cls.fields)

    def run(self) -> list[Hit]:
        """Analyze the module; return the hits in source order."""
        self.links.expand_star_imports()
        self.functions.resolve_models()
        self.cleared = self.calls.cleared_names()
        self.marked = self.calls.marked_names()
        for cls in self.index.classes.values():
            self.functions.instance_attrs(cls)  # learned once, before any method runs (then kept for every call)
        self._report_payload_models()
        for _ in range(MAX_STATE_ROUNDS):
            # again while a function fills module state that another (analyzed earlier) may send
            self.state_changed = False
            self._run_each_function()
            self.statements.run_block(self.module.body, Frame(env={}))
            if not self.state_changed:
                break
            self.functions.forget()
        self.links.settle_drops()
        for source, copy in reversed(self.file_copies):
            # tmp named for ICE candidates, os.replace(tmp, STATE_FILE), then STATE_FILE put on the state's
            # SFTP: the staging file's content went to the state (a copy uploaded to ICE went to ICE)
            if copy in self.safe_uploads:
                self.safe_uploads.add(source)
            if copy in self.enforcement_uploads:
                self.enforcement_uploads.add(source)
        for (key, _), (bulk, dest, node) in self.file_sends.items():
            if key not in self.uploaded_files and key not in self.safe_uploads and not self._uploaded_as(key):
                # a file that is itself the enforcement sink: at the write (one visibly uploaded
                # elsewhere, dhs_extract.csv put on the state's SFTP, is not the sink)
                self.report_bulk(bulk, dest, node)
        # a file named for enforcement that is visibly uploaded only to a non-enforcement destination
        # (ice_referrals.csv put on the state's SFTP) was not sent to enforcement by its write
        elsewhere = {
            spot for key, spots in self.file_reports.items() if key in self.safe_uploads and key not in self.enforcement_uploads for spot in spots
        }
        visibly_sent = [h.placement for h in self._hits.values() if h.placement.module is None and not _by_name(h.dest)]
        sent_spots = {(p.line, p.col) for p in visibly_sent} | self.safe_sent | self.unsafe_sent
        hits = [
            h for h in self._hits.values()
            if not self._sent_only_to_safe_hosts(h) and not self._placed_by_callers(h) and not self._trimmed_on_the_way(h, visibly_sent, sent_spots)
            and not (h.dest.what in ("enforcement file", "enforcement folder") and (h.placement.line, h.placement.col) in elsewhere)
        ]
        # another module's placement a builder named for enforcement returns here, and that a send of
        # this module visibly carries too, through the builder: one finding, at the send (one finding per
        # placement); a send of the same data that did not come through the builder leaves the builder's
        # return its own finding (SPEC section 3; a method may be called by a base class of another module,
        # a template's submit() calling build(), which the path of the send does not show)
        sent: dict[tuple[str, str, str | None], list[Hit]] = {}
        for h in hits:
            if h.placement.origin and not _by_name(h.dest):
                sent.setdefault((h.placement.origin, h.placement.kind, h.placement.key), []).append(h)
        hits = [h for h in hits if not (h.placement.origin and _by_name(h.dest) and any(
            self._through_builder(send, h.dest) for send in sent.get((h.placement.origin, h.placement.kind, h.placement.key), ())))]
        return sorted(self._built_here(hits), key=lambda h: (h.placement.line, h.placement.col))

    def _through_builder(self, send: Hit, dest: Destination) -> bool:
        """The data ``send`` carries came through the builder or model ``dest`` names (its path returned it from
        there), or may have: a method (called by a base class elsewhere), a model, or, for a builder the module
        uses, a path that does not
        show where the data came from (empty or cut short, through another module's function or the object).
        Only a whole path that starts elsewhere and never passes the builder (``returned from identity``,
        posted) shows a send apart from it."""
        if dest.what != "enforcement payload builder" or "." in dest.display:
            return True
        if not self.functions.used(dest.display):
            return False  # a builder no code of the module uses: its output goes nowhere through this send
        steps = [step for _, _, step in send.via]
        if f"returned from {dest.display}" in steps:
            return True
        whole = bool(steps) and steps[0].startswith("returned from ") and len(steps) < MAX_VIA
        return not whole

    def _uploaded_as(self, key: str) -> bool:
        """A file whose path has a part the analysis could not fold (``f"/out/ero/roster_{quarter}.zip"``
        in a helper run on its own) that was uploaded under a path it may be (``roster_2026Q1.zip``,
        when a caller gave the part): the same file, whose send is that upload."""
        if HOLE not in key:
            return False
        parts = re.sub(HOLE + "+", HOLE, key).split(HOLE)  # adjacent unknown parts are one
        if len(parts) > 9:
            return False
        # an unknown part stays within one folder name; only uploads to enforcement count (a file uploaded
        # to the state is another file, not a reason to drop the write's finding)
        pattern = re.compile("[^/]*".join(re.escape(part) for part in parts))
        return any(pattern.fullmatch(done) for done in (*self.uploaded_files, *self.enforcement_uploads) if done not in self.safe_uploads)

    def _built_here(self, hits: list[Hit]) -> list[Hit]:
        """Without a field's declaration in a model not named for enforcement when the same send
        also carries that field from the model's constructor keyword: SPEC section 3 places such a
        model's field at the keyword (``def submit(self, s: CaseSummary)`` run on its own fills ``s``
        from the declarations; called with ``CaseSummary(household_size=...)`` it is the keyword)."""
        models = [cls for cls in self.index.classes.values() if cls.is_model and cls.fields and not self.rules.is_payload_model(cls.name, self.cleared)]
        names = {name for cls in models for name, _ in cls.fields}
        # (a field declared by a model of another module, rec: SubjectRecord, is reported at the call here
        # that sends it, "placed at" the declaration: the same, when a caller here fills it by keyword)
        foreign = any(h.placement.at_declaration and h.placement.origin for h in hits)
        if not foreign and not any(h.placement.key in names or (h.placement.at_declaration and h.placement.names & names) for h in hits):
            return hits  # no hit can be a declaration: no field's position is asked (no whole-module pass)
        declared = {self.positions(stmt) for cls in models for _, stmt in cls.fields} if names else set()
        if not declared and not foreign:
            return hits

        def from_declaration(h: Hit) -> bool:
            return (h.placement.line, h.placement.col) in declared or (h.placement.at_declaration and bool(h.placement.origin))

        def send(h: Hit) -> tuple[int, int]:
            # the send: its line, and for another module's declaration (reported at the call here that hands
            # it on) the function of this module around that call; a keyword placed by another function
            # sending through the same helper is another send (refer_a posting .values("ssn"), refer_b posting
            # model_to_dict(applicant) of a model of another module); reported in the function that sends (a
            # parameter annotated with the model, run on its own), it is the send of each caller's keywords
            if h.placement.at_declaration and h.placement.origin:
                scope = self.links.def_at_line(h.placement.line)
                return h.sink_line, (scope if scope != self.links.def_at_line(h.sink_line) else 0)
            return h.sink_line, 0

        def sends(h: Hit) -> list[tuple[int, int]]:
            return [(h.sink_line, 0)] if not foreign else [(h.sink_line, 0), (h.sink_line, self.links.def_at_line(h.placement.line))]

        built: dict[tuple[int, int, str], list[set[int]]] = {}
        for h in hits:
            if h.placement.key is not None and not from_declaration(h):
                for at in sends(h):
                    built.setdefault((*at, h.placement.key), []).append(self._defs_on_way(h))
        # (a body handed on under a keyword, _request("POST", json=asdict(case)) with **kw: every entry's key is
        # then "json"; the declaration's names all among those the constructor's keyword placed, at that send)
        # (a keyword filling another declared field, replace(r, street=m.ssn), is that field's: the record's
        # own ssn declaration is still sent)
        # (only a keyword of a constructor of one of those models, or a placement of another module: a field read
        # from an object of the model, {"gender": e.sex_cd}, sent through the same helper by another function, leaves
        # the declaration that vars(e) sends, round 396a)
        # (and only through the function whose parameter the declarations fill: handle(m) -> post_case(case) ->
        # _request; send_made(m) posting Enrollee(sex_cd=...) through _post is not send_raw(e: Enrollee)'s send)
        keywords = self._constructor_keywords({cls.name for cls in models})
        named: dict[tuple[int, int], list[tuple[frozenset[str], set[int]]]] = {}
        for h in hits:
            if not from_declaration(h) and h.placement.key not in names and (h.placement.origin or (h.placement.line, h.placement.col) in keywords):
                for at in sends(h):
                    named.setdefault(at, []).append((h.placement.names, self._defs_on_way(h)))

        def through(h: Hit, defs: set[int]) -> bool:
            start = self._outermost_def(h)
            return not start or start in defs or bool(h.placement.origin)

        def keyworded(h: Hit) -> bool:
            if h.placement.key in names and any(through(h, defs) for defs in built.get((*send(h), h.placement.key), [])):  # type: ignore[arg-type]
                return True
            ways = named.get(send(h), [])
            return bool(ways) and h.placement.names <= set().union(*(n for n, defs in ways if through(h, defs)))

        # (a declaration's key is its field's name until the body is put under a keyword: by names then)
        return [h for h in hits if not from_declaration(h) or not keyworded(h)]

    def _defs_on_way(self, h: Hit) -> set[int]:
        """The functions of this module (their lines) whose calls led to the send of ``h``, outermost first, with the
        one around the send."""
        out = {self.links.enclosing_def(c) if isinstance(c, cst.CSTNode) else self.links.def_at_line(c[0]) for c in h.calls}
        return out | {self.links.def_at_line(h.sink_line)}

    def _outermost_def(self, h: Hit) -> int:
        """The function of this module (its line) that ``h``'s way to its send started in."""
        if not h.calls:
            return self.links.def_at_line(h.sink_line)
        first = h.calls[0]
        return self.links.enclosing_def(first) if isinstance(first, cst.CSTNode) else self.links.def_at_line(first[0])

    def _constructor_keywords(self, models: set[str]) -> set[tuple[int, int]]:
        """Where the keyword arguments of calls of the classes named ``models`` (``CaseFile(language=m.lang)``) and
        their values are."""
        out: set[tuple[int, int]] = set()
        for node in walk(self.module):
            if isinstance(node, cst.Call) and isinstance(node.func, (cst.Name, cst.Attribute)) \
                    and (node.func.value if isinstance(node.func, cst.Name) else node.func.attr.value) in models:
                for arg in node.args:
                    if arg.keyword is not None or arg.star == "**":
                        out |= {self.positions(arg), self.arg_position(arg), self.positions(arg.value)}
        return out

    def _called_on_made(self, name: str) -> "set[str]":
        """The methods the module calls on an object of its class ``name`` made right there (``CountyJob().run()``) or held
        by a variable a function binds once to one (``job = CountyJob(); job.run()``)."""
        memo: "dict[str, set[str]]" = self.__dict__.setdefault("_called_on_made_memo", {})
        if name not in memo:
            found: set[str] = set()
            made: set[str] = set()
            for node in self.functions.flat.walk(self.module):
                if isinstance(node, cst.Assign) and len(node.targets) == 1 and isinstance(node.targets[0].target, cst.Name) \
                        and isinstance(node.value, cst.Call) and isinstance(node.value.func, cst.Name) and node.value.func.value == name:
                    made.add(node.targets[0].target.value)
            for node in self.functions.flat.walk(self.module):
                if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute):
                    owner = node.func.value
                    if (isinstance(owner, cst.Call) and isinstance(owner.func, cst.Name) and owner.func.value == name) \
                            or (isinstance(owner, cst.Name) and owner.value in made):
                        found.add(node.func.attr.value)
            memo[name] = found
        return memo[name]

    def _templates(self, cls: ClassInfo) -> "list[tuple[ModuleAnalysis, ClassInfo, cst.FunctionDef]]":
        """The methods ``cls`` inherits (from its bases, here or in the project) that use, through
        ``self``, a method or class attribute ``cls`` overrides: run on their own they would only see
        the base's (``topic = None``, an empty hook)."""
        own = set(cls.methods) | set(cls.constants)
        for mixin in cls.bases[:-1]:
            # class PartnerExporter(IceEndpointMixin, Exporter): what a mixin before the last base sets is this class's too
            found = self.links.class_of(mixin)
            if found is not None and found[1] is not cls:
                own |= set(found[1].constants) | set(found[1].methods)
        if not own or not cls.bases:
            return []
        memo: dict[int, list] = self.__dict__.setdefault("_template_memo", {})
        if id(cls.node) in memo:
            return memo[id(cls.node)]
        names: set[str] = set()
        affected = set(own)
        for base in cls.bases:
            found = self.links.class_of(base)
            if found is not None and found[1] is not cls:
                names |= _method_names(found[0], found[1], 0)
                init = found[0].links.find_method(found[1], "__init__") if "__init__" in own else None
                if init is not None:
                    affected |= _self_stores(init[2])  # super().__init__(url=ICE_URL): what the base's __init__ stores
        inherited = {}
        for name in sorted(names - own):
            found_method = self.links.find_method(cls, name)
            if found_method is not None and found_method[2] not in cls.methods.values():
                inherited[name] = found_method
        chosen: dict[str, tuple] = {}
        grown = True
        while grown:
            # self.builder = self.builder_cls() in an inherited __init__: what it stores is this class's too, and so
            # are the methods that read it (publish() sending self.builder.build(m))
            grown = False
            for name, found_method in inherited.items():
                if name not in chosen and _self_attributes(found_method[2]) & affected:
                    chosen[name] = found_method
                    affected |= _self_stores(found_method[2])
                    grown = True
        out = [chosen[name] for name in sorted(chosen)]
        memo[id(cls.node)] = out
        return out

    def _sent_only_to_safe_hosts(self, hit: Hit) -> bool:
        """A hit only because a builder or model is named for enforcement, whose output this module
        visibly sends to a non-enforcement host (and to no enforcement one)."""
        if not _by_name(hit.dest):
            return False
        where, builder = (hit.placement.origin, hit.placement.key), hit.dest.display
        spot = (hit.placement.line, hit.placement.col)
        if self._safe_placement(*spot) and (
                hit.dest.what != "enforcement payload builder"
                or (self._placed_in(builder, hit.placement.line) and not self._only_sent_by(builder, self.safe_senders.get(spot, set())))
                or builder in self.safe_labels.get(spot, ())):
            # (a shared helper's placement that a state send carries is no sign that this builder's output goes there)
            return True
        if hit.placement.origin and builder in self.safe_origins.get(where, ()) and builder not in self.unsafe_origins.get(where, ()):
            return True  # build_ice_referral returning another module's packet, posted only to the state
        if hit.dest.what == "enforcement payload model" and self._inbound_model(hit.dest.display, set()):
            return True  # a model only ever filled from what came back: inbound, not a payload
        return self._safe_model(hit.dest.display)

    def _trimmed_on_the_way(self, hit: Hit, sent: "list[Placement]", sent_spots: "set[tuple[int, int]]") -> bool:
        """A hit only because a builder is named for enforcement, of a placement that no send of this module
        carries, while the module calls the builder and visibly sends other entries it placed, re-placed by
        an allow-list on the way (``full = self.full_record(m)``, then ``{k: full[k] for k in self.ALLOWED}``
        posted): the module trims the builder's output before sending it, and what it dropped is not sent
        (SPEC section 4: what the code visibly does wins over the name)."""
        if hit.dest.what != "enforcement payload builder" or hit.placement.module is not None \
                or (hit.placement.line, hit.placement.col) in sent_spots:
            return False
        fn = self._builder_def(hit.dest.display)
        if fn is None:
            return False
        name: str = fn.name.value
        # (a public function of the module may be imported and sent whole elsewhere: its name still speaks)
        public = self.index.functions.get(name) is fn and not name.startswith("_")
        if public or not self._only_read_by_key(name):
            return False
        first, last = self.span(fn)
        own = [h.placement for h in self._hits.values()
               if h.dest == hit.dest and h.placement.module is None and first <= h.placement.line <= last and h.placement.key]
        # (an entry of the builder, sent elsewhere under its key with its names: the builder's output visibly sent)
        return any(q.key == p.key and q.names <= p.names and not first <= p.line <= last for q in own for p in sent)

    def _only_read_by_key(self, name: str) -> bool:
        """The module calls the function ``name`` once, as ``full = name(...)`` (or ``self.name(...)``), and
        reads that variable only by key after (``full[k]``, ``full.get(k)``): its output goes nowhere whole."""
        memo = self.__dict__.setdefault("_read_by_key", {})
        if name in memo:
            return memo[name]
        nodes = list(walk(self.module))
        sites = [c for c in calls_in(self.module) if (isinstance(c.func, cst.Name) and c.func.value == name)
                 or (isinstance(c.func, cst.Attribute) and c.func.attr.value == name)]
        # every mention of the name (map(build, members) hands it on too), but its own def's
        mentions = sum(1 for n in nodes if isinstance(n, cst.Name) and n.value == name)  # (an attribute's name is a Name too)
        defined = sum(1 for n in nodes if isinstance(n, cst.FunctionDef) and n.name.value == name)
        found = False
        if len(sites) == 1 and mentions - defined == 1:
            for fn in nodes:
                if not isinstance(fn, cst.FunctionDef):
                    continue
                body = list(walk(fn.body))
                assigned = [s for s in body if isinstance(s, cst.Assign) and s.value is sites[0] and len(s.targets) == 1
                            and isinstance(s.targets[0].target, cst.Name)]
                if not assigned:
                    continue
                held = assigned[0].targets[0].target.value  # type: ignore[attr-defined]
                uses = sum(1 for n in body if isinstance(n, cst.Name) and n.value == held)
                by_key = sum(1 for n in body if (isinstance(n, cst.Subscript) and isinstance(n.value, cst.Name) and n.value.value == held)
                             or (isinstance(n, cst.Call) and isinstance(n.func, cst.Attribute) and n.func.attr.value == "get"
                                 and isinstance(n.func.value, cst.Name) and n.func.value.value == held))
                found = uses == by_key + 1  # (the assignment's own target)
                break
        memo[name] = found
        return found

    def _builder_def(self, builder: str) -> cst.FunctionDef | None:
        """The function or method of this module ``builder`` names (``build_ice_referral``, ``Cls.method``)."""
        owner, _, name = builder.rpartition(".")
        if owner:
            return self.index.classes[owner].methods.get(name) if owner in self.index.classes else None
        if name in self.index.functions:
            return self.index.functions[name]
        # a method whose own name is named for enforcement (build_ice_record of ReferralService): the one method so named
        methods = [cls.methods[name] for cls in self.index.classes.values() if name in cls.methods]
        return methods[0] if len(methods) == 1 else None

    def _only_sent_by(self, builder: str, senders: set[int]) -> bool:
        """Every safe send of a placement was made by the builder itself (its ledger's post), none by a
        function the builder's output was handed to."""
        fn = self._builder_def(builder)
        return fn is not None and bool(senders) and senders <= {id(fn)}

    def _placed_in(self, builder: str, line: int) -> bool:
        """``line`` is inside the function or method ``builder`` names."""
        fn = self._builder_def(builder)
        if fn is None:
            return False
        start, end = self.span(fn)
        return start <= line <= end

    def _inbound_model(self, name: str, seen: set[str]) -> bool:
        """A model only ever filled from what a request returned (``IceSearchResponse.model_validate(
        resp.json())``), or never filled itself and only the type of fields of such models (``hits:
        List[IceSearchHit]``): what came back, not a payload."""
        inputs = self.model_inputs.get(name)
        if inputs is not None or name in seen:
            return inputs == {"response"}
        seen.add(name)
        holders = self._holders(name)
        return bool(holders) and all(self._inbound_model(cls.name, seen) for cls in holders)

    def _holders(self, name: str) -> list[ClassInfo]:
        """The models of the module that declare a field of the model ``name`` (``diagnoses: List[Dx]``)."""
        return [cls for cls in self.index.classes.values() if cls.name != name and any(
            isinstance(small, cst.AnnAssign) and any(type(n) is cst.Name and n.value == name for n in walk(small.annotation))  # type: ignore[attr-defined]
            for _, stmt in cls.fields for small in ([stmt.body[0]] if isinstance(stmt, cst.SimpleStatementLine) and stmt.body else [stmt]))]

    def _safe_placement(self, line: int, col: int) -> bool:
        """What was placed at (line, col) is visibly sent to safe hosts only."""
        return (line, col) in self.safe_sent and (line, col) not in self.unsafe_sent

    def _safe_model(self, model: str, seen: frozenset[str] = frozenset()) -> bool:
        """Instances of ``model`` are visibly sent to safe hosts only: on their own, or only nested in
        models that are (``diagnoses: List[DhsDiagnosis]`` of a ``DhsReferral`` sent to the state)."""
        if model in self.unsafe_models:
            return False
        if model in self.safe_models:
            return True
        holders = self._holders(model) if model not in seen and len(seen) < 8 else []
        return bool(holders) and all(self._safe_model(cls.name, seen | {model}) for cls in holders)


@dataclass
class Transfer:
    """A send to an enforcement destination and every placement it carries (permitted ones too)."""

    line: int  # the sink call (or the declaration of a payload model or builder)
    dest: Destination
    placements: list[Placement]
    population: Bulk | None = None  # records of many people, chosen by no condition on status (MCD201)
    calls: tuple = ()  # the calls that led to the send, outermost first (the send last): nodes, or (line, column, text)
    #: (line, column) of a placement -> the hit that carried it there (its calls and steps, for the report's paths)
    hits: dict = field(default_factory=dict)
    unseen: bool = False  # it carries data the analysis cannot name (a value handed in, an unknown call's result)


def _same_data(one: Placement, other: Placement) -> bool:
    """Two placements at one spot carry the same data: the names of one are among the other's, read
    without the key each was put under (``ssn`` of one SQL column sent as ``ref`` by one function and
    as ``tax_id`` by another is one finding; ``wrap(m.ssn)`` and ``wrap(m.race)`` are two)."""
    if one.names <= other.names or other.names <= one.names:
        return True
    if one.kind == other.kind == "clinical":
        return True  # {"resourceType": rtype} for rtype in ("Condition", "Observation"): one resource, one finding
    mine, theirs = _unkeyed(one), _unkeyed(other)
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)


def _unkeyed(placement: Placement) -> frozenset[str]:
    prefix = f"{placement.key}." if placement.key else None
    return frozenset(n[len(prefix):] if prefix and n.startswith(prefix) else n for n in placement.names if n != placement.key)


def _by_name(dest: Destination) -> bool:
    """The destination is a builder or model named for enforcement, or the name of the function around
    a send whose URL is not known there, not a resolved destination."""
    return dest.what.startswith("enforcement payload") or dest.by_enclosing_name


def _method_names(analysis: "ModuleAnalysis", cls: ClassInfo, depth: int) -> set[str]:
    """The names of the methods of ``cls`` and of its bases in the project."""
    names = set(cls.methods)
    if depth < 6:
        for base in cls.bases:
            found = analysis.links.class_of(base)
            if found is not None and found[1] is not cls:
                names |= _method_names(found[0], found[1], depth + 1)
    return names


def _self_stores(fn: cst.FunctionDef) -> set[str]:
    """The attributes a method stores on ``self`` (``self.builder = ...``)."""
    return {t.target.attr.value for node in walk(fn.body) if type(node) is cst.Assign for t in node.targets  # type: ignore[attr-defined]
            if isinstance(t.target, cst.Attribute) and isinstance(t.target.value, cst.Name) and t.target.value.value == "self"}


def _self_attributes(fn: cst.FunctionDef) -> set[str]:
    """The attributes a method reads or calls on ``self`` (also on its class: ``type(self).URL``,
    ``self.__class__.URL``, ``cls.URL`` in a classmethod)."""
    return {node.attr.value for node in walk(fn.body) if type(node) is cst.Attribute and _own_object(node.value)}  # type: ignore[attr-defined]


def _own_object(node: cst.BaseExpression) -> bool:
    """``self``, ``cls``, ``type(self)``, ``self.__class__``."""
    if isinstance(node, cst.Name):
        return node.value in ("self", "cls")
    if isinstance(node, cst.Call):
        return isinstance(node.func, cst.Name) and node.func.value == "type" and len(node.args) == 1 and isinstance(node.args[0].value, cst.Name) \
            and node.args[0].value.value == "self"
    return isinstance(node, cst.Attribute) and node.attr.value == "__class__" and isinstance(node.value, cst.Name) and node.value.value == "self"
