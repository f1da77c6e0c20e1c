"""Gazetteer and NER mentions: matching, noun-phrase extension, sector cues, locatives."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from spacy.tokens import Span

from ..records import Actor
from .gazetteer import Entry, Form, Gazetteer, norm
from .table import Table

NOUN_POS = {"NOUN", "PROPN"}
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod", "nummod"}
ARTICLES = {"the"}
HYPHENS = {"-", "\u2013", "\u2014"}


@dataclass
class Draft:
    """A mention under construction (mutable); becomes a ResolvedMention at the end."""

    start: int
    end: int
    entry: Entry | None
    form_type: str  # name, adjective, demonym, metonym, agency, person, ner
    actor: Actor
    via: str = "gazetteer"
    sector_cue: str | None = None
    locative: bool = False
    plural: bool = False
    head: int = -1  # syntactic head token of the mention
    person: str | None = None  # gazetteer person key, for re-resolution by year
    drop: bool = False  # not an actor after all ("the Minsk agreements")


# -- 1. gazetteer matching ------------------------------------------------------------------

def match_gazetteer(t: Table, gaz: Gazetteer,
                    blocked: set[int] | None = None) -> list[tuple[int, int, Form]]:
    """Longest case-sensitive matches of gazetteer forms, left to right, NER-independent.

    Tokens of a form rejected as a stance ("anti-Taliban") go into `blocked`, so that NER
    does not bring the actor back."""
    # why: only non-ASCII words can hold a typographic quote for norm() to change
    normed = {w: norm(w) for w in set(t.text) if not w.isascii()}
    # why: most tokens start no name; look only at those whose word starts one (a lower-cased
    # word with its quotes made plain, as in gaz.firsts)
    starters = {w for w in set(t.lower) if (w if w.isascii() else norm(w)) in gaz.firsts}
    # why: no form starting with a word spans more words than its reach (a window's words
    # joined by spaces must equal a form's)
    reach = {w: min(gaz.max_len, gaz.reach.get(norm(w).partition(" ")[0], 0)) for w in starters}
    persons = [e for e in t.ents if e.label_ == "PERSON"]
    prefixes = frozenset(gaz.rules.get("stance_prefixes") or [])
    regions = frozenset(gaz.rules.get("region_words") or [])
    found: list[tuple[int, int, Form]] = []
    n, resume = t.n, 0
    for i in [i for i, w in enumerate(t.lower) if w in starters]:
        if i < resume:
            continue  # inside the previous match
        hit = None
        top = min(reach[t.lower[i]], n - i)
        keys = [normed.get(w, w) for w in t.text[i:i + top]]
        # why: headlines in capitals ("RUSSIA INVADES UKRAINE"): a window of capitals (or
        # non-letters) with a word longer than 3 is looked up lower-cased too
        capitals = short = 0  # words in capitals from i on; words before a long one
        if keys and (keys[0].isupper() or not keys[0].isalpha()):
            capitals = next((k for k, w in enumerate(keys)
                             if not (w.isupper() or not w.isalpha())), top)
            short = next((k for k, w in enumerate(keys) if len(w) > 3), top)
        for length in range(top, 0, -1):
            window = keys[:length]
            form = gaz.forms.get(tuple(window))
            if form is None and length <= capitals and short < length:
                form = gaz.lower_forms.get(" ".join(window).lower())
            if form is not None and _plausible(t, i, i + length, form, persons, prefixes):
                hit = (i, i + length, form)
                break
            if form is not None and blocked is not None and _after_prefix(t, i, prefixes):
                blocked.update(range(i, i + length))
        if hit and not _inside_longer_name(t, hit, found, regions):
            found.append(hit)
            resume = hit[1]
    return found


def _after_prefix(t: Table, start: int, prefixes: frozenset[str]) -> bool:
    return start >= 2 and t.text[start - 1] in HYPHENS and t.lower[start - 2] in prefixes


def _inside_longer_name(t: Table, hit: tuple[int, int, Form],
                        found: list[tuple[int, int, Form]], region_words: frozenset[str]) -> bool:
    """ "Supreme National Security Council" is not the UN Security Council, "New Mexico" not
    Mexico: a capitalised name word compounded onto the match, itself no actor, means the
    match is only the tail of a longer unknown name (persons excepted: "President Putin")."""
    start, end, form = hit
    if form.type == "person" or start == 0 or (found and found[-1][1] == start):
        return False
    prev = start - 1
    return (t.pos[prev] == "PROPN" and t.dep[prev] == "compound" and start <= t.head[prev] < end
            and t.text[prev][:1].isupper() and not t.sent_start[prev]
            and t.lower[prev] not in region_words)  # "South Lebanon" is still Lebanon


def _plausible(t: Table, start: int, end: int, form: Form, persons: list[Span],
               prefixes: frozenset[str]) -> bool:
    """Reject a match that is only part of a longer proper name ("George Washington")."""
    if form.needs_article and (start == 0 or t.lower[start - 1] != "the" or (
            end < t.n and t.text[end][:1].isupper())):
        return False  # why: "the West" is an actor, "West Bank" and "West Africa" are not
    if _after_prefix(t, start, prefixes):
        return False  # why: "anti-Taliban forces" are not the Taliban
    for ent in persons:
        if ent.start <= start and end <= ent.end and (ent.end - ent.start) > (end - start):
            # why: "George Washington" is no state and "Sharon Stone" no Ariel Sharon; a
            # surname at the end of a longer name still is the person ("Vladimir V. Putin")
            if form.type != "person" or end != ent.end:
                return False
    return True


# -- 2. sector cues --------------------------------------------------------------------------

def cue_at(t: Table, pos: int, lo: int, gaz: Gazetteer) -> tuple[str, int] | None:
    """The longest sector cue ending at token `pos` (not reaching before `lo`), hyphens skipped."""
    words: list[str] = []
    surface: list[str] = []
    p = pos
    best: tuple[str, int] | None = None
    while p >= lo and len(words) < gaz.cue_max_len:
        if t.text[p] in HYPHENS:
            p -= 1
            continue
        words.insert(0, (t.lemma[p] or t.text[p]).lower())
        surface.insert(0, t.lower[p])
        joined = " ".join(surface)
        for cand in (" ".join(words), joined, joined[:-1] if joined.endswith("s") else joined):
            if cand in gaz.sector_cues:
                best = (gaz.sector_cues[cand], p)
        p -= 1
    return best


def cue_between(t: Table, lo: int, hi: int, gaz: Gazetteer) -> str | None:
    """The sector the words lo..hi (inclusive, hi = the head noun) give a mention.

    A multi-word cue ending at the head wins ("intelligence agency" -> SPY); otherwise a
    specific cue beats a generic one ("intelligence officials" -> SPY, "rebel leaders" ->
    REB, "Taliban officials" -> GOV); among equals the one nearest the head.
    """
    found: list[tuple[str, int, int]] = []  # sector, start position, end position
    for pos in range(hi, lo - 1, -1):
        hit = cue_at(t, pos, lo, gaz)
        if hit:
            found.append((hit[0], hit[1], pos))
    if not found:
        return None
    for sector, start, end in found:
        if end == hi and start < end:
            return sector
    generic = set(gaz.rules.get("generic_sectors") or ["GOV"])
    specific = [f for f in found if f[0] not in generic]
    return (specific or found)[0][0]


# -- 3. building drafts ----------------------------------------------------------------------

def span_head(t: Table, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside it (the last such when several)."""
    head = end - 1
    for i in range(start, end):
        h = t.head[i]
        if h < start or h >= end or h == i:
            head = i
    return head


