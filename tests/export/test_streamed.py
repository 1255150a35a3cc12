"""The streamed writers write what networkx's and json's whole-document writers write, byte for byte, on the demo
graph and on graphs built to be awkward: markup, quotes, non-ASCII and line breaks in labels and attributes, nodes
without edges, parallel edges, a graph with no edges, long lists."""
from __future__ import annotations

import io
import json

import networkx as nx
import pytest

from kg.export.gexf import write_gexf
from kg.export.network import _FlatView, _flat_edges, _flat_nodes, flat_graph
from kg.graph import to_networkx
from kg.view import _json_pieces


def _awkward(n_edges: bool = True) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node("a", kind="Person", label='Ana "the <b>boss</b>" & co', aliases=["A.", "Ána"], mentions=3,
               anonymous=False, color="#4e79a7", size=10.5)
    G.add_node("b", kind="Claim", label="line\nbreak\ttab", content="x > y", claimer="Ana", date="2024-03-01",
               color="#edc948", size=8.0, outlets=[], occurrences=2)
    G.add_node("lonely", kind="Place", label="Nowhere – at all ✓", color="#59a14f", size=10.0)
    if n_edges:
        G.add_edge("a", "b", key="asserts:1", relation="asserts", label="said", cue="said", quote="direct",
                   date="2024-03-01")
        G.add_edge("a", "b", key="asserts:2", relation="asserts", label="added", cue="added", quote="indirect", date="")
        G.add_edge("b", "a", key="disputes:d", relation="disputes", label="disputes (explicit)", reason="<no>")
    return G


def _streamed(G: nx.MultiDiGraph, viz: bool) -> bytes:
    from kg.view.layout import graph_positions

    pos = graph_positions(G) if viz else {}
    buf = io.BytesIO()
    write_gexf(lambda: _flat_nodes(G, viz, pos), lambda: _flat_edges(G, viz), buf)
    return buf.getvalue()


def _whole(G: nx.MultiDiGraph, viz: bool) -> bytes:
    buf = io.BytesIO()
    nx.write_gexf(flat_graph(G, viz=viz), buf, version="1.3")
    return buf.getvalue()


@pytest.mark.parametrize("viz", [True, False])
@pytest.mark.parametrize("which", ["demo", "awkward", "no edges", "empty"])
def test_streamed_gexf_is_networkx_gexf(demo, which, viz):
    G = {"demo": lambda: to_networkx(demo[1].records), "awkward": _awkward, "no edges": lambda: _awkward(False),
         "empty": nx.MultiDiGraph}[which]()
    assert _streamed(G, viz) == _whole(G, viz)


def test_streamed_gexf_of_many_nodes_crosses_batches():
    G = nx.MultiDiGraph()
    for i in range(1234):
        G.add_node(f"n{i}", label=f"node {i}", kind="Claim" if i % 2 else "Person", size=float(i), color="#999999")
        if i:
            G.add_edge(f"n{i - 1}", f"n{i}", key=f"k{i}", relation="asserts", label="x", date="2020-01-0%d" % (i % 9 + 1))
    assert _streamed(G, True) == _whole(G, True)


@pytest.mark.parametrize("which", ["demo", "awkward"])
def test_graphml_read_through_a_flat_view_is_networkx_graphml_of_the_flat_copy(demo, which):
    G = to_networkx(demo[1].records) if which == "demo" else _awkward()
    a, b = io.BytesIO(), io.BytesIO()
    from networkx.readwrite.graphml import GraphMLWriterLxml

    GraphMLWriterLxml(a, graph=_FlatView(G), named_key_ids=True).dump()
    nx.write_graphml(flat_graph(G), b, named_key_ids=True)
    assert a.getvalue() == b.getvalue()


def test_json_in_pieces_is_json_dumps():
    obj = {"rows": [{"id": i, "text": f"é “{i}” <x> & \u2028"} for i in range(2500)], "empty": [], "one": [1],
           "nested": {"deep": [[1, 2], {"k": None, "b": True, "f": 1.5}]}, "n": 3, "s": "plain"}
    assert "".join(_json_pieces(obj)) == json.dumps(obj, ensure_ascii=False)
    odd = {1: "int key", "x": [0] * 1500}
    assert "".join(_json_pieces(odd)) == json.dumps(odd, ensure_ascii=False)


def test_streamed_jsonld_is_the_whole_document_dumped(demo):
    from kg.export.jsonld import to_jsonld

    out, result = demo
    assert (out / "claims.jsonld").read_text(encoding="utf-8") == json.dumps(to_jsonld(result.records),
                                                                            ensure_ascii=False, indent=1)
