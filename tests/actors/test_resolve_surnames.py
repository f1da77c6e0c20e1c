"""A surname alone is the person named in full before (or, in a headline, after)."""

from __future__ import annotations


def test_korean_family_name_first(resolve, mention):
    doc, index = resolve("Vladimir Putin met Kim Jong Un in Pyongyang. Kim called Russia an "
                         "ally.", 2024)
    m = mention(doc, index, "Kim called")
    assert (m.actor.id, m.actor.text, m.via) == ("PRK", "Kim", "surname")
    assert m.person is not None


def test_surname_of_a_gazetteer_president(resolve, mention):
    doc, index = resolve("President Irfaan Ali of Guyana spoke on Monday. Ali said Venezuela "
                         "threatened his country.", 2023)
    assert mention(doc, index, "Ali said").actor.id == "GUY"


def test_surname_of_a_titled_unknown_person(resolve, mention):
    doc, index = resolve("Kenyan Foreign Minister Wanjiru Odhiambo flew to Addis Ababa. "
                         "Odhiambo met officials there.", 2024)
    assert mention(doc, index, "Odhiambo met").actor.id == "KEN"


def test_surname_in_a_headline_before_the_full_name(resolve, mention):
    doc, index = resolve("Xi hosts Lula in Beijing\n\nChinese President Xi Jinping received "
                         "Luiz Inacio Lula da Silva on Friday.", 2023)
    assert mention(doc, index, "Xi hosts").actor.id == "CHN"


def test_surname_shared_by_two_persons_is_left_alone(resolve):
    doc, index = resolve("Kim Jong Un met Kim Dae-jung's son. Kim spoke first.", 2024)
    last = doc.text.rindex("Kim")
    tok = doc.char_span(last, last + 3).start
    m = index.at(tok)
    assert m is None or m.via != "surname"
