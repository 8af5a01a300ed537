"""XML documents built element by element (ElementTree, lxml): SPEC sections 3 and 4.

An element (``ET.Element(tag)``, ``ET.SubElement(parent, tag)``) is a container: text set on it
(``el.text = m.dob``) is placed under its tag, an attribute (``el.set("ssn", m.ssn)``, an
``attrib`` mapping, a keyword of the constructor) under its name, and what a sub-element holds
its parent holds too (the parent's own parent as well). Serialized (``ET.tostring(root)``),
written (``ET.ElementTree(root).write(path)``) or posted, the document sends all of it. What the
calls are is library data (``data/library/xml.json``); this module is what they do.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import libcst as cst

from ..library import Rule, shipped
from .index import dotted, param_names
from .part import Args, Frame, argument, argument_node
from .population import ANSWERED_BY_STATUS_MARK
from .values import (
    INBOUND_MARK, OPAQUE, at_caller, XML_ELEMENT_MARK, XML_FACTORY_MARK, XML_ID_PREFIX, XML_PARENT_PREFIX, XML_TAG_PREFIX, Placement,
    Val, const_text, const_val, container, place, replace,
)

if TYPE_CHECKING:
    from .calls import Calls

#: the client-method table of an element (``set``, ``write``, ``toprettyxml``)
ELEMENT_KIND = "xml.element"
#: the attributes of an element whose value is its text
TEXT_ATTRIBUTES = frozenset({"text", "tail"})


def local_name(tag: str) -> str:
    """``{http://niem.gov/niem/niem-core/2.0}PersonSSNIdentification`` and ``nc:PersonBirthDate``:
    the element's own name, without its namespace."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def tag_of(val: Val) -> str | None:
    """The (local) tag of an element value; None when it is not known."""
    return min((label[len(XML_TAG_PREFIX):] for label in val.labels if label.startswith(XML_TAG_PREFIX)), default=None)  # (deterministic)


def element_rule(calls: "Calls", node: cst.BaseExpression, frame: Frame) -> Rule | None:
    """The library rule of ``node`` when it is a call that makes an element (``ET.SubElement(...)``)."""
    if not isinstance(node, cst.Call):
        return None
    name = dotted(node.func)
    if name is None:
        return None
    rule = shipped().calls.get(calls.index.qualify(name, frame.imports or None) or name)
    return rule if rule is not None and rule.does == "xml_element" else None


def parent_of(calls: "Calls", node: cst.BaseExpression, frame: Frame) -> cst.BaseExpression | None:
    """The parent element given to ``ET.SubElement(parent, tag)``, or the element ``root.find(path)`` looks
    in (the expression); None otherwise."""
    if isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and _found_in(calls, node):
        return node.func.value
    rule = element_rule(calls, node, frame)
    if rule is None or rule.parent is None or not isinstance(node, cst.Call):
        return None
    return argument_node(node, *rule.parent)


def _found_in(calls: "Calls", node: cst.Call) -> bool:
    """``root.find("Person")``: a method the library data says finds an element inside its receiver."""
    rule = calls.client_methods.get(ELEMENT_KIND, {}).get(cst.ensure_type(node.func, cst.Attribute).attr.value)
    return rule is not None and rule.does == "xml_find"


def make_element(calls: "Calls", rule: Rule, node: cst.Call, args: Args, frame: Frame | None) -> Val:
    """``ET.Element("Subject", attrib={"ssn": m.ssn})``, ``ET.SubElement(root, "Dx", code=m.dx)``: an element
    holding its attributes; a sub-element's attributes are its parent's too."""
    given = argument(args, *rule.tag) if rule.tag is not None else None
    tag = const_text(given[1]) if given is not None else None
    key = local_name(tag) if tag else None
    if rule.tag is None and rule.parent is None and args and not args[0][1].const:
        # ET.fromstring(resp.text), ET.fromstring(m.record_xml): a document of what it was parsed from (enforcement's
        # answer stays its answer, a member's XML that member's data)
        return args[0][1].with_labels(_identity(calls, node, None, None))
    placed: list[Placement] = []
    attrib = argument(args, *rule.attrib) if rule.attrib is not None else None
    if attrib is not None:
        # attrib={"ssn": m.ssn}: each entry under its name; a mapping of unknown entries placed where given
        placed.extend(attrib[1].placements or place(attrib[1], *calls.positions(attrib[0])))
    taken = {kw for where in (rule.tag, rule.parent, rule.attrib) if where is not None for kw in (where[1],) if kw is not None} | {"nsmap"}
    for arg, val in args:
        if arg.star == "**":
            placed.extend(val.placements)  # ET.SubElement(root, "Subject", **attrs): the entries of attrs
        elif arg.keyword is not None and arg.keyword.value not in taken:
            placed.extend(place(val, *calls.positions(arg), arg.keyword.value))  # ET.Element("Subject", ssn=m.ssn)
    bulk = frozenset().union(*(v.bulk for _, v in args))
    parent = parent_of(calls, node, frame) if frame is not None else None
    parent_val = calls.expr.eval(parent, frame) if parent is not None and frame is not None else None
    labels = _identity(calls, node, key, parent_val)
    made = container(placed, bulk=bulk).with_labels(labels) if placed or bulk else Val(const=True, items=(), labels=labels)
    if parent is not None and parent_val is not None and frame is not None and (placed or bulk):
        add_into(calls, parent, parent_val, placed, bulk, frame)
    return made


def _identity(calls: "Calls", node: cst.CSTNode, tag: str | None, parent: Val | None) -> frozenset[str]:
    """The labels of an element made at ``node``: an element, its tag, where it was made (its identity: the
    variables and attributes holding it are found by it, whatever they are called) and its parent's identity."""
    line, col = calls.positions(node)
    own = f"{XML_ID_PREFIX}{calls.module_id}:{line}:{col}"
    # (a parent that may be either of two elements, doc = root or a new one, has both identities: each is a parent; the
    # parent's own ancestors are this element's too, so that an element under one no variable holds, ET.SubElement(
    # ET.SubElement(root, "component"), "section"), still reaches the document)
    above = sorted(label[len(prefix):] for label in parent.labels for prefix in (XML_ID_PREFIX, XML_PARENT_PREFIX)
                   if label.startswith(prefix)) if parent is not None else []
    return frozenset({XML_ELEMENT_MARK, own, *((XML_TAG_PREFIX + tag,) if tag else ()), *(XML_PARENT_PREFIX + ident for ident in above)})


def made_by_call(val: Val, module_id: str, lines: tuple[int, int], site: tuple[int, int]) -> Val:
    """What a call of a function (its body on ``lines`` of module ``module_id``) returned, at the call ``site``:
    an element the function made is that call's own (``state_doc = envelope("eligibility")`` and ``ice_doc =
    envelope("referral")`` are two documents, though one line of the helper made both); one it was handed
    and gave back (``doc = add_header(root)``) is still the caller's."""
    if val.elements is not None and any(XML_ELEMENT_MARK in e.labels for e in val.elements):
        # return root, body: each element of the tuple is the call's own as it would be alone
        val = replace(val, elements=tuple(made_by_call(e, module_id, lines, site) for e in val.elements))
    if XML_ELEMENT_MARK not in val.labels:
        return val
    made = []
    for prefix in (f"{XML_ID_PREFIX}{module_id}:", f"{XML_PARENT_PREFIX}{module_id}:"):
        for label in val.labels:
            if label.startswith(prefix):
                # where it was made, or the call that last gave it (a helper's helper made it: envelope() calling _root());
                # a parent made in the same call is that call's own too (return root, body)
                where = label[len(prefix):].rsplit("@", 1)[-1].split(":")
                if where[0].isdigit() and lines[0] <= int(where[0]) <= lines[1]:
                    made.append(label)
    if not made:
        return val
    return replace(val, labels=(val.labels - set(made)) | {f"{label}@{site[0]}:{site[1]}" for label in made})


def copied(val: Val, site: tuple[int, int]) -> Val:
    """``copy.deepcopy(TEMPLATE)``: a new document (each copy its own, though they share where the template was made),
    detached from any parent (a copy of a subtree is in no document until it is put into one)."""
    if XML_ELEMENT_MARK not in val.labels:
        return val
    own = {label for label in val.labels if label.startswith((XML_ID_PREFIX, XML_PARENT_PREFIX))}
    return replace(val, labels=(val.labels - own) | {f"{label}@{site[0]}:{site[1]}" for label in own if label.startswith(XML_ID_PREFIX)})


def _ids(val: Val, prefix: str) -> set[str]:
    return {label[len(prefix):] for label in val.labels if label.startswith(prefix)}


def add_into(calls: "Calls", element: cst.BaseExpression, held: Val, placed: "Sequence[Placement]", bulk: frozenset, frame: Frame,
             removed: "Sequence[Placement]" = ()) -> None:
    """Put ``placed`` into the element ``element`` (whose value is ``held``), and take ``removed`` out of it: in
    every variable or attribute of the object holding that element (``self.person``, a helper's ``el``
    returned), and in every element it is part of (by identity: ``self.root`` for ``ET.SubElement(self.root,
    "Person")``; by name: ``root`` after ``root.append(child)``)."""
    done: set[str] = set()

    def change(name: str, current: Val) -> None:
        done.add(name)
        kept = tuple(p for p in current.placements if p not in removed)
        grown = kept + tuple(p for p in placed if p not in kept)
        if grown == current.placements and bulk <= current.bulk:
            return
        new = replace(container(grown), bulk=current.bulk | bulk, labels=current.labels, model=current.model, client=current.client)
        if name.startswith("self."):
            frame.self_attrs[name[5:]] = new  # what a method sets on its object, its callers see
        else:
            frame.env[name] = new

    if isinstance(element, cst.Name) and element.value in frame.env:
        change(element.value, frame.env[element.value])
    elif isinstance(element, cst.Attribute) and isinstance(element.value, cst.Name) and element.value.value == "self":
        change("self." + element.attr.value, calls.functions.self_attribute(element.attr.value, frame) or held)
    by_id: dict[str, list[tuple[str, Val]]] = {}
    for name, val in _holders(calls, frame):  # (one pass over the holders, then the ancestors by identity)
        for ident in _ids(val, XML_ID_PREFIX):
            by_id.setdefault(ident, []).append((name, val))
    wanted = _ids(held, XML_ID_PREFIX) | _ids(held, XML_PARENT_PREFIX)
    seen: set[str] = set()
    while wanted - seen:
        fresh = wanted - seen
        seen |= wanted
        above: set[str] = set()
        for ident in fresh:
            for name, val in by_id.get(ident, ()):
                above |= _ids(val, XML_PARENT_PREFIX)
                if name not in done:
                    change(name, val)
        wanted = above
    for name in [n for n in done if not n.startswith("self.")]:
        outer = frame.members.get(name)
        while outer is not None and outer not in done and outer in frame.env:
            # root.append(child) by name, then child filled: the parent holds it too, and the parent's parent
            change(outer, frame.env[outer])
            outer = frame.members.get(outer)
        for container_name, keys in frame.containers_of(name) if placed else ():
            calls.add_to(frame, container_name, keys[0] if keys else None, list(placed), bulk)
    if not done:
        parent = parent_of(calls, element, frame)
        if parent is not None:
            # ET.SubElement(ET.SubElement(root, "Person"), "SSN").text = ...: into the parent named inside
            add_into(calls, parent, calls.expr.eval(parent, frame), placed, bulk, frame, removed)


def sync_elements(frame: Frame, changed: "Iterable[Val]") -> None:
    """Elements a call filled (held by the object it ran on: ``self.root = root``) are the same elements the
    caller's variables hold: they gain what the call put there."""
    for val in changed:
        ids = _ids(val, XML_ID_PREFIX) if XML_ELEMENT_MARK in val.labels else set()
        if not ids or not val.placements:
            continue
        for name, held in list(frame.env.items()):
            if XML_ELEMENT_MARK in held.labels and ids & _ids(held, XML_ID_PREFIX):
                gained = tuple(p for p in val.placements if p not in held.placements)
                if gained or not val.bulk <= held.bulk:
                    frame.env[name] = replace(container(held.placements + gained), bulk=held.bulk | val.bulk, labels=held.labels)


def _holders(calls: "Calls", frame: Frame) -> "list[tuple[str, Val]]":
    """The variables of this function and the attributes of its object that hold an XML element (also those
    its class's ``__init__`` set: ``p = ET.SubElement(self.root, "Person")`` in a method run on its own)."""
    out = [(name, val) for name, val in frame.env.items() if XML_ELEMENT_MARK in val.labels]
    runtime = frame.env.get("self")
    attrs = dict(calls.functions.attrs_known(frame.cls)) if frame.cls is not None else {}
    attrs.update({**dict(runtime.attrs or ()), **frame.self_attrs} if runtime is not None else frame.self_attrs)
    out.extend(("self." + name, val) for name, val in attrs.items() if XML_ELEMENT_MARK in val.labels)
    return out


def set_text(calls: "Calls", target: cst.Attribute, val: Val, frame: Frame) -> bool:
    """``el.text = m.dob`` (``el.tail``) on an element: the value placed under the element's tag, in the
    element and the elements it is part of; False when ``target`` is not an element's text."""
    if target.attr.value not in TEXT_ATTRIBUTES:
        return False
    element = target.value
    if isinstance(element, cst.Name):
        held = frame.env.get(element.value)
        if held is None or XML_ELEMENT_MARK not in held.labels:
            return False
    elif element_rule(calls, element, frame) is not None or (isinstance(element, cst.Call) and parent_of(calls, element, frame) is not None):
        # ET.SubElement(root, "SSN").text = m.ssn: made (its attributes placed), then filled; env.find("Name").text = ...
        held = calls.expr.eval(element, frame)
        if XML_ELEMENT_MARK not in held.labels:
            return False
    else:
        return False
    # (the text it held before is replaced: the last assignment wins, el.text = "REDACTED" leaves no SSN)
    _set(calls, element, held, tag_of(held), val, calls.positions(target), frame)
    return True


def _set(calls: "Calls", element: cst.BaseExpression, held: Val, key: str | None, val: Val, at: tuple[int, int], frame: Frame) -> None:
    """``val`` set on the element under ``key`` (its text under its tag, an attribute under its name), placed at
    ``at``: what it held under that key before is replaced (the last assignment wins)."""
    old = tuple(p for p in held.placements if p.key == key) if key else ()
    placed = place(val, *at, key)
    if val.handed is not None and not val.placements and key is not None and _tag_handed_in(calls, key, frame):
        # _text(root, "PersonSSN", m.ssn) of a helper setting el.text = value under the tag its caller gave: the caller
        # put the field there (SPEC section 6), as for d[key] = value
        placed = at_caller(val.handed, placed)
    if placed or val.bulk or old:
        add_into(calls, element, held, placed, val.bulk, frame, removed=old)


def _tag_handed_in(calls: "Calls", tag: str, frame: Frame) -> bool:
    """A parameter of the running function holds ``tag``: the element's tag came from its caller."""
    running = calls._stack[-1] if calls._stack else None
    if not isinstance(running, cst.FunctionDef):
        return False
    return any((held := frame.env.get(name)) is not None and held.const and held.text is not None and local_name(held.text) == tag for name in param_names(running))


def element_text(owner: Val) -> Val:
    """``el.text`` read: what enforcement answered stays its answer, a constant document's text a constant,
    and the text of an element of member data that element's field (its placements under its tag, or its names)."""
    tag = tag_of(owner)
    if owner.response or INBOUND_MARK in owner.labels:
        # a response's text is a field read named by its tag; of enforcement's answer, its own (as read_key reads JSON)
        return Val(names=frozenset({tag}) if tag else owner.names, labels=owner.labels & {INBOUND_MARK, ANSWERED_BY_STATUS_MARK})
    if owner.const or (not owner.placements and not owner.names):
        return const_val()
    own = tuple(p for p in owner.placements if p.key == tag)
    return Val(placements=own, bulk=owner.bulk) if own else Val(names=owner.names or frozenset({tag} if tag else ()), bulk=owner.bulk)


def _found(calls: "Calls", receiver: Val, node: cst.Call, path: str | None) -> Val:
    """The element ``receiver.find(path)`` gives: of the path's last tag, inside the receiver (its identity
    says so); of enforcement's answer, its answer; of a constant document, a constant element; of member
    data, that tag's field."""
    step = local_name(path.rstrip("/").rsplit("/", 1)[-1]) if path else ""
    tag = step if step and step.replace("_", "a").replace("-", "a").replace(".", "a").isalnum() else None
    labels = _identity(calls, node, tag, receiver)
    if receiver.response or INBOUND_MARK in receiver.labels:
        # doc.find("ReceiptNumber") of a parsed answer: an element of that answer (its text read by its tag)
        return Val(names=frozenset({tag}) if tag else receiver.names, labels=labels | (receiver.labels & {INBOUND_MARK, ANSWERED_BY_STATUS_MARK}))
    own = tuple(p for p in receiver.placements if p.key == tag) if tag else ()
    if own:
        return container(own, bulk=receiver.bulk).with_labels(labels)  # person.findall("FullName") of a document built here: what was set there
    if receiver.const or (not receiver.placements and not receiver.names):
        return Val(const=True, items=(), labels=labels)
    return Val(names=frozenset({tag}) if tag else receiver.names, bulk=receiver.bulk, labels=labels)


def set_attribute_item(calls: "Calls", target: cst.Subscript, val: Val, frame: Frame) -> bool:
    """``el.attrib["race"] = m.race`` on an element: the attribute set, as ``el.set("race", m.race)`` sets it;
    False when ``target`` is no element's ``attrib``."""
    held_by = target.value
    if not (isinstance(held_by, cst.Attribute) and held_by.attr.value == "attrib" and isinstance(held_by.value, cst.Name)):
        return False
    held = frame.env.get(held_by.value.value)
    if held is None or XML_ELEMENT_MARK not in held.labels or len(target.slice) != 1 or not isinstance(target.slice[0].slice, cst.Index):
        return False
    _set(calls, held_by.value, held, const_text(calls.expr.eval(target.slice[0].slice.value, frame)), val, calls.positions(target), frame)
    return True


def factory_element(calls: "Calls", func: cst.Attribute, node: cst.Call, args: Args, frame: Frame) -> Val | None:
    """``E.Subject(E.SSN(m.ssn), version="2")`` of lxml's element factory (``E``, or an ``ElementMaker(...)``):
    an element of the tag the method names, holding its children (a text child under that tag) and its
    keyword attributes; None when ``func`` is no factory's."""
    owner = func.value
    if not isinstance(owner, cst.Name):
        return None
    held = frame.env.get(owner.value)
    if held is None and owner.value in calls.index.constants:
        held = calls.expr.module_constant(owner.value)
    if held is not None:
        if XML_FACTORY_MARK not in held.labels:
            return None
    else:
        qualified = calls.index.qualify(owner.value, frame.imports or None)
        rule = shipped().calls.get(qualified) if qualified else None
        if rule is None or rule.does != "xml_factory":
            return None
    tag = local_name(func.attr.value)
    placed: list[Placement] = []
    for arg, val in args:
        if arg.keyword is not None:
            placed.extend(place(val, *calls.positions(arg), arg.keyword.value))  # version="2", ssn=m.ssn: an attribute
        elif arg.star == "**" or XML_ELEMENT_MARK in val.labels or (val.placements and all(p.key for p in val.placements)):
            placed.extend(val.placements)  # E.SSN(...) as a child, {"ssn": m.ssn} as attributes: as they hold it
        else:
            placed.extend(place(val, *calls.positions(arg), tag))  # E.LastName(m.last_name): its text
    labels = _identity(calls, node, tag, None)
    bulk = frozenset().union(*(v.bulk for _, v in args))
    return container(placed, bulk=bulk).with_labels(labels) if placed or bulk else Val(const=True, items=(), labels=labels)


def element_method(calls: "Calls", receiver: Val, owner_expr: cst.BaseExpression, method: str, node: cst.Call, args: Args, frame: Frame) -> Val | None:
    """A method of an element or of the tree around it (``el.set(k, v)``, ``tree.write(path)``); None when
    the library data says nothing of it."""
    rule = calls.client_methods.get(ELEMENT_KIND, {}).get(method)
    if rule is None:
        return None
    if rule.does == "xml_attribute":
        named = argument(args, *rule.names) if rule.names is not None else None
        value = argument(args, rule.arg if isinstance(rule.arg, int) else 1, rule.arg_kw)
        if value is not None:
            _set(calls, owner_expr, receiver, const_text(named[1]) if named is not None else None, value[1], calls.positions(value[0]), frame)
        return const_val()
    if rule.does == "xml_element":
        return make_element(calls, rule, node, args, frame)  # doc.createElement("SSN"): an element, in no document yet
    if rule.does in ("xml_find", "xml_read"):
        # env.find("./Body/Person"): an element inside the receiver, of the path's last tag; doc.findtext("Name"),
        # el.get("race"): its text, or the attribute's value
        path = argument(args, *rule.names) if rule.names is not None else None
        found = _found(calls, receiver, node, const_text(path[1]) if path is not None else None)
        return element_text(found) if rule.does == "xml_read" else found
    given = argument(args, rule.arg if isinstance(rule.arg, int) else 0, rule.arg_kw)  # (remove, createTextNode, appendChild)
    if rule.does == "xml_remove":
        if given is not None and given[1].placements:
            add_into(calls, owner_expr, receiver, (), frozenset(), frame, removed=given[1].placements)  # root.remove(el): what el held is gone
        return const_val()
    if rule.does == "xml_text":
        return given[1] if given is not None else const_val()  # doc.createTextNode(m.ssn): that value, as text
    if rule.does == "xml_child":
        if given is None:
            return OPAQUE
        child_node, child = given
        if XML_ELEMENT_MARK in child.labels:
            # root.appendChild(el): what el holds (now and later) the root holds
            if child.placements or child.bulk:
                add_into(calls, owner_expr, receiver, child.placements, child.bulk, frame)
            if isinstance(child_node.value, cst.Name) and isinstance(owner_expr, cst.Name) and owner_expr.value in frame.env:
                frame.put_in_list(child_node.value, owner_expr.value)
        else:
            # el.appendChild(doc.createTextNode(m.ssn)): a text of the element, under its tag
            placed = place(child, *calls.positions(child_node), tag_of(receiver))
            if placed or child.bulk:
                add_into(calls, owner_expr, receiver, placed, child.bulk, frame)
        return child
    if rule.does == "write_receiver":
        return calls.files.write_to(rule, node, args, receiver=receiver, frame=frame)  # ET.ElementTree(root).write(path)
    if rule.does == "pass":
        return replace(receiver, labels=receiver.labels)  # minidom.parseString(ET.tostring(root)).toprettyxml(): the same document
    return OPAQUE
