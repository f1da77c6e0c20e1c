"""Attribution and factuality of event mentions; cross-document merge; contradictions.

Interface used by the pipeline (owned by the claims stage):

    assess(doc: spacy Doc, trigger_i: int, actors: ActorIndex) -> ClaimInfo
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..actors import ActorIndex
from ..records import Actor


@dataclass(frozen=True)
class ClaimInfo:
    factuality: str = "asserted"
    attributed_to: Actor | None = None
    claim_chain: tuple[Actor, ...] = ()


def assess(doc: Doc, trigger_i: int, actors: ActorIndex) -> ClaimInfo:
    """Stub until the claims stage lands: everything asserted by the author."""
    return ClaimInfo()
