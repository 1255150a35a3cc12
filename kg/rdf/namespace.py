"""The closed kg vocabulary: a mistyped term raises instead of minting a new IRI.

Mirrors `ontology/kg.ttl`; tests/rdf/test_ontology.py checks the two declare the same terms.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["ID", "KG", "OA", "ONTOLOGY_IRI", "SCHEMA"]

ONTOLOGY_IRI = "https://w3id.org/kg-news/ontology"
ID = Namespace("https://w3id.org/kg-news/id/")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")


class KG(DefinedNamespace):
    """Terms of https://w3id.org/kg-news/ontology#."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    # classes
    Agency: URIRef
    Agent: URIRef
    Article: URIRef
    Claim: URIRef
    ClaimCluster: URIRef
    Dispute: URIRef
    Entity: URIRef
    Group: URIRef
    MilitaryUnit: URIRef
    Organisation: URIRef
    Outlet: URIRef
    Person: URIRef
    Place: URIRef
    Quantity: URIRef
    # object properties
    affiliation: URIRef
    appearsIn: URIRef
    asserts: URIRef  # declared (inverse of prov:wasAttributedTo), not written
    carriedBy: URIRef
    cites: URIRef
    citesAgency: URIRef
    copies: URIRef
    disputant: URIRef
    disputed: URIRef
    disputes: URIRef
    exclusiveClaim: URIRef
    hasQuantity: URIRef
    inCluster: URIRef
    mentions: URIRef
    publishedBy: URIRef
    story: URIRef
    # datatype properties
    anonymous: URIRef
    claimCount: URIRef
    claimId: URIRef
    claimerMention: URIRef
    content: URIRef
    cue: URIRef
    date: URIRef
    dateline: URIRef
    disputeKind: URIRef
    disputedCount: URIRef
    disputingCount: URIRef
    doc: URIRef
    end: URIRef
    hedge: URIRef
    high: URIRef
    independentSources: URIRef
    low: URIRef
    measure: URIRef
    mentionCount: URIRef
    nameKey: URIRef
    polarity: URIRef
    quoteKind: URIRef
    reason: URIRef
    rule: URIRef
    sentence: URIRef
    sortKey: URIRef
    start: URIRef
    unit: URIRef
