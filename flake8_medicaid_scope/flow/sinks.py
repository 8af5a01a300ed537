"""Sinks: what a send carries, and to which destination (SPEC section 4)."""

from __future__ import annotations

from typing import Any

import libcst as cst

from ..destinations import Destination, connection_setting, enclosing_names, endpoint_labels, host_of, names_a_destination, ordered
from ..library import SinkSpec, shipped
from ..words import name_words
from .index import names_in, dotted, string_value, walk
from .evaluate import QUIET_MARK
from .part import ENFORCEMENT_RESPONSE, RESPONSE, Args, Frame, Part, argument
from .population import ANSWERED_BY_STATUS_MARK, DESTINATION_BY_STATUS_MARK, WAY_CHOSEN_BY_STATUS_MARK
from .values import replace, HOLE, MAYBE_NONE_MARK, REQUEST_OBJECT, Bulk, Placement, Val, at_caller, constant_entries, is_none, merge_via, place


#: the arguments that name a message's recipients (not data sent to them)
RECIPIENT_ARGUMENTS = frozenset({"to_addrs", "recipients", "to", "recipient_list"})

#: what the engine knows of libraries (the multipart keywords whose file names are metadata)
LIBRARY = shipped()


class Sinks(Part):
    """A call that sends: decide its destination, then report every placement it carries there."""

    def configured_sink(self, qual: str) -> str | None:
        """The name in ``--medicaid-sinks`` that ``qual`` is; a relative name the module's package could
        not resolve (``.transport.publish``) matches a configured name that ends with it."""
        if qual in self.configured_sinks:
            return qual
        if qual.startswith("."):
            tail = "." + qual.lstrip(".")
            return next((sink for sink in sorted(self.configured_sinks) if sink.endswith(tail)), None)
        return None

    def _marked_sender(self, safe: bool) -> Destination | None:
        """``def relay(m):  # medicaid-scope: enforcement``: a send in the body of a function so marked, to a
        URL the analysis cannot resolve (``settings.RELAY_URL``), goes to enforcement, as the name of an
        enclosing function named for enforcement would decide it; a resolved host (a vendor's, a state's,
        a chat webhook's) decides for itself."""
        running = self._stack[-1] if self._stack else None
        if safe or not isinstance(running, cst.FunctionDef) or not self.index.pragma_lines or not self.calls.def_has_pragma(running):
            return None
        return Destination(running.name.value, "enforcement sender (pragma)")

    def sink(self, node: cst.Call, spec: SinkSpec, args: Args, frame: Frame, **options: Any) -> Val:
        """Report every named value that ``node`` sends to an enforcement destination (``options``: those of
        ``_sink``, the client's base, the receiver's names, a forced destination, what the client carries)."""
        answer = self._sink(node, spec, args, frame, **options)
        if spec.request and not options.get("forced"):
            # req = requests.Request("POST", ICE_URL); req.json = {...}: what is set on the request later is sent with it
            # (client.build_request(...) too, with its client's base)
            label = f"{REQUEST_OBJECT}{id(node)}"
            self.m.request_objects[label] = (node, spec, args, options)
            answer = answer.with_labels({label})
        url = argument(args, spec.url_pos, spec.url_kw) if spec.request and spec.url_pos is not None else None
        if url is not None:
            # req = Request(ICE_URL, headers=...); urlopen(req, body): the request names its URL for the send that opens it
            # (what it carried itself was judged here)
            return replace(answer, text=url[1].text, alternatives=url[1].alternatives, labels=answer.labels | url[1].labels)
        return answer

    def set_on_request(self, held: Val, keyword: str, val: Val, where: cst.BaseExpression, frame: Frame) -> bool:
        """``req.json = {...}`` (``data``, ``params``, ``headers``, ``files``...; ``req.add_header(k, v)`` and
        ``req.headers[k] = v`` as ``headers``) on a request object a sink made: the value is sent with the request, to
        its URL, as if given to the constructor under ``keyword`` (True when ``held`` is such an object)."""
        label = next((label for label in held.labels if label.startswith(REQUEST_OBJECT)), None)
        made = self.m.request_objects.get(label) if label is not None else None
        if made is None or keyword not in made[1].data_kws:
            return False
        node, spec, args, options = made
        given = cst.ensure_type(self.m.stand_in(cst.Arg(value=where, keyword=cst.Name(keyword)), where), cst.Arg)
        kept = [(a, v) for a, v in args if not (a.keyword is not None and a.keyword.value == keyword)]
        self.sink(node, replace(spec, request=False), [*kept, (given, val)], frame, **options)
        return True

    def _sink(
        self,
        node: cst.Call,
        spec: SinkSpec,
        args: Args,
        frame: Frame,
        *,
        base: Val | None = None,
        receiver_labels: frozenset[str] | set[str] = frozenset(),
        forced: Destination | None = None,
        defaults: tuple[Val, ...] = (),
    ) -> Val:
        if spec.unless is not None:
            given = argument(args, spec.unless[0], spec.unless[1])
            said = (given[1].text or (dotted(given[0].value) or "").rsplit(".", 1)[-1]) if given is not None else None
            if said is not None and said in spec.unless[2]:
                return RESPONSE  # SFTPOperator(..., operation="get"): a download, no send
        url = argument(args, spec.url_pos, spec.url_kw) if spec.url_pos is not None else None
        url_val = url[1] if url else None
        dest = forced
        if forced is not None and spec.all_args:
            # a configured or marked sink given a host on the non-enforcement list is not enforcement
            hosts = [host_of(v.text) for _, v in args if v.text]
            if any(h and self.rules.host_is_safe(h) for h in hosts):
                return RESPONSE
        targets = [a for a in (argument(args, pos, kw) for pos, kw in spec.dest) if a is not None]
        # loop.sock_sendall(sock, data): a connected socket given as the destination is named by its host
        targets = [(a, v.client.base) if v.client is not None and v.client.base is not None and v.client.kind == "socket" else (a, v) for a, v in targets]
        for pos, kw in spec.dest_url if not targets else ():
            # key="s3://ice-drop/referrals.csv" with no bucket_name: the bucket its URL names is the destination;
            # the names interpolated into its path (f"s3://dhcs-archive/{ice_run_id}.json") do not decide
            given = argument(args, pos, kw)
            if given is not None and given[1].text and "://" in given[1].text:
                bucket = given[1].text.split("://", 1)[1].split("/", 1)[0]
                # DROP_KEY: a name that supplies the bucket too; f"s3://{ICE_BUCKET}/x": the names written in the
                # bucket's part of the key, not those of its path
                pieces = _pieces(given[0].value)
                named = given[1].labels if pieces is None else frozenset().union(
                    *(self.expr.eval(piece, frame).labels for piece in _bucket_part(pieces)))
                targets.append((given[0], replace(given[1], text=bucket, placements=(), labels=named)))
        for pos, kw in spec.recipients:
            message = argument(args, pos, kw)
            # send_message(msg): the recipients set on the message (msg["To"] = ...)
            targets += [(message[0], r) for r in self.files.recipients(message[1])] if message is not None else []
        envelope = bool({kw for _, kw in spec.dest} & RECIPIENT_ARGUMENTS)  # sendmail(from, to_addrs, msg)
        to_people = bool(targets) and (envelope or bool(spec.recipients)) and all(self.to_a_person(v) for _, v in targets)
        # DjangoEmail(subject, body, FROM, to=[member.email]).send(): a message made for the person's own address
        to_people = to_people or (dest is None and not targets and base is not None and bool(base.elements) and self.to_a_person(base))
        if dest is None and to_people:
            # msg["To"] = member["email"]: the message goes to the person whose record holds the address;
            # no name around it (notice_of_ice_data_sharing) makes that person an enforcement endpoint
            return RESPONSE
        if dest is None and (targets or (spec.url_pos is None and not spec.all_args)):
            addressed = envelope or bool(spec.recipients) or bool({kw for _, kw in spec.dest} & {"Destination", "Destinations"})
            dest = self.decide_target(node, [v for _, v in targets], base, receiver_labels, frame, addressed)
            if dest is None:
                if not self._vendor_host([v for _, v in targets] + ([base] if base is not None else [])):
                    # ice_referrals.csv put in the agency's bucket (a vendor's host, on neither host list, is no
                    # reason to drop the file's own name: SPEC section 4, decided by the signals)
                    self.m.safe_uploads |= self.files.uploads(spec, args)
                # a builder named for enforcement mailed to the state's counsel or put on its SFTP host: sent
                # only to a non-enforcement host, it is no enforcement payload there (SPEC section 4)
                sent = [*args, *((a, self.files.opened(v)) for a, v in args if v.client is not None)]
                # (sftp.put(path, ...) of a file written here: what was written to it)
                sent += [(node, self.m.written[key]) for key in sorted(self.files.uploads(spec, args))]  # type: ignore[misc]
                # (a topic or an exchange is a name on the client's broker, not a host: "audit.disclosures")
                on_broker = {id(a[1]) for a in (argument(args, pos, kw) for pos, kw in spec.dest if kw in _ON_BROKER) if a is not None} \
                    if base is not None and host_of(base.text) is not None else set()
                self.sent_to_safe_host(sent, self._all_hosts_safe([v for _, v in targets if id(v) not in on_broker] + ([base] if base is not None else [])))
                return RESPONSE
        if dest is None:
            text = url_val.text if url_val is not None else None
            if base is not None and not (text and "://" in text):
                text = _on_base(base.text if base.text is not None else HOLE, text or "") if (base.text or text) else None
            # the names of the URL itself speak first (ERO_API_BASE), then the receiver's (``ero.post``)
            # (not the names of values put into its path: f"{CASE_URL}/notices/{notice.ice_notice_number}")
            own = set(endpoint_labels(set(url_val.labels if url_val else ()) | set(base.labels if base else ())))
            labels = [*ordered(own), *ordered(set(receiver_labels) - own)]
            extra = enclosing_names(frame.func_name, frame.cls.name if frame.cls else None)
            hosts_only = self.m.hosts_only > 0 or self.calls.has_pragma(node, self.index.not_pragma_lines)
            # the URL or base given by a parameter every call of the module gives a state's host: names
            # around it do not decide (SPEC section 4: a resolved non-enforcement host overrides them)
            # a path of the client's own base ("/cases/<id>"), not a URL of its own (ICE_REFERRAL_URL, f"{ICE_BASE}/x")
            relative = url_val is None or (url_val.text is not None and not url_val.text.startswith(HOLE) and "://" not in url_val.text)
            hosts_only = hosts_only or (url_val is not None and self._quiet(url_val)) or (
                relative and base is not None and self._quiet(base))
            if url_val is not None and url_val.alternatives and (text is None or text.startswith(HOLE) or url_val.text is None):
                # self.url set to the state's base, then extended: every URL it may be resolves to a host on the
                # non-enforcement list, which overrides the names around it (SPEC section 4)
                alternative_hosts = [host_of(a) for a in url_val.alternatives]
                hosts_only = hosts_only or all(h and self.rules.host_is_safe(h) for h in alternative_hosts)
            dest = self.rules.decide(text, labels, extra, cleared=self.m.cleared, hosts_only=hosts_only)
            if dest is not None and (text is None or text.startswith(HOLE)) and url_val is not None and url_val.alternatives and "://" not in dest.display:
                # url = CBP_URL if use_cbp else ICE_URL, decided by a name: named by the first URL it may be that is
                # enforcement by its host (the message shows the endpoint, not the constant)
                by_host = next((d for a in url_val.alternatives if (d := self.rules.decide(a, (), hosts_only=True)) is not None), None)
                dest = by_host or dest
            if dest is None and url_val is not None and url_val.alternatives:
                # url = ICE_URL if flag else STATE_URL: the send may reach either
                for alternative in url_val.alternatives:
                    dest = self.rules.decide(alternative, (), hosts_only=True)
                    if dest is not None:
                        break
            if dest is None:
                host = host_of(text)
                safe = host is not None and self.rules.host_is_safe(host)
                table_read = url is not None and (isinstance(url[0].value, cst.Subscript) or (
                    isinstance(url[0].value, cst.Call) and isinstance(url[0].value.func, cst.Attribute) and url[0].value.func.attr.value == "get"
                    and len(url[0].value.args) == 1))
                # (only a table's entry read there: PARTNER_HOSTS.get(p) or os.environ["ICE_URL"] has a way not known)
                if not safe and table_read and url_val is not None and url_val.alternatives and (text is None or text.startswith(HOLE) or url_val.text is None):
                    # PARTNER_HOSTS[partner] with every entry a state or CMS host: sent only to non-enforcement hosts
                    chosen_hosts = [host_of(a) for a in url_val.alternatives]
                    safe = all(h is not None and self.rules.host_is_safe(h) for h in chosen_hosts)
                dest = self._marked_sender(safe or hosts_only or host is not None)
                if dest is None:
                    self.sent_to_safe_host(args, safe)
        if dest is None:
            self.m.safe_uploads |= self.files.uploads(spec, args)  # ice_referrals.csv put on the state's SFTP
            return self._answer(args, url_val)
        self.m.enforcement_uploads |= self.files.uploads(spec, args)
        self.m.enforcement_seen = True
        self.m.sends += 1
        self.m.note_transfer(self.positions(node)[0], dest)
        self.anchors.append(node)  # data placed in another module is reported at this send
        try:
            self._send(node, spec, args, url, url_val, dest, frame)
            for default in defaults:
                self._report_all(default.placements, dest, node)  # the client's default headers and parameters
            carried = self._data_arguments(spec, args) if targets else set()
            for pos, kw in spec.shown:
                shown = argument(args, pos, kw)
                if shown is not None:
                    self._report_all(self.people_shown(shown), dest, node)  # send_mail(..., [member.email, ICE_DESK])
            for target in targets:
                if envelope and target[1].text is None:
                    continue  # [caseworker_email, LIAISON]: whom the message goes to, not data it carries
                if id(target[0]) in carried:
                    continue  # sftp.put(local, f"/in/{m.last_name}.csv"): a data argument too, reported as data
                self._report_all(target[1].placements, dest, node)  # Key=f"{m.ssn}.csv", a topic built from a field
            # (and what the client carries into every send: EmailMessage(subject, body_of_many, to=[ERO_DESK]).send())
            bulk = self._bulk_sent(spec, args) | frozenset().union(*(default.bulk for default in defaults))
            if (url_val is not None and self._status_chose(url_val, False)) or any(self._status_chose(t, True) for _, t in targets):
                bulk = frozenset()  # url = ICE_URL if m.immigration_status in TARGETS else STATE_URL: the test chose whom
            if bulk:
                # export_members(conn, ICE_URL) from another module, with def export_members(conn, url): records this
                # module reads itself are sent where the caller said (run on its own, the module sends them nowhere known)
                # (a parameter defaulting to an enforcement URL, def export(conn, url=ICE_URL), sends there on its own too:
                # that module's finding; one defaulting to the state's URL sends to ICE only because the caller said so)
                running = self._stack[-1] if self._stack else None
                defaulted = {p.name.value for p in (*running.params.params, *running.params.kwonly_params, *running.params.posonly_params)
                             if p.default is not None and self._enforcement_default(p.default)} if isinstance(running, cst.FunctionDef) else set()
                chosen_by_caller = self.m.host is not None and any(
                    name.value in frame.given and name.value not in defaulted
                    for given in ([url] if url is not None else []) + targets for name in names_in(given[0].value))
                self.m.report_bulk(bulk, dest, node, merge_via(*(val.via for _, val in args if val.bulk)), callers_destination=chosen_by_caller)
        finally:
            self.anchors.pop()
        return ENFORCEMENT_RESPONSE  # what an enforcement endpoint returns (inbound data)

    def _enforcement_default(self, default: cst.BaseExpression) -> bool:
        """A parameter's default names an enforcement destination (``url=ICE_URL``)."""
        held = self.expr.eval(default, Frame(env={}))
        return self.rules.decide(held.text, held.labels, cleared=self.m.cleared) is not None

    def _answer(self, args: Args, url_val: Val | None) -> Val:
        """What a request to a non-enforcement destination returns: records a status filter of the request
        chose (``requests.get(MMIS_API, params={"immigration_status": "EWI"})``, ``?imgrtn_stus_cd=5`` in
        its URL) are chosen by status (SPEC section 10: a filter on status anywhere on the path, as a
        query's ``WHERE``)."""
        params = [(a, v) for a, v in args if a.keyword is not None and a.keyword.value == "params"]
        for arg, val in params:
            known = constant_entries(val)
            for key, held in known.items():
                if self._filters_status(key, _constant_asked(held)):
                    return RESPONSE.with_labels({ANSWERED_BY_STATUS_MARK})
            if isinstance(arg.value, cst.Dict):
                # params={"immigration_status": status}, {"imgrtn_stus_cd": EWI_CODE}, {"immigration_status": ["EWI", "OS"]}:
                # a filter on status all the same (a value not known here, a number, a list of codes)
                for element in arg.value.elements:
                    written = string_value(element.key) if isinstance(element, cst.DictElement) and isinstance(element.key, cst.SimpleString) else None
                    if isinstance(written, str) and written in known and isinstance(element.value, (cst.Name, cst.Attribute)) \
                            and not (isinstance(element.value, cst.Name) and element.value.value in self.index.constants):
                        continue  # {"immigration_status": status} given "ALL" or left to its default None: judged above
                    if isinstance(written, str) and self._filters_status(written, self._asked_for(element.value)):  # type: ignore[union-attr]
                        return RESPONSE.with_labels({ANSWERED_BY_STATUS_MARK})
        text = url_val.text if url_val is not None else None
        if text and "?" in text:
            for pair in text.split("?", 1)[1].split("&"):
                key, _, value = pair.partition("=")
                if self._filters_status(key, value if value.strip(HOLE) else None):
                    return RESPONSE.with_labels({ANSWERED_BY_STATUS_MARK})
        return RESPONSE

    def _asked_for(self, value: cst.BaseExpression) -> str | None:
        """What a value written for a query parameter asks for, as a text: a string's own text; ``?`` for a
        number, a variable or a list of codes; ``*`` for a list holding a code for everyone; None for ``None``
        and flags. A module constant is what it is bound to."""
        if isinstance(value, cst.Name) and value.value in self.index.constants and value.value not in self.index.grown:
            value = self.index.constants[value.value]
        if isinstance(value, cst.Name):
            return None if value.value in ("None", "True", "False") else "?"
        if isinstance(value, cst.SimpleString):
            text = string_value(value)
            return text if isinstance(text, str) else None
        if isinstance(value, (cst.List, cst.Tuple, cst.Set)):
            return _codes_asked([string_value(e.value) if isinstance(e.value, cst.SimpleString) else e.value for e in value.elements])
        if isinstance(value, cst.Call) and isinstance(value.func, (cst.Attribute, cst.Name)) and len(value.args) == 2 \
                and (dotted(value.func) or "").rsplit(".", 1)[-1] in ("get", "getenv") and not value.args[1].keyword \
                and isinstance(value.args[1].value, cst.SimpleString) \
                and not (isinstance(value.func, cst.Attribute) and isinstance(value.func.value, cst.Name) and value.func.value.value in self.index.constants):
            # cfg.get("status", "ALL"), os.getenv("STATUS", "ALL"): the default written there shows what is asked for
            # (a module table's entry, STATUS_FOR.get(kind, "ALL"), may be another; a None default shows nothing)
            return self._asked_for(value.args[1].value)
        # (a number, an attribute, a value computed from constants: ",".join(CODES))
        return "?" if isinstance(value, (cst.Integer, cst.Attribute, cst.Call)) else None

    def _filters_status(self, key: str, value: str | None) -> bool:
        """A query parameter that keeps only records of a status (``immigration_status=EWI``): named as the
        person's own status field (not ``include_immigration_status``, ``sort``, ``fields``) and given a value
        that picks some (not ``ALL``, ``*``, ``true``)."""
        category = self.vocabulary.classify(key)
        if value is None or category not in ("immigration_status", "citizenship") or self.vocabulary.someone_else(key):
            return False
        words = set(self.vocabulary.tokens(key))
        return not words & {"include", "with", "sort", "order", "fields", "show", "return", "flag"} \
            and value.strip().lower() not in ("all", "any", "*", "true", "false", "1", "0", "yes", "no", "")

    def _status_chose(self, val: Val, target: bool) -> bool:
        """A destination a status test chose (``DESTINATION_BY_STATUS_MARK``) among ways not all known to
        be enforcement: the test decided which records go there. Each way is judged with the names that
        supplied it (a constant's name goes with its own text, other names with every way): a state host
        overrides them, a vendor relay named for ICE does not, a vendor partner named for nothing is no
        enforcement; a way that is ``None`` sends nothing; a way not folded (``settings.MMIS_API_URL``,
        ``os.environ["ICE_PRIORITY_URL"]``) is what its names say. Between enforcement ways only (two ICE
        URLs, two paths under one ICE base) the test decided nothing about whom."""
        if WAY_CHOSEN_BY_STATUS_MARK in val.labels:
            return True
        if DESTINATION_BY_STATUS_MARK not in val.labels:
            return False
        labels = val.labels - {DESTINATION_BY_STATUS_MARK, MAYBE_NONE_MARK}
        ways = list(val.alternatives or ((val.text,) if val.text is not None else ()))
        owned: dict[str, set[str]] = {t: set() for t in ways}
        shared = set()
        for label in labels:
            held = self.expr.module_constant(label) if label.isidentifier() else None
            if held is None and ("." in label or label in self.index.imports):
                held = self.links.foreign_constant(label)  # from .config import ICE_TOPIC: its text is the way it names
            if held is None and label.isidentifier():
                held = self._imported_as(label)
            if held is not None and held.text:
                for t in ways:
                    if t.startswith(held.text):
                        owned[t].add(label)
            else:
                shared.add(label)
        if MAYBE_NONE_MARK in val.labels:
            return True  # url = None / if status: url = ICE_URL / if url: post(url, ...): the others go nowhere
        if val.text is None and len(ways) <= 1 and not target:
            return self.rules.decide(None, shared, cleared=self.m.cleared) is None
        if len(ways) < 2:
            return False
        if target:
            return any(self.rules.decide_target([t], owned[t] | shared, cleared=self.m.cleared) is None for t in ways)
        return any(HOLE not in t and self.rules.decide(t, owned[t] | shared, cleared=self.m.cleared) is None for t in ways)

    def _imported_as(self, name: str) -> Val | None:
        """A constant of another module known here under another name (``from app.config import ICE_TOPIC
        as REFERRAL_TOPIC``; ``config.ICE_TOPIC`` of ``from app import config``): the label its own module
        gave it is its name there."""
        for local, qual in self.index.imports.items():
            found = None
            if qual.rsplit(".", 1)[-1] == name and local != name:
                found = self.links.foreign_constant(local)
            elif "." not in local:
                found = self.links.foreign_constant(f"{local}.{name}") if self.links.foreign(f"{local}.{name}") is not None else None
            if found is not None and found.text:
                return found
        return None

    def _quiet(self, val: Val) -> bool:
        """A URL or base given only safe hosts, or marked not-enforcement, with no other part named for
        enforcement (``base + settings.ICE_FORWARD_PATH``: the path's name still speaks)."""
        return QUIET_MARK in val.labels and not any(
            self.rules.name_is_enforcement(label, cleared=self.m.cleared) for label in val.labels if label != QUIET_MARK)

    def _bulk_sent(self, spec: SinkSpec, args: Args) -> frozenset[Bulk]:
        """The bulk sources the records a send carries were read from (MCD201): in its arguments, in
        the files it uploads and in the file objects it is handed."""
        # (whom a message goes to, sendmail(frm, [addr, ICE_DESK], msg) in a loop over addresses, is no one's record sent)
        envelope = {id(found[0]) for found in (argument(args, pos, kw) for pos, kw in spec.dest) if found is not None} - self._data_arguments(spec, args)
        bulk: frozenset[Bulk] = frozenset().union(*(val.bulk for arg, val in args if not self.only_metadata(val) and id(arg) not in envelope))
        for _, val in args:
            if val.client is not None:
                bulk |= self.files.content(val).bulk
        for pos, kw in spec.files:
            named = argument(args, pos, kw)
            if named is not None:
                bulk |= self.files.content_of_path(named).bulk
        return bulk

    @staticmethod
    def _data_arguments(spec: SinkSpec, args: Args) -> set[int]:
        """The arguments (by id) a sink call carries as data, by keyword or by position."""
        by_position = {i for i, _ in spec.data_pos}
        carried = {id(a) for a, _ in args if a.keyword is not None and (a.keyword.value in spec.data_kws or a.keyword.value in spec.meta)}
        carried |= {id(a) for i, (a, _) in enumerate(p for p in args if p[0].keyword is None and not p[0].star) if i in by_position}
        return carried

    def only_metadata(self, val: Val) -> bool:
        """Records reduced to transfer metadata (``[{"request_id": r["request_id"], "status": "RECEIVED"}
        for r in rows]``): every placement they carry is a harmless name, so they say nothing about
        anyone (SPEC sections 5 and 10)."""
        if not val.bulk or not val.placements:
            return False
        vocab = self.m.vocabulary
        for p in val.placements:
            if p.kind != "field" or not p.names:
                return False
            # (a key path, correlation_id.correlation_id, is harmless when each of its parts is; the name of the read path
            # through a part word, value_request_id of msg.value["request_id"] of a Kafka message, when the value also
            # carries the key's own name, says nothing more)
            for part in (part for name in p.names for part in name.split(".")):
                head, _, rest = part.partition("_")
                if rest and rest in p.names and head.lower() in vocab.part_words:
                    continue
                if not (vocab.is_technical(part) or self.rules.transfer_metadata(vocab.tokens(part) or ("?",))):
                    return False
        return True

    def _read_from_a_person(self, val: Val) -> bool:
        """An address read from a person's record (``member["email"]``, ``m.email``): the variable it
        was read from is named for a person (``config.liaison_email`` is not)."""
        nouns = self.population.data.person_nouns
        roots = [label for label in val.labels if "." not in label and label not in val.names]
        return bool(roots) and all(label == "m" or (name_words(label) or [""])[-1] in nouns for label in roots)

    def decide_target(self, node: cst.Call, targets: list[Val], base: Val | None, receiver_labels: frozenset[str] | set[str], frame: Frame,
                      addressed: bool = False) -> Destination | None:
        """The destination of a send that names a bucket, queue, topic, stream, host, file or
        recipients rather than a URL (the client's own base counts too). Of recipients (``addressed``, or
        e-mail addresses among them), each is one destination: an address the analysis cannot resolve is
        decided by its own names, whatever the others resolve to (``To: caseworker@hhs.texas.gov``, ``Bcc:
        settings.ICE_LIAISON_ADDRESS``)."""
        texts: list[str] = []
        quiet_texts: list[str] = []
        labels = set(receiver_labels)
        # (the host the client connects to first: sftp.put(path, "/inbound/ero_drop.csv") on mft.ero.ice.gov is
        # named by that host, not by the remote path's words)
        hosted = base is not None and base.text is not None and base.text.startswith(("sftp://", "ftp://"))
        given: list[Val] = [*([base] if base is not None and hosted else []), *targets, *([base] if base is not None and not hosted else [])]
        # sendmail(sender, [ICE_TIPS_EMAIL], msg): each recipient of a list literal by its own names too
        # (and of the client's own list: DjangoEmail(..., to=[member.email, ERO_DESK]).send())
        given += [element for val in [*targets, *([base] if base is not None else [])] for element in val.elements or () if not element.placements]
        # Destination={"ToAddresses": [...], "CcAddresses": [...]}: the addresses a mapping holds (each, by its own names)
        given += [held for val in targets if val.text is None for _, held in val.attrs or () if held.items or held.text]
        given += [e for val in targets if val.text is None for _, held in val.attrs or () for e in held.elements or () if not e.placements]
        for val in given:
            labels |= val.labels
            # Bucket=ERO_REVIEW_BUCKET with the constant marked not-enforcement: the pragma overrides its
            # words (only the enforcement host patterns still speak), also beside a broker host or a routing key
            into = quiet_texts if (val.text is not None or val.alternatives) and self._quiet(val) else texts
            if val.text is not None and val.text.strip(HOLE):
                into.append(val.text)
            elif val.items:
                into.append(", ".join(val.items))
            elif val.choices:
                # rcpts = [STATE_OPS]; if copy_ice: rcpts.append(ICE_LIAISON): any list it may be decides
                into.extend(", ".join(choice) for choice in val.choices if choice)
            into.extend(val.alternatives or ())
        extra = enclosing_names(frame.func_name, frame.cls.name if frame.cls else None)
        hosts_only = self.m.hosts_only > 0 or self.calls.has_pragma(node, self.index.not_pragma_lines)
        if (addressed or any("@" in t and "://" not in t for t in texts)) and not hosts_only:
            for val in given:
                if val.text is None and not val.items and not val.alternatives and not val.choices and not val.placements \
                        and val.elements is None and val.labels and QUIET_MARK not in val.labels:
                    found = self.rules.decide_target([], val.labels, (), cleared=self.m.cleared)
                    if found is not None:
                        return found
        if quiet_texts:
            found = self.rules.decide_target(quiet_texts, set(), (), cleared=self.m.cleared, hosts_only=True)
            if found is not None or not texts:
                return found
        return self.rules.decide_target(texts, labels - {QUIET_MARK}, extra, cleared=self.m.cleared, hosts_only=hosts_only)

    def _built_by_a_caller(self, val: Val) -> bool:
        """A string of fields (an S3 ``Key=f"{m.ssn}.json"``) that the running function was handed
        by its caller: each field stays placed where the caller built it into the string (SPEC
        section 6: a field placed in a caller and sent by a helper is reported at the caller's
        placement), not at the helper's keyword."""
        if not val.placements or not self._stack or not isinstance(self._stack[-1], cst.FunctionDef):
            return False
        first, last = self.m.span(self._stack[-1])
        return all(p.module is not None or not first <= p.line <= last for p in val.placements)

    def _report_all(self, placements: tuple[Placement, ...], dest: Destination, node: cst.Call, metadata: bool = False) -> None:
        sink_line = self.positions(node)[0]
        for p in placements:
            self.report(replace(p, metadata=True) if metadata else p, dest, sink_line)

    def people_shown(self, given: tuple[cst.Arg, Val]) -> tuple[Placement, ...]:
        """The person's own addresses in a recipient list every recipient sees, each placed where it is written."""
        arg, val = given
        if val.elements is None:
            return place(val, *self.positions(arg.value), "to") if self.to_a_person(val) else ()
        written = arg.value.elements if isinstance(arg.value, (cst.List, cst.Tuple)) and len(arg.value.elements) == len(val.elements) else None
        return tuple(p for at, e in enumerate(val.elements) if self.to_a_person(e)
                     for p in place(e, *self.positions(written[at].value if written is not None else arg.value), "to"))

    def _vendor_host(self, vals: "list[Val]") -> bool:
        """Some destination among ``vals`` resolves to a host (a name with a dot) on neither host list."""
        return any(h is not None and "." in h and not self.rules.host_is_safe(h) and not self.rules.host_is_enforcement(h)
                   for h in _hosts_of(vals))

    def to_a_person(self, v: Val) -> bool:
        """``member.email`` (or ``[member.email]``): the address of a person whose record holds it, not a name
        that says enforcement."""
        if v.elements:
            return all(self.to_a_person(e) for e in v.elements)  # send_mail(subject, body, FROM, [member.email])
        return bool(v.names) and v.text is None and not v.alternatives and not any(self.rules.name_is_enforcement(n) for n in v.names | v.labels) \
            and self._read_from_a_person(v)

    def _all_hosts_safe(self, vals: "list[Val]") -> bool:
        """Every destination among ``vals`` (URLs, hosts, e-mail addresses) resolves to a host on the
        non-enforcement list (and there is one)."""
        hosts = _hosts_of(vals)
        if vals and all(h is None or "." not in h for h in hosts) and all(
                v.text and "/" not in v.text and "@" not in v.text and self.rules.names_state_agency(v.text) and not _ambiguous_state(v.text) for v in vals):
            return True  # Bucket="pennsylvania-dhs-edw-landing": a resource a state's own DHS names (SPEC section 4)
        return bool(hosts) and all(h is not None and self.rules.host_is_safe(h) for h in hosts)

    def sent_to_safe_host(self, args: Args, safe: bool = True) -> None:
        """Remember what a send to a non-enforcement host (``safe``) or to a destination not known to
        be one carries: a builder or model named for enforcement whose output goes only to safe hosts
        is not an enforcement payload (SPEC section 4)."""
        for _, val in args:
            self.m.sent_safely(val.placements, val.model, safe, val.labels)

    def _file_name_spots(self, given: cst.BaseExpression, frame: Frame) -> set[tuple[int, int]]:
        """Where the file names of a multipart ``files`` literal are: every node of the first element of each ``(file
        name, file, ...)`` tuple, in a dict of them or in a list of ``(field, tuple)`` pairs, and where what a name
        there holds was placed (``(zpath.name, fh)`` of ``zpath = workdir / f"pkg_{m.id}.zip"``)."""
        tuples = [e.value for e in given.elements if isinstance(e, cst.DictElement)] if isinstance(given, cst.Dict) else [
            e.value.elements[1].value for e in given.elements if isinstance(e.value, cst.Tuple) and len(e.value.elements) == 2
        ] if isinstance(given, (cst.List, cst.Tuple)) else []
        files = [t for t in tuples if isinstance(t, cst.Tuple) and len(t.elements) > 1]
        return self._spots([t.elements[0].value for t in files], frame) - self._spots([e.value for t in files for e in t.elements[1:]], frame)

    def _spots(self, parts: "list[cst.BaseExpression]", frame: Frame) -> set[tuple[int, int]]:
        """The positions of every node of ``parts``, and where what a name among them holds was placed (a file's content
        that is the same value as its name, ``(text, text.encode())``, is no file name: review 50b)."""
        spots = {self.positions(n) for part in parts for n in walk(part)}
        for part in parts:
            if isinstance(part, cst.Attribute):
                spots |= {(p.line, p.col) for p in self.expr.eval(part, frame).placements if p.module is None}  # zpath.name
            for n in walk(part):
                if type(n) is cst.Name and n.value in frame.env:  # type: ignore[attr-defined]
                    spots |= {(p.line, p.col) for p in frame.env[n.value].placements if p.module is None}  # type: ignore[attr-defined]
        return spots

    def _send(self, node: cst.Call, spec: SinkSpec, args: Args, url: tuple[cst.Arg, Val] | None, url_val: Val | None, dest: Destination,
              frame: Frame) -> None:
        """Report every placement a sink call sends to ``dest``."""
        sink_line = self.positions(node)[0]
        positional = 0
        for arg, val in args:
            if arg.star == "**":
                # requests.post(url, **options): the entries of options under data keywords
                line, col = self.positions(arg)
                for p in place(val, line, col) if spec.all_args else (p for p in val.placements if p.key in spec.data_kws):
                    self.report(p, dest, sink_line)
                continue
            is_positional = arg.keyword is None and not arg.star
            data = spec.all_args
            keyword = arg.keyword.value if arg.keyword is not None else None
            if keyword is not None and (keyword in spec.data_kws or keyword in spec.meta):
                data = True
            elif keyword is not None and spec.keywords and not connection_setting(keyword) and not any(keyword == kw for _, kw in spec.dest):
                data = True  # publish(topic, data, member_ssn=m.ssn): a message attribute
            if is_positional:
                data = data or any(i == positional for i, _ in spec.data_pos)
                keyword = keyword or next((k for i, k in spec.data_pos if i == positional), None)
                positional += 1
            if data and (url is None or arg is not url[0] or spec.all_args):
                line, col = self.arg_position(arg)
                if keyword not in _NOT_BODIES and (_unnamed(val) or any(_unnamed(v) for _, v in val.attrs or ()) or any(_unnamed(e) for e in val.elements or ())):
                    # requests.post(ICE_URL, json=payload) of a payload handed in: nothing to report, nothing
                    # to certify either (the audit report says so)
                    self.m.note_transfer(sink_line, dest).unseen = True
                if val.client is not None and val.client.kind == "email":
                    # send_message(msg): its body, attachments and headers (files.opened)
                    self._report_all(self.files.opened(val).placements, dest, node)
                    continue
                if val.client is not None:
                    # a file object (open(path, "rb"), a buffer): what was written to it
                    self._report_all(self.files.content(val).placements, dest, node)
                # (upload_blob(name=f"r/{m.member_id}.json"): the blob's name, no person's name)
                meta_key = keyword if keyword in spec.meta and not self._built_by_a_caller(val) and self.m.vocabulary.classify(keyword) is None else None
                placed = place(val, line, col, meta_key)
                if keyword in LIBRARY.upload_files:
                    # files={"package": (f"pkg_{m.id}.zip", data)}: the file name is transfer metadata (as an S3 Key is)
                    name_spots = self._file_name_spots(arg.value, frame)
                    placed = tuple(replace(p, metadata=True) if (p.line, p.col) in name_spots else p for p in placed)
                lines = {p.line for p in val.placements if p.module is None}
                if meta_key is not None and len(placed) == 1 and len(lines) == 1 and lines != {line} and all(p.module is None for p in val.placements) \
                        and val.text is not None:
                    # key = f"in/{m.ssn}.json" then put_object(Key=key): reported where the string was built, as
                    # a Body or a URL built earlier is, each field where it entered (the same placements as when
                    # the string is also sent as data: Subject=text, Message=text)
                    placed = tuple(replace(p, metadata=True, names=p.names | {meta_key}) for p in val.placements)
                if val.handed is not None and not val.placements:
                    # send(m.ssn) to a helper that posts its parameter: placed where the caller handed it
                    placed = at_caller(val.handed, placed)
                for p in placed:
                    # protocol fields (S3 Key, Subject, MessageGroupId), as keywords or as entries
                    metadata = bool(spec.meta) and (keyword in spec.meta or p.key in spec.meta)
                    self.report(replace(p, metadata=True) if metadata else p, dest, sink_line, val.via)
        for pos, kw in spec.files:
            named = argument(args, pos, kw)
            if named is not None:
                # upload_file("/tmp/x.csv", ...), sftp.put(path): the content written to that file; what another
                # module placed in it is reported at the call, in the function that wrote the file, that led to
                # this upload (_upload(path, ...) in send_one, not the shared helper's put)
                content = self.files.content_of_path(named)
                key = self.files.path_key(named)
                writers = {fn for fn, _ in self.m.written_at.get(key, ())} if key is not None and any(p.module for p in content.placements) else set()
                led = next((site for scope, site, _ in reversed(self.m.call_sites) if scope in writers), None)
                if led is not None:
                    self.anchors.append(led)
                try:
                    self._report_all(content.placements, dest, node)
                finally:
                    if led is not None:
                        self.anchors.pop()
        if url is not None and url_val is not None and not spec.all_args:
            line, col = self.positions(url[0])
            # a field counts in the URL where it was interpolated into the string (a placement), not
            # when the whole URL is read from a setting (settings["ICE_URL"], os.environ["ICE_URL"])
            for p in url_val.placements:
                if p.names and all(names_a_destination(n) for n in p.names):
                    continue  # self.cfg.base_url + "/subjects": where to send, not what is sent
                self.report(p, dest, sink_line, url_val.via)




