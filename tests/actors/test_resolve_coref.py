"""Rule coreference: pronouns, definite descriptions, the latter / the former."""

from __future__ import annotations


def test_they_prefers_a_plural_group(resolve, mention):
    doc, index = resolve("After 9/11, when the US asked the Taliban government to extradite "
                         "Osama Bin Laden, they refused, and the US invaded Afghanistan.")
    they = mention(doc, index, "they")
    assert (they.actor.id, they.via) == ("TAL", "coref")
    assert they.actor.text == "they"


def test_the_latter_is_the_most_recent_actor(resolve, mention):
    doc, index = resolve("Russia has diplomatic contacts with the Taliban considering that "
                         "the latter grew out of the Mujahideen.")
    assert mention(doc, index, "the latter").actor.id == "TAL"


def test_the_former_is_the_one_before(resolve, mention):
    doc, index = resolve("Iran and Iraq fought for eight years. The former lost more men.")
    assert mention(doc, index, "former").actor.id == "IRN"


def test_the_former_president_is_not_an_anaphor(resolve):
    doc, index = resolve("Russia met the former president.")
    assert all(m.via != "coref" for m in index.mentions)


def test_the_group_refers_to_an_armed_group_not_a_state(resolve, mention):
    doc, index = resolve("Moscow has ties with Hezbollah. Russia says the group is a "
                         "legitimate force.")
    assert mention(doc, index, "the group").actor.id == "HEZ"


def test_the_militant_group(resolve, mention):
    doc, index = resolve("The attack was claimed by al-Shabaab. Kenya vowed to destroy the "
                         "militant group.")
    assert mention(doc, index, "the militant group").actor.id == "SHABAAB"


def test_the_country_refers_to_a_state(resolve, mention):
    doc, index = resolve("The Taliban met envoys from Uzbekistan. The country wants a railway.")
    assert mention(doc, index, "The country").actor.id == "UZB"


def test_it_and_its_refer_to_the_subject_state(resolve, mention):
    doc, index = resolve("Russia is worried about Islamist extremism. It wants to protect its "
                         "borders.")
    assert mention(doc, index, "It").actor.id == "RUS"
    assert mention(doc, index, "its").actor.id == "RUS"


def test_expletive_it_is_not_resolved(resolve):
    doc, index = resolve("Russia met the Taliban. It is said that these talks took place in "
                         "Dubai.")
    assert [m for m in index.mentions if m.actor.text == "It"] == []


def test_he_refers_to_a_person(resolve, mention):
    doc, index = resolve("Karzai met the Pakistani envoy in Kabul. He asked for help.",
                         year=2010)
    he = mention(doc, index, "He")
    assert (he.actor.id, he.actor.kind) == ("AFG", "person")


def test_they_can_be_coordinated_persons(resolve, mention):
    doc, index = resolve("Rabbani and Massoud asked Moscow for arms. They received weapons.",
                         year=1995)
    they = mention(doc, index, "They")
    assert they.actor.kind == "person" and they.actor.id == "AFG"


def test_it_as_the_object_of_a_denial_is_a_claim(resolve):
    doc, index = resolve("Kyiv accused Moscow of shelling the plant, but the Kremlin denied it.")
    assert [m for m in index.mentions if m.actor.text == "it"] == []


def test_headlines_in_capitals(resolve, mention):
    doc, index = resolve("RUSSIA INVADES UKRAINE, KYIV VOWS TO FIGHT")
    assert mention(doc, index, "RUSSIA").actor.id == "RUS"
    assert mention(doc, index, "KYIV").actor.id == "UKR"


def test_a_description_never_refers_to_an_actor_of_its_own_clause(resolve, mention):
    doc, index = resolve("Officials say that Russia plays a role in the Afghan peace process, "
                         "making Russia a key player in the country.")
    assert mention(doc, index, "the country").actor.id == "AFG"


def test_a_locative_description_prefers_a_place_just_named(resolve, mention):
    doc, index = resolve("The US wants to exhaust its army in Afghanistan so that Russia can "
                         "exert its muscles in the country.")
    assert mention(doc, index, "the country").actor.id == "AFG"
