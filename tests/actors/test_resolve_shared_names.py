"""Congo: the DRC by default (the usual news sense), the Republic of the Congo by story
context or by its own names; a gazetteer person added with their term."""

from __future__ import annotations

from eventlens.actors import lookup_actor


def test_bare_congo_and_drc_forms_are_cod():
    for name in ("Congo", "DR Congo", "DRC", "the Democratic Republic of Congo",
                 "Democratic Republic of the Congo", "Congo-Kinshasa"):
        assert lookup_actor(name).id == "COD", name


def test_republic_of_the_congo_forms_are_cog():
    for name in ("Republic of the Congo", "Congo-Brazzaville"):
        assert lookup_actor(name).id == "COG", name


def test_story_about_kinshasa_keeps_cod(resolve, mention):
    doc, index = resolve("M23 rebels advanced in eastern Congo. Kinshasa accused Rwanda.", 2025)
    assert mention(doc, index, "Congo").actor.id == "COD"


def test_story_about_brazzaville_makes_congo_cog(resolve, mention):
    doc, index = resolve("Officials in Brazzaville welcomed the loan. Congo signed the deal "
                         "with Gabon.", 2024)
    assert mention(doc, index, "Congo signed").actor.id == "COG"


def test_new_heads_of_state_and_ministers_resolve_for_their_terms():
    assert lookup_actor("Irfaan Ali", 2023).id == "GUY"
    assert lookup_actor("Olivier Nduhungirehe", 2025).id == "RWA"
    assert lookup_actor("Choe Son Hui", 2024).id == "PRK"
