"""Text with control characters XML cannot hold (found in real news files) still gives readable GEXF and GraphML."""
import networkx as nx

from kg.export.network import write_network


def test_control_characters_are_dropped_from_gexf_and_graphml(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("c1", kind="Claim", label="rates rose\x0b 2%\x00", content="a\x1fb", color="#336699", size=5.0)
    G.add_node("p1", kind="Person", label="Ana\x08 Lopes", color="#993366", size=8.0)
    G.add_edge("p1", "c1", key="asserts", relation="asserts", label="said\x0c")
    write_network(G, tmp_path)
    for H in (nx.read_graphml(tmp_path / "graph.graphml"), nx.read_gexf(tmp_path / "graph.gexf")):
        labels = {d.get("label") for _, d in H.nodes(data=True)}
        assert "Ana Lopes" in labels
        assert any(label.endswith("rates rose 2%") for label in labels)  # GEXF prefixes a claim's claimer
