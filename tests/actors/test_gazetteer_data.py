"""The gazetteer data: coverage, consistency, and the load cache."""

from __future__ import annotations

import pycountry

from eventlens.actors import gazetteer


def test_every_un_member_state_and_historic_state_is_present():
    gaz = gazetteer.load()
    states = {c for c, e in gaz.entries.items() if e.kind == "state"}
    assert len(states) >= 197
    for code in ("SUN", "YUG", "CSK", "DDR", "FRG", "PSE", "XKX", "TWN"):
        assert code in states
    # every current ISO country with a UN seat we list resolves by its pycountry name
    for code in ("AFG", "RUS", "USA", "CHN", "TUV", "SSD", "MNE"):
        name = pycountry.countries.get(alpha_3=code).name
        form = gaz.lookup(name)
        assert form is not None and form.entry.code == code, name


def test_at_least_150_organisations_with_stable_upper_case_codes():
    gaz = gazetteer.load()
    orgs = [e for e in gaz.entries.values() if e.kind != "state"]
    assert len(orgs) >= 150
    assert all(e.code == e.code.upper() and " " not in e.code for e in orgs)


def test_person_terms_point_at_known_actors_and_roles():
    gaz = gazetteer.load()
    assert len(gaz.persons) >= 500
    for person in gaz.persons.values():
        for term in person.terms:
            assert term.actor in gaz.entries, (person.name, term.actor)
            assert term.role in gaz.role_sectors, (person.name, term.role)
            assert term.start is None or term.end is None or term.start <= term.end


def test_the_cache_holds_what_the_data_files_build():
    cached, built = gazetteer.load(), gazetteer.build()
    assert cached.forms.keys() == built.forms.keys()
    assert cached.persons.keys() == built.persons.keys()


def test_organisation_codes_never_collide_with_state_codes():
    gaz = gazetteer.build()  # raises on a duplicate code
    assert gaz.entries["NLD"].name == "Netherlands"
    assert gaz.entries["NAM"].name == "Namibia"


def test_plain_aliases_split_exactly_like_the_spacy_tokenizer(nlp):
    gaz = gazetteer.load()
    plain = [" ".join(k) for k in gaz.forms if gazetteer._PLAIN.fullmatch(" ".join(k))]
    assert len(plain) > 1000
    for text in plain:
        assert tuple(t.text for t in nlp.tokenizer(text)) == tuple(text.split(" ")), text
