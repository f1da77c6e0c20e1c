"""The trigger lexicon is data: all 16 PLOVER types, valid codes, new triggers without code."""

from __future__ import annotations

import pytest

from eventlens.events import lexicon, ontology
from eventlens.events.coder import code


def test_lexicon_covers_all_sixteen_plover_types():
    assert lexicon.load().types() == set(ontology.PLOVER_TYPES)


def test_lexicon_has_verbs_nominals_and_light_verbs():
    lex = lexicon.load()
    assert ("pull", "out") in {t.words for t in lex.verbs["pull"]}
    assert ("crack", "down", "on") in {t.words for t in lex.verbs["crack"]}
    assert ("hand", "over") in {t.words for t in lex.verbs["hand"]}
    assert "invasion" in lex.nouns and "ceasefire" in lex.nouns and "contact" in lex.nouns
    for pair in [("take", "control"), ("impose", "sanction"), ("hold", "talk"),
                 ("make", "contact"), ("extend", "hand"), ("sign", "agreement"),
                 ("launch", "offensive")]:
        assert pair in lex.light, pair


def test_lexicon_denials_are_rejections():
    lex = lexicon.load()
    for verb in ("deny", "reject", "refuse", "dismiss"):
        assert lex.verbs[verb][0].type == "REJECT", verb


def test_lexicon_entries_take_type_and_goldstein_from_ontology():
    entry = lexicon.load().verbs["invade"][0]
    assert entry.cameo == "192" and entry.quad_class == 4 and entry.goldstein == -9.5
    assert entry.type == "ASSAULT"  # the lexicon's override, as in the record contract


def test_lexicon_bad_line_names_the_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("kind,trigger,cameo,target,flags,type,mode\nverb,zap,999,dobj,,,\n")
    with pytest.raises(lexicon.LexiconError, match="line 2"):
        lexicon.read(path)


def test_lexicon_new_trigger_needs_no_code(tmp_path, nlp):
    from eventlens.actors import resolve_actors

    path = tmp_path / "triggers.csv"
    path.write_text("kind,trigger,cameo,target,flags,type,mode\nverb,snub,120,dobj,,,\n")
    doc = nlp("France snubbed Germany.")
    coded = code(doc, resolve_actors(doc), lex=lexicon.read(path))
    assert [(c.type, c.source.mention.actor.id, c.target.mention.actor.id) for c in coded] == [
        ("REJECT", "FRA", "DEU")]