def is_locative(t: Table, i: int, gaz: Gazetteer) -> bool:
    """Object of a locative preposition ("in Moscow"): a place, not an acting actor."""
    return t.dep[i] == "pobj" and t.lower[t.head[i]] in gaz.words("locative_preps")


def is_plural(t: Table, i: int) -> bool:
    return t.tag[i] in {"NNS", "NNPS"}


def draft_from_form(t: Table, start: int, end: int, form: Form, gaz: Gazetteer,
                    year: int | None) -> Draft:
    text_start = start
    if start > 0 and t.lower[start - 1] in ARTICLES and form.type != "adjective":
        text_start = start - 1  # keep "the" in the article's words: "the Soviet Union"
    text = t.span_text(text_start, end)
    entry = form.entry
    actor = gaz.actor_for(entry, text, year)
    head = span_head(t, start, end)
    return Draft(start=text_start, end=end, entry=entry, form_type=form.type, actor=actor,
                 plural=entry.plural or is_plural(t, head), head=head,
                 person=entry.code if entry.is_person else None)


def extend(t: Table, draft: Draft, taken: Container[int], gaz: Gazetteer,
           year: int | None) -> None:
    """Grow a mention over the noun it modifies or that governs it, taking that noun's sector.

    "Soviet troops" -> SUN MIL, "Taliban officials" -> TAL GOV, "officials of Russia" ->
    RUS GOV, "Russian President X" -> RUS GOV (kind person).
    """
    head = draft.head
    if draft.end + 1 < t.n and t.text[draft.end] in HYPHENS and draft.entry is not None:
        nxt = draft.end + 1
        if t.lower[nxt] not in gaz.words("agent_participles") and (
                t.lower[nxt] in gaz.words("descriptive_suffixes") or t.tag[nxt] == "VBN"):
            draft.drop = True  # why: "Soviet-trained generals", "Soviet-era loans"
            return
    # why: "Hungarian and Romanian officials": a conjunct modifies what its first conjunct does
    first = head
    while t.dep[first] == "conj" and t.head[first] < first:
        first = t.head[first]
    coordinated = first != head or any(t.dep[c] == "conj" for c in t.children(head))
    up = t.head[first]
    if t.dep[first] == "npadvmod" and t.tag[up] == "VBN" and t.dep[up] == "amod" \
            and t.lower[up] in gaz.words("agent_participles"):
        first = up  # "US-led forces", "Soviet-trained generals": through the participle
    # 1. the mention modifies a noun to its right ("Russian officials", "Russia's agency")
    noun = t.head[first]
    if t.dep[first] in MODIFIER_DEPS and noun >= draft.end and t.pos[noun] in NOUN_POS \
            and noun - draft.end <= 6:
        between = range(draft.end, noun + 1)
        if noun in taken:
            # the noun is another mention ("Arab League Secretary General <person>"): the
            # words before it still give the sector
            stop = min(i for i in between if i in taken)
            sector = cue_between(t, draft.end, stop - 1, gaz) if stop > draft.end else None
            if sector is not None and draft.actor.kind != "person":
                draft.sector_cue = sector
                draft.actor = _reactor(t, draft, gaz, year)
            return
        if coordinated or any(i in taken for i in between):
            # why: "Hungarian and Romanian officials": each conjunct takes the sector, none
            # takes the noun, so the noun's modifiers give both actors to the event coder
            sector = cue_between(t, draft.end, noun, gaz)
            if sector is not None and draft.actor.kind != "person" and _only_conjuncts(
                    t, draft.end, noun, taken):
                draft.sector_cue = sector
                draft.actor = _reactor(t, draft, gaz, year)
                return
        if not any(i in taken for i in between):
            sector = cue_between(t, draft.end, noun, gaz)
            if sector is None and draft.form_type == "metonym" and t.dep[head] == "compound" \
                    and t.lemma[noun].lower() in (gaz.rules.get("document_nouns") or []):
                draft.drop = True  # why: "the Minsk agreements", "Paris Agreement": a name
                return
            person = _person_entity(t, noun)
            if person is None and t.head[noun] > noun:
                # "US special envoy Zalmay Khalilzad": the title noun modifies the name after it
                after = _person_entity(t, t.head[noun])
                person = after if after is not None and after.start == noun + 1 else None
            if person is not None and not any(i in taken for i in range(person.start, person.end)):
                _retitle(t, draft, person.end, sector, gaz, year, noun)
                return
            if sector is not None and not draft.actor.kind == "person":
                _grow(t, draft, noun + 1, sector, gaz, year, noun)
                return
    # 2. the mention is the object of "of" after a cue noun ("the government of Rabbani")
    prep = t.head[head]
    if t.dep[head] == "pobj" and t.lower[prep] == "of" and t.pos[t.head[prep]] == "NOUN":
        noun = t.head[prep]
        left = t.doc[noun].left_edge.i if noun < draft.start else noun
        if noun < draft.start and not any(i in taken for i in range(left, noun + 1)):
            hit = cue_at(t, noun, left, gaz)
            if hit is not None:
                draft.start = left
                draft.sector_cue = hit[0]
                draft.head = noun
                draft.plural = draft.plural if draft.entry and draft.entry.plural \
                    else is_plural(t, noun)
                draft.actor = _reactor(t, draft, gaz, year)
                return
    # 3. the mention's own head noun is a cue ("the Russian Federation"'s none; keep entry sector)


