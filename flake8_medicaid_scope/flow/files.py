"""Files: what is written to each file, so that a file sends it (SPEC section 4).

A file is known by its folded path (``/exports/ice_referrals_{date}.json``), or, for a
file with no name the analysis can fold (a temporary file, an in-memory buffer), by
the place where it was opened. What is written to it (rows of a csv writer, the
header of a ``DictWriter``, ``json.dump``, ``df.to_csv``, ``write``) is kept per
module, whatever function wrote it. A file whose name carries an enforcement token
is itself a sink: its content is reported at the write. A file that is uploaded,
attached or put later (``upload_file(path)``, ``sftp.put(f.name)``,
``storbinary(cmd, open(path, "rb"))``) sends what was written to it.
"""

from __future__ import annotations


import posixpath
from typing import TYPE_CHECKING

import libcst as cst

from ..destinations import BUCKET_SCHEMES, Destination, says_immigration
from ..words import name_words
from ..library import Rule, SinkSpec, shipped
from .index import FIELD_TABLES, dotted
from .part import Args, Frame, Part, argument
from .values import (
    HOLE, INBOUND_CONTENT_MARK, INBOUND_MARK, QUIET_MARK, named_entries, replace, OPAQUE, Bulk, ClientObj, Placement, Val, container, is_whole, join, place,
    translate_bulk,
)

#: the kinds of objects whose content this part keeps
FILE_KINDS = frozenset({"file", "zip", "tar", "email", "workbook"})
#: paths that name another machine: a file written there is sent there (pandas and fsspec write to them)
#: enforcement tokens that do not make a folder an enforcement destination by themselves (a state's
#: Department of Human Services keeps its own files under ``dhs`` folders; ``enforcement`` has other domains)
FOLDER_AMBIGUOUS = frozenset({"dhs", "enforcement"})

REMOTE_SCHEMES = frozenset({scheme.split(":", 1)[0] for scheme in BUCKET_SCHEMES} | {"sftp", "ftp", "ftps", "http", "https"})
#: the standard headers of an e-mail message: protocol fields (a custom X-Case-Note is data like any other)
PROTOCOL_HEADERS = frozenset({"subject", "from", "to", "cc", "bcc", "reply-to", "sender", "message-id", "date", "content-type",
                              "content-disposition", "content-transfer-encoding", "mime-version", "x-mailer", "importance", "priority"})
#: the headers of an e-mail message that name its recipients
RECIPIENT_HEADERS = frozenset({"to", "cc", "bcc"})
#: the recipient headers every recipient sees (a Bcc is not shown): a person's own address there is data
SHOWN_HEADERS = frozenset({"to", "cc"})
#: the end of the key of a file opened with no path (an in-memory buffer, a workbook, a temporary file with no name given)
IN_MEMORY = " in memory"
if TYPE_CHECKING:
    from .engine import ModuleAnalysis

#: what the engine knows of libraries (the calls that give a path in another form)
LIBRARY = shipped()
#: + a message's key: a text read from an e-mail message (``msg.as_string()``), which still carries its headers
MESSAGE_MARK = "<message text of>"


