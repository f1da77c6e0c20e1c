"""Gazetteer mentions: names, adjectives, demonyms, seats of power, organisations, agencies."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, words, code", [
    ("In late December 1979, the Soviet Union invaded Afghanistan.", "the Soviet Union", "SUN"),
    ("The USSR withdrew its army in 1989.", "USSR", "SUN"),
    ("The Russian Federation helped the government.", "Russian Federation", "RUS"),
    ("The United States of America declared war.", "United States of America", "USA"),
    ("Washington imposed new sanctions on Tehran.", "Washington", "USA"),
    ("Washington imposed new sanctions on Tehran.", "Tehran", "IRN"),
    ("The Kremlin denied the report.", "Kremlin", "RUS"),
    ("The White House rejected the offer.", "White House", "USA"),
    ("Downing Street said the talks would continue.", "Downing Street", "GBR"),
    ("Beijing warned Taipei on Monday.", "Beijing", "CHN"),
    ("Ankara summoned the ambassador.", "Ankara", "TUR"),
    ("Kabul accused Islamabad of harbouring militants.", "Islamabad", "PAK"),
    ("Yugoslavia broke apart in the 1990s.", "Yugoslavia", "YUG"),
    ("Czechoslovakia split peacefully.", "Czechoslovakia", "CSK"),
    ("East Germany built the wall.", "East Germany", "DDR"),
    ("West Germany joined NATO in 1955.", "West Germany", "FRG"),
    ("Daesh claimed the attack.", "Daesh", "ISIS"),
    ("The Islamic State group claimed the attack.", "Islamic State", "ISIS"),
    ("Fighters of al-Qaeda attacked the base.", "al-Qaeda", "AQ"),
    ("Lashkar-e-Taiba was blamed for the Mumbai attacks.", "Lashkar-e-Taiba", "LET"),
    ("Hezbollah fired rockets at Israel.", "Hezbollah", "HEZ"),
    ("The Houthis attacked a ship.", "Houthis", "HOUTHI"),
    ("The TPLF signed a truce with Addis Ababa.", "TPLF", "TPLF"),
    ("Wagner fighters left Mali.", "Wagner", "WAGNER"),
    ("The CSTO sent troops to Kazakhstan.", "CSTO", "CSTO"),
    ("Ministers of OPEC met in Vienna.", "OPEC", "OPEC"),
])
def test_names_and_metonyms_resolve_to_codes(resolve, mention, text, words, code):
    doc, index = resolve(text)
    assert mention(doc, index, words).actor.id == code


def test_text_keeps_the_articles_words(resolve, mention):
    doc, index = resolve("In late December 1979, the Soviet Union invaded Afghanistan.")
    m = mention(doc, index, "Soviet Union")
    assert m.actor.text == "the Soviet Union"
    assert m.actor.name == "Soviet Union"
    assert m.actor.kind == "state"
    assert doc.text[m.start_char:m.end_char] == "the Soviet Union"


def test_possessives_resolve(resolve, mention):
    doc, index = resolve("Russia's allies praised Moscow’s ties with the group.")
    assert mention(doc, index, "Russia").actor.id == "RUS"
    assert mention(doc, index, "Moscow").actor.id == "RUS"


def test_agencies_resolve_to_their_state_with_sector(resolve, mention):
    doc, index = resolve("The GRU and the CIA ran agents while the Pentagon sent troops.")
    gru = mention(doc, index, "GRU").actor
    assert (gru.id, gru.sector) == ("RUS", "SPY")
    assert (mention(doc, index, "CIA").actor.id, mention(doc, index, "CIA").actor.sector) == ("USA", "SPY")
    assert mention(doc, index, "Pentagon").actor.sector == "MIL"


def test_media_outlet_is_an_actor(resolve, mention):
    doc, index = resolve("The New York Times reported the story.")
    a = mention(doc, index, "New York Times").actor
    assert (a.id, a.kind, a.sector, a.country) == ("NYT", "media", "MED", "USA")


def test_name_inside_a_longer_person_name_is_not_a_state(resolve, mention):
    doc, index = resolve("George Washington crossed the Delaware.")
    m = index.at(1)
    assert m is None or m.actor.id != "USA"


def test_web_boilerplate_produces_no_actor(resolve, mention):
    doc, index = resolve("Leave a Reply\n\nPlease enter your comment!\n\nPlease enter your "
                              "name here\n\nYour email address will not be published.")
    assert index.mentions == []


@pytest.mark.parametrize("text, words", [
    ("Moscow was supporting the anti-Taliban forces.", "Taliban"),
    ("Pro-Russian separatists seized the building.", "Russian"),
    ("Many post-Soviet states joined.", "Soviet"),
])
def test_stance_prefixes_are_not_actors(resolve, text, words):
    doc, index = resolve(text)
    pos = doc.text.index(words)
    span = doc.char_span(pos, pos + len(words), alignment_mode="expand")
    assert index.in_span(span.start, span.end) == []


def test_trained_by_is_not_led_by(resolve, mention):
    doc, index = resolve("Russia has Soviet-trained military generals in Afghanistan.")
    generals = [t.i for t in doc if t.text == "generals"][0]
    m = index.at(generals)
    assert m is None or m.actor.id != "SUN"
    assert all(m.actor.id != "SUN" for m in index.mentions)


@pytest.mark.parametrize("text, gone", [
    ("Russia demanded the Soviet-era loans.", "SUN"),
    ("US-backed forces attacked the town.", "USA"),
    ("A UK-based group said eight people were killed.", "GBR"),
])
def test_descriptive_compounds_are_not_actors(resolve, text, gone):
    doc, index = resolve(text)
    assert all(m.actor.id != gone for m in index.mentions)
    word = {"SUN": "Soviet", "USA": "US", "GBR": "UK"}[gone]
    assert all(m.actor.text != word for m in index.mentions)  # nor back through NER


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "it", "They refused."])
def test_empty_and_pronoun_only_texts_have_no_actor(resolve, text):
    doc, index = resolve(text)
    assert index.mentions == []


def test_an_unparsed_doc_still_gets_gazetteer_actors():
    import spacy

    from eventlens.actors import resolve_actors

    doc = spacy.blank("en")("Russia invaded Ukraine. It said so.")
    assert [m.actor.id for m in resolve_actors(doc).mentions][:2] == ["RUS", "UKR"]


def test_the_west_is_an_actor_but_west_bank_is_not(resolve, mention):
    doc, index = resolve("The West supplied arms to Ukraine. Israel raided the West Bank.")
    assert mention(doc, index, "West").actor.id == "WST"
    pos = doc.text.index("West Bank")
    span = doc.char_span(pos, pos + 4, alignment_mode="expand")
    assert all(m.actor.id != "WST" for m in index.in_span(span.start, span.end))


@pytest.mark.parametrize("text, words, wrong", [
    ("Ali Shamkhani, the secretary of Iran's Supreme National Security Council, met him.",
     "Security Council", "UNSC"),
    ("Lawmakers from New Mexico passed a law.", "Mexico", "MEX"),
])
def test_a_match_inside_a_longer_unknown_name_is_dropped(resolve, text, words, wrong):
    doc, index = resolve(text)
    pos = doc.text.index(words)
    span = doc.char_span(pos, pos + len(words), alignment_mode="expand")
    assert all(m.actor.id != wrong for m in index.in_span(span.start, span.end))


def test_de_facto_states_are_actors(resolve, mention):
    doc, index = resolve("Transnistria accused Moldova of a blockade.")
    assert mention(doc, index, "Transnistria").actor.id == "PMR"


@pytest.mark.parametrize("text, words", [
    ("The Minsk agreements collapsed in 2022.", "Minsk"),
    ("They signed the Paris Agreement on climate.", "Paris"),
])
def test_a_capital_naming_a_treaty_is_not_an_actor(resolve, text, words):
    doc, index = resolve(text)
    pos = doc.text.index(words)
    span = doc.char_span(pos, pos + len(words), alignment_mode="expand")
    assert [m for m in index.in_span(span.start, span.end) if m.actor.id] == []


def test_a_capital_before_a_cue_noun_is_still_the_government(resolve, mention):
    doc, index = resolve("Moscow officials met the delegation.")
    assert (mention(doc, index, "Moscow").actor.id, mention(doc, index, "Moscow").actor.sector) == ("RUS", "GOV")


def test_ethnic_communities_are_actors(resolve, mention):
    doc, index = resolve("Kurdish fighters pushed back. The Rohingya fled to Bangladesh; they "
                         "crossed the river.")
    kurds = mention(doc, index, "Kurdish")
    assert (kurds.actor.id, kurds.actor.kind) == ("KURDS", "ethnic_group")
    assert mention(doc, index, "Rohingya").actor.country == "MMR"
    assert mention(doc, index, "they").actor.id == "ROHINGYA"


def test_index_sees_mentions_appended_after_construction(resolve):
    from eventlens.actors import ActorIndex, ResolvedMention
    from eventlens.records import Actor

    index = ActorIndex()
    assert index.at(0) is None
    index.mentions.append(ResolvedMention(0, 1, 0, 6, Actor(id="RUS", name="Russia",
                                                            text="Russia")))
    assert index.at(0).actor.id == "RUS"
