"""Attribution and factuality of event mentions; cross-document merge; contradictions.

Interface used by the pipeline (owned by the claims stage):

    assess(doc: spacy Doc, trigger_i: int, actors: ActorIndex) -> ClaimInfo

See docs/claims.md for the cue lexicons, the decision order and the attribution rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..actors import ActorIndex
from ..records import Actor
from .attribution import AUTHOR, speaker_actor
from .factuality import Source, decide, read

__all__ = ["AUTHOR", "ClaimInfo", "assess"]


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


def _distinct(sources: list[Source]) -> list[Source]:
    """One link per speaker: "X's report alleging that" names X once, not twice."""
    out: list[Source] = []
    for s in sources:
        if s.token_i is not None and any(o.token_i == s.token_i for o in out):
            continue
        out.append(s)
    return out


def assess(doc: Doc, trigger_i: int, actors: ActorIndex) -> ClaimInfo:
    """Factuality, speaker and chain of sources of the event whose trigger is token trigger_i."""
    reading = read(doc, trigger_i)
    factuality = decide(reading)
    sources = _distinct(reading.sources)
    denial = reading.denial
    if denial is not None:  # the denier is the one the claim's status comes from
        sources = [denial] + [s for s in sources if s is not denial]
    inner_first = [speaker_actor(doc, s.token_i, s.cue, actors) for s in sources]
    chain = (AUTHOR, *reversed(inner_first))
    stance = "disputed" if reading.stance and reading.sources else None
    cue_words = tuple(dict.fromkeys(reading.negated + reading.hypothetical
                                    + [s.cue for s in sources] + reading.stance))
    return ClaimInfo(factuality=factuality,
                     attributed_to=inner_first[0] if inner_first else None,
                     claim_chain=chain, stance=stance, cues=cue_words)
