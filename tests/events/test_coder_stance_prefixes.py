"""A name behind a stance prefix is not the actor: "anti-Taliban forces" are not the Taliban."""

from __future__ import annotations

import eventlens


def _pairs(text):
    return [(e.type, e.source and e.source.id, e.target and e.target.id)
            for e in eventlens.extract(text)]


def test_coder_anti_prefixed_group_is_not_the_target(pipeline):
    pairs = _pairs("The Russian Federation was supporting the anti-Taliban forces in 1998.")
    assert pairs and all(target != "TAL" for _, _, target in pairs), pairs


def test_coder_pro_prefixed_capital_is_not_the_target(pipeline):
    pairs = _pairs("Russia backed pro-Moscow separatists in Donbas in 2014.")
    assert pairs and all(target != "RUS" for _, _, target in pairs), pairs


def test_coder_hyphenated_pair_without_prefix_still_names_both(pipeline):
    pairs = _pairs("In 2015, the Russian special envoy stated the Russo-Taliban interests coincide.")
    assert {("RUS", "TAL"), ("TAL", "RUS")} & {(s, t) for _, s, t in pairs}, pairs
