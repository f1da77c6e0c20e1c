"""An active "it" subject of a verb of saying or judging is a real subject; only the passive
("it is said that") and raising verbs ("it seems") have a dummy "it"."""

from __future__ import annotations


def test_it_considers_is_the_state_before(resolve, mention):
    doc, index = resolve("Kinshasa has long accused Rwanda of arming the rebels, and it "
                         "considers the M23 a terrorist organisation.", 2025)
    assert mention(doc, index, "it considers").actor.id == "COD"


def test_it_believes_that_is_the_state_before(resolve, mention):
    doc, index = resolve("Turkey warned Syria on Monday. It believes that the PKK threatens "
                         "its borders.", 2019)
    assert mention(doc, index, "It believes").actor.id == "TUR"


def test_passive_and_raising_it_stay_dummies(resolve):
    for text in ("Russia denied the report. It is said that Moscow paid the group.",
                 "Iran built a dam. It seems that the project cost billions."):
        doc, index = resolve(text, 2020)
        it = next(t for t in doc if t.text == "It")
        assert index.at(it.i) is None, text
