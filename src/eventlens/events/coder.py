"""Dependency-based event coder: lexicon triggers + spaCy parse -> coded events.

The cascade, per sentence (each step a small function below):

1. find triggers: light-verb constructions first ("take control", "impose sanctions"), then
   verbs with their particles ("pull out", "crack down on"), then nominal events ("invasion",
   "contacts") not already part of a light verb;
2. find the source of each trigger (`verb_sources` / `noun_sources`, numbered cascades);
3. find its target from the lexicon's argument roles (`verb_targets` / `noun_targets`);
4. adjust the code for stated intent / refusal ("will provide", "would not allow");
5. pair sources and targets (symmetric types give both directions), drop pairs without any
   resolved actor and self-directed pairs;
6. give a governing trigger without recipient its complement's ("threatened to attack Iraq");
7. link responses to the demand they answer (a REJECT with no recipient answers the latest
   request made to its source);
8. drop duplicates.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.attrs import LEMMA, LOWER, POS, TAG
from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from ..actors import ActorIndex, ResolvedMention, lookup_actor
from ..nlp import string_of
from . import cancelling, evaluative, ontology
from .intent import partitives, relational_nouns, response_verbs, support_verbs
from .intent import rules as intent_rules
from .lexicon import Lexicon, Trigger, object_classes
from .lexicon import load as load_lexicon
from .negatives import negative_group
from .place_targets import place_mention, place_types, role_tokens
from .tree import children_cache, kids, lefts

SUBJECT_DEPS = ("nsubj", "csubj", "expl")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
MODIFIER_DEPS = ("poss", "compound", "amod", "nmod", "npadvmod", "appos", "nummod")
VERBAL_ACTS = {"REQUEST", "THREATEN", "AGREE", "REJECT"}  # their to-infinitive is their content
DENIALS = {"016"}  # a denied act is a claim about the past: kept, for the claims stage to qualify
CONTROL_PREPS = ("on", "upon", "to")
OBJECT_CONTROL_PREPS = ("of", "for", "from", "with")  # "accused X of V-ing": X does V
LOCATIVE_PREPS = ("in", "throughout", "across")
RELATIVE_PRONOUNS = {"which", "who", "that", "whom", "whose"}
NEGATIVE_WORDS = {"not", "n't", "never", "no", "neither", "nor", "nothing", "none"}
CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis")
SOURCE_CONF = {"agent": 0.9, "reporter": 0.8, "subject": 0.9, "possessor": 0.85, "between": 0.85, "by": 0.85,
               "modifier": 0.8, "coordination": 0.8, "control-object": 0.75,
               "control-subject": 0.75, "relative": 0.75, "governor": 0.75, "of": 0.8,
               "inherited": 0.7, "quantified": 0.8}
TARGET_CONF = {"role": 0.9, "clause-subject": 0.8, "complement": 0.8, "passive-subject": 0.9, "relative": 0.75, "participle": 0.75,
               "between": 0.85, "discourse": 0.6, "governor-role": 0.8, "mutual": 0.9}


@dataclass(frozen=True)
class Arg:
    """An actor found in an argument position, and how it was found."""

    mention: ResolvedMention
    via: str

    @property
    def key(self) -> str:
        """Same actor: same id (or words) and same sector ("government" vs "opposition")."""
        actor = self.mention.actor
        return f"{actor.id or (actor.text or '').lower()}|{actor.sector or ''}"


@dataclass(frozen=True)
class Match:
    """A lexicon trigger found in a sentence."""

    entry: Trigger
    anchor: int  # token the arguments hang from (verb; or noun for nominal events)
    tokens: tuple[int, ...]  # every token of the trigger words
    absorbs: tuple[int, ...] = ()  # tokens that belong to the trigger's frame, never triggers


# ---------------------------------------------------------------- 1. triggers


_CANDIDATES: dict[tuple[int, int], tuple[str, ...]] = {}  # (lemma, word) hashes -> guesses


def is_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" or (tok.tag_.startswith("VB") and tok.pos_ != "AUX")


def lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def lemma_candidates(tok: Token) -> tuple[str, ...]:
    """The lemma, then guesses from the word itself: the small model mislemmatises some
    verbs ("staged" -> "stag"), so regular inflections are undone as a fallback."""
    key = (tok.lemma, tok.orth)  # why: the same word and lemma give the same guesses
    found = _CANDIDATES.get(key)
    if found is None:
        if len(_CANDIDATES) >= _MAX_CACHED:
            _CANDIDATES.clear()
        found = _CANDIDATES[key] = _lemma_candidates(tok.lemma_.lower(), tok.text.lower())
    return found


def _lemma_candidates(lemma: str, text: str) -> tuple[str, ...]:
    out = [lemma]
    if text.endswith("ied"):
        out.append(text[:-3] + "y")
    if text.endswith("ed"):
        out += [text[:-1], text[:-2]]
    if text.endswith("ing"):
        out += [text[:-3], text[:-3] + "e"]
    if text.endswith("s"):
        out.append(text[:-1])
    out.append(text)
    return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class TokenTable:
    """Per-document candidate tokens of each trigger kind, as sorted token indices (why:
    iterating a sentence builds a Token object per word; most words can be ruled out from
    the parse arrays alone)."""

    verbs: list[int]  # `is_verb`
    modals: list[int]  # lemma is a modal of the lexicon
    nouns: list[int]  # NOUN or PROPN whose lemma heads a nominal entry
    reciprocals: list[int]  # "other" after "each", "another" after "one"

    def within(self, kind: list[int], sent: Span) -> list[int]:
        return kind[bisect_left(kind, sent.start):bisect_left(kind, sent.end)]


_MAX_CACHED = 1 << 18  # bound of the module's caches shared across documents


_OTHER, _ANOTHER = get_string_id("other"), get_string_id("another")
_RECIPROCALS = {(_OTHER, get_string_id("each")), (_ANOTHER, get_string_id("one"))}


def token_table(doc: Doc, lex: Lexicon) -> TokenTable:
    """Candidate tokens from the parse arrays; strings are looked up once per distinct tag
    and lemma of the document (why: plain list passes over ints are far cheaper than
    building a Token per word)."""
    store = doc.vocab.strings
    pos, tag, lem, low = doc.to_array([POS, TAG, LEMMA, LOWER]).T.tolist() if len(doc) \
        else ([], [], [], [])
    vb_tags = {t for t in set(tag) if string_of(store, t).startswith("VB")}
    lemmas = {h: string_of(store, h).lower() for h in set(lem)}
    modal_lemmas = {h for h, w in lemmas.items() if w in lex.modals}
    noun_lemmas = {h for h, w in lemmas.items() if w in lex.nouns}
    return TokenTable(
        verbs=[i for i, (p, t) in enumerate(zip(pos, tag, strict=True))
               if p == VERB or (t in vb_tags and p != AUX)],  # as is_verb
        modals=[i for i, h in enumerate(lem) if h in modal_lemmas] if modal_lemmas else [],
        nouns=[i for i, (p, h) in enumerate(zip(pos, lem, strict=True))
               if h in noun_lemmas and (p == NOUN or p == PROPN)],
        reciprocals=[i for i in range(1, len(low)) if (low[i], low[i - 1]) in _RECIPROCALS]
        if (_OTHER in low or _ANOTHER in low) else [],
    )


def find_triggers(sent: Span, lex: Lexicon, table: TokenTable | None = None) -> list[Match]:
    """Light verbs, then verbs with particles, then nominal events (not inside a light verb)."""
    doc = sent.doc
    table = table or token_table(doc, lex)
    matches: list[Match] = []
    used: set[int] = set()
    for i in table.within(table.verbs, sent):
        tok = doc[i]
        candidates = lemma_candidates(tok)
        m = light_match(tok, lex, candidates) or cancel_match(tok, lex, candidates) \
            or verb_match(tok, lex, candidates)
        if m:
            matches.append(m)
            used.update(m.tokens + m.absorbs)
    for i in table.within(table.modals, sent):
        m = modal_match(doc[i], lex)
        if m:  # "Y must V": the demand replaces the demanded act on the same verb
            matches = [x for x in matches if x.anchor != m.anchor] + [m]
            used.update(m.tokens)
    for i in table.within(table.nouns, sent):
        if i not in used:
            tok = doc[i]
            if _named_predicate(tok, lex):
                continue
            m = noun_match(tok, lex)
            if m and not _carried_by_verb(tok, m, matches):
                matches.append(m)
                used.update(m.tokens)
    return matches


def _named_predicate(noun: Token, lex: Lexicon) -> bool:
    """The object predicate of a naming verb ("called the strike *an act of aggression*"):
    a verdict about something, never an event of its own."""
    if noun.dep_ != "oprd":
        return False
    return any(e.has("evaluative") for c in lemma_candidates(noun.head)
               for e in lex.verbs.get(c, ()))


def _noun_variants(noun: Token) -> Iterator[tuple[str, tuple[int, ...]]]:
    """The noun's lemma alone and with its compound / adjective modifiers ("air strike")."""
    yield lemma(noun), (noun.i,)
    for child in lefts(noun):
        if child.dep_ in ("compound", "amod"):
            yield f"{lemma(child)} {lemma(noun)}", (child.i, noun.i)


