"""XML documents built element by element (ElementTree, lxml): SPEC sections 3 and 4.

An element (``ET.Element(tag)``, ``ET.SubElement(parent, tag)``) is a container: text set on it
(``el.text = m.dob``) is placed under its tag, an attribute (``el.set("ssn", m.ssn)``, an
``attrib`` mapping, a keyword of the constructor) under its name, and what a sub-element holds
its parent holds too (the parent's own parent as well). Serialized (``ET.tostring(root)``),
written (``ET.ElementTree(root).write(path)``) or posted, the document sends all of it. What the
calls are is library data (``data/library/xml.json``); this module is what they do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from ..library import Rule, shipped
from .index import dotted
from .part import Args, Frame, argument
from .values import OPAQUE, XML_ELEMENT_MARK, XML_FACTORY_MARK, XML_TAG_PREFIX, Placement, Val, const_text, const_val, container, place, replace

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
    return next((label[len(XML_TAG_PREFIX):] for label in val.labels if label.startswith(XML_TAG_PREFIX)), None)


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
    pos, kw = rule.parent
    for i, arg in enumerate(node.args):
        if (kw is not None and arg.keyword is not None and arg.keyword.value == kw) or (arg.keyword is None and not arg.star and i == pos):
            return arg.value
    return None


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
    labels = frozenset({XML_ELEMENT_MARK, *((XML_TAG_PREFIX + key,) if key else ())})
    bulk = frozenset().union(*(v.bulk for _, v in args))
    made = container(placed, bulk=bulk).with_labels(labels) if placed or bulk else Val(const=True, items=(), labels=labels)
    parent = parent_of(calls, node, frame) if frame is not None else None
    if parent is not None and frame is not None and (placed or bulk):
        add_into(calls, parent, placed, bulk, frame)
    return made


def add_into(calls: "Calls", element: cst.BaseExpression, placed: "list[Placement] | tuple[Placement, ...]", bulk: frozenset, frame: Frame) -> None:
    """Put ``placed`` into the element ``element`` names (a variable of this function, or a sub-element
    made on the spot: ``ET.SubElement(root, "Name")``) and into every element it is part of."""
    if isinstance(element, cst.Name) and element.value in frame.env:
        name = element.value
        calls.add_to(frame, name, None, list(placed), bulk)
        seen = {name}
        outer = frame.members.get(name)
        while outer is not None and outer not in seen and outer in frame.env:
            # root.append(child), child = ET.SubElement(root, ...): the parent holds it too, and the parent's parent
            seen.add(outer)
            calls.add_to(frame, outer, None, list(placed), bulk)
            outer = frame.members.get(outer)
        for container_name, keys in frame.containers_of(name):
            calls.add_to(frame, container_name, keys[0] if keys else None, list(placed), bulk)
        return
    parent = parent_of(calls, element, frame)
    if parent is not None:
        add_into(calls, parent, placed, bulk, frame)  # ET.SubElement(ET.SubElement(root, "Person"), "SSN").text = ...


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
    placed = place(val, *calls.positions(target), tag_of(held))
    if placed or val.bulk:
        add_into(calls, element, placed, val.bulk, frame)
    return True


def set_attribute_item(calls: "Calls", target: cst.Subscript, val: Val, frame: Frame) -> bool:
    """``el.attrib["race"] = m.race`` on an element: the attribute set, as ``el.set("race", m.race)`` sets it;
    False when ``target`` is no element's ``attrib``."""
    held_by = target.value
    if not (isinstance(held_by, cst.Attribute) and held_by.attr.value == "attrib" and isinstance(held_by.value, cst.Name)):
        return False
    held = frame.env.get(held_by.value.value)
    if held is None or XML_ELEMENT_MARK not in held.labels or len(target.slice) != 1 or not isinstance(target.slice[0].slice, cst.Index):
        return False
    key = calls.expr.eval(target.slice[0].slice.value, frame)
    placed = place(val, *calls.positions(target), const_text(key))
    if placed or val.bulk:
        add_into(calls, held_by.value, placed, val.bulk, frame)
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
    labels = frozenset({XML_ELEMENT_MARK, XML_TAG_PREFIX + tag})
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
            key = const_text(named[1]) if named is not None else None
            placed = place(value[1], *calls.positions(value[0]), key)
            if placed or value[1].bulk:
                add_into(calls, owner_expr, placed, value[1].bulk, frame)
        return const_val()
    if rule.does == "xml_element":
        return make_element(calls, rule, node, args, frame)  # doc.createElement("SSN"): an element, in no document yet
    if rule.does == "xml_find":
        # env.find("./Body/Person"): an element inside the receiver, of the path's last tag
        path = argument(args, *rule.names) if rule.names is not None else None
        text = const_text(path[1]) if path is not None else None
        step = local_name(text.rstrip("/").rsplit("/", 1)[-1]) if text else ""
        tag = step if step.replace("_", "a").replace("-", "a").replace(".", "a").isalnum() else None
        return Val(const=True, items=(), labels=frozenset({XML_ELEMENT_MARK, *((XML_TAG_PREFIX + tag,) if tag else ())}))
    if rule.does == "xml_text":
        given = argument(args, rule.arg if isinstance(rule.arg, int) else 0, rule.arg_kw)
        return given[1] if given is not None else const_val()  # doc.createTextNode(m.ssn): that value, as text
    if rule.does == "xml_child":
        given = argument(args, rule.arg if isinstance(rule.arg, int) else 0, rule.arg_kw)
        if given is None:
            return OPAQUE
        child_node, child = given
        if XML_ELEMENT_MARK in child.labels:
            # root.appendChild(el): what el holds (now and later) the root holds
            if child.placements or child.bulk:
                add_into(calls, owner_expr, child.placements, child.bulk, frame)
            if isinstance(child_node.value, cst.Name) and isinstance(owner_expr, cst.Name) and owner_expr.value in frame.env:
                frame.put_in_list(child_node.value, owner_expr.value)
        else:
            # el.appendChild(doc.createTextNode(m.ssn)): a text of the element, under its tag
            placed = place(child, *calls.positions(child_node), tag_of(receiver))
            if placed or child.bulk:
                add_into(calls, owner_expr, placed, child.bulk, frame)
        return child
    if rule.does == "write_receiver":
        return calls.files.write_to(rule, node, args, receiver=receiver, frame=frame)  # ET.ElementTree(root).write(path)
    if rule.does == "pass":
        return replace(receiver, labels=receiver.labels)  # minidom.parseString(ET.tostring(root)).toprettyxml(): the same document
    return OPAQUE