def _unnamed(val: Val) -> bool:
    """A value the analysis knows nothing of (a payload handed in, an unknown call's result): no name, no
    placement, no constant, not an answer, an object, a client or a function."""
    return val.opaque and not val.bulk and not val.response and val.client is None and val.function is None and val.model is None


#: data keywords that carry how a request is made (credentials, paging), not a body: a value the analysis
#: cannot name there leaves the send certifiable
_NOT_BODIES = frozenset({"headers", "auth", "cookies", "params", "timeout"})


def _pieces(node: cst.BaseExpression) -> "list[str | cst.BaseExpression] | None":
    """The texts and expressions a string is written as (an f-string's parts, the terms of ``+``), in
    order; None for a name or anything else whose text is not written here."""
    if isinstance(node, cst.SimpleString):
        text = string_value(node)
        return [text] if isinstance(text, str) else None
    if isinstance(node, cst.FormattedString):
        out: list[str | cst.BaseExpression] = []
        for part in node.parts:
            out.append(part.value if isinstance(part, cst.FormattedStringText) else part.expression)  # type: ignore[union-attr]
        return out
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
        left, right = _pieces(node.left), _pieces(node.right)
        if left is None or right is None:
            return [*(left or [node.left]), *(right or [node.right])] if left is not None or right is not None else None
        return left + right
    return None


