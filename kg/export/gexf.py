"""GEXF written as it is made: networkx's GEXF writer, one batch of nodes or edges at a time.

`nx.write_gexf` builds the whole document as an ElementTree before writing a byte, several times the size of
the graph. Here the same writer (`networkx.readwrite.gexf.GEXFWriter`) makes each batch's elements, the same
ElementTree serialiser writes them, and they are dropped: the bytes are those of `nx.write_gexf`, the memory is
one batch's. The attribute declarations, which come before the nodes, are made by a first, light pass.
"""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from typing import Callable, Iterable, Iterator

from networkx.readwrite.gexf import GEXFWriter

__all__ = ["write_gexf"]

_BATCH = 500
_NODE_KEYS = ("id", "label", "pid", "start", "end", "parents", "spells", "viz")
_EDGE_KEYS = ("id", "label", "weight", "type", "start", "end", "spells", "viz")


class _Nodes(dict):
    """`G.nodes` as networkx's writer reads it: called for the batch's nodes, indexed for an edge end's data."""

    def __init__(self, batch) -> None:
        super().__init__()
        self._batch = batch

    def __call__(self, data=True):
        return self._batch

    def __missing__(self, key):
        return {}


class _Batch:
    """The slice of a graph networkx's writer reads: one batch of nodes or edges, no default attributes."""

    graph: dict = {}

    def __init__(self, nodes=(), edges=()) -> None:
        self.nodes = _Nodes(nodes)
        self._edges = edges

    def is_multigraph(self) -> bool:
        return True

    def edges(self, data=True, keys=True):
        return self._edges


def _declare(writer: GEXFWriter, kind: str, data: dict, popped: tuple) -> bool:
    """Declare `data`'s attributes (as networkx's `add_attributes` would) and note any time; True if it has viz."""
    for k in ("start", "end"):
        if k in data:
            writer.alter_graph_mode_timeformat(data[k])
    for k, v in data.items():
        if k in popped:
            continue
        if isinstance(v, list) or type(v) not in writer.xml_type:
            raise TypeError(f"attribute value type is not allowed in a streamed GEXF: {type(v)}")
        writer.get_attr_id("networkx_key" if k == "key" else str(k), writer.xml_type[type(v)], kind, {}, "static")
    return bool(data.get("viz"))


def _batches(items: Iterable, n: int = _BATCH) -> Iterator[list]:
    batch = []
    for it in items:
        batch.append(it)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


def modified_date(dates: Iterable[str | None]) -> str | None:
    """The GEXF `lastmodifieddate` of a build: the day of `SOURCE_DATE_EPOCH` when it is set (reproducible builds),
    else the newest of `dates` (the articles' dates); None when neither is known. Never the clock, so building the
    same articles twice writes the same bytes."""
    import os
    from datetime import datetime, timezone

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc).strftime("%Y-%m-%d")
    known = [d[:10] for d in dates if d and len(d) >= 10]
    return max(known) if known else None


TODAY = object()
"""`write_gexf`'s default date: the day of writing, as networkx writes it."""


def set_modified(w: GEXFWriter, date: str | None) -> None:
    """Replace the writer's `lastmodifieddate` (networkx puts today's date there) with `date`, or drop it."""
    meta = w.xml.find("meta")
    if meta is None:
        return
    if date:
        meta.set("lastmodifieddate", date)
    else:
        meta.attrib.pop("lastmodifieddate", None)


def write_gexf(nodes: Callable[[], Iterable[tuple]], edges: Callable[[], Iterable[tuple]], fh, *,
               name: str = "", version: str = "1.3", types: tuple | None = None, date=TODAY) -> None:
    """Write GEXF to the binary file `fh`, byte for byte what `nx.write_gexf(H, fh, version=version)` writes for
    the directed multigraph H whose nodes are `nodes()` ((id, attrs) pairs) and edges `edges()` ((u, v, key,
    attrs)), attribute values already scalars. Each is iterated twice: the first time only the attributes' names
    and types are read, so `types` may give two cheaper iterables of the same attributes with values of the same
    types (for the nodes, then the edges). `date` is the `lastmodifieddate` (see `modified_date`; None leaves it
    out; by default the day of writing, as networkx writes it)."""
    nodes_fn = nodes
    type_nodes, type_edges = types or (nodes, edges)
    w = GEXFWriter(version=version)
    if date is not TODAY:
        set_modified(w, date)
    w.graph_element = ET.Element("graph", defaultedgetype="directed", mode="static", name=name)
    viz = False
    n_nodes = n_edges = 0
    for n, d in type_nodes():
        if "id" in d:
            raise TypeError("a node attribute named 'id' is not supported in a streamed GEXF")
        viz |= _declare(w, "node", d, _NODE_KEYS)
        n_nodes += 1
    for u, v, k, d in type_edges():
        if d.get("id") is not None:
            raise TypeError("an edge attribute named 'id' is not supported in a streamed GEXF")
        viz |= _declare(w, "edge", {**d, "key": k}, _EDGE_KEYS)
        n_edges += 1
    # the document around the nodes and edges, serialised by ElementTree as networkx does, with a marker for each
    g = w.graph_element
    marks = {}
    for tag, count in (("nodes", n_nodes), ("edges", n_edges)):
        holder = ET.SubElement(g, tag)
        if count:
            m = ET.SubElement(holder, "kg-marker", id=tag)
            if viz:
                ET.SubElement(m, f"{{{w.NS_VIZ}}}size", value="0")
            marks[tag] = m
    w.xml.append(g)
    w.indent(w.xml)
    buf = io.BytesIO()
    ET.ElementTree(w.xml).write(buf, encoding=w.encoding, xml_declaration=True)
    doc = buf.getvalue().decode(w.encoding)
    pieces = []
    for tag, m in marks.items():
        s = io.StringIO()
        qnames, _ = ET._namespaces(m)
        ET._serialize_xml(s.write, m, qnames, None, short_empty_elements=True)
        text = s.getvalue()
        at = doc.index(text)
        pieces.append((at, at + len(text), tag))
    pos = 0
    for start, end, tag in pieces:
        fh.write(doc[pos:start].encode(w.encoding, "xmlcharrefreplace"))
        _stream(w, tag, nodes_fn if tag == "nodes" else edges, fh)
        pos = end
    fh.write(doc[pos:].encode(w.encoding, "xmlcharrefreplace"))


def _stream(w: GEXFWriter, tag: str, items: Callable[[], Iterable[tuple]], fh) -> None:
    """The elements of every node (or edge), indented as inside the document; the last one's tail closes the list."""
    last = None
    for batch in _batches(items()):
        scratch = ET.Element("graph")
        if tag == "nodes":
            w.add_nodes(_Batch(nodes=batch), scratch)
        else:
            w.add_edges(_Batch(edges=batch), scratch)
        elements = list(scratch[0])
        if last is not None:
            _write(w, last, fh)
        for el in elements[:-1]:
            w.indent(el, 3)
            _write(w, el, fh)
        last = elements[-1]
        w.indent(last, 3)
    if last is not None:
        last.tail = "\n    "
        _write(w, last, fh)


def _write(w: GEXFWriter, el: ET.Element, fh) -> None:
    s = io.StringIO()
    qnames, _ = ET._namespaces(el)
    ET._serialize_xml(s.write, el, qnames, None, short_empty_elements=True)
    fh.write(s.getvalue().encode(w.encoding, "xmlcharrefreplace"))
