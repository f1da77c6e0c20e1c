"""Word sense from the object: lexicon entries with `obj=<class>` / `obj!=<class>` flags
(data/events/object_classes.csv), and verdicts that name an act ("called X an attack")."""

from __future__ import annotations

import pytest

from eventlens.events.lexicon import LexiconError, object_classes, read


def test_commit_to_talks_is_a_commitment(code):
    found = code("Ethiopia committed itself to peace talks with Eritrea.")
    assert ("AGREE", "ETH") in {(t, s) for t, s, *_ in found}


@pytest.mark.parametrize("text", ["Serbian forces committed war crimes in Kosovo.",
                                  "Rebels committed atrocities in Sierra Leone in 1999."])
def test_committing_crimes_is_no_commitment(code, text):
    assert not [x for x in code(text) if x[0] == "AGREE"]


def test_designated_as_terrorist_is_an_administrative_sanction(code):
    found = code("The United States designated Hezbollah as a terrorist organisation in 1997.")
    assert [(t, e.cameo, s, r) for t, s, r, w, e in found] == [("COERCE", "172", "USA", "HEZ")]


def test_designating_a_takeover_a_coup_is_a_verdict(code):
    found = code("The United States designated the takeover in Myanmar a coup.")
    assert [(t, e.cameo, s) for t, s, r, w, e in found] == [("ACCUSE", "111", "USA")]


def test_calling_something_an_attack_is_no_assault(code):
    found = code("Ethiopia called the Egyptian statement an attack on its sovereignty.")
    assert [(t, s) for t, s, *_ in found] == [("ACCUSE", "ETH")]


def test_an_unlisted_naming_predicate_is_no_event(code):
    found = code("Georgia called the Russian convoy an unprovoked incursion.")
    assert not [x for x in found if x[0] in ("ASSAULT", "COERCE")]


def test_unknown_object_class_is_a_lexicon_error(tmp_path):
    assert "wrongdoing" in object_classes()
    path = tmp_path / "t.csv"
    path.write_text("kind,trigger,cameo,target,flags,type,mode\nverb,commit,030,,obj=nonesuch,,\n")
    with pytest.raises(LexiconError, match="line 2"):
        read(path)


def test_object_conditions_are_listed_with_the_flags():
    from eventlens.events.lexicon import load
    entries = load().verbs["disband"]
    assert {f for e in entries for f in e.flags} == {"obj=armed_force", "obj=political_group"}
    assert all(e.conditioned and not e.has("evaluative") for e in entries)
