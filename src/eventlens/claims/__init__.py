"""Attribution and factuality of event mentions; cross-document merge; contradictions.

Interface used by the pipeline (owned by the claims stage):

    assess(doc: spacy Doc, trigger_i: int, actors: ActorIndex,
           cache: ClaimCache | None = None) -> ClaimInfo

A `ClaimCache(doc)` passed with every event of one document saves the work they share.

See docs/claims.md for the cue lexicons, the decision order and the attribution rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..actors import ActorIndex, ResolvedMention
from ..records import Actor
from .attribution import AUTHOR, speaker_actor
from .factuality import DocFacts, Source, decide, read
from .lexicon import cues

__all__ = ["AUTHOR", "ClaimCache", "ClaimInfo", "assess"]


@dataclass(frozen=True)
class ClaimInfo:
    """Who claims an event and how firmly.

    `attributed_to` is the innermost speaker (the one whose claim it is; None when only the
    author vouches for it, or for a denial: the denier); `claim_chain` runs from the author
    inward; `stance` is "disputed" when the author discredits the claim ("fake news").
    """

    factuality: str = "asserted"
    attributed_to: Actor | None = None
    claim_chain: tuple[Actor, ...] = (AUTHOR,)
    stance: str | None = None
    cues: tuple[str, ...] = ()


class ClaimCache:
    """What `assess` learns about one document, kept for its next events: the clause facts
    of factuality (actor-free) and, while the actor index stays as it was, each trigger's
    claim and each speaker's actor."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.facts = DocFacts(doc, cues())
        self.claims: dict[int, ClaimInfo] = {}
        self.speakers: dict[tuple[int | None, str], Actor] = {}
        self._actors: ActorIndex | None = None
        self._mentions: list[ResolvedMention] = []
        self._count = -1

    def follow(self, actors: ActorIndex) -> None:
        """Forget the actor-dependent entries when the actors changed: the event coder may put
        a place's state in place of a mention between two events ("captured Goma")."""
        mentions = actors.mentions
        if actors is self._actors and mentions is self._mentions and len(mentions) == self._count:
            return
        self.claims.clear()
        self.speakers.clear()
        self._actors, self._mentions, self._count = actors, mentions, len(mentions)


def _distinct(sources: list[Source]) -> list[Source]:
    """One link per speaker: "X's report alleging that" names X once, not twice."""
    out: list[Source] = []
    for s in sources:
        if s.token_i is not None and any(o.token_i == s.token_i for o in out):
            continue
        out.append(s)
    return out


def assess(doc: Doc, trigger_i: int, actors: ActorIndex,
           cache: ClaimCache | None = None) -> ClaimInfo:
    """Factuality, speaker and chain of sources of the event whose trigger is token trigger_i.
    `cache`: the document's ClaimCache, shared by its events (ignored for another doc)."""
    if cache is None or cache.doc is not doc:
        cache = ClaimCache(doc)
    cache.follow(actors)
    claim = cache.claims.get(trigger_i)
    if claim is None:
        claim = cache.claims[trigger_i] = _assess(doc, trigger_i, actors, cache)
    return claim


def _assess(doc: Doc, trigger_i: int, actors: ActorIndex, cache: ClaimCache) -> ClaimInfo:
    reading = read(doc, trigger_i, cache.facts.lex, cache.facts)
    factuality = decide(reading)
    sources = _distinct(reading.sources)
    denial = reading.denial
    if denial is not None:  # the denier is the one the claim's status comes from
        sources = [denial] + [s for s in sources if s is not denial]
    inner_first = [_speaker(doc, s, actors, cache) for s in sources]
    chain = (AUTHOR, *reversed(inner_first))
    stance = "disputed" if reading.stance and reading.sources else None
    cue_words = tuple(dict.fromkeys(reading.negated + reading.hypothetical
                                    + [s.cue for s in sources] + reading.stance))
    return ClaimInfo(factuality=factuality,
                     attributed_to=inner_first[0] if inner_first else None,
                     claim_chain=chain, stance=stance, cues=cue_words)


def _speaker(doc: Doc, source: Source, actors: ActorIndex, cache: ClaimCache) -> Actor:
    key = (source.token_i, source.cue)
    actor = cache.speakers.get(key)
    if actor is None:
        actor = cache.speakers[key] = speaker_actor(doc, source.token_i, source.cue, actors)
    return actor