def through_partitive(noun: Token) -> Token:
    """"several rounds of talks" -> talks (data/events/partitives.txt)."""
    if lemma(noun) in partitives():
        for prep in kids(noun):
            if prep.dep_ == "prep" and lemma(prep) == "of":
                pobj = next((p for p in kids(prep) if p.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                    return pobj
    return noun


def _verb_objects(verb: Token) -> Iterator[tuple[str, Token, tuple[int, ...]]]:
    """(prefix, noun, extra tokens): the verb's objects, through particles and prepositions."""
    prts = [c for c in kids(verb) if c.dep_ == "prt"]
    for child in kids(verb):
        if child.dep_ in ("dobj", "attr", "oprd") and (child.pos_ in ("NOUN", "PROPN")
                                                       or lemma(child) in partitives()):
            child = through_partitive(child)  # "most of its aid": the pronoun-like quantity
            if child.pos_ not in ("NOUN", "PROPN"):  # is looked through, never the object
                continue
            yield "", child, ()
            for prt in prts:
                yield lemma(prt) + " ", child, (prt.i,)
        elif child.dep_ == "prep":
            for pobj in kids(child):
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN"):
                    yield lemma(child) + " ", pobj, (child.i,)


def light_match(verb: Token, lex: Lexicon, candidates: tuple[str, ...] | None = None
                ) -> Match | None:
    """A light-verb construction anchored on `verb` ("take control", "go on strike")."""
    best: Match | None = None
    candidates = candidates or lemma_candidates(verb)
    verb_lemma = next((c for c in candidates if c in lex.light_verbs), None)
    if verb_lemma is None:  # why: every light entry's verb is in light_verbs; none can match
        return None
    for prefix, noun, extra in _verb_objects(verb):
        for variant, tokens in _noun_variants(noun):
            entry = lex.light.get((verb_lemma, prefix + variant))
            if entry and (best is None or len(entry.words) > len(best.entry.words)):
                best = Match(entry, verb.i, tuple(sorted((verb.i, *extra, *tokens))))
    return best


def cancel_match(verb: Token, lex: Lexicon, candidates: tuple[str, ...] | None = None
                 ) -> Match | None:
    """"suspended its aid to X", "halted talks": the cancelling is the event, the cancelled
    nominal event its object (data/events/cancelling.csv)."""
    if cancelling.VERBS.isdisjoint(candidates or lemma_candidates(verb)):
        return None  # why: one C-level set test per verb
    for key, obj, extra in cancelling.objects(verb):
        noun = through_partitive(obj)
        found = cancelling.cancel_entry(key, noun, lex)
        if found is not None:
            return Match(found[0], verb.i, tuple(sorted((verb.i, *extra, noun.i))))
    return None


def verb_match(verb: Token, lex: Lexicon, candidates: tuple[str, ...] | None = None
                ) -> Match | None:
    """A verb entry, longest first: its particle/preposition words must hang from the verb."""
    key = next((c for c in candidates or lemma_candidates(verb) if c in lex.verbs), None)
    for entry in lex.verbs.get(key or "", ()):
        if entry.conditioned and not _object_fits(entry, verb):
            continue  # "committed war crimes" is no commitment
        if entry.has("evaluative"):  # only with a listed complement: "regarded Y as a threat"
            fr = evaluative.frame(verb)
            if fr is not None:
                return Match(entry, verb.i, (verb.i,),
                             tuple(t.i for t in fr.complement.subtree))
            if any(c.dep_ == "oprd" for c in kids(verb)):
                return None  # "called them X" with X unlisted: a naming, never a phone call
            continue
        extra = entry.words[1:]
        found: list[int] = []
        for word in extra:
            hit = next((c for c in kids(verb) if c.dep_ in ("prt", "prep", "advmod", "dobj")
                        and lemma(c) == word and c.i not in found and not _temporal(c)), None)
            if hit is None:
                break
            found.append(hit.i)
        else:
            return Match(entry, verb.i, tuple(sorted((verb.i, *found))))
    return None


OBJECT_MODS = ("compound", "amod", "nmod")


def _object_words(verb: Token) -> set[str]:
    """Lemmas of the verb's object phrases and their modifiers: direct object, object
    predicate, "as" phrase, verbless complement ("designated [X a coup]")."""
    heads = []
    for c in kids(verb):
        if c.dep_ in ("dobj", "oprd", "attr", "dative") or (
                c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("NOUN", "PROPN", "ADJ")):
            heads.append(c)
            heads.extend(p for a in kids(c) if a.dep_ == "prep" and lemma(a) == "as"
                         for p in kids(a) if p.dep_ == "pobj")
        elif c.dep_ == "prep" and lemma(c) == "as":
            heads.extend(p for p in kids(c) if p.dep_ == "pobj")
    words = set()
    for h in heads:
        words.add(lemma(h))
        words.update(lemma(m) for m in kids(h) if m.dep_ in OBJECT_MODS)
    return words


def _object_fits(entry: Trigger, verb: Token) -> bool:
    """The entry's object-class condition (flags obj=<class>, obj!=<class>) holds."""
    classes = object_classes()
    words = _object_words(verb)
    if entry.obj_in and not any(words & classes[c] for c in entry.obj_in):
        return False
    return not any(words & classes[c] for c in entry.obj_not)


def _temporal(prep: Token) -> bool:
    """A preposition introducing a date ("agreed *on* 10 March"), not a particle of the verb."""
    return any(c.dep_ == "pobj" and (c.ent_type_ in ("DATE", "TIME") or c.like_num)
               for c in kids(prep))


def modal_match(tok: Token, lex: Lexicon) -> Match | None:
    """A modal of demand ("must") on a verb inside a reported clause."""
    entry = lex.modals.get(lemma(tok))
    if entry is None or tok.dep_ != "aux" or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    return Match(entry, tok.head.i, tuple(sorted((tok.i, tok.head.i))))


def noun_match(noun: Token, lex: Lexicon) -> Match | None:
    """A nominal event; a two-word entry needs its first word as a modifier ("hunger strike")."""
    for entry in lex.nouns.get(lemma(noun), ()):
        if len(entry.words) == 1:
            return Match(entry, noun.i, (noun.i,))
        mods = [c for c in lefts(noun) if c.dep_ in ("compound", "amod")
                and lemma(c) == entry.words[0]]
        if mods:
            return Match(entry, noun.i, (mods[0].i, noun.i))
    return None


def _carried_by_verb(noun: Token, m: Match, matches: list[Match]) -> bool:
    """"fought three wars", "the treaty was signed", "an air strike killed X": the verb already
    carries the event (and takes the noun's actors as its own)."""
    return any(v.anchor == noun.head.i and v.entry.type == m.entry.type
               and noun.dep_ in ("dobj", "attr", "nsubjpass", "nsubj") for v in matches)


# ---------------------------------------------------------------- actors of a phrase


def conjuncts(tok: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("India and Pakistan"); a proper-noun
    apposition that heads its own coordination is a misparsed list ("the US, Russia, and
    Switzerland")."""
    out = [tok, *[c for c in tok.conjuncts if c.i > tok.i]]
    for child in kids(tok):
        if child.dep_ == "appos" and child.pos_ == "PROPN" and any(
                c.dep_ in ("cc", "conj") for c in kids(child)):
            out.extend([child, *[c for c in child.conjuncts if c.i > child.i]])
    return out


def phrase_actors(tok: Token, actors: ActorIndex, depth: int = 0) -> list[ResolvedMention]:
    """Actors of the phrase headed by `tok`: its conjuncts, each by its own words or modifiers."""
    found: list[ResolvedMention] = []
    for c in conjuncts(tok):
        found.extend(_head_actors(c, actors, depth))
    return _unique_mentions(found)


def _head_actors(tok: Token, actors: ActorIndex, depth: int) -> list[ResolvedMention]:
    """1. the token itself; 2. its modifiers ("Soviet troops", "Russia's envoy");
    3. "of"/"from" phrases ("the government of Afghanistan"); 4. where an unnamed group is
    ("students throughout Indonesia": PLOVER codes domestic groups by their country)."""
    hit = actors.at(tok.i)
    if hit is not None:
        return [hit, *_of_conjuncts(tok, hit, actors), *_hyphen_partners(tok, actors)]
    group = actors.group_at(tok.i)
    if group:  # "the two presidents": the coordinated pair named before
        return list(group)
    if depth > 0 and tok.dep_ in ("amod", "compound", "npadvmod") and tok.pos_ in ("PROPN", "ADJ"):
        found = _looked_up(tok, actors)  # a modifier the index missed: "Russo-Taliban interests"
        if found is not None:
            return [found]
    if depth > 3:
        return []
    out: list[ResolvedMention] = []
    relational = lemma(tok) in relational_nouns()  # "its neighbours" are not "it"
    for child in sorted(kids(tok), key=lambda c: MODIFIER_DEPS.index(c.dep_)
                        if c.dep_ in MODIFIER_DEPS else 99):
        if child.dep_ in MODIFIER_DEPS and not (relational and child.dep_ == "poss"):
            out.extend(phrase_actors(child, actors, depth + 1))
    if out:
        return out
    for words in (("of", "from"), LOCATIVE_PREPS):  # 4. "demonstrators in Baghdad"
        for child in kids(tok):
            if child.dep_ == "prep" and lemma(child) in words:
                for pobj in kids(child):
                    if pobj.dep_ == "pobj":
                        out.extend(phrase_actors(pobj, actors, depth + 1))
        if out:
            return out
    return out


def _of_conjuncts(tok: Token, hit: ResolvedMention, actors: ActorIndex) -> list[ResolvedMention]:
    """"the foreign ministers of Congo *and Rwanda*": the mention grew over the first "of"
    conjunct only; the others are actors of the phrase too."""
    out = []
    for prep in kids(tok):
        if prep.dep_ == "prep" and lemma(prep) == "of":
            for pobj in kids(prep):
                if pobj.dep_ == "pobj" and hit.start <= pobj.i < hit.end:
                    for c in pobj.conjuncts:
                        m = actors.at(c.i)
                        if c.i > pobj.i and m is not None and m is not hit:
                            out.append(m)
    return out


def _hyphen_partners(tok: Token, actors: ActorIndex) -> list[ResolvedMention]:
    """The other half of a hyphenated pair: "Russo-Taliban", "US-Taliban" talks."""
    out = []
    for child in lefts(tok):
        nxt = tok.doc[child.i + 1] if child.i + 1 < len(tok.doc) else None
        if child.dep_ in ("amod", "compound", "nmod") and nxt is not None and nxt.text == "-":
            found = actors.at(child.i) or _looked_up(child, actors)
            if found is not None:
                out.append(found)
    return out


def _looked_up(tok: Token, actors: ActorIndex) -> ResolvedMention | None:
    """A gazetteer lookup of a single modifier word the actor index did not cover (and did
    not rule out: "anti-Taliban forces" are not the Taliban)."""
    if not tok.text[:1].isupper() or tok.i in actors.blocked:
        return None
    actor = lookup_actor(tok.text)
    if actor is None or actor.id is None:
        return None
    return ResolvedMention(start=tok.i, end=tok.i + 1, start_char=tok.idx,
                           end_char=tok.idx + len(tok.text), actor=actor, via="lookup")


def _unique_mentions(mentions: Iterable[ResolvedMention]) -> list[ResolvedMention]:
    seen: set[int] = set()
    out = []
    for m in mentions:
        if m.start not in seen:
            seen.add(m.start)
            out.append(m)
    return out


def _args(mentions: list[ResolvedMention], via: str) -> list[Arg]:
    return [Arg(m, via) for m in mentions]


# ---------------------------------------------------------------- 2. sources


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", *PASSIVE_SUBJECT_DEPS) for c in kids(verb)) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl")
        and not any(c.dep_ in ("aux",) for c in kids(verb)))


def verb_sources(verb: Token, actors: ActorIndex, depth: int = 0) -> list[Arg]:
    """Who acts, for a verb. Numbered cascade; the first step that applies decides."""
    if depth > 4:
        return []
    # 1. passive agent: "Kabul was seized by the Taliban"
    for child in kids(verb):
        if child.dep_ == "agent":
            pobjs = [p for p in kids(child) if p.dep_ == "pobj"]
            if pobjs:
                return _args(phrase_actors(pobjs[0], actors), "agent")
    # 2. grammatical subject; a relative pronoun stands for the noun the clause modifies
    subj = next((c for c in kids(verb) if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None:
        if lemma(subj) in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return _args(antecedent_actors(verb.head, actors), "relative")
        found = phrase_actors(subj, actors)
        if not found:  # "neither side fired": a negative quantifier over the pair named before
            return _args(negative_group(subj, actors), "quantified")
        return _args(found, "subject")
    # 2b. a main verb whose subject the parser folded into a fronted phrase: "After talks
    #     mediated by the US and France, Israel and Hezbollah agreed ..."
    if verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ", "VBP") and not is_passive(verb):
        found = _stranded_subject(verb, actors)
        if found:
            return _args(found, "subject")
    if is_passive(verb) and not any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in kids(verb)) \
            and verb.dep_ in ("acl", "relcl"):
        return []  # 3. passive participle without agent: the modified noun is the target
    # 4. coordinated verbs share the subject: "extended its hand ... and hosted the talks"
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        return [Arg(a.mention, "coordination") for a in verb_sources(verb.head, actors, depth + 1)]
    # 5. control: "asked the Taliban to extradite" (object), "agreed to withdraw" (subject);
    #    a passive or a that-clause has its own subject and inherits nothing
    if verb.dep_ in ("xcomp", "advcl", "pcomp", "pobj") and not is_passive(verb):
        gov = _governing_verb(verb)
        if gov is not None:
            if verb.dep_ == "xcomp":
                obj = next((c for c in kids(gov) if c.dep_ in ("dobj", "dative")), None)
                if obj is None:  # "called on both sides to agree", "appealed to X to"
                    obj = next((p for c in kids(gov) if c.dep_ == "prep"
                                and lemma(c) in CONTROL_PREPS for p in kids(c)
                                if p.dep_ == "pobj"), None)
                if obj is not None:
                    return _args(phrase_actors(obj, actors), "control-object")
            if verb.dep_ == "pcomp" and lemma(verb.head) in OBJECT_CONTROL_PREPS:
                # "accused Rwanda of arming", "blamed X for attacking": the object acts
                obj = next((c for c in kids(gov) if c.dep_ in ("dobj", "dative")), None)
                found = phrase_actors(obj, actors) if obj is not None else []
                if found:  # an object that is no actor ("provided money for targeting") is not
                    return _args(found, "control-object")  # the one acting: the subject is
            via = "control-subject" if verb.dep_ == "xcomp" else "inherited"
            return [Arg(a.mention, via) for a in verb_sources(gov, actors, depth + 1)]
    # 6. relative clause / participle with the modified noun as subject: "the group that attacked"
    if verb.dep_ in ("relcl", "acl"):
        return _args(antecedent_actors(verb.head, actors), "relative")
    return []


NP_POS = ("PROPN", "NOUN", "DET", "CCONJ", "ADJ", "PART")


def _stranded_subject(verb: Token, actors: ActorIndex) -> list[ResolvedMention]:
    """Actors of the noun phrase between the last comma and a subjectless verb."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ in NP_POS and verb.doc[i].text != ",":
        i -= 1
    if i < verb.sent.start or verb.doc[i].text != "," or i == verb.i - 1:
        return []
    return _unique_mentions(m for j in range(i + 1, verb.i) if (m := actors.at(j)) is not None)


def antecedent_actors(noun: Token, actors: ActorIndex) -> list[ResolvedMention]:
    """Actors of the noun a relative clause modifies; a predicate noun stands for the subject
    of its copula ("the Taliban was the only regime which recognised ...")."""
    found = phrase_actors(noun, actors)
    first = noun
    while not found and first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "the first and the last regime, which ..."
    if not found and first.dep_ == "attr":
        found = [a.mention for a in verb_sources(first.head, actors, depth=1)]
    return found


def _governing_verb(tok: Token) -> Token | None:
    """The verb (or adjective: "ready to") a clause hangs from, through a preposition."""
    head = tok.head
    if head.dep_ == "prep" and head.head.i != head.i:
        head = head.head
    if head.i == tok.i:
        return None
    if head.pos_ in ("VERB", "AUX", "ADJ"):
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp") and head.head.i != head.i:
            return head.head
        return head
    return None


def noun_sources(noun: Token, entry: Trigger, actors: ActorIndex,
                 governor: Token | None) -> list[Arg]:
    """Who acts, for a nominal event."""
    # 1. possessor: "Russia's invasion"
    for child in kids(noun):
        if child.dep_ == "poss":
            found = phrase_actors(child, actors)
            if found:
                return _args(found, "possessor")
    # 2. "by X": "the invasion by the Soviet Union"
    found = _prep_actors(noun, ("by",), actors)
    if found:
        return _args(found, "by")
    # 3. symmetric "between X and Y": "contacts between Russians and the Taliban"
    if entry.has("sym"):
        found = _prep_actors(noun, ("between", "among"), actors)
        if len(found) >= 2:
            return _args(found, "between")
    # 4. "of X" when X is the one acting: "the withdrawal of Soviet troops"
    if entry.has("of-source"):
        found = _prep_actors(noun, ("of",), actors)
        if found:
            return _args(found, "of")
    # 5. adjective / compound modifiers: "the Soviet withdrawal", "US-Taliban talks"
    mods = [c for c in lefts(noun) if c.dep_ in ("compound", "amod", "nmod")]
    found = _unique_mentions(m for c in mods for m in phrase_actors(c, actors))
    if found:
        return _args(found, "modifier")
    # 6. the verb the noun is the object of: "Russia has contacts with", "Russia hosted a meeting"
    if governor is not None:
        return [Arg(a.mention, "governor") for a in verb_sources(governor, actors)]
    return []


def _noun_governor(noun: Token) -> Token | None:
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and lemma(noun.head) == "of" \
            and lemma(noun.head.head) in partitives():
        noun = noun.head.head  # "held several rounds of talks"
    return _support_verb(noun)


def _support_verb(noun: Token) -> Token | None:
    """The support verb whose object the nominal event is ("have contacts", "began a strike").

    Only support verbs (data/events/support_verbs.txt) lend their subject: in "warned about
    the withdrawal" or "see a threat" the subject of the verb is not the actor of the event.
    A conjunct stands for the first noun of its list ("announced asset freezes and bans ... as
    well as sanctions").
    """
    steps = 0
    while noun.dep_ == "conj" and noun.head.i != noun.i and steps < 10:
        noun, steps = noun.head, steps + 1
    if noun.dep_ in ("dobj", "attr", "oprd", "nsubjpass") and is_verb(noun.head):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and is_verb(noun.head.head):
        verb = noun.head.head
        if lemma(noun.head) == "with" and lemma(verb) in response_verbs():
            return verb  # "Israel responded with air strikes": the responder strikes
    else:
        return None
    return verb if lemma(verb) in support_verbs() else None


def _prep_actors(tok: Token, words: tuple[str, ...], actors: ActorIndex) -> list[ResolvedMention]:
    out: list[ResolvedMention] = []
    for child in kids(tok):
        if child.dep_ in ("prep", "agent", "dative") and lemma(child) in words:
            for pobj in kids(child):
                if pobj.dep_ == "pobj":
                    out.extend(phrase_actors(pobj, actors))
    return out


# ---------------------------------------------------------------- 3. targets


def _role_actors(tok: Token, role: str, actors: ActorIndex) -> list[ResolvedMention]:
    """Actors in one argument role of `tok`: dobj, dative, prep:<word>."""
    if role == "dobj":
        return [m for c in kids(tok) if c.dep_ in ("dobj",)
                and lemma(c) not in RELATIVE_PRONOUNS for m in phrase_actors(c, actors)]
    if role == "dative":
        return [m for c in kids(tok) if c.dep_ == "dative" and not kids(c)
                or (c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON"))
                for m in phrase_actors(c, actors)]
    if role == "self":  # a light verb's noun's own modifiers: "expelled *Russian* diplomats"
        return phrase_actors(tok, actors) if tok.pos_ in ("NOUN", "PROPN") else []
    if role.startswith("prep:"):
        word = role[5:]
        found = _prep_actors(tok, (word,), actors)
        if not found:  # the preposition may hang from the verb's object ("supply arms to X")
            for c in kids(tok):  # or from a verbless small clause ("wants its loans from X")
                if c.dep_ == "dobj" or (c.dep_ in ("ccomp", "xcomp") and not is_verb(c)):
                    found.extend(_prep_actors(c, (word,), actors))
        return found
    return []


def verb_targets(m: Match, verb: Token, actors: ActorIndex) -> list[Arg]:
    """Who is acted upon, for a verb or light-verb trigger. Numbered cascade."""
    entry = m.entry
    noun = next((verb.doc[i] for i in m.tokens if i != verb.i
                 and verb.doc[i].pos_ in ("NOUN", "PROPN")), None)
    # 1. the lexicon's roles, in order; for a light verb, on the noun first then the verb
    for role in entry.targets:
        if role == "dobj" and (entry.has("intransitive") or (
                entry.kind == "light" and noun is not None and noun.dep_ == "dobj")):
            continue
        for host in ([noun, verb] if noun is not None else [verb]):
            found = _role_actors(host, role, actors)
            if found:
                return _args(_unique_mentions(found), "role")
    # 2. passive subject: "Kabul was seized (by the Taliban)"
    if is_passive(verb):
        subj = next((c for c in kids(verb) if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
        if subj is not None and lemma(subj) not in RELATIVE_PRONOUNS:
            return _args(phrase_actors(subj, actors), "passive-subject")
        # 3. passive relative clause / participle: "Afghanistan, which was supported by Russia"
        if verb.dep_ in ("relcl", "acl"):
            return _args(phrase_actors(verb.head, actors), "participle")
    # 4. a demand's that-clause names who must act: "demanded that Mugabe abandon ..."
    if entry.type == "REQUEST":
        for c in kids(verb):
            if c.dep_ in ("ccomp", "xcomp") and is_verb(c):
                subj = next((x for x in kids(c) if x.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS), None)
                if subj is not None:
                    return _args(phrase_actors(subj, actors), "clause-subject")
    # 5. object relative clause: "the country which Russia invaded"
    if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and lemma(c) in RELATIVE_PRONOUNS
                                    for c in kids(verb)):
        return _args(phrase_actors(verb.head, actors), "relative")
    return []


def request_clause(noun: Token) -> tuple[Token | None, Token | None]:
    """(addressee, requested verb) of a nominal request "a call for Y to V", in the parser's
    shapes: "for" + Y followed by the infinitive ("a call by X for Sudan *to allow*"), or a
    "for Y to V" clause right after the noun's phrase ("the call by X [for Eritrea to withdraw]")."""
    doc = noun.doc
    by = [p for c in kids(noun) if c.dep_ in ("prep", "agent") and lemma(c) == "by"
          for p in kids(c) if p.dep_ == "pobj"]  # "for Y" misattached to the requester
    for prep in [*kids(noun), *(c for b in by for c in kids(b))]:
        if prep.dep_ == "prep" and lemma(prep) == "for" and not prep.ent_type_:  # not a name's
            # "for" ("National Union for the Total Independence of Angola")
            for pobj in kids(prep):
                nxt = pobj.right_edge.i + 1
                if pobj.dep_ == "pobj" and nxt < len(doc) and doc[nxt].lower_ == "to" \
                        and doc[nxt].dep_ == "aux" and is_verb(doc[nxt].head):
                    return pobj, doc[nxt].head
            return None, None
    nxt = noun.right_edge.i + 1
    if nxt < len(doc) and doc[nxt].lower_ == "for" and doc[nxt].dep_ == "mark":
        verb = doc[nxt].head
        subj = next((c for c in kids(verb) if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and any(c.lower_ == "to" and c.dep_ == "aux" for c in kids(verb)):
            return subj, verb
    return None, None


def _requested(verb: Token) -> bool:
    """`verb` is what a nominal request asks for ("its call for the rebels to *lay down*
    their arms"): the noun before "for Y to" (or before a "for Y to" clause) is a request."""
    if verb.dep_ not in ("acl", "advcl", "relcl", "xcomp"):
        return False
    to = next((c for c in kids(verb) if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0 or (doc := verb.doc)[to.i - 1].dep_ != "pobj" and not any(
            c.dep_ == "mark" for c in kids(verb)):
        return False  # why: cheap tests first; only "for Y to V" shapes go on
    lex = load_lexicon()
    cands = []
    y = doc[to.i - 1]
    for _ in range(6):  # from the last word of Y up to Y ("for the rebels in the north to")
        if (y.dep_ == "pobj" and lemma(y.head) == "for") or y.head.i == y.i or y.head.i > to.i:
            break
        y = y.head
    if y.dep_ == "pobj" and lemma(y.head) == "for" and not y.head.ent_type_:
        cands.append(y.head.head)
        cands.extend(a for a in y.head.head.ancestors if a.i < to.i)  # "by Chad for Libya"
    mark = next((c for c in kids(verb) if c.dep_ == "mark" and c.lower_ == "for"), None)
    if mark is not None and mark.i > 0:
        last = doc[mark.i - 1]
        while last.head.i != last.i and last.head.i < mark.i and last.pos_ not in ("NOUN",):
            last = last.head
        cands.append(last)
        cands.extend(a for a in last.ancestors if a.i < mark.i)
    return any(c.pos_ == "NOUN" and any(e.type == "REQUEST" for e in lex.nouns.get(lemma(c), ()))
               for c in cands)


def _request_targets(noun: Token, actors: ActorIndex) -> list[Arg]:
    """The addressee of a nominal request: "a call for Y to V"; else the recipient of the
    nominal event asked for ("a call for talks *with India*", "demands for sanctions *on Iran*")."""
    addressee, _ = request_clause(noun)
    if addressee is not None:
        return _args(phrase_actors(addressee, actors), "clause-subject")
    lex = load_lexicon()
    for prep in kids(noun):
        if prep.dep_ == "prep" and lemma(prep) == "for":
            for pobj in kids(prep):
                if pobj.dep_ == "pobj" and lemma(pobj) in lex.nouns:
                    found = _prep_actors(pobj, ("with", "against", "on", "to"), actors)
                    if found:
                        return _args(_unique_mentions(found), "complement")
    return []


def noun_targets(m: Match, noun: Token, actors: ActorIndex, governor: Token | None) -> list[Arg]:
    """Who is acted upon, for a nominal event: its prepositions, then its governor's; for a
    request, the addressee of "for Y to V" or of the event asked for."""
    found = _noun_role_targets(m, noun, actors, governor)
    if not found and m.entry.type == "REQUEST":
        found = _request_targets(noun, actors)
    return found


def _noun_role_targets(m: Match, noun: Token, actors: ActorIndex, governor: Token | None
                       ) -> list[Arg]:
    for role in m.entry.targets:
        if role == "prep:of" and m.entry.has("of-source"):
            continue
        if role.startswith("prep:"):
            found = _prep_actors(noun, (role[5:],), actors)
            if not found and governor is not None:
                found = _prep_actors(governor, (role[5:],), actors)
            if found:  # "X's war *with* Y" is mutual; "X's war *against* Y" is not
                via = "mutual" if role == "prep:with" and m.entry.has("sym") else "role"
                return _args(_unique_mentions(found), via)
    return []


# ---------------------------------------------------------------- 4. intent and refusal


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or lemma(c) in ("never",) for c in kids(tok))


def intent_code(m: Match, doc: Doc) -> str | None:
    """CAMEO code replacing the trigger's when it is stated as an intention or refused."""
    if m.entry.kind == "noun":
        return None
    verb = doc[m.anchor]
    r = intent_rules()
    aux = any(c.dep_ == "aux" and lemma(c) in r.aux for c in kids(verb))
    infinitive = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)))
    gov = _governing_verb(verb) if infinitive else None
    governed = gov is not None and (lemma(gov) in r.govern or any(
        c.dep_ in ("acomp",) and lemma(c) in r.govern for c in kids(gov)))
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and lemma(verb.head) in r.govern:
        governed = True
    refused = gov is not None and lemma(gov) in r.refuse  # "failed to reach agreement"
    if not (aux or governed or refused):
        return None
    if _negated(verb) or refused:
        return r.refusal.get(m.entry.type)
    return r.intent.get(m.entry.type)


# ---------------------------------------------------------------- 5. pairing


@dataclass(frozen=True)
class Coded:
    """Everything the coder decided for one source/target pair of one trigger."""

    match: Match
    cameo: str
    type: str
    mode: str | None
    context: str | None
    goldstein: float
    quad_class: int
    source: Arg | None
    target: Arg | None
    sentence: int  # sentence start token

    @property
    def confidence(self) -> float:
        parts = []
        if self.source:
            parts.append(SOURCE_CONF.get(self.source.via, 0.6))
        if self.target:
            parts.append(TARGET_CONF.get(self.target.via, 0.6))
        base = sum(parts) / len(parts) if parts else 0.3
        return round(base * (1.0 if self.source and self.target else 0.85), 3)


def _or_none(args: list[Arg]) -> list[Arg | None]:
    """The arguments, or a single missing one."""
    return [*args] if args else [None]


def pairs(sources: list[Arg], targets: list[Arg], symmetric: bool
          ) -> Iterator[tuple[Arg | None, Arg | None]]:
    """Source/target pairs; symmetric events between coordinated actors go both ways."""
    if symmetric and len(sources) >= 2 and not targets:
        for a in sources:
            for b in sources:
                if a.key != b.key:
                    yield a, b
        return
    for s in _or_none(sources):
        kept = 0
        for t in _or_none(targets):
            if s is not None and t is not None and (
                    s.key == t.key or s.mention.start == t.mention.start):
                continue  # self-directed: "Greece plans restrictions on its market"
            kept += 1
            yield s, t
        if not kept and s is not None:
            yield s, None


def code_match(m: Match, doc: Doc, sent: Span, actors: ActorIndex,
               places: object | None = None, table: TokenTable | None = None) -> list[Coded]:
    """Arguments, code adjustments and pairs for one trigger."""
    anchor = doc[m.anchor]
    entry = m.entry
    if entry.has("need-oprd") and not any(c.dep_ in ("oprd", "xcomp", "ccomp")
                                          for c in kids(anchor)):
        return []
    if entry.has("need-xcomp") and not any(c.dep_ == "xcomp" for c in kids(anchor)):
        return []
    if entry.kind == "modal":
        sources, targets = modal_arguments(anchor, actors)
        if not sources:
            return []  # the author's own "must" is an opinion, not an event
    elif entry.has("evaluative"):
        sources, targets, entry = evaluative_arguments(m, anchor, actors)
        m = replace(m, entry=entry)
    elif entry.kind == "noun":
        governor = _noun_governor(anchor)
        sources = noun_sources(anchor, entry, actors, governor)
        targets = noun_targets(m, anchor, actors, governor)
        if not sources and targets:  # "the war of X with Y": another preposition names the
            taken = {t.mention.start for t in targets}  # recipient, so "of X" is who acts
            sources = _args([a for a in _prep_actors(anchor, ("of",), actors)
                             if a.start not in taken], "of")
    else:
        if _requested(anchor):
            return []  # "a call by X for Y to V": V is what was asked for, not an event
        sources = verb_sources(anchor, actors)
        targets = verb_targets(m, anchor, actors)
        if not sources and entry.has("sym"):  # a gerund: "fighting between X and Y resumed"
            between = _prep_actors(anchor, ("between", "among"), actors)
            sources = _args(between, "between") if len(between) >= 2 else []
    if places is not None and not _identified_any(targets) and entry.type in place_types():
        # "captured Goma" -> COD; a place in the source's own state names no recipient
        own = {a.mention.actor.id for a in sources}
        kept = [a for a in _place_args(m, anchor, actors, places)
                if a.mention.actor.id not in own]
        for a in kept:
            actors.replace(a.mention)
        targets = kept or targets
    if entry.has("need-target") and not _other_than(targets, sources) and not (
            entry.has("sym") and len(sources) >= 2):
        return []  # "sent vehicles to *its* border" names no recipient
    if entry.has("inverse"):  # "received weapons from X": X is the one who acts
        sources, targets = targets, sources
    if entry.has("reply") and not _negative_clause(anchor):
        return []
    code = intent_code(m, doc)
    if code:
        row = ontology.lookup(code)
        ptype, mode, context = row.plover_type or entry.type, row.mode, row.context
        goldstein, quad, cameo = row.goldstein, row.quad_class, row.cameo
    else:
        ptype, mode, context = entry.type, entry.mode, entry.context
        goldstein, quad, cameo = entry.goldstein, entry.quad_class, entry.cameo
    out = []
    # "neither side fired a shot": the pair a negative quantifier ranges over act on each other
    quantified = bool(sources) and all(a.via == "quantified" for a in sources)
    for s, t in pairs(sources, targets, entry.has("sym") or quantified
                      or _reciprocal(anchor, table)):
        if s is None and t is None:
            continue
        if not _identified(s) and not _identified(t) and _embedded(anchor):
            continue  # an embedded act with no known actor: "a trip aimed at pushing for ..."
        out.append(Coded(m, cameo, ptype, mode, context, goldstein, quad, s, t, sent.start))
        if s is not None and t is not None and t.via == "mutual":  # both ways: "X's war with Y"
            out.append(Coded(m, cameo, ptype, mode, context, goldstein, quad,
                             Arg(t.mention, "between"), Arg(s.mention, "between"), sent.start))
    return out


def evaluative_arguments(m: Match, verb: Token, actors: ActorIndex
                         ) -> tuple[list[Arg], list[Arg], Trigger]:
    """"X regarded Y as a threat": X evaluates Y; the complement's polarity gives the code
    (data/events/evaluative.csv); a passive ("Y was seen as a threat") evaluates its subject."""
    fr = evaluative.frame(verb)
    entry = m.entry
    if fr is None:
        return [], [], entry
    row = ontology.lookup(fr.cameo)
    entry = replace(entry, cameo=row.cameo, type=row.plover_type or entry.type, mode=row.mode,
                    context=row.context, goldstein=row.goldstein, quad_class=row.quad_class)
    sources = verb_sources(verb, actors)
    if not sources and is_passive(verb):  # "... a terrorist group by the US": "by" on the complement
        sources = _args(_prep_actors(fr.complement, ("by",), actors), "agent")
    if fr.obj is not None:
        targets = _args(phrase_actors(fr.obj, actors), "role")
    else:
        targets = verb_targets(replace(m, entry=entry), verb, actors)
    return sources, targets, entry


def _identified_any(args: list[Arg]) -> bool:
    return any(_identified(a) for a in args)


def _place_args(m: Match, anchor: Token, actors: ActorIndex, places: object) -> list[Arg]:
    """The states of the places named in the recipient roles ("seized Bukavu" -> COD)."""
    noun = None
    if m.entry.kind == "light":
        noun = next((anchor.doc[i] for i in m.tokens if i != anchor.i
                     and anchor.doc[i].pos_ in ("NOUN", "PROPN")), None)
    roles = m.entry.targets if m.entry.kind != "noun" else tuple(
        r for r in m.entry.targets if r.startswith("prep:"))
    found = []
    for tok in role_tokens(anchor, roles, noun):
        mention = place_mention(tok, places, actors)
        if mention is not None:
            found.append(mention)
    return _args(_unique_mentions(found), "place")


def _identified(arg: Arg | None) -> bool:
    """An argument that names a known actor (an id), not only words ("the two presidents")."""
    return arg is not None and arg.mention.actor.id is not None


def _embedded(tok: Token) -> bool:
    """A trigger in a gerund under a preposition ("a trip aimed at *pushing* for a
    ceasefire", "accused rebels of *violating*"), not a clause of its own."""
    while tok.dep_ in ("xcomp", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG"


def _other_than(targets: list[Arg], sources: list[Arg]) -> list[Arg]:
    """Targets that are not one of the sources (a self-directed target is no recipient)."""
    keys = {a.key for a in sources} | {a.mention.start for a in sources}
    return [t for t in targets if t.key not in keys and t.mention.start not in keys]


def _reciprocal(tok: Token, table: TokenTable | None = None) -> bool:
    """"agreed not to use force against *one another*": coordinated actors act on each other."""
    if table is not None:  # why: the document's few reciprocal words, not the whole subtree
        doc = tok.doc
        return any(j == tok.i or tok.is_ancestor(doc[j]) for j in table.reciprocals)
    return any(t.lower_ == "other" and t.i > 0 and t.doc[t.i - 1].lower_ == "each"
               or t.lower_ == "another" and t.i > 0 and t.doc[t.i - 1].lower_ == "one"
               for t in tok.subtree)


def modal_arguments(verb: Token, actors: ActorIndex) -> tuple[list[Arg], list[Arg]]:
    """"X said (that) Y must V": X demands, of Y. The clause must be reported by someone."""
    gov = verb.head
    if verb.dep_ == "conj":  # "... that X must V and must W"
        while gov.dep_ == "conj" and gov.head.i != gov.i:
            gov = gov.head
        gov = gov.head if gov.dep_ in ("ccomp", "acl") else gov
    if gov.pos_ in ("NOUN", "PROPN") and gov.head.i != gov.i:
        gov = gov.head  # "issued a reminder to Iraq that it must cooperate"
        gov = gov.head if gov.dep_ == "prep" else gov
    if verb.dep_ not in ("ccomp", "xcomp", "conj", "acl") or gov.i == verb.i or \
            gov.pos_ not in ("VERB", "AUX"):
        return [], []
    sources = [Arg(a.mention, "reporter") for a in verb_sources(gov, actors)]
    subj = next((c for c in kids(verb) if c.dep_ in SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS), None)
    targets = _args(phrase_actors(subj, actors), "clause-subject") if subj is not None else []
    return sources, targets


def _negative_clause(tok: Token) -> bool:
    """A response whose content is negative ("wrote in response that ... not ...")."""
    return any(lemma(t) in NEGATIVE_WORDS or t.dep_ == "neg" for t in tok.subtree if t.i != tok.i)


def complement_targets(coded: list[Coded], doc: Doc) -> list[Coded]:
    """A governing trigger without recipient takes its complement's: "threatened to attack
    Iraq" -> THREATEN IRN -> IRQ, "refused to meet the envoy" -> REJECT ... -> envoy."""
    by_anchor: dict[int, list[Coded]] = {}
    for c in coded:
        by_anchor.setdefault(c.match.anchor, []).append(c)
    out: list[Coded] = []
    for c in coded:
        source = c.source
        if c.target is None and source is not None and c.match.entry.kind != "noun":
            inner = [x.target for k in kids(doc[c.match.anchor]) if k.dep_ == "xcomp"
                     for x in by_anchor.get(k.i, []) if x.target is not None
                     and x.target.key != source.key]
            if inner:
                out.extend(replace(c, target=Arg(t.mention, "complement")) for t in inner)
                continue
        out.append(c)
    return drop_contents(out, doc)


def drop_contents(coded: list[Coded], doc: Doc) -> list[Coded]:
    """The to-infinitive of a coded act is what was asked, threatened, promised or refused,
    not an event of its own: "asked the Taliban to extradite" codes the request only. What is
    *denied* ("denied arming the Houthis") stays: it is a claim the claims stage qualifies."""
    anchors = {c.match.anchor for c in coded if c.match.entry.kind != "noun"
               and c.type in VERBAL_ACTS and c.cameo not in DENIALS}
    return [c for c in coded if not (
        doc[c.match.anchor].dep_ == "xcomp" and doc[c.match.anchor].head.i in anchors
        and c.match.anchor != doc[c.match.anchor].head.i)]


# ---------------------------------------------------------------- 6. responses


def link_responses(coded: list[Coded], doc: Doc, window: int = 3) -> list[Coded]:
    """A REJECT without recipient answers the latest request made to its source (or to the
    state its source belongs to) within `window` sentences."""
    out: list[Coded] = []
    sent_starts = [s.start for s in doc.sents]
    for i, c in enumerate(coded):
        if c.type == "REJECT" and c.target is None and c.source is not None:
            t = _requester(coded[:i], c, sent_starts, window, doc)
            if t is not None:
                c = replace(c, target=Arg(t.mention, "discourse"))
        out.append(c)
    return out


def _governs(head: int, tok: int, doc: Doc) -> bool:
    """`tok` lies inside the clause of `head`: "accused X of *violating*" is the accusation's
    content, not a reply to it."""
    return any(a.i == head for a in doc[tok].ancestors)


def _requester(before: list[Coded], c: Coded, starts: list[int], window: int,
               doc: Doc) -> Arg | None:
    source = c.source
    if source is None:  # never asked: only a REJECT with a source looks for its requester
        return None
    here = starts.index(c.sentence) if c.sentence in starts else 0
    candidates = [p for p in reversed(before) if p.type in ("REQUEST", "THREATEN", "ACCUSE")
                  and p.source is not None and not _same_side(p.source, source)
                  and not _governs(p.match.anchor, c.match.anchor, doc)
                  and here - (starts.index(p.sentence) if p.sentence in starts else 0) <= window]
    exact = [p for p in candidates if p.target is not None and _same_side(p.target, source)]
    return exact[0].source if exact else None


def _same_side(a: Arg, b: Arg) -> bool:
    """The same actor, or an actor and the state it belongs to (TAL and AFG)."""
    x, y = a.mention.actor, b.mention.actor
    ids = {x.id, x.country} - {None}
    return bool(ids & ({y.id, y.country} - {None}))


# ---------------------------------------------------------------- entry point


def _coded(doc: Doc, actors: ActorIndex, lex: Lexicon, places: object | None) -> list[Coded]:
    coded: list[Coded] = []
    table = token_table(doc, lex)
    for sent in doc.sents:
        for m in find_triggers(sent, lex, table):
            coded.extend(code_match(m, doc, sent, actors, places, table))
    coded.sort(key=lambda c: (c.match.anchor, c.sentence))
    coded = complement_targets(coded, doc)
    return link_responses(coded, doc)


def code(doc: Doc, actors: ActorIndex, lex: Lexicon | None = None,
         places: object | None = None) -> list[Coded]:
    """Every coded source/target pair of every trigger of the document, in text order;
    with the places stage's index, places in recipient roles stand for their state."""
    with children_cache(doc):
        coded = _coded(doc, actors, lex or load_lexicon(), places)
    seen: set[tuple] = set()
    unique = []
    for c in coded:
        key = (c.match.anchor, c.type, c.source.key if c.source else None,
               c.target.key if c.target else None)
        if key not in seen:
            seen.add(key)
            unique.append(c)
    return unique
