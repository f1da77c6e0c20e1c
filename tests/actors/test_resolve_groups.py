"""Group descriptions ("the two presidents", "both countries") in the actor index."""

from __future__ import annotations


def test_the_two_presidents_are_the_coordinated_persons(resolve):
    doc, index = resolve("Vladimir Putin and Xi Jinping met in Moscow. The two presidents "
                         "signed a deal.", 2023)
    presidents = next(t for t in doc if t.text == "presidents")
    assert {m.actor.id for m in index.group_at(presidents.i)} == {"RUS", "CHN"}
    assert index.at(presidents.i) is None  # one actor per word: the group is kept apart


def test_persons_pair_is_not_two_countries(resolve):
    doc, index = resolve("Vladimir Putin and Xi Jinping met in Moscow. The two countries "
                         "signed a deal.", 2023)
    countries = next(t for t in doc if t.text == "countries")
    assert index.group_at(countries.i) == ()


def test_a_pair_too_far_back_is_not_taken(resolve):
    doc, index = resolve("India and Pakistan fought in 1971. Trade grew. Prices rose. Rains "
                         "came late. Both countries held elections.", 2023)
    countries = next(t for t in doc if t.text == "countries")
    assert index.group_at(countries.i) == ()
