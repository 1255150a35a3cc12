"""The records: the single source of truth that every output is a projection of.

Records are the whole contract between stages: every fact a later stage needs is a field. Ids are
minted in `kg.ids` only, from normalised keys, so the same input gives the same ids (and IRIs) on
every run. Enums stay enums: each is a `str` too, so it compares, formats and serialises as its value.
"""
from __future__ import annotations

from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from kg.ids import digest, slug

__all__ = [
    "Appearance",
    "Article",
    "Citation",
    "CitationKind",
    "Claim",
    "Dispute",
    "DisputeKind",
    "Entity",
    "EntityType",
    "Frame",
    "Measure",
    "Mention",
    "MentionKind",
    "Polarity",
    "Quantity",
    "QuoteKind",
    "Records",
    "digest",
    "slug",
]


class _StrEnum(str, Enum):
    """An enum whose members are their values as strings too: `f"{EntityType.PERSON}" == "Person"`."""

    __str__ = str.__str__
    __format__ = str.__format__


class EntityType(_StrEnum):
    PERSON = "Person"
    ORGANISATION = "Organisation"
    PLACE = "Place"
    MILITARY_UNIT = "MilitaryUnit"
    GROUP = "Group"


class QuoteKind(_StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class Polarity(_StrEnum):
    ASSERTS = "asserts"
    DISPUTES = "disputes"


class DisputeKind(_StrEnum):
    EXPLICIT = "explicit"
    NUMERIC = "numeric"
    CONTRADICTION = "contradiction"


class CitationKind(_StrEnum):
    SPEAKER = "speaker"
    AGENCY = "agency"
    COPY = "copy"


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Article(_Record):
    """One input file, with what was sniffed (or side-car supplied) about it."""

    id: str = Field(description="minted by kg.ids.article_id from `key`; unique per input path")
    doc: str = Field(description="the input file's name")
    key: str = Field(default="", description="the input path the article was found under, e.g. 'kursk/000_x.txt'")
    path: str = ""
    title: Optional[str] = None
    outlet: Optional[str] = None
    date: Optional[str] = Field(default=None, description="ISO 8601 date of publication")
    dateline: Optional[str] = None
    url: Optional[str] = None
    fetched: Optional[str] = Field(default=None, description="when a crawler fetched the page (a web archive's "
                                                              "record date), ISO 8601")
    agencies: list[str] = Field(default_factory=list, description="wire agencies credited in the text")
    story: str = Field(default="", description="id shared by copies of the same story")
    format: str = "text"
    chars: int = 0


class Entity(_Record):
    """A claimer or a thing claims are about, canonical across articles."""

    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    mentions: int = 0
    articles: list[str] = Field(default_factory=list, description="ids of the articles it is mentioned in")
    anonymous: bool = False
    affiliation: Optional[str] = None
    affiliation_id: Optional[str] = Field(default=None, description="id of the entity named by `affiliation`")
    rule: str = Field(default="", description="the named rules that made it: 'type: ...; merge: ...' (kg.rules)")


class MentionKind(_StrEnum):
    NAME = "name"
    DESCRIPTION = "description"
    PRONOUN = "pronoun"


class Mention(_Record):
    """One place in an article's text where an entity is mentioned (character offsets into the article's text)."""

    entity_id: str
    article: str = Field(description="id of the article")
    start: int
    end: int
    text: str
    kind: MentionKind = Field(description="name, description (\"the agency\") or pronoun")


class Quantity(_Record):
    """A measured figure inside a claim, normalised to a canonical unit."""

    text: str
    start: int
    end: int
    low: float
    high: float
    unit: str = Field(description="canonical unit: km2, km, people, drones, ... or count")
    measure: str = Field(description="what is measured (a noun lemma: territory, settlement, evacuee...)")
    hedge: str = Field(default="exact", description="exact, about, at least, at most, more than, less than, range")


class Measure(_Record):
    """What a figure in a claim counts, where and when ("21 killed in Donetsk on Monday")."""

    text: str
    start: int
    end: int
    counts: str = Field(default="", description="lemma of what the figure counts or measures")
    where: str = ""
    when: str = ""


class Frame(_Record):
    """What a claim asserts: subject, predicate (negation, modality, tense), object or complement, figures."""

    subject: str = ""
    subject_start: Optional[int] = None
    subject_end: Optional[int] = None
    subject_head: str = Field(default="", description="lemma of the subject's head word")
    subject_id: Optional[str] = Field(default=None, description="entity id of the subject, after resolution")
    predicate: str = Field(default="", description="lemma of the main predicate")
    pos: str = ""
    via: str = Field(default="", description="light verb or negative implicative the predicate was read through")
    negated: bool = False
    modality: str = ""
    tense: str = ""
    object: str = ""
    object_head: str = ""
    complement: str = Field(default="", description="lemma of a predicative complement ('guilty', 'oppose')")
    passive: bool = Field(default=False, description="the subject is what the predicate is done to ('the bill was passed')")
    rejects: bool = Field(default=False, description="the claim calls something said false")
    target: str = Field(default="", description="what it calls false, when named ('the report')")
    measures: list[Measure] = Field(default_factory=list)
    conjuncts: list["Frame"] = Field(default_factory=list, description="frames of coordinated clauses")


class Claim(_Record):
    """One claim occurrence: who asserts what, where, in which words."""

    id: str
    doc: str
    article: str = Field(description="id of the article the claim was read from")
    claimer: str
    claimer_id: str
    claimer_mention: str
    claimer_type: EntityType
    anonymous: bool = False
    affiliation: Optional[str] = None
    cue: str
    quote: QuoteKind
    polarity: Polarity = Polarity.ASSERTS
    content: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    paragraph_start: int = Field(description="offset of the start of the claim's paragraph")
    paragraph_end: int
    date: Optional[str] = None
    about: list[str] = Field(default_factory=list, description="ids of entities the claim mentions")
    quantities: list[Quantity] = Field(default_factory=list)
    cluster: str = Field(default="", description="id shared by the same claim carried by several articles")
    negated: bool = False
    frame: Frame = Field(default_factory=Frame)
    rule: str = Field(default="", description="the named rules that made it: 'speaker: ...; content: ...' (kg.rules)")


class Dispute(_Record):
    """A disagreement: claim `a` is contradicted by claim `b`, or by `claimer` when `b` is None."""

    id: str
    a: str
    b: Optional[str] = None
    claimer: Optional[str] = None
    claimer_id: Optional[str] = None
    kind: DisputeKind
    reason: str
    score: float = Field(default=0.5, description="confidence in [0, 1]")
    rule: str = Field(default="", description="the named rules that made it: 'candidate: ...; scorer: ...' (kg.rules)")


class Citation(_Record):
    """An article cites a speaker, a wire agency or another article."""

    id: str
    article: str = Field(description="citing article id")
    target: str = Field(description="entity id, agency id or article id")
    kind: CitationKind
    label: str = ""


class Appearance(_Record):
    """Where a claim cluster appears: used for corroboration counts."""

    cluster: str
    claims: list[str]
    articles: list[str]
    outlets: list[str]
    independent_sources: int


class Records(_Record):
    """Everything one build produced."""

    articles: list[Article] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    disputes: list[Dispute] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    clusters: list[Appearance] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
