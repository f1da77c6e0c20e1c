"""The boilerplate filter: whole furniture lines go, article lines stay, tails are cut."""

from __future__ import annotations

from eventlens.ingest import clean_text
from eventlens.ingest.boilerplate import normalise_line
from eventlens.ingest.cues import boilerplate_cues

ARTICLE = (
    "Russia and Ukraine signed separate agreements in Istanbul on 22 July 2022.\n\n"
    "The United Nations and Turkey brokered the deal after weeks of talks.\n\n"
    "Ukraine exported more than 32 million tonnes of food under the initiative.\n"
)


def test_boilerplate_share_line_mid_text_is_removed_alone():
    text = ARTICLE.replace("\n\nThe United", "\n\nShare this article:\n\nThe United")
    cleaned = clean_text(text)
    assert cleaned.text == ARTICLE.strip()
    assert cleaned.removed == ("Share this article:",)


def test_boilerplate_tail_cue_late_cuts_the_rest():
    text = ARTICLE + "\nRelated articles\nRussia quits grain deal\nTurkey hosts talks on Ukraine\n"
    assert clean_text(text).text == ARTICLE.strip()


def test_boilerplate_tail_cue_early_removes_only_its_line():
    text = "Comments\n" + ARTICLE + ARTICLE
    assert clean_text(text).text == (ARTICLE + ARTICLE).strip()


def test_boilerplate_long_line_that_starts_like_a_cue_is_kept():
    line = "Read more: " + "the ceasefire agreed in Moscow on 10 November 2020 held for weeks " * 4
    assert len(line) > boilerplate_cues().max_line_chars
    assert line.strip() in clean_text(ARTICLE + line).text


def test_boilerplate_cookie_subscribe_and_copyright_lines_are_removed():
    furniture = [
        "We use cookies to improve your experience on our website.",
        "Accept all cookies",
        "Subscribe to our newsletter",
        "Follow us on Twitter",
        "© 2023 The Example Herald. All rights reserved.",
        "Your email address will not be published. Required fields are marked *",
        "Save my name, email, and website in this browser for the next time I comment.",
    ]
    text = "\n".join(furniture[:3]) + "\n" + ARTICLE + "\n".join(furniture[3:])
    cleaned = clean_text(text)
    assert cleaned.text == ARTICLE.strip()
    assert len(cleaned.removed) == len(furniture)


def test_boilerplate_sentences_mentioning_cue_words_are_kept():
    text = ("The end of the war came in 1989.\nShare prices fell after the sanctions.\n"
            "Leave a reply to the envoy, the minister told his staff.\n")
    assert clean_text(text).text == text.strip()


def test_boilerplate_offsets_map_back_after_removals():
    text = "Skip to content\n\n" + ARTICLE.replace("\n\nThe", "\n\nTweet\n\nThe")
    cleaned = clean_text(text)
    for i, ch in enumerate(cleaned.text):
        assert text[cleaned.to_original(i)] == ch


def test_boilerplate_normalise_line_trims_decoration():
    assert normalise_line("  Leave  a Reply:  ") == "leave a reply"
    assert normalise_line("Required fields are marked *") == "required fields are marked"