def _only_conjuncts(t: Table, lo: int, noun_i: int, taken: Container[int]) -> bool:
    """Between a conjunct and its noun stand only other mentions, "and", commas, modifiers."""
    for i in range(lo, noun_i):
        if i in taken or t.dep[i] in {"cc", "punct", "amod", "compound", "nmod", "conj"}:
            continue
        return False
    return True


def _person_entity(t: Table, noun: int) -> Span | None:
    """The PERSON entity covering a token."""
    return t.person_at(noun)


def _grow(t: Table, draft: Draft, new_end: int, sector: str, gaz: Gazetteer,
          year: int | None, noun: int) -> None:
    draft.end = new_end
    draft.sector_cue = sector
    draft.head = noun
    draft.plural = (draft.entry.plural if draft.entry else False) or is_plural(t, noun)
    if draft.start > 0 and t.lower[draft.start - 1] in ARTICLES:
        draft.start -= 1
    draft.actor = _reactor(t, draft, gaz, year)


def _retitle(t: Table, draft: Draft, new_end: int, sector: str | None, gaz: Gazetteer,
             year: int | None, noun: int) -> None:
    """A title before a name ("Afghan President Ashraf X"): the person acts for the actor."""
    draft.end = new_end
    draft.sector_cue = sector or "GOV"
    draft.head = noun
    draft.plural = False
    actor = _reactor(t, draft, gaz, year)
    draft.actor = Actor(id=actor.id, name=actor.name, text=actor.text, country=actor.country,
                        sector=actor.sector, kind="person")


