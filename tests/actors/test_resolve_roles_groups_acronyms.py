"""Role nouns, event-pair group descriptions, acronym definitions, region look-through and
armed-group pronouns, on sentences about conflicts of our own choosing."""

from eventlens.actors import resolve_actors


def _ids(nlp, text):
    doc = nlp(text)
    idx = resolve_actors(doc)
    return doc, idx, {doc[m.start:m.end].text: m.actor.id for m in idx.mentions}


def test_role_noun_takes_locative_seat_not_last_state(nlp):
    _, _, ids = _ids(nlp, "Fighting continued in Syria. Turkey said the government in "
                          "Damascus had failed to act.")
    assert ids["the government"] == "SYR"


def test_role_nouns_take_the_paragraphs_single_state(nlp):
    _, _, ids = _ids(nlp, "Mali said rebels fought the army near Gao. Security forces "
                          "arrested ten people, the interior ministry said.")
    assert ids["the army"] == "MLI"
    assert ids["Security forces"] == "MLI"
    assert ids["the interior ministry"] == "MLI"


def test_role_noun_left_unresolved_when_states_compete(nlp):
    _, _, ids = _ids(nlp, "Mali and Algeria held talks.\nThe government said security "
                          "forces had arrested ten people.")
    assert "The government" not in ids
    _, _, ids = _ids(nlp, "Turkey accused the government of lying.")
    assert "the government" not in ids


def test_possessive_junta_is_that_state(nlp):
    _, _, ids = _ids(nlp, "Burkina Faso's junta expelled the envoy.")
    assert ids["Burkina Faso's junta"] == "BFA"


def test_group_prefers_the_two_parties_of_an_event(nlp):
    doc, idx, _ = _ids(nlp, "Sudan held talks with Chad in Geneva. Egypt and Libya watched. "
                            "The two sides agreed to reopen the border.")
    group = next(g for k, g in idx.groups.items() if doc[k].text == "sides")
    assert {m.actor.id for m in group} == {"SDN", "TCD"}


def test_group_ignores_a_list_of_three(nlp):
    doc, idx, _ = _ids(nlp, "Kenya accused Somalia of shelling. Ethiopia, Uganda and Burundi "
                            "sent envoys. Both countries denied it.")
    group = next(g for k, g in idx.groups.items() if doc[k].text == "countries")
    assert {m.actor.id for m in group} == {"KEN", "SOM"}


def test_acronym_defined_in_text_links_both_forms(nlp):
    _, idx, _ = _ids(nlp, "Fighters of the Democratic Forces for the Liberation of Rwanda "
                          "(FDLR) crossed the border. The FDLR denied it.")
    fdlr = [m for m in idx.mentions if m.actor.id == "FDLR"]
    assert len(fdlr) == 3 and all(m.actor.kind == "armed_group" for m in fdlr)


def test_acronym_of_a_document_is_no_actor(nlp):
    _, _, ids = _ids(nlp, "Bangladesh rejected a Free Trade Agreement (FTA) with India.")
    assert "FTA" not in ids


def test_acronym_after_a_cut_possessive_uses_the_acronym(nlp):
    _, _, ids = _ids(nlp, "The United States demanded that the Democratic People's Republic "
                          "of Korea (DPRK) forsake its nuclear program.")
    assert ids.get("DPRK") == "PRK" and ids.get("Republic of Korea") == "PRK"


def test_region_noun_is_looked_through(nlp):
    _, _, ids = _ids(nlp, "Troops entered the breakaway region of Transnistria.")
    assert ids["the breakaway region of Transnistria"] == "PMR"


def test_they_prefers_the_armed_group(nlp):
    _, _, ids = _ids(nlp, "Al-Shabaab attacked a base near Mogadishu, and Kenya sent troops. "
                          "They killed ten soldiers, and the fighters later withdrew.")
    assert ids["They"] == "SHABAAB" and ids["the fighters"] == "SHABAAB"
