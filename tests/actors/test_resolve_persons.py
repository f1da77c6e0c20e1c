"""Persons resolve to the state or group they served in the year of the event."""

from __future__ import annotations

import pytest

from eventlens.actors import lookup_actor


@pytest.mark.parametrize("name, year, code", [
    ("Karzai", 2005, "AFG"),
    ("Shevardnadze", 1987, "SUN"),  # Soviet foreign minister
    ("Shevardnadze", 1998, "GEO"),  # then president of Georgia
    ("Helmut Kohl", 1988, "FRG"),
    ("Helmut Kohl", 1995, "DEU"),
    ("Ban Ki-moon", 2005, "KOR"),
    ("Ban Ki-moon", 2010, "UN"),
    ("Abu Mohammad al-Jolani", 2020, "HTS"),
    ("Ahmed al-Sharaa", 2025, "SYR"),
    ("Slobodan Milosevic", 1995, "SRB"),
    ("Slobodan Milosevic", 1999, "YUG"),
    ("Mullah Mohammad Hassan Akhund", 1999, "TAL"),
    ("Rabbani", 1996, "AFG"),
])
def test_person_resolves_to_whom_they_served(name, year, code):
    actor = lookup_actor(name, year)
    assert actor is not None and actor.id == code
    assert actor.kind == "person"
    assert actor.text == name


def test_medvedev_was_president_then_prime_minister(resolve, mention):
    doc, index = resolve("Medvedev signed the treaty.", year=2010)
    m = mention(doc, index, "Medvedev")
    assert (m.actor.id, m.role, m.actor.sector) == ("RUS", "president", "GOV")
    later = index.at(m.start, year=2015)
    assert (later.actor.id, later.role) == ("RUS", "prime minister")


def test_at_reresolves_a_person_for_the_event_year(resolve, mention):
    doc, index = resolve("Shevardnadze met Baker in Moscow.", year=2020)
    m = mention(doc, index, "Shevardnadze")
    assert index.at(m.start, year=1989).actor.id == "SUN"
    assert index.at(m.start, year=2000).actor.id == "GEO"


def test_coreferent_pronoun_of_a_person_is_reresolved_too(resolve, mention):
    doc, index = resolve("Shevardnadze was tired. He resigned.", year=1990)
    he = mention(doc, index, "He")
    assert he.via == "coref"
    assert index.at(he.start, year=1990).actor.id == "SUN"
    assert index.at(he.start, year=2003).actor.id == "GEO"


def test_appositive_role_makes_an_unknown_person_act_for_the_actor(resolve, mention):
    doc, index = resolve("Ahmad Zafari, the Taliban foreign minister, wrote a letter.")
    a = mention(doc, index, "Ahmad Zafari").actor
    assert (a.id, a.kind) == ("TAL", "person")


def test_appositive_stops_at_a_coordinated_person(resolve, mention):
    doc, index = resolve("The treaty was signed between Said Noorzai, the leader of the "
                         "opposition and Karim Wardak, the President of Tajikistan.")
    assert mention(doc, index, "Said Noorzai").actor.id is None
    assert mention(doc, index, "Karim Wardak").actor.id == "TJK"


def test_year_free_lookup_takes_the_latest_office():
    assert lookup_actor("Shevardnadze").id == "GEO"


def test_a_surname_alias_inside_another_name_is_not_the_leader(resolve):
    doc, index = resolve("The actress Sharon Stone visited the camp.")
    assert all(m.actor.id != "ISR" for m in index.mentions)


def test_a_surname_at_the_end_of_a_fuller_name_is_the_leader(resolve, mention):
    doc, index = resolve("Vladimir Vladimirovich Putin signed the decree.", year=2015)
    assert mention(doc, index, "Putin").actor.id == "RUS"


def test_russia_before_1992_is_the_soviet_union(resolve, mention):
    doc, index = resolve("Russia invaded Afghanistan in 1979 and Russian troops left in 1989.")
    russia = mention(doc, index, "Russia")
    assert russia.actor.id == "RUS"
    assert index.at(russia.start, year=1979).actor.id == "RUS"  # off unless asked for
    then = index.at(russia.start, year=1979, succession=True)
    assert (then.actor.id, then.actor.text) == ("SUN", "Russia")
    troops = index.at(mention(doc, index, "Russian troops").start, year=1989, succession=True)
    assert (troops.actor.id, troops.actor.sector) == ("SUN", "MIL")
    assert index.at(russia.start, year=1996, succession=True).actor.id == "RUS"
