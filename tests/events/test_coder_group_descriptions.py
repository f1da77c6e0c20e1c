"""Group descriptions stand for the coordinated pair named before them; "of" conjuncts
after a grown mention ("the ministers of X and Y") are actors of the phrase too."""

from __future__ import annotations


def triples(events) -> set[tuple]:
    return {(t, s, g) for t, s, g, _, _ in events}


def test_both_countries_after_a_coordinated_pair_act_on_each_other(code):
    got = triples(code("Ethiopia and Eritrea fought a war from 1998 to 2000. Both countries "
                       "signed a peace deal in Algiers."))
    assert {("SUPPORT", "ETH", "ERI"), ("SUPPORT", "ERI", "ETH")} <= got


def test_the_two_sides_agreed(code):
    got = triples(code("Armenia and Azerbaijan clashed in 2020. The two sides agreed to a "
                       "ceasefire."))
    assert {("AGREE", "ARM", "AZE"), ("AGREE", "AZE", "ARM")} <= got


def test_the_two_presidents_and_one_another(code):
    got = triples(code("Vladimir Putin and Xi Jinping met in Moscow in March 2023. The two "
                       "presidents agreed not to use force against one another."))
    assert ("AGREE", "RUS", "CHN") in got and ("AGREE", "CHN", "RUS") in got


def test_a_group_noun_without_a_pair_before_it_is_nobody(code):
    assert code("The two countries have fought three wars.") == []



def test_every_of_conjunct_after_a_grown_mention_counts(code):
    got = triples(code("On 27 June 2025, the foreign ministers of Congo and Rwanda signed a "
                       "peace agreement in Washington."))
    assert {("SUPPORT", "COD", "RWA"), ("SUPPORT", "RWA", "COD")} <= got
    got = triples(code("Officials of India and Pakistan met in Geneva."))
    assert {("CONSULT", "IND", "PAK"), ("CONSULT", "PAK", "IND")} <= got