def _reactor(t: Table, draft: Draft, gaz: Gazetteer, year: int | None) -> Actor:
    text = t.span_text(draft.start, draft.end)
    if draft.entry is None:
        a = draft.actor
        return Actor(id=a.id, name=a.name, text=text, country=a.country,
                     sector=draft.sector_cue or a.sector, kind=a.kind)
    return gaz.actor_for(draft.entry, text, year, sector=draft.sector_cue)


def appositive_person(t: Table, ent: Span, drafts: list[Draft], gaz: Gazetteer) -> Draft | None:
    """A named person with an appositive role: "X, the Taliban Foreign Minister" -> TAL."""
    root = ent.root.i
    text = t.span_text(ent.start, ent.end)
    # "King Hassan of Morocco": a name governing "of" + a state
    for prep in t.children(root):
        if t.dep[prep] == "prep" and t.lower[prep] == "of":
            for d in drafts:
                if d.actor.kind == "state" and d.start > prep and t.head[d.head] == prep:
                    a = d.actor
                    return Draft(start=ent.start, end=ent.end, entry=None, form_type="person",
                                 actor=Actor(id=a.id, name=a.name, text=text,
                                             country=a.country, sector="GOV", kind="person"),
                                 sector_cue="GOV", head=root)
    role_nouns = [c for c in t.children(root) if t.dep[c] == "appos"]
    if t.dep[root] == "appos":
        role_nouns.append(t.head[root])
    for noun in role_nouns:
        tok = t.doc[noun]
        lo, hi = tok.left_edge.i, tok.right_edge.i
        if noun < ent.start:
            hi = min(hi, ent.start - 1)
        for i in range(noun + 1, hi + 1):
            if t.dep[i] in {"cc", "conj"}:  # why: "the leader of X and Y, the President of Z"
                hi = i - 1
                break
        hit = cue_at(t, noun, lo, gaz)
        if hit is None:
            continue
        for d in drafts:
            if lo <= d.start and d.end <= hi + 1 and d.actor.id and d.actor.kind != "person":
                a = d.actor
                return Draft(start=ent.start, end=ent.end, entry=None, form_type="person",
                             actor=Actor(id=a.id, name=a.name, text=text, country=a.country,
                                         sector=hit[0], kind="person"),
                             sector_cue=hit[0], head=root)
    return None


