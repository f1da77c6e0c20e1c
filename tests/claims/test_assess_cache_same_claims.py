"""A document's ClaimCache saves the work its events share without changing any claim."""

from __future__ import annotations

from eventlens.actors import ResolvedMention, resolve_actors
from eventlens.claims import ClaimCache, assess
from eventlens.records import Actor

TEXT = (
    "Officials in Kabul said the Taliban attacked a checkpoint and seized weapons, which the "
    "group denied. Pakistan reportedly did not send troops to the border. If Russia invades, "
    "the US will impose sanctions, according to diplomats. The ministry rejected the claims "
    "that Iran supplied drones to the rebels. Moscow accused Kyiv of shelling the plant. "
    "Kyiv denied the accusation. The army plans to withdraw, a spokesman said."
)


def test_cached_claims_equal_fresh_claims_for_every_token(nlp):
    doc = nlp(TEXT)
    actors = resolve_actors(doc)
    fresh = [assess(doc, t.i, actors) for t in doc]
    cache = ClaimCache(doc)
    assert [assess(doc, t.i, actors, cache) for t in doc] == fresh
    # the other way round: later tokens' walks are kept first, earlier ones reuse them
    backwards = ClaimCache(doc)
    assert [assess(doc, i, actors, backwards) for i in reversed(range(len(doc)))] \
        == fresh[::-1]
    # the text exercises every cue family, so the comparison is not between empty readings
    assert {c.factuality for c in fresh} >= {"asserted", "reported", "denied", "negated",
                                              "hypothetical"}


def test_a_cache_of_another_document_is_not_used(nlp):
    doc, other = nlp(TEXT), nlp("Russia said Ukraine attacked the plant.")
    actors = resolve_actors(doc)
    foreign = ClaimCache(other)
    for t in doc:
        assert assess(doc, t.i, actors, foreign) == assess(doc, t.i, actors)


def test_cache_follows_the_actors_when_the_coder_replaces_a_mention(nlp):
    doc = nlp("Officials in Goma said rebels shelled the town.")
    actors = resolve_actors(doc)
    shelled = next(t.i for t in doc if t.text == "shelled")
    officials = doc[0]
    cache = ClaimCache(doc)
    before = assess(doc, shelled, actors, cache)
    # what the event coder does for "captured Goma": a mention takes another actor's place
    actors.replace(ResolvedMention(
        start=0, end=1, start_char=officials.idx, end_char=officials.idx + len(officials),
        actor=Actor(id="COD", name="Democratic Republic of the Congo", text="Officials",
                    kind="state", country="COD")))
    after = assess(doc, shelled, actors, cache)
    assert after == assess(doc, shelled, actors)
    assert after.attributed_to is not None and after.attributed_to.id == "COD"
    assert before.attributed_to != after.attributed_to