def _bucket_part(pieces: "list[str | cst.BaseExpression]") -> list[cst.BaseExpression]:
    """The expressions written between ``s3://`` and the first ``/`` after it: what names the bucket."""
    seen = ""
    out: list[cst.BaseExpression] = []
    for piece in pieces:
        if isinstance(piece, str):
            if "://" in seen and "/" in seen.split("://", 1)[1]:
                break
            seen += piece
            if "://" in seen and "/" in seen.split("://", 1)[1]:
                break
        elif "://" in seen:
            out.append(piece)
            seen += "\x00"
    return out


#: postal codes that are English words too (dhs-de-identified, dhs-in-bound): beside "dhs" they do not say a state
_WORDLIKE_CODES = frozenset({"de", "in", "or", "me", "ok", "hi", "id", "oh", "al", "la", "ma", "co"})


def _ambiguous_state(name: str) -> bool:
    """A word beside ``dhs`` in ``name`` is a postal code that is also an English word."""
    words = name_words(name)
    return any(w == "dhs" and _WORDLIKE_CODES & set(words[max(i - 1, 0):i] + words[i + 1:i + 2]) for i, w in enumerate(words))


#: the destination keywords that name a resource on the client's broker (a Kafka topic, an AMQP exchange), not a host
#: the names a message is sent under on a broker whose host is known: a topic, an exchange, a routing key, a Redis
#: channel, stream or list (a name on that host, not a host of its own)
_ON_BROKER = frozenset({"topic", "exchange", "routing_key", "channel", "shard_channel", "name"})