class Files(Part):
    """Open, write and read files; decide whether a write itself goes to enforcement."""

    def __init__(self, m: "ModuleAnalysis") -> None:
        super().__init__(m)
        #: what a call of a function wrote into the file its parameter names, by that file's key and the call's arguments
        #: (a later call with the same arguments, answered by the memo, wrote the same)
        self._parameter_writes: dict[tuple[str, object], Val] = {}
        self._seeded: dict[str, Val] = {}  # a callee's file of a parameter, given what the caller wrote (parameter_files)

    def open_file(self, rule: Rule, node: cst.Call, args: Args) -> Val:
        """``open(path, "w")``, ``NamedTemporaryFile()``, ``io.StringIO(text)``: a file object."""
        named = argument(args, *rule.path) if rule.path is not None else None
        if named is None and rule.path is not None:
            named = argument(args, None, "fileobj")  # GzipFile(fileobj=buf), tarfile.open(fileobj=buf)
        path = named[1] if named is not None else self._temp_path(node, args) if rule.path is None else None
        if path is not None and path.client is not None and path.client.kind in FILE_KINDS and path.client.base is not None:
            # gzip.open(f), ZipFile(buf, "w"), TextIOWrapper(buf): written through it, into the same file
            return Val(client=ClientObj(rule.file_kind, path.client.base), labels=path.labels)
        holder = self.path_holder(named[0].value) if named is not None and path is not None and path.text is None else None
        if holder is not None and path is not None:
            # open(path, "w") then open(path, "rb") with a path the analysis cannot fold: the same file
            # within one function (known by the name that holds it there, str(path) and Path(path) too)
            path = replace(path, text=self.held_path(holder), const=True)
        made = self.handle(rule.file_kind, path, node)
        mode = argument(args, 1, "mode") if rule.path == (0, "file") else None
        if mode is not None and mode[1].const and (mode[1].text or "")[:1] in ("w", "x"):
            self.truncate(made)  # open(WORK, "w"): a new content, whatever an earlier write put there
        elif path is None or rule.path is None:
            # io.StringIO() run again (a loop, another run of its function): a new buffer; NamedTemporaryFile(suffix=".csv")
            # too: a new file at each open, whatever a run for a caller wrote into the one opened there before
            self.truncate(made, fresh=True)
            key = self.key(made) if made.client is not None and made.client.kind == "email" else None
            if key is not None and self.statements.runs_each_time(node):
                # msg = EmailMessage() in no loop or branch of its function: a new message on each run (one run per partner
                # key, round 439a), none of the recipients an earlier run set on the one made there (in a loop, an earlier
                # pass's message may still be held: review 56f)
                self.m.recipients.pop(key, None)
                self.m.recipient_headers.pop(key, None)
        initial = argument(args, *rule.initial) if rule.initial is not None else None
        if initial is not None:
            self.write(made, place(initial[1], *self.positions(initial[0])), node, initial[1].bulk)
            if INBOUND_MARK in initial[1].labels and not initial[1].placements:
                # io.StringIO(resp.text) of what enforcement answered: a reader over it reads that answer
                return made.with_labels({INBOUND_CONTENT_MARK})
        return made

    def handle(self, kind: str, path: Val | None, node: cst.Call) -> Val:
        """A file object of ``kind`` on ``path`` (``open(path)``, ``Path(...).open("w")``)."""
        text = path.text if path is not None and path.text is not None and path.text.strip("\x00") else None
        if text is None:
            line, col = self.positions(node)
            # a buffer opened in a helper is a new one at each call of the helper (``_csv_bytes(a)``,
            # then ``_csv_bytes(b)``): known by the calls of the callers that led here too
            running = self._stack[-1] if self._stack else None
            callers = "".join(f" <- {self.positions(site)[0]}" for _, site, fn in self.m.call_sites[:-1] if fn is not running)
            outer = self.m.host
            hosts = 0
            while outer is not None and hosts < 8:
                # a helper of another module (a mailer's send()) called twice from one module: two messages
                host, anchor = outer
                callers += f" <= {host.module_id}:{host.positions(anchor)[0]}" + "".join(f"<-{host.positions(site)[0]}" for _, site, _ in host.call_sites)
                outer, hosts = host.host, hosts + 1
            owner = self.m.selves[-1] if self.m.selves else None
            # a buffer made in a base class's method is a new one for each subclass it runs as
            # (a file given no path at all, an in-memory buffer or a sheet, is one no name of a variable names)
            text = f"<file opened at line {line}, column {col}{callers}{f' as {owner}' if owner else ''}{IN_MEMORY if path is None else ''}>"
        labels = path.labels if path is not None else frozenset()
        if self.index.not_pragma_lines and self.calls.has_pragma(node, self.index.not_pragma_lines):
            labels = frozenset({QUIET_MARK})  # open(path, "a")  # medicaid-scope: not-enforcement
        handle = Val(text=text, const=True, labels=labels)
        return Val(client=ClientObj(kind, handle), labels=handle.labels)

    def temp_name(self, node: cst.Call, pair: bool, args: Args = ()) -> Val:
        """``tempfile.mkstemp()`` (``pair``: a descriptor and the name, one file), ``mkdtemp()``: a name
        known by where it was made, so that ``os.fdopen(fd, "w")`` and ``sftp.put(path)`` meet."""
        line, col = self.positions(node)
        name = self._temp_path(node, args) or Val(text=f"<temporary file made at line {line}, column {col}>", const=True)
        return Val(const=True, elements=(name, name)) if pair else name

    def _temp_path(self, node: cst.Call, args: Args) -> Val | None:
        """The name a temporary file is given by its ``prefix``, ``suffix`` and ``dir`` (``mkstemp(
        prefix="ice_eid_referral_", dir=OUTBOX)``): those parts around a part made at this call (so that
        two such files stay two); None when none of them is given as a constant."""
        parts = {key: argument(args, None, key) for key in ("prefix", "suffix", "dir")}
        known = {key: given[1].text for key, given in parts.items() if given is not None and given[1].const and given[1].text is not None}
        if not known:
            return None
        line, col = self.positions(node)
        folder = known.get("dir", "").rstrip("/")
        # (\x01...\x01: where it was made, which keeps two such files two and is never shown)
        text = f"{folder + '/' if folder else ''}{known.get('prefix', '')}{HOLE}\x01{line}:{col}\x01{known.get('suffix', '')}"
        return Val(text=text, const=True)  # (the names that gave the parts do not name the file: its text does)

    def writer(self, rule: Rule, node: cst.Call, args: Args, frame: Frame | None = None) -> Val:
        """``csv.writer(f)`` / ``csv.DictWriter(f, fieldnames=[...])``: a writer on the file; a list of
        column names is a header written to it, each name placed at its own element."""
        target = argument(args, *rule.file) if rule.file is not None else None
        file = target[1] if target is not None else OPAQUE
        columns = argument(args, *rule.columns) if rule.columns is not None else None
        listed = None
        if columns is not None:
            listed = self.expr.column_list(columns[0].value, frame)
            if listed is None and columns[1].const and columns[1].items and not columns[1].placements:
                # fieldnames=columns with columns a caller's constant list (write_extract(rows, path, ICE_COLUMNS)): those
                # names, placed here (reported at the caller's call when the caller is another module)
                listed = list(named_entries(columns[1].items, *self.positions(columns[0])).placements)
            header = isinstance(columns[0].value, cst.Attribute) and columns[0].value.attr.value in ("fieldnames", "columns") \
                and not columns[1].placements and not columns[1].const
            # (fieldnames=reader.fieldnames, df.columns: the source's own header, no one's data; the rows decide)
            placed = tuple(listed) if listed is not None else () if header else place(columns[1], *self.positions(columns[0]))
            declared = self._enforcement_model_table(columns[0].value) if placed else None
            if declared is not None:
                # fieldnames=IceExtractRow._fields, [f.name for f in fields(IceReferralRow)]: the declared fields of a
                # model named for enforcement, placed at their declarations and reported there once (SPEC section 3;
                # sent only to the state's host, they are cleared there)
                placed = declared.placements
            remote = self.calls.client_methods.get(file.client.kind, {}).get("write") if file.client is not None else None
            if remote is not None and remote.sink is not None and frame is not None and target is not None:
                # csv.DictWriter(sftp.open(path, "w"), fieldnames=[...]): the header is written into a remote
                # file, a send there (the rows put only those columns, reported here)
                self.calls.client_method(file, target[0].value, "write", node, [(cst.Arg(value=columns[0].value), container(placed))], frame)
            else:
                self.write(file, placed, node)
        # fieldnames named here: the rows put only those columns into the file, each placed (and
        # reported) once at its name in the list (SPEC section 3), never again at writerow
        names = tuple(sorted({n for p in listed for n in p.names})) if listed is not None else None
        return Val(client=ClientObj("csv.writer", file), labels=file.labels, items=names)

    def _enforcement_model_table(self, node: cst.BaseExpression) -> Val | None:
        """The declared fields of the payload model of this module named for enforcement whose names ``node``
        lists: its field table (``IceExtractRow._fields``, ``.model_fields``, ``list(...)`` of one) or the names of
        its ``dataclasses.fields(...)``; None for any other list."""
        running = self._stack[-1] if self._stack else None
        if isinstance(node, cst.Name) and isinstance(running, cst.FunctionDef):
            # fields = [f.name for f in dataclasses.fields(IceReferralRow)], then fieldnames=fields
            node = self.statements._bound_once(running).get(node.value, node)
        if isinstance(node, cst.Call) and len(node.args) == 1 and isinstance(node.func, cst.Name) and node.func.value in ("list", "tuple", "sorted"):
            node = node.args[0].value
        if isinstance(node, cst.Call) and not node.args and isinstance(node.func, cst.Attribute) and node.func.attr.value == "keys":
            node = node.func.value
        owner = None
        if isinstance(node, cst.Attribute) and node.attr.value in FIELD_TABLES and isinstance(node.value, cst.Name):
            owner = node.value.value
        elif isinstance(node, (cst.ListComp, cst.GeneratorExp)) and isinstance(node.for_in.iter, cst.Call) and len(node.for_in.iter.args) == 1 \
                and (dotted(node.for_in.iter.func) or "").rsplit(".", 1)[-1] == "fields" and isinstance(node.for_in.iter.args[0].value, cst.Name):
            owner = node.for_in.iter.args[0].value.value
        cls = self.index.classes.get(owner) if owner is not None else None
        if cls is None or not cls.is_model or not self.rules.is_payload_model(cls.name, self.m.cleared):
            return None
        return self.functions.declared_fields(cls.name)

    def write_to(self, rule: Rule, node: cst.Call, args: Args, receiver: Val | None = None, frame: Frame | None = None) -> Val:
        """``json.dump(obj, f)``, ``df.to_csv(path)``: what is written goes into the file at ``file``
        (a remote file, ``sftp.open(...)``, is sent what is written, as by its own ``write``)."""
        target = argument(args, *rule.file) if rule.file is not None else None
        chosen = argument(args, *rule.columns) if rule.columns is not None and receiver is not None else None
        listed = self.expr.column_list(chosen[0].value, frame) if chosen is not None else None
        if receiver is not None and listed is not None:
            # df.to_csv(path, columns=["cin", "race_cd"]): only those columns are written, each at its element
            whole = not receiver.placements or is_whole(receiver)
            names = [min(c.names) for c in listed]
            # (a column the frame was given a name for, rename(columns={"ssn_num": "ref_num"}), carries what it was)
            known = {p.key: p.names for p in receiver.placements if p.key is not None and p.kind == "field"}
            listed = [replace(c, names=c.names | known.get(min(c.names), frozenset())) for c in listed]
            narrowed = container(listed) if whole else container(p for p in receiver.placements if p.key in names)
            receiver = replace(narrowed, bulk=receiver.bulk, labels=receiver.labels)
        if target is None and receiver is None and rule.text:
            return join(*(a[1] for a in (argument(args, *w) for w in rule.written) if a is not None))  # yaml.safe_dump(d): its text
        if target is None:
            return receiver if receiver is not None else OPAQUE  # df.to_csv(): the text itself
        hooked = self.calls.hooked(rule, node, args, frame) if receiver is None else None
        # json.dump(member, fh, default=vars): every field of the object goes into the file
        written = [receiver] if receiver is not None else [hooked] if hooked is not None else [
            a[1] for a in (argument(args, *w) for w in rule.written) if a is not None]
        line, col = self.positions(target[0]) if receiver is None else self.positions(node)
        placed = tuple(p for val in written for p in (val.placements if val.placements else place(val, line, col)))
        file = target[1]
        remote = self.calls.client_methods.get(file.client.kind, {}).get("write") if file.client is not None and frame is not None else None
        if remote is not None and remote.sink is not None and frame is not None:
            # with sftp.open("/in/b.csv", "w") as fh: df.to_csv(fh) -- as fh.write(df.to_csv())
            sent = container(placed, bulk=frozenset().union(*(val.bulk for val in written)))
            data = cst.Arg(value=target[0].value)
            self.m.alias_position(data, target[0])
            self.calls.client_method(file, target[0].value, "write", node, [(data, sent)], frame)
            return OPAQUE
        holder = self.path_holder(target[0].value) if self.key(file) is None and file.client is None else None
        if holder is not None:
            # df.to_csv(local) then s3.upload_file(local, ...) with a path the analysis cannot fold: the same
            # file within one function, known by the name that holds it (as for open(local, "w"))
            file = replace(file, text=self.held_path(holder), const=True)
        mode = argument(args, None, "mode")
        if receiver is not None and file.client is None and (mode is None or (mode[1].const and (mode[1].text or "w")[:1] in ("w", "x"))):
            self.truncate(file)  # df.to_csv(SPOOL): the file holds this frame now, whatever an earlier write put there
        self.write(file, placed, node, frozenset().union(*(val.bulk for val in written)))
        return OPAQUE

    def _into_header(self, file: Val, made: tuple[Placement, ...], columns: "tuple[str, ...]") -> tuple[Placement, ...]:
        """``made`` (the row entries that say more than their column) without those under a column of an unknown name whose
        header the file holds: that header placement carries their names instead."""
        key = self.key(file)
        current = self.m.written.get(key) if key is not None else None
        if current is None:
            return made
        vocabulary = self.m.vocabulary
        headers = {next(iter(p.names)): p for p in current.placements if p.kind == "field" and len(p.names) == 1 and p.key in p.names}
        left: list[Placement] = []
        placements = list(current.placements)
        for p in made:
            header = headers.get(p.key or "") if p.key in columns and vocabulary.classify(p.key or "") is None else None
            if header is None:
                left.append(p)
                continue
            # (one placement at the column's name, with the names of every row's value put there: review 57b)
            at = next((i for i, q in enumerate(placements) if q is not header and (q.line, q.col, q.key) == (header.line, header.col, header.key)), None)
            if at is None:
                placements.append(replace(header, names=header.names | p.names))
            else:
                placements[at] = replace(placements[at], names=placements[at].names | p.names)
        if len(left) != len(made):
            self.m.written[key] = replace(current, placements=tuple(placements))  # type: ignore[index]
        return tuple(left)

    def _says_more(self, p: Placement) -> bool:
        """A row entry's value names a known category other than its key's; a row with no key (a
        record read whole) only when one of its names is a known field (the columns written are the
        listed ones: what else its name says, ``items`` of a response, is not written)."""
        vocabulary = self.m.vocabulary
        if p.kind != "field":
            return p.kind != "whole"
        if p.key is None:
            return any(vocabulary.classify(n) is not None for n in p.names)
        column = vocabulary.classify(p.key)
        return any(category is not None and category != column for category in (vocabulary.classify(n) for n in p.names if n != p.key))

    def method(self, receiver: Val, rule: Rule, node: cst.Call, args: Args, frame: Frame) -> Val:
        """``f.write(s)``, ``writer.writerow(row)``, ``zf.write(path)``, ``buf.getvalue()``."""
        assert receiver.client is not None
        file = receiver.client.base if receiver.client.kind == "csv.writer" and receiver.client.base is not None else receiver
        if rule.does == "read":
            if receiver.client.kind == "email":
                key = self.key(receiver)
                # msg.as_string(): the message's text (no message object: .encode() of it is text too), which
                # still says whom it is addressed to (its To/Cc/Bcc)
                text = replace(self.opened(receiver), client=None)
                return text.with_labels({MESSAGE_MARK + key} if key is not None and key in self.m.recipients else set())
            key = self.key(file)
            if key is not None and key in self.m.written:
                self.m.file_reads.append(key)  # fh.read(): written into another file (an attachment), it goes where that one goes
            return self.content(file)
        target = self.key(file)
        if target is not None and receiver.client.kind == "email":
            # msg.add_attachment(fh.read()): the file read goes where the message goes (a file read into another
            # file, a checksum sidecar, leaves the first where it was)
            self.m.file_copies.extend((source, target) for source in self.m.args_file_reads if source != target)
        placed: list[Placement] = []
        bulk: frozenset[Bulk] = frozenset()
        for where in rule.written:
            given = argument(args, *where)
            if given is not None:
                inner = given[1].client is not None and given[1].client.kind in FILE_KINDS
                inner_key = self.key(given[1]) if inner else None
                if inner_key is not None and target is not None and inner_key != target and receiver.client.kind == "email":
                    self.m.file_copies.append((inner_key, target))  # msg.attach(part): the part goes where the message goes
                # msg.attach(part), add_attachment(buf.getvalue()): a file's or part's content
                written = (self.opened(given[1]) if given[1].client.kind == "email" else self.content(given[1])) if inner else given[1]  # type: ignore[union-attr]
                made = written.placements if inner else place(given[1], *self.positions(given[0]))
                if where[1] in rule.form_meta:
                    made = tuple(replace(p, metadata=True) for p in made)  # zf.writestr(f"{case.batch_id}.json", ...): an entry's name
                if receiver.client.kind == "csv.writer" and receiver.items is not None:
                    # a DictWriter with its fieldnames listed: each column is placed at its name in the list;
                    # a row's entry stays a placement of its own only when its value says more than its
                    # column ({"medicaid_id": m.ssn}: an SSN in the Medicaid ID column)
                    made = tuple(p for p in made if self._says_more(p))
                    # (.values("cin", ref=F("ssn_num")) under fieldnames=["cin", "ref"], {"ref": m.ssn}: a column of a name
                    # the vocabulary does not know holds what the rows put there, reported once at its name; round 452a)
                    made = self._into_header(file, made, receiver.items)
                placed.extend(made)
                bulk |= written.bulk
        for where in rule.files:
            given = argument(args, *where)
            if given is not None:
                # zf.write("/tmp/x.csv"): that file's content (also by the name holding a path not folded)
                content = self.content_of_path(given)
                placed.extend(content.placements)
                bulk |= content.bulk
        remote = self.calls.client_methods.get(file.client.kind, {}).get("write") if file is not receiver and file.client is not None else None
        if remote is not None and remote.sink is not None and isinstance(node.func, cst.Attribute):
            # csv.writer(sftp.open(path, "w")).writerow(row): written into a remote file, a send there
            first = args[0][0] if args else cst.Arg(value=node)
            return self.calls.client_method(file, node.func.value, "write", node, [(first, container(tuple(placed), bulk=bulk))], frame)
        self.write(file, tuple(placed), node, bulk)
        # ws.cell(row=i, column=2): the cell, in the sheet (a value set on it later is written there)
        return receiver if receiver.client.kind == "workbook" else OPAQUE

    def opened(self, val: Val) -> Val:
        """A file object put into data (``files={"f": open(path, "rb")}``) stands for what was written to it."""
        if val.client is not None and val.client.kind == "email":
            # send_message(msg), msg.as_string(): the body and attachments with the headers set on the
            # message (msg["Subject"] = ...), which are protocol fields: an unknown name is not MCD104 there
            headers = container(tuple(replace(p, metadata=True) if (p.key or "").lower() in PROTOCOL_HEADERS else p for p in val.placements))
            key = self.key(val)
            # (str(msg), bytes(msg), {"Data": msg}: the message's text still says whom it is addressed to)
            marked = {MESSAGE_MARK + key} if key is not None and key in self.m.recipients else set()
            return join(self.content(val), headers, replace(val, placements=())).with_labels(marked)
        if val.client is not None and val.client.kind in FILE_KINDS:
            content = self.content(val)
            key = self.key(val)
            if key is not None and key in self.m.written:
                self.m.contents_read.append(key)  # files={"f": fh}: the file itself goes with the call (Files.uploads)
            if content.bulk:
                # files={"file": fh} of a file written from many records: the data around it carries them (MCD201)
                self.m.bulk_read = self.m.bulk_read | content.bulk
            return content if content.placements else val
        return val

    def read_back(self, path: Val) -> Val:
        """``Path(p).read_bytes()``: what this module wrote to the file ``p`` names. Read back only to
        hash or log it, the file is not uploaded by that (a file named for enforcement stays the sink
        at its write); read into the arguments of a send, it goes with the send (``Files.uploads``)."""
        key = self.key(path)
        if key is None or key not in self.m.written:
            return OPAQUE
        self.m.contents_read.append(key)
        return self.m.written[key]

    @staticmethod
    def key(val: Val) -> str | None:
        """The name a file is kept under (``file_key``)."""
        return file_key(val)

    def content(self, val: Val) -> Val:
        """What was written to the file ``val`` is (or names); nothing known: opaque."""
        key = self.key(val)
        if key is None and val.client is None and val.alternatives:
            # for p in paths: sftp.put(p) over [claims_path, README]: any of the files it may be
            found = [a for a in val.alternatives if a in self.m.written]
            self.m.uploaded_files.update(found)
            return join(*(self.m.written[a] for a in found)) if found else OPAQUE
        if key is None and val.client is None and (val.elements or val.items):
            # send_email(..., files=[CSV_PATH, README]): the content of every file of the list
            paths = [e for e in val.elements or () if self.key(e) is not None] or [Val(text=t, const=True) for t in val.items or ()]
            return join(*(self.content(path) for path in paths)) if paths else OPAQUE
        if key is not None and key in self.m.written:
            self.m.uploaded_files.add(key)  # read back to be sent or attached: its writes are not the send
        if key is not None and key not in self.m.written and key.strip("/"):
            # tar.add("/tmp/batch"), a folder: every file written under it
            under = [name for name in self.m.written if name.startswith(key.rstrip("/") + "/")]
            if under:
                self.m.uploaded_files.update(under)
                return join(*(self.m.written[name] for name in under))
        return self.m.written.get(key, OPAQUE) if key is not None else OPAQUE

    def written_content(self, val: Val) -> Val | None:
        """What this module wrote to the file ``val`` is (or names), when it wrote it; None otherwise."""
        key = self.key(val)
        return self.m.written.get(key) if key is not None else None

    def content_of_path(self, named: tuple[cst.Arg, Val]) -> Val:
        """What was written to the file an argument names: its folded path, or the name that holds a
        path the analysis cannot fold within the running function (``open(path, "w")``, then
        ``s3.upload_file(path, ...)`` with ``path`` a parameter)."""
        arg, val = named
        holder = self.path_holder(arg.value) if self.key(val) is None else None
        if holder is not None:
            held = self.held_path(holder)
            if held in self.m.written:
                self.m.uploaded_files.add(held)
                return self.m.written[held]
        return self.content(val)

    def uploads(self, spec: "SinkSpec", args: Args) -> set[str]:
        """The files (by key) whose content a send carries: file objects among its arguments, and the
        paths at its ``files`` arguments (``sftp.put(path)``)."""
        found: set[str] = set(self.m.args_read)  # files={"f": fh}: read into the data the arguments carry
        for _, val in args:
            key = self.key(val) if val.client is not None else None
            if key is not None and key in self.m.written:
                found.add(key)
        for pos, kw in spec.files:
            named = argument(args, pos, kw)
            key = self.path_key(named) if named is not None else None
            if key is not None and key in self.m.written:
                found.add(key)
            listed = named[1].elements or () if named is not None and key is None else ()
            found.update(k for k in (self.key(e) for e in listed) if k is not None and k in self.m.written)
        return found

    def path_key(self, named: tuple[cst.Arg, Val]) -> str | None:
        """The key of the file an argument names: its folded path, or the name that holds a path the
        analysis cannot fold (``sftp.put(path)`` of the path opened above by that name)."""
        key = self.key(named[1])
        holder = self.path_holder(named[0].value) if key is None else None
        return self.held_path(holder) if holder is not None else key

    def path_holder(self, node: cst.BaseExpression) -> cst.Name | cst.Attribute | None:
        """The name (or attribute) that holds the path an argument gives, through the calls and methods that give
        the same path in another form (``str(out)``, ``Path(out).resolve()``: library data ``path_conversions``);
        None for anything else (a path built from parts, ``os.path.join(d, name)``, is folded or is no one name)."""
        for _ in range(6):
            bound = self.m.functions.bound_here(node.value) if isinstance(node, cst.Name) else []
            if len(bound) == 1 and isinstance(bound[0], cst.Call) and self._converts_path(bound[0]):
                node = bound[0]  # base = Path(out) (its only assignment here), then base.write_text(...): the file out holds
                continue
            if isinstance(node, (cst.Name, cst.Attribute)):
                return node
            if not isinstance(node, cst.Call) or not self._converts_path(node):
                return None
            # Path(out).resolve(): its receiver; str(out), pathlib.Path(out), os.fspath(out): its argument
            node = node.func.value if isinstance(node.func, cst.Attribute) and not node.args else node.args[0].value
        return None

    def parameter_files(self, fn: cst.FunctionDef, cls: object, args: Args) -> list[tuple[str, str, Val | None, object]]:
        """Before a call of a function of the project (``write_extract(m, out)``): for each argument that gives a path the
        analysis cannot fold by a name (``out``, ``str(out)``), the key of the file the callee writes through its
        parameter (``<file at out in write_extract>``), the caller's key of that file, and what the callee's file
        held before the call."""
        if not isinstance(fn, cst.FunctionDef):
            return []  # (a lambda names no file of its own)
        params = [p.name.value for p in (*fn.params.posonly_params, *fn.params.params)]
        if cls is not None and params and params[0] in ("self", "cls"):
            params = params[1:]
        found: list[tuple[str, str, Val | None, object]] = []
        shape: object = None
        position = 0
        for arg, val in args:
            if arg.star:
                return found
            name = arg.keyword.value if arg.keyword is not None else params[position] if position < len(params) else None
            position += arg.keyword is None
            if name is None or self.key(val) is not None or val.client is not None:
                continue
            holder = self.path_holder(arg.value)
            if holder is None:
                continue
            inner = _held_key(name, fn.name.value)
            # (the call's arguments, which the memo answers by: asked only of a call that hands a path on)
            shape = shape or (id(fn), tuple((a.keyword.value if a.keyword is not None else None, v) for a, v in args))
            # (set aside while the call runs: what it writes there is what this call wrote, even when an earlier run, the
            # function's own, wrote the same)
            outer = self.held_path(holder)
            found.append((inner, outer, self.m.written.pop(inner, None), shape))
            if outer in self.m.written and inner != outer:
                # with open(path, "w") as fh: json.dump(rec, fh); _put(path): the callee reads what this function wrote
                self.m.written[inner] = self._seeded[inner] = self.m.written[outer]
        return found

    def carry_back(self, paths: list[tuple[str, str, Val | None, object]]) -> None:
        """After the call ``parameter_files`` read: what the callee wrote anew into the file its parameter names is in
        the caller's file of that name too (``write_extract(m, out)``, then ``upload_file(out, ...)``). A call the memo
        answered wrote what the run with the same arguments wrote (what the callee's file holds now may be another
        call's)."""
        for inner, outer, before, shape in paths:
            after = self.m.written.get(inner)
            seeded = self._seeded.pop(inner, None)
            if after is not None and seeded is not None:
                # (what the caller had written is its own: only what the callee wrote anew goes back, and stays the callee's)
                fresh = tuple(p for p in after.placements if p not in seeded.placements)
                after = container(fresh, bulk=after.bulk - seeded.bulk) if fresh or after.bulk - seeded.bulk else None
                if after is None:
                    self.m.written.pop(inner, None)
            if after is not None:
                self._parameter_writes[(inner, shape)] = after
                self.m.written[inner] = join(before, after) if before is not None else after
            else:
                after = self._parameter_writes.get((inner, shape))
                if before is not None:
                    self.m.written[inner] = before
            if after is not None and inner != outer:
                self.m.written[outer] = join(self.m.written[outer], after) if outer in self.m.written else after

    def _converts_path(self, node: cst.Call) -> bool:
        """``node`` gives the path of its one argument in another form (``str(out)``, ``Path(out)``), or of its receiver
        (``out.resolve()``)."""
        func = node.func
        if isinstance(func, cst.Attribute) and not node.args:
            return func.attr.value in LIBRARY.path_methods
        name = dotted(func)
        qual = (self.index.qualify(name) or name) if name is not None else None
        return qual in LIBRARY.path_calls and len(node.args) == 1 and node.args[0].keyword is None and not node.args[0].star

    def held_path(self, node: cst.BaseExpression) -> str:
        """The key of a file whose path the analysis cannot fold, within one function: the name that
        holds the path there (``open(path, "w")``, then ``sftp.put(path)``)."""
        running = self._stack[-1] if self._stack else None
        return _held_key(dotted(node), running.name.value if isinstance(running, cst.FunctionDef) else "<module>")

    def add_recipient(self, message: Val, header: str, val: Val) -> bool:
        """``msg["To"] = addr``: remember a recipient of an e-mail message (False: not one)."""
        key = self.key(message)
        if key is None or message.client is None or message.client.kind != "email" or header.lower() not in RECIPIENT_HEADERS:
            return False
        self.m.recipients.setdefault(key, []).append(val)
        self.m.recipient_headers.setdefault(key, []).append(header.lower())
        return True

    def remove_recipients(self, message: Val, header: str) -> None:
        """``del msg["To"]``, ``msg.replace_header("To", addr)``: the message no longer has the recipients of that header
        (those set on it where this module can tell which header holds them)."""
        key = self.key(message)
        if key is None or message.client is None or message.client.kind != "email" or header.lower() not in RECIPIENT_HEADERS:
            return
        held, headers = self.m.recipients.get(key, []), self.m.recipient_headers.get(key, [])
        if len(held) != len(headers):
            return  # (some set elsewhere, by another module: which header holds them is not known)
        kept = [(val, name) for val, name in zip(held, headers, strict=True) if name != header.lower()]
        self.m.recipients[key] = [val for val, _ in kept]
        self.m.recipient_headers[key] = [name for _, name in kept]

    def recipients(self, message: Val) -> list[Val]:
        """The To, Cc and Bcc values set on an e-mail message (or on the message a text was read from,
        ``msg.as_string()``)."""
        key = self.key(message) if message.client is not None else None
        if key is None:
            key = next((label[len(MESSAGE_MARK):] for label in sorted(message.labels) if label.startswith(MESSAGE_MARK)), None)
        return list(self.m.recipients.get(key, [])) if key is not None else []

    def truncate(self, file: Val, *, fresh: bool = False) -> None:
        """The file named by ``file`` is written from scratch (``open(WORK, "w")``, ``write_text``):
        for the rest of the running function (and what it calls) the file holds only what is written
        next. What it held before comes back when that run ends (``ModuleAnalysis.restore_files``):
        another function run on its own may upload the file after either write."""
        key = self.key(file)
        # (a path held by a name of the running function is the same file within it: open(path, "w") again
        # starts it anew; a path only named for enforcement is not known to be one file)
        if key is not None and (fresh or not key.startswith("<file ") or key.startswith("<file at ")) and key in self.m.written:
            self.m.stashed.setdefault(key, []).append(self.m.written.pop(key))

    def write(self, file: Val, placed: tuple[Placement, ...], node: cst.Call, bulk: frozenset[Bulk] = frozenset()) -> None:
        """Add ``placed`` to the file's content (and the bulk sources it came from); a file named for
        enforcement is a sink itself."""
        key = self.key(file)
        if key is None or not (placed or bulk):
            return
        current = self.m.written.get(key, OPAQUE)
        running = self._stack[-1] if self._stack else None
        self.m.written_by.setdefault(key, set()).add(id(running) if running is not None else 0)  # which functions wrote it
        self.m.written_at.setdefault(key, set()).add((id(running) if running is not None else 0, self.positions(node)[0]))
        new = container(current.placements + tuple(p for p in placed if p not in current.placements), bulk=current.bulk | bulk)
        if new != current:
            self.m.written[key] = new
            if not function_held(key):
                self.m.state_changed = True  # a function analyzed earlier may upload this file
        # a path given by a constant marked not-enforcement, or opened on a line so marked: its words do not
        # speak (SPEC section 7: the pragma overrides name signals)
        quiet = self.m.hosts_only > 0 or (QUIET_MARK in file.labels and not any(
            self.rules.name_is_enforcement(label, cleared=self.m.cleared) for label in file.labels if label != QUIET_MARK))
        if key.startswith("<file "):
            # a path the analysis cannot fold: the names that supply it decide (``open(os.environ["ICE_EXPORT_FILE"])``,
            # ``with open(cfg.output_path, "w") as ice_file``); a file given no path has no name of its own, and the
            # variables that hold it do not give it one (``dhs_buf = io.StringIO()``, ``ice_ws = wb.active``: where it
            # is sent decides)
            base = file.client.base if file.client is not None else None
            named = base.labels if base is not None and key.endswith(IN_MEMORY + ">") else file.labels
            dest = self.rules.decide_target([], named, cleared=self.m.cleared, hosts_only=quiet) if named else None
            if dest is not None:
                self._enforcement_file(key, replace(dest, what="enforcement file"), placed, node, bulk, folder=False)
            return
        if key.split("://", 1)[0] in REMOTE_SCHEMES and "://" in key:
            # df.to_parquet("s3://ice-eid-handoff/batch.parquet"): written straight to that bucket or host
            remote = self.rules.decide_target([key], file.labels, cleared=self.m.cleared, hosts_only=quiet)
            if remote is not None:
                self.sent_to(remote, placed, node, bulk)
            return
        path = key.replace("\\", "/")
        folder = next((d for d in self.rules.export_dirs if path.startswith(d.replace("\\", "/") + "/")), None)
        name = path.rsplit("/", 1)[-1]  # the file's own name, not its folder
        dest = Destination(folder, "enforcement export folder") if folder is not None else None
        dest = dest or self.rules.decide_target([name], file.labels, cleared=self.m.cleared, hosts_only=quiet)
        if dest is not None and folder is None:
            dest = replace(dest, what="enforcement file")
        if dest is None and not quiet:
            dest = self._enforcement_folder(path)
        if dest is not None:
            self._enforcement_file(key, dest, placed, node, bulk, folder is not None)

    def sent_to(self, dest: Destination, placed: tuple[Placement, ...], node: cst.Call, bulk: frozenset[Bulk] = frozenset()) -> None:
        """``placed`` (and the records ``bulk``) sent by ``node`` to the enforcement destination ``dest``."""
        self.m.enforcement_seen = True
        self.m.sends += 1
        line = self.positions(node)[0]
        self.m.note_transfer(line, dest)
        self._report_at_write(placed, dest, line, node)
        if bulk:
            self.m.report_bulk(bulk, dest, node)

    def _enforcement_folder(self, path: str) -> Destination | None:
        """A folder of the path named for enforcement by a token that names no state agency
        (``/mnt/shares/ice/daily.json``, ``/srv/transfer/ero_outbound/x.csv``; SPEC section 4 splits
        a file name on ``/`` too). ``dhs`` and ``enforcement`` are left to the file's own name: a
        state's Department of Human Services keeps its files under ``dhs`` folders; ``enforcement``
        beside a word that says immigration (``immigration_enforcement/``) counts."""
        tokens = self.rules.tokens - FOLDER_AMBIGUOUS
        folder = posixpath.normpath(path).rsplit("/", 1)[0] if "/" in path else ""  # /srv/ice/../state/x: /srv/state
        for segment in reversed([s for s in folder.split("/") if s and s not in (".", "..")]):
            words = name_words(segment)
            beside = {w for i, w in enumerate(words) if w == "ice" for w in words[max(i - 1, 0):i + 2]}
            if self.rules.ice_contact_words.intersection(beside) and not (tokens - {"ice"}).intersection(words):
                continue  # /srv/ice_contacts/: in case of emergency (SPEC section 4)
            # (immigration_enforcement/ says whose enforcement it is: the word counts there)
            named = self.rules.tokens - {"dhs"} if says_immigration(words) else tokens
            if named.intersection(words) and self.rules.decide_target([segment], (), cleared=self.m.cleared) is not None:
                return Destination(folder, "enforcement folder")
        return None

    def _report_at_write(self, placed: tuple[Placement, ...], dest: Destination, line: int, node: cst.CSTNode) -> None:
        """Report ``placed`` as written to ``dest`` at ``line``; what another module placed is reported at this write
        (``json.dump(row_of(m), fh)`` of a row another module built)."""
        self.anchors.append(node)
        try:
            for p in placed:
                self.report(p, dest, line)
        finally:
            self.anchors.pop()

    def _enforcement_file(self, key: str, dest: Destination, placed: tuple[Placement, ...], node: cst.Call, bulk: frozenset[Bulk], folder: bool) -> None:
        """``placed`` written into a file that is itself an enforcement destination (its name, the
        names that supply its path, or an enforcement export folder)."""
        self.m.enforcement_seen = True
        self.m.sends += 1
        line = self.positions(node)[0]
        self._report_at_write(placed, dest, line, node)
        if not folder:
            self.m.file_reports.setdefault(key, set()).update((p.line, p.col) for p in placed)
        if bulk and key not in self.m.uploaded_files:
            if self.m.host is not None:
                # written for a caller in another module: the records it handed in are its finding, at its
                # call, unless it uploads the file itself (see run(): its own upload decides then)
                host, anchor = self.m.host
                handed = frozenset(translate_bulk(b, self.m.module_id, host.module_id) for b in bulk)
                if any(b.module is None for b in handed) and isinstance(anchor, cst.Call):
                    host.file_sends.setdefault((key, id(anchor)), (handed, dest, anchor))
            else:
                # reported at the write only if no upload of the file is visible (see run())
                self.m.file_sends.setdefault((key, id(node)), (bulk, dest, node))


