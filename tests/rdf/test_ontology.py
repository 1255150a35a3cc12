"""The ontology is the single source of the vocabulary; every built graph follows it."""
from pathlib import Path

import pytest
from rdflib import OWL, RDF, Graph, Literal, URIRef

from kg.rdf.namespace import KG

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"


@pytest.fixture(scope="module")
def ontology():
    return Graph().parse(ONTOLOGY / "kg.ttl")


def _declared(ontology):
    ns = str(KG._NS)
    return {str(s)[len(ns):] for s in ontology.subjects(RDF.type, None)
            if str(s).startswith(ns) and (s, RDF.type, OWL.Ontology) not in ontology}


def test_namespace_class_mirrors_the_ontology(ontology):
    assert set(KG.__annotations__) == _declared(ontology)


def test_every_term_has_a_label_and_a_comment(ontology):
    from rdflib import RDFS
    for name in _declared(ontology):
        term = URIRef(str(KG._NS) + name)
        assert ontology.value(term, RDFS.label) and ontology.value(term, RDFS.comment), name


def test_closed_namespace_rejects_a_mistyped_term():
    with pytest.raises(AttributeError):
        KG.asert  # noqa: B018


def test_every_kg_term_in_a_built_graph_is_declared(demo, ontology):
    out, _ = demo
    g = Graph().parse(out / "graph.ttl")
    ns = str(KG._NS)
    used = {str(t)[len(ns):] for triple in g for t in triple if isinstance(t, URIRef) and str(t).startswith(ns)}
    assert used and used <= _declared(ontology)


def test_built_graph_passes_the_shacl_shapes(demo):
    from pyshacl import validate
    out, _ = demo
    data = Graph().parse(out / "graph.ttl")
    data += Graph().parse(ONTOLOGY / "kg.ttl")
    conforms, _, text = validate(data, shacl_graph=Graph().parse(ONTOLOGY / "shapes.ttl"), inference="rdfs")
    assert conforms, text[:2000]


def test_the_rules_that_made_a_record_are_rdf_literals_passing_the_shapes(demo):
    from pyshacl import validate

    from kg.rdf.mapping import iri, to_dataset
    from kg.rdf.namespace import KG

    _, result = demo
    r = result.records
    ruled = r.model_copy(update={
        "claims": [c.model_copy(update={"rule": "speaker: apposition; content: clause after cue"}) for c in r.claims],
        "disputes": [d.model_copy(update={"rule": "candidate: shared subject; scorer: contradiction"}) for d in r.disputes],
        "entities": [e.model_copy(update={"rule": "type: title word; merge: surname"}) for e in r.entities]})
    data = Graph()
    for t in to_dataset(ruled).quads((None, None, None, None)):
        data.add(t[:3])
    assert str(data.value(iri("claim", r.claims[0].id), KG.rule)) == "speaker: apposition; content: clause after cue"
    assert str(data.value(iri("dispute", r.disputes[0].id), KG.rule)) == "candidate: shared subject; scorer: contradiction"
    assert str(data.value(iri("entity", r.entities[0].id), KG.rule)) == "type: title word; merge: surname"
    data += Graph().parse(ONTOLOGY / "kg.ttl")
    conforms, _, text = validate(data, shacl_graph=Graph().parse(ONTOLOGY / "shapes.ttl"), inference="rdfs")
    assert conforms, text[:2000]
    two = data + Graph()
    two.add((iri("claim", r.claims[0].id), KG.rule, Literal("another")))  # one rule line a record, no more
    assert not validate(two, shacl_graph=Graph().parse(ONTOLOGY / "shapes.ttl"), inference="rdfs")[0]