def _hosts_of(vals: "list[Val]") -> "list[str | None]":
    """The host each destination among ``vals`` resolves to (a URL's, a host's, an e-mail address's
    domain; None: none), each text the value may be; a remote path names no host (``sftp.putfo(fl,
    "/review/x.json")``: the host is the client's)."""
    hosts: list[str | None] = []
    for val in vals:
        if val.text is None and not val.alternatives and val.attrs:
            # Destination={"ToAddresses": [...], "CcAddresses": [...]}: the addresses under its keys
            # (an entry not known, BccAddresses=os.environ[...].split(","), names no host: not visibly safe)
            held = [v for _, v in val.attrs]
            hosts += _hosts_of(held) if held else [None]
            # (an entry of a value not followed; keys not all known: any entry may be)
            hosts += [None for key in val.items or () if key not in dict(val.attrs)] if val.items is not None else [None]
            continue
        if val.text is None and not val.alternatives and (val.items or val.elements or val.choices):
            # sendmail(FROM, ["audit@dhs.state.mn.us"], ...), ToAddresses=[...]: each recipient of the list
            # (any list it may be); an element that is no constant text names no host
            listed = [*(val.items or ()), *(t for choice in val.choices or () for t in choice)]
            listed += [e.text for e in val.elements or () if e.text is not None]
            hosts += _hosts_of([Val(text=t) for t in listed]) if listed else [None]
            hosts += [None for e in val.elements or () if e.text is None]
            continue
        # (a text and its alternatives: a list of brokers, the first its text, any of them)
        for text in (val.text, *(val.alternatives or ())) if val.text is not None else val.alternatives or (None,):
            if text and "/" in text and "://" not in text:
                continue
            hosts.append(text.rsplit("@", 1)[-1].strip("> ") if text and "@" in text and "://" not in text else host_of(text))
    return hosts


def _constant_asked(held: Val) -> str | None:
    """What a constant given to a query parameter asks for, as ``_asked_for`` reads it from the syntax: its
    text; ``?`` for a list of codes (``*`` when it holds a code for everyone); None for ``None``."""
    if not held.const or is_none(held):
        return None
    if held.text is not None:
        return held.text
    if held.items is not None:
        return _codes_asked(list(held.items))
    return None


def _codes_asked(codes: "list[object]") -> str:
    """What a list of codes given to a status parameter asks for: ``*`` for none or one meaning everyone
    (``ALL``), ``?`` for some codes."""
    return "*" if not codes or any(isinstance(c, str) and c.strip().lower() in ("all", "any", "*") for c in codes) else "?"


def _on_base(base: str, path: str) -> str:
    """The URL a client given ``base`` requests for the relative ``path``: the two end to end, with the one
    ``/`` between them that httpx puts there (``base_url="https://eid.ice.gov/api/v2"`` and ``post("subjects")``
    request ``https://eid.ice.gov/api/v2/subjects``)."""
    if path and base and not path.startswith(("?", "#", HOLE)):
        return base.rstrip("/") + "/" + path.lstrip("/")  # (base_url=".../v3/" and post("/subjects"): one slash)
    return base + path
