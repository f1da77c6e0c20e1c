"""Gazetteer and NER mentions: matching, noun-phrase extension, sector cues, locatives."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..records import Actor
from .gazetteer import Entry, Form, Gazetteer, norm

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

def match_gazetteer(doc: Doc, gaz: Gazetteer,
                    blocked: set[int] | None = None) -> list[tuple[int, int, Form]]:
    """Longest case-sensitive matches of gazetteer forms, left to right, NER-independent.

    Tokens of a form rejected as a stance ("anti-Taliban") go into `blocked`, so that NER
    does not bring the actor back."""
    keys = [norm(t.text) for t in doc]
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    prefixes = frozenset(gaz.rules.get("stance_prefixes") or [])
    regions = frozenset(gaz.rules.get("region_words") or [])
    found: list[tuple[int, int, Form]] = []
    i, n = 0, len(doc)
    firsts = gaz.firsts
    while i < n:
        hit = None
        if keys[i].lower() not in firsts:  # why: most tokens start no name; skip them fast
            i += 1
            continue
        for length in range(min(gaz.max_len, n - i), 0, -1):
            window = keys[i:i + length]
            form = gaz.forms.get(tuple(window))
            if form is None and all(w.isupper() or not w.isalpha() for w in window) \
                    and any(len(w) > 3 for w in window):
                # why: headlines in capitals ("RUSSIA INVADES UKRAINE")
                form = gaz.lower_forms.get(" ".join(window).lower())
            if form is not None and _plausible(doc, i, i + length, form, persons, prefixes):
                hit = (i, i + length, form)
                break
            if form is not None and blocked is not None and _after_prefix(doc, i, prefixes):
                blocked.update(range(i, i + length))
        if hit and _inside_longer_name(doc, hit, found, regions):
            hit = None
            i += 1
            continue
        if hit:
            found.append(hit)
            i = hit[1]
        else:
            i += 1
    return found


def _after_prefix(doc: Doc, start: int, prefixes: frozenset[str]) -> bool:
    return start >= 2 and doc[start - 1].text in HYPHENS and doc[start - 2].lower_ in prefixes


def _inside_longer_name(doc: Doc, hit: tuple[int, int, Form],
                        found: list[tuple[int, int, Form]], region_words: frozenset[str]) -> bool:
    """ "Supreme National Security Council" is not the UN Security Council, "New Mexico" not
    Mexico: a capitalised name word compounded onto the match, itself no actor, means the
    match is only the tail of a longer unknown name (persons excepted: "President Putin")."""
    start, end, form = hit
    if form.type == "person" or start == 0 or (found and found[-1][1] == start):
        return False
    prev = doc[start - 1]
    return (prev.pos_ == "PROPN" and prev.dep_ == "compound" and start <= prev.head.i < end
            and prev.text[:1].isupper() and not prev.is_sent_start
            and prev.lower_ not in region_words)  # "South Lebanon" is still Lebanon


def _plausible(doc: Doc, start: int, end: int, form: Form, persons: list[Span],
               prefixes: frozenset[str]) -> bool:
    """Reject a match that is only part of a longer proper name ("George Washington")."""
    if form.needs_article and (start == 0 or doc[start - 1].lower_ != "the" or (
            end < len(doc) and doc[end].text[:1].isupper())):
        return False  # why: "the West" is an actor, "West Bank" and "West Africa" are not
    if _after_prefix(doc, start, prefixes):
        return False  # why: "anti-Taliban forces" are not the Taliban
    for ent in persons:
        if ent.start <= start and end <= ent.end and (ent.end - ent.start) > (end - start):
            # why: "George Washington" is no state and "Sharon Stone" no Ariel Sharon; a
            # surname at the end of a longer name still is the person ("Vladimir V. Putin")
            if form.type != "person" or end != ent.end:
                return False
    return True


# -- 2. sector cues --------------------------------------------------------------------------

def _cue_words(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def cue_at(doc: Doc, pos: int, lo: int, gaz: Gazetteer) -> tuple[str, int] | None:
    """The longest sector cue ending at token `pos` (not reaching before `lo`), hyphens skipped."""
    words: list[str] = []
    surface: list[str] = []
    p = pos
    best: tuple[str, int] | None = None
    while p >= lo and len(words) < gaz.cue_max_len:
        tok = doc[p]
        if tok.text in HYPHENS:
            p -= 1
            continue
        words.insert(0, _cue_words(tok))
        surface.insert(0, tok.lower_)
        joined = " ".join(surface)
        for cand in (" ".join(words), joined, joined[:-1] if joined.endswith("s") else joined):
            if cand in gaz.sector_cues:
                best = (gaz.sector_cues[cand], p)
        p -= 1
    return best


def cue_between(doc: Doc, lo: int, hi: int, gaz: Gazetteer) -> str | None:
    """The sector the words lo..hi (inclusive, hi = the head noun) give a mention.

    A multi-word cue ending at the head wins ("intelligence agency" -> SPY); otherwise a
    specific cue beats a generic one ("intelligence officials" -> SPY, "rebel leaders" ->
    REB, "Taliban officials" -> GOV); among equals the one nearest the head.
    """
    found: list[tuple[str, int, int]] = []  # sector, start position, end position
    for pos in range(hi, lo - 1, -1):
        hit = cue_at(doc, pos, lo, gaz)
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

def span_head(doc: Doc, start: int, end: int) -> Token:
    """The token of [start, end) whose head lies outside it (the last such when several)."""
    head = doc[end - 1]
    for tok in doc[start:end]:
        if tok.head.i < start or tok.head.i >= end or tok.head.i == tok.i:
            head = tok
    return head


def is_locative(tok: Token, gaz: Gazetteer) -> bool:
    """Object of a locative preposition ("in Moscow"): a place, not an acting actor."""
    preps = gaz.rules.get("locative_preps") or []
    return tok.dep_ == "pobj" and tok.head.lower_ in preps


def is_plural(tok: Token) -> bool:
    return tok.tag_ in {"NNS", "NNPS"}


def draft_from_form(doc: Doc, start: int, end: int, form: Form, gaz: Gazetteer,
                    year: int | None) -> Draft:
    text_start = start
    if start > 0 and doc[start - 1].lower_ in ARTICLES and form.type != "adjective":
        text_start = start - 1  # keep "the" in the article's words: "the Soviet Union"
    text = doc[text_start:end].text
    entry = form.entry
    actor = gaz.actor_for(entry, text, year)
    head = span_head(doc, start, end)
    return Draft(start=text_start, end=end, entry=entry, form_type=form.type, actor=actor,
                 plural=entry.plural or is_plural(head), head=head.i,
                 person=entry.code if entry.is_person else None)


def extend(doc: Doc, draft: Draft, taken: set[int], gaz: Gazetteer, year: int | None) -> None:
    """Grow a mention over the noun it modifies or that governs it, taking that noun's sector.

    "Soviet troops" -> SUN MIL, "Taliban officials" -> TAL GOV, "officials of Russia" ->
    RUS GOV, "Russian President X" -> RUS GOV (kind person).
    """
    head = doc[draft.head]
    if draft.end + 1 < len(doc) and doc[draft.end].text in HYPHENS and draft.entry is not None:
        nxt = doc[draft.end + 1]
        agents = gaz.rules.get("agent_participles") or []
        if nxt.lower_ not in agents and (nxt.lower_ in (gaz.rules.get("descriptive_suffixes") or [])
                                         or nxt.tag_ == "VBN"):
            draft.drop = True  # why: "Soviet-trained generals", "Soviet-era loans"
            return
    # why: "Hungarian and Romanian officials": a conjunct modifies what its first conjunct does
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    coordinated = first is not head or any(c.dep_ == "conj" for c in head.children)
    if first.dep_ == "npadvmod" and first.head.tag_ == "VBN" and first.head.dep_ == "amod" \
            and first.head.lower_ in (gaz.rules.get("agent_participles") or []):
        first = first.head  # "US-led forces", "Soviet-trained generals": through the participle
    # 1. the mention modifies a noun to its right ("Russian officials", "Russia's agency")
    if first.dep_ in MODIFIER_DEPS and first.head.i >= draft.end and first.head.pos_ in NOUN_POS \
            and first.head.i - draft.end <= 6:
        noun = first.head
        between = range(draft.end, noun.i + 1)
        if noun.i in taken:
            # the noun is another mention ("Arab League Secretary General <person>"): the
            # words before it still give the sector
            stop = min(i for i in between if i in taken)
            sector = cue_between(doc, draft.end, stop - 1, gaz) if stop > draft.end else None
            if sector is not None and draft.actor.kind != "person":
                draft.sector_cue = sector
                draft.actor = _reactor(doc, draft, gaz, year)
            return
        if coordinated or any(i in taken for i in between):
            # why: "Hungarian and Romanian officials": each conjunct takes the sector, none
            # takes the noun, so the noun's modifiers give both actors to the event coder
            sector = cue_between(doc, draft.end, noun.i, gaz)
            if sector is not None and draft.actor.kind != "person" and _only_conjuncts(
                    doc, draft.end, noun.i, taken):
                draft.sector_cue = sector
                draft.actor = _reactor(doc, draft, gaz, year)
                return
        if not any(i in taken for i in between):
            sector = cue_between(doc, draft.end, noun.i, gaz)
            if sector is None and draft.form_type == "metonym" and head.dep_ == "compound" \
                    and noun.lemma_.lower() in (gaz.rules.get("document_nouns") or []):
                draft.drop = True  # why: "the Minsk agreements", "Paris Agreement": a name
                return
            person = _person_entity(doc, noun)
            if person is None and noun.head.i > noun.i:
                # "US special envoy Zalmay Khalilzad": the title noun modifies the name after it
                after = _person_entity(doc, noun.head)
                person = after if after is not None and after.start == noun.i + 1 else None
            if person is not None and not any(i in taken for i in range(person.start, person.end)):
                _retitle(doc, draft, person.end, sector, gaz, year, noun)
                return
            if sector is not None and not draft.actor.kind == "person":
                _grow(doc, draft, noun.i + 1, sector, gaz, year, noun)
                return
    # 2. the mention is the object of "of" after a cue noun ("the government of Rabbani")
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        noun = head.head.head
        if noun.i < draft.start and not any(i in taken for i in range(noun.left_edge.i, noun.i + 1)):
            hit = cue_at(doc, noun.i, noun.left_edge.i, gaz)
            if hit is not None:
                draft.start = noun.left_edge.i
                draft.sector_cue = hit[0]
                draft.head = noun.i
                draft.plural = draft.plural if draft.entry and draft.entry.plural else is_plural(noun)
                draft.actor = _reactor(doc, draft, gaz, year)
                return
    # 3. the mention's own head noun is a cue ("the Russian Federation"'s none; keep entry sector)


def _only_conjuncts(doc: Doc, lo: int, noun_i: int, taken: set[int]) -> bool:
    """Between a conjunct and its noun stand only other mentions, "and", commas, modifiers."""
    for tok in doc[lo:noun_i]:
        if tok.i in taken or tok.dep_ in {"cc", "punct", "amod", "compound", "nmod", "conj"}:
            continue
        return False
    return True


def _person_entity(doc: Doc, noun: Token) -> Span | None:
    """The PERSON entity covering a token (entity table built once per Doc)."""
    return _person_table(doc).get(noun.i)


_PERSON_TABLES: dict[int, tuple[Doc, dict[int, Span]]] = {}


def _person_table(doc: Doc) -> dict[int, Span]:
    # why: doc.ents builds every Span anew on each access; a long article asks thousands of times
    cached = _PERSON_TABLES.get(id(doc))
    if cached is not None and cached[0] is doc:
        return cached[1]
    table = {i: e for e in doc.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    _PERSON_TABLES.clear()  # one document at a time: no growth across a corpus
    _PERSON_TABLES[id(doc)] = (doc, table)
    return table


def _grow(doc: Doc, draft: Draft, new_end: int, sector: str, gaz: Gazetteer,
          year: int | None, noun: Token) -> None:
    draft.end = new_end
    draft.sector_cue = sector
    draft.head = noun.i
    draft.plural = (draft.entry.plural if draft.entry else False) or is_plural(noun)
    if draft.start > 0 and doc[draft.start - 1].lower_ in ARTICLES:
        draft.start -= 1
    draft.actor = _reactor(doc, draft, gaz, year)


def _retitle(doc: Doc, draft: Draft, new_end: int, sector: str | None, gaz: Gazetteer,
             year: int | None, noun: Token) -> None:
    """A title before a name ("Afghan President Ashraf X"): the person acts for the actor."""
    draft.end = new_end
    draft.sector_cue = sector or "GOV"
    draft.head = noun.i
    draft.plural = False
    actor = _reactor(doc, draft, gaz, year)
    draft.actor = Actor(id=actor.id, name=actor.name, text=actor.text, country=actor.country,
                        sector=actor.sector, kind="person")


def _reactor(doc: Doc, draft: Draft, gaz: Gazetteer, year: int | None) -> Actor:
    text = doc[draft.start:draft.end].text
    if draft.entry is None:
        a = draft.actor
        return Actor(id=a.id, name=a.name, text=text, country=a.country,
                     sector=draft.sector_cue or a.sector, kind=a.kind)
    return gaz.actor_for(draft.entry, text, year, sector=draft.sector_cue)


def appositive_person(doc: Doc, ent: Span, drafts: list[Draft], gaz: Gazetteer) -> Draft | None:
    """A named person with an appositive role: "X, the Taliban Foreign Minister" -> TAL."""
    root = ent.root
    # "King Hassan of Morocco": a name governing "of" + a state
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for d in drafts:
                if d.actor.kind == "state" and d.start > prep.i and doc[d.head].head.i == prep.i:
                    a = d.actor
                    return Draft(start=ent.start, end=ent.end, entry=None, form_type="person",
                                 actor=Actor(id=a.id, name=a.name, text=ent.text,
                                             country=a.country, sector="GOV", kind="person"),
                                 sector_cue="GOV", head=root.i)
    role_nouns: list[Token] = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        role_nouns.append(root.head)
    for noun in role_nouns:
        lo, hi = noun.left_edge.i, noun.right_edge.i
        if noun.i < ent.start:
            hi = min(hi, ent.start - 1)
        for tok in doc[noun.i + 1:hi + 1]:
            if tok.dep_ in {"cc", "conj"}:  # why: "the leader of X and Y, the President of Z"
                hi = tok.i - 1
                break
        hit = cue_at(doc, noun.i, lo, gaz)
        if hit is None:
            continue
        for d in drafts:
            if lo <= d.start and d.end <= hi + 1 and d.actor.id and d.actor.kind != "person":
                a = d.actor
                return Draft(start=ent.start, end=ent.end, entry=None, form_type="person",
                             actor=Actor(id=a.id, name=a.name, text=ent.text, country=a.country,
                                         sector=hit[0], kind="person"),
                             sector_cue=hit[0], head=root.i)
    return None


def title_persons(doc: Doc, taken: set[int], gaz: Gazetteer) -> list[Span]:
    """Capitalised names after a title ("King Zaydan", "Mullah Akhund") that NER missed."""
    titles = set(gaz.rules.get("person_titles") or [])
    in_ents = {i for e in doc.ents for i in range(e.start, e.end)}
    out: list[Span] = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        is_title = tok.lower_.rstrip(".") in titles
        # a capitalised title ("President"), or a lower-case one after another ("Foreign minister")
        if is_title and (tok.text[:1].isupper() or (
                i > 0 and doc[i - 1].text[:1].isupper()
                and doc[i - 1].lower_.rstrip(".") in titles)):
            j = i + 1
            while j < n and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                    and doc[j].lower_.rstrip(".") not in titles:
                j += 1
            if j > i + 1 and not any(k in taken or k in in_ents for k in range(i + 1, j)):
                out.append(Span(doc, i + 1, j, label="PERSON"))
                i = j
                continue
        i += 1
    return out


def ner_draft(doc: Doc, ent: Span, gaz: Gazetteer) -> Draft | None:
    """An actor the gazetteer does not know, with its text and a kind from spaCy's NER."""
    kinds = gaz.rules.get("ner_kinds") or {}
    kind = kinds.get(ent.label_)
    if kind is None:
        return None
    text = ent.text.strip()
    low = text.lower()
    for art in ("the ",):
        if low.startswith(art):
            low = low[len(art):]
    prefixes = gaz.rules.get("stance_prefixes") or []
    if len(ent) > 1 and ent[0].lower_ in prefixes and ent[1].text in HYPHENS:
        return None  # why: "Pro-Russian" is a stance, not an actor
    if len(ent) == 1 and ent[0].pos_ not in NOUN_POS and ent.label_ != "NORP":
        return None  # why: one-word entities that are adjectives or verbs ("Great") are noise
    if (low in set(gaz.rules.get("ner_stop") or []) or not any(c.isalpha() for c in text)
            or not text[:1].isupper() and not text.lower().startswith("the ")
            or len(ent) > int(gaz.rules.get("max_ner_tokens", 8))
            or "\n" in text):
        return None
    head = ent.root
    sector = _title_sector(doc, ent, gaz) if kind == "person" else None
    return Draft(start=ent.start, end=ent.end, entry=None, form_type="ner",
                 actor=Actor(id=None, name=None, text=text, kind=kind, sector=sector),
                 via="ner", plural=is_plural(head) or ent.label_ == "NORP", head=head.i,
                 sector_cue=sector)


def _title_sector(doc: Doc, ent: Span, gaz: Gazetteer) -> str | None:
    """ "Judge Alejandro Rivera" -> JUD, "Prime Minister X" -> GOV: the title before a name."""
    title_deps = {"compound", "amod", "nmod", "punct", "cc"}
    title_pos = {"PROPN", "NOUN", "ADJ", "CCONJ", "PUNCT"}
    lo = ent.start
    # why: walk left over the title words hanging on the name ("Planning and Investment
    # Minister Tran Xuan Gia")
    while lo > 0 and doc[lo - 1].dep_ in title_deps and doc[lo - 1].pos_ in title_pos \
            and lo - 1 <= doc[lo - 1].head.i < ent.end:
        lo -= 1
    first = ent[0]
    # the entity may itself begin with its title ("Archbishop Desmond Tutu")
    hi = ent.start - 1
    if first.lower_.rstrip(".") in (gaz.rules.get("person_titles") or []):
        hi = ent.start
    if hi < lo:
        return None
    return cue_between(doc, lo, hi, gaz)
