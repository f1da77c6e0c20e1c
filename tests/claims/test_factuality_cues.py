"""Factuality from the dependency path: each label from its cue, and cues out of scope ignored."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, trigger, label", [
    # reporting verbs, nouns, hearsay
    ("Ukrainian officials said that Russian troops shelled the city.", "shelled", "reported"),
    ("The ministry claimed that rebels attacked the convoy.", "attacked", "reported"),
    ("According to witnesses, soldiers fired on the crowd.", "fired", "reported"),
    ("Serbia reportedly deployed troops near the border.", "deployed", "reported"),
    ("Rumours about talks between Hamas and Fatah spread in Gaza.", "talks", "reported"),
    ("It is said that the envoys met in Doha.", "met", "reported"),
    ("Kyiv accused Moscow of shelling the plant.", "shelling", "reported"),
    ("Israel was bombing Gaza, officials said.", "bombing", "reported"),
    # denials
    ("Iran denied that it had supplied drones to Russia.", "supplied", "denied"),
    ("Beijing dismissed claims that it had sent weapons to Moscow.", "sent", "denied"),
    ("Syria denied any role in the attack.", "attack", "denied"),
    ("Rebels shot down a helicopter, which the army denied.", "shot", "denied"),
    # negation
    ("India has never recognised the Taliban government.", "recognised", "negated"),
    ("Turkey did not join the sanctions.", "join", "negated"),
    ("Egypt no longer supplies gas to Israel.", "supplies", "negated"),
    ("The Taliban refused to hand over the suspects.", "hand", "negated"),
    # modality, conditionals, intentions
    ("China could invade Taiwan.", "invade", "hypothetical"),
    ("If Iran enriches uranium further, Israel may strike its facilities.", "enriches", "hypothetical"),
    ("If Iran enriches uranium further, Israel may strike its facilities.", "strike", "hypothetical"),
    ("Russia plans to annex the region.", "annex", "hypothetical"),
    ("North Korea threatened to attack Seoul.", "attack", "hypothetical"),
    ("The EU wants Serbia to recognise Kosovo.", "recognise", "hypothetical"),
    ("Perhaps Pakistan will hold talks with India.", "hold", "hypothetical"),
    # plain assertion
    ("Azerbaijan launched an offensive in September 2023.", "launched", "asserted"),
    ("Iran denied that it had supplied drones to Russia.", "denied", "asserted"),
])
def test_factuality_label_from_cue(claim_of, text, trigger, label):
    assert claim_of(text, trigger).factuality == label


def test_negation_elsewhere_in_the_sentence_does_not_negate(claim_of):
    info = claim_of("Russia invaded Ukraine, but it did not take Kyiv.", "invaded")
    assert info.factuality == "asserted"
    assert claim_of("Russia invaded Ukraine, but it did not take Kyiv.", "take").factuality == "negated"


def test_reporting_verb_in_a_coordinated_clause_does_not_report(claim_of):
    text = "Officials said the talks failed, and the army attacked the town."
    assert claim_of(text, "attacked").factuality == "asserted"


def test_conditional_outside_the_events_clause_does_not_apply(claim_of):
    text = "Sudan expelled the envoy after Kenya said it would host the rebels if asked."
    assert claim_of(text, "expelled").factuality == "asserted"


def test_author_inference_is_not_a_report(claim_of):
    info = claim_of("It can be said that Russia contacted the Taliban.", "contacted")
    assert info.factuality == "asserted"
    assert info.attributed_to is None


def test_discredited_claim_stays_reported_and_disputed(claim_of):
    info = claim_of("The baseless report alleging that Kyiv shelled the dam spread fast.", "shelled")
    assert info.factuality == "reported"
    assert info.stance == "disputed"


def test_plain_report_is_not_disputed(claim_of):
    info = claim_of("Officials said that Kyiv shelled the dam.", "shelled")
    assert info.stance is None


@pytest.mark.parametrize("text, trigger, label", [
    ("Xi is expected to visit Moscow next month.", "visit", "hypothetical"),
    ("Iran is believed to have supplied the missiles.", "supplied", "reported"),
    ("The Pentagon neither confirmed nor denied that US troops raided the compound.", "raided",
     "reported"),
    ("Kenya protested and nor has Uganda accepted the border ruling.", "accepted", "negated"),
    ("Monitors reported several convoys crossing into Ukraine.", "crossing", "reported"),
    ("Ethiopian forces, Addis Ababa said, had retaken the town.", "retaken", "reported"),
    ("Witnesses described soldiers firing on protesters.", "firing", "reported"),
    ("The government has yet to respond to the proposal.", "respond", "hypothetical"),
    ("There is no evidence that Eritrea sent troops.", "sent", "negated"),
    ("Nobody has claimed responsibility for the blast.", "claimed", "negated"),
    ("Poland is considering closing its border with Belarus.", "closing", "hypothetical"),
    ("After officials said the talks had failed, Russia invaded Georgia.", "invaded", "asserted"),
])
def test_passives_coordination_and_depictives(claim_of, text, trigger, label):
    assert claim_of(text, trigger).factuality == label


def test_denial_of_the_accusation_in_the_next_sentence_denies_the_claim(claim_of):
    text = "Kyiv accused Moscow of shelling the plant. Russia denied the accusation."
    info = claim_of(text, "shelling")
    assert info.factuality == "denied"
    assert info.attributed_to is not None and info.attributed_to.id == "RUS"


def test_a_later_denial_of_something_else_does_not_deny_the_claim(claim_of):
    text = "Kyiv accused Moscow of shelling the plant. Russia denied entry to the inspectors."
    assert claim_of(text, "shelling").factuality == "reported"


def test_the_act_of_alleging_is_the_authors_statement(claim_of):
    text = "The newspaper's fake report alleging that Cuba hosted Russian spies caused a stir."
    assert claim_of(text, "alleging").factuality == "asserted"
    hosted = claim_of(text, "hosted")
    assert hosted.factuality == "reported" and hosted.stance == "disputed"


def test_infinitival_modifier_of_a_noun_is_hypothetical(claim_of):
    text = "The UN appointed an envoy to mediate between the parties."
    assert claim_of(text, "mediate").factuality == "hypothetical"
    assert claim_of(text, "appointed").factuality == "asserted"