def title_persons(t: Table, taken: set[int], gaz: Gazetteer) -> list[Span]:
    """Capitalised names after a title ("King Zaydan", "Mullah Akhund") that NER missed."""
    titles = set(gaz.rules.get("person_titles") or [])
    in_ents = {i for e in t.ents for i in range(e.start, e.end)}
    titled = {w for w in set(t.lower) if w.rstrip(".") in titles}  # title words ("gen.")
    out: list[Span] = []
    n, resume = t.n, 0
    for i in [i for i, w in enumerate(t.lower) if w in titled]:
        if i < resume:
            continue  # inside the name found last
        # a capitalised title ("President"), or a lower-case one after another ("Foreign minister")
        if t.text[i][:1].isupper() or (
                i > 0 and t.text[i - 1][:1].isupper() and t.lower[i - 1] in titled):
            j = i + 1
            while j < n and t.pos[j] == "PROPN" and t.text[j][:1].isupper() \
                    and t.lower[j] not in titled:
                j += 1
            if j > i + 1 and not any(k in taken or k in in_ents for k in range(i + 1, j)):
                out.append(Span(t.doc, i + 1, j, label="PERSON"))
                resume = j
    return out


def ner_draft(t: Table, ent: Span, gaz: Gazetteer) -> Draft | None:
    """An actor the gazetteer does not know, with its text and a kind from spaCy's NER."""
    kinds = gaz.rules.get("ner_kinds") or {}
    kind = kinds.get(ent.label_)
    if kind is None:
        return None
    text = t.span_text(ent.start, ent.end).strip()
    low = text.lower()
    for art in ("the ",):
        if low.startswith(art):
            low = low[len(art):]
    prefixes = gaz.rules.get("stance_prefixes") or []
    size, first = ent.end - ent.start, ent.start
    if size > 1 and t.lower[first] in prefixes and t.text[first + 1] in HYPHENS:
        return None  # why: "Pro-Russian" is a stance, not an actor
    if size == 1 and t.pos[first] not in NOUN_POS and ent.label_ != "NORP":
        return None  # why: one-word entities that are adjectives or verbs ("Great") are noise
    if (low in gaz.words("ner_stop") or not any(c.isalpha() for c in text)
            or not text[:1].isupper() and not text.lower().startswith("the ")
            or size > int(gaz.rules.get("max_ner_tokens", 8))
            or "\n" in text):
        return None
    head = ent.root.i
    sector = _title_sector(t, ent, gaz) if kind == "person" else None
    return Draft(start=ent.start, end=ent.end, entry=None, form_type="ner",
                 actor=Actor(id=None, name=None, text=text, kind=kind, sector=sector),
                 via="ner", plural=is_plural(t, head) or ent.label_ == "NORP", head=head,
                 sector_cue=sector)


def _title_sector(t: Table, ent: Span, gaz: Gazetteer) -> str | None:
    """ "Judge Alejandro Rivera" -> JUD, "Prime Minister X" -> GOV: the title before a name."""
    title_deps = {"compound", "amod", "nmod", "punct", "cc"}
    title_pos = {"PROPN", "NOUN", "ADJ", "CCONJ", "PUNCT"}
    lo = ent.start
    # why: walk left over the title words hanging on the name ("Planning and Investment
    # Minister Tran Xuan Gia")
    while lo > 0 and t.dep[lo - 1] in title_deps and t.pos[lo - 1] in title_pos \
            and lo - 1 <= t.head[lo - 1] < ent.end:
        lo -= 1
    # the entity may itself begin with its title ("Archbishop Desmond Tutu")
    hi = ent.start - 1
    if t.lower[ent.start].rstrip(".") in gaz.words("person_titles"):
        hi = ent.start
    if hi < lo:
        return None
    return cue_between(t, lo, hi, gaz)