def _held_key(name: str | None, where: str) -> str:
    """The key of the file the name ``name`` holds the path of in the function ``where`` (``Files.held_path``)."""
    return f"<file at {name} in {where}>"


def function_held(key: str) -> bool:
    """``key`` is the file a name of a function holds the path of (``_held_key``), which only that function's run (and
    the calls it makes) writes and reads."""
    return key.startswith("<file at ") and not key.endswith(" in <module>>")


def file_key(val: Val) -> str | None:
    """The name a file is kept under: a file object's path, or a path string."""
    if val.client is not None and val.client.kind in FILE_KINDS:
        return val.client.base.text if val.client.base is not None else None
    if val.text is not None and val.text.strip(HOLE):
        return val.text
    return None


def recipients_state(m: "ModuleAnalysis") -> "tuple[dict[str, list[Val]], dict[str, list[str]]]":
    """A copy of the e-mail recipients ``m`` holds, to run a way or a key's run from."""
    return {k: list(v) for k, v in m.recipients.items()}, {k: list(v) for k, v in m.recipient_headers.items()}


def set_recipients(m: "ModuleAnalysis", state: "tuple[dict[str, list[Val]], dict[str, list[str]]]") -> None:
    """``m`` holds ``state``'s recipients (the same dicts, changed in place)."""
    m.recipients.clear()
    m.recipients.update({k: list(v) for k, v in state[0].items()})
    m.recipient_headers.clear()
    m.recipient_headers.update({k: list(v) for k, v in state[1].items()})


def join_recipients(m: "ModuleAnalysis", states: "list[tuple[dict[str, list[Val]], dict[str, list[str]]]]") -> None:
    """``m`` holds every recipient any of ``states`` (the ends of several ways or runs) holds, each once."""
    m.recipients.clear()
    m.recipient_headers.clear()
    for held, named in states:
        for key, vals in held.items():
            names = named.get(key, [])
            for val, header in zip(vals, [*names, *["to"] * (len(vals) - len(names))], strict=False):
                if val not in m.recipients.setdefault(key, []):
                    m.recipients[key].append(val)
                    m.recipient_headers.setdefault(key, []).append(header)
