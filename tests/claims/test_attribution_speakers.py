"""Who makes the claim: speakers resolved to actors; the author starts every chain."""

from __future__ import annotations

from eventlens.claims import AUTHOR


def test_agency_officials_resolve_to_their_state_with_spy_sector(claim_of):
    info = claim_of("United States secret service officials have said that Iran is arming "
                    "the Houthis.", "arming")
    assert info.attributed_to is not None
    assert info.attributed_to.id == "USA"
    assert info.attributed_to.sector == "SPY"


def test_group_officials_resolve_to_the_group(claim_of):
    info = claim_of("Taliban officials have stated that Pakistan is sheltering rebels.", "sheltering")
    assert info.attributed_to is not None and info.attributed_to.id == "TAL"


def test_unnamed_speakers_keep_their_words_and_country(claim_of):
    info = claim_of("According to diplomats in Addis Ababa, Eritrean troops crossed the border.",
                    "crossed")
    a = info.attributed_to
    assert a is not None
    assert a.id is None and a.kind == "unnamed"
    assert a.country == "ETH"
    assert "diplomats" in a.text


def test_media_outlet_is_the_speaker_of_its_report(claim_of):
    info = claim_of("The New York Times reported that Russia paid militants.", "paid")
    assert info.attributed_to is not None
    assert info.attributed_to.name and "New York Times" in info.attributed_to.name


def test_author_claims_have_no_attribution_and_a_one_link_chain(claim_of):
    info = claim_of("Russia annexed Crimea in 2014.", "annexed")
    assert info.attributed_to is None
    assert info.claim_chain == (AUTHOR,)


def test_nested_sources_run_from_author_inward(claim_of):
    info = claim_of("Turkish officials said that Russia had claimed that Ukraine attacked "
                    "the port.", "attacked")
    chain = info.claim_chain
    assert chain[0] == AUTHOR
    assert [a.id for a in chain[1:]] == ["TUR", "RUS"]
    assert info.attributed_to is not None and info.attributed_to.id == "RUS"


def test_denied_claim_is_attributed_to_the_denier(claim_of):
    info = claim_of("Iran denied that it had supplied drones to Russia.", "supplied")
    assert info.factuality == "denied"
    assert info.attributed_to is not None and info.attributed_to.id == "IRN"


def test_passive_subject_of_a_report_is_not_its_speaker(claim_of):
    info = claim_of("Israel was accused of striking a convoy near Damascus.", "striking")
    assert info.factuality == "reported"
    assert info.attributed_to is not None and info.attributed_to.id is None
