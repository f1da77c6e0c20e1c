"""Rule coreference: pronouns, definite descriptions ("the group"), "the latter"/"the former".

Antecedents are earlier mentions within a window of sentences whose kind the anaphor accepts
(coref.yaml); among them a salience score picks one: nearer sentences, subjects, matching
number ("they" -> a plural group such as the Taliban), non-locative mentions.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..records import Actor
from .gazetteer import Gazetteer, norm
from .mentions import Draft, is_locative, is_plural

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
POSSESSIVES = {"its", "their", "his", "her"}
REFLEXIVES = {"itself", "themselves", "himself", "herself"}
# verbs after which "it" is an extraposition dummy ("it is said that", "it seems")
EXPLETIVE_HEADS = {"be", "seem", "appear", "say", "report", "believe", "think", "expect", "know",
                   "claim", "understand", "consider", "estimate", "rumour", "rumor", "allege",
                   "hope", "argue", "note", "suggest", "fear", "assume", "remain", "become",
                   "take", "make"}
# of those, the ones whose active subject "it" can be a dummy ("it seems", "it takes time to");
# the others are dummies only in the passive ("it is said that"): "Kinshasa ... and it
# considers the M23 a terrorist organisation" has a real subject
RAISING_HEADS = {"be", "seem", "appear", "remain", "become", "take", "make"}


@dataclass(frozen=True)
class Anaphor:
    start: int
    end: int
    head: int
    kinds: tuple[str, ...]
    number: str | None  # singular, plural, None
    window: int
    ordinal: int = 0  # 1 latter, 2 former
    description: bool = False  # a noun phrase ("the country"), not a pronoun


def find_anaphors(doc: Doc, taken: set[int], gaz: Gazetteer) -> list[Anaphor]:
    """Pronouns and definite descriptions that may refer back to an actor."""
    cfg = gaz.coref
    pronouns = cfg.get("pronouns") or {}
    nouns = cfg.get("nouns") or {}
    modifiers = set(cfg.get("modifiers") or [])
    dets = set(cfg.get("determiners") or [])
    ordinals = cfg.get("ordinals") or {}
    propositions = set(cfg.get("proposition_verbs") or [])
    out: list[Anaphor] = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        low = tok.lower_
        if i in taken:
            i += 1
            continue
        # 1. personal and possessive pronouns
        if low in pronouns and tok.pos_ in {"PRON", "DET"} and not _expletive(tok) \
                and not _proposition(tok, propositions):
            p = pronouns[low]
            out.append(Anaphor(i, i + 1, i, tuple(p["kinds"]), p.get("number"),
                               int(p.get("window", 2))))
            i += 1
            continue
        # 2. "the latter" / "the former" used as a noun phrase
        if low in dets and i + 1 < n and doc[i + 1].lower_ in ordinals and i + 1 not in taken:
            nxt = doc[i + 2] if i + 2 < n else None
            if nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}:
                out.append(Anaphor(i, i + 2, i + 1, (), None, 1,
                                   ordinal=int(ordinals[doc[i + 1].lower_])))
                i += 2
                continue
        # 3. "the (militant) group", "this country", "the movement"
        if low in dets:
            j = i + 1
            while j < n and doc[j].lower_ in modifiers and j not in taken:
                j += 1
            if j < n and j not in taken and doc[j].pos_ == "NOUN":
                lemma = doc[j].lemma_.lower()
                key = doc[j].lower_ if doc[j].lower_ in nouns else lemma
                if key in nouns and not _has_of_complement(doc[j]) and not _followed_by_name(doc, j):
                    number = "plural" if is_plural(doc[j]) else "singular"
                    out.append(Anaphor(i, j + 1, j, tuple(nouns[key]), number, 2,
                                       description=True))
                    i = j + 1
                    continue
        i += 1
    return out


def _expletive(tok: Token) -> bool:
    """Dummy "it": "it is said that ...", "it's surprising that ...", "it seems ..."."""
    if tok.lower_ != "it":
        return False
    if tok.dep_ == "expl":
        return True
    head = tok.head
    lemma = "be" if norm(head.lower_) in {"'s", "is", "was"} else head.lemma_.lower()
    if tok.dep_ == "nsubj" and lemma not in RAISING_HEADS:
        return False
    if tok.dep_ in SUBJECT_DEPS and lemma in EXPLETIVE_HEADS:
        clause = {"ccomp", "xcomp", "csubj", "acomp", "attr", "advcl"}
        return any(c.dep_ in clause and c.i > tok.i for c in head.children)
    return False


def _proposition(tok: Token, verbs: set[str]) -> bool:
    """ "the Kremlin denied it": "it" stands for a claim, not for an actor."""
    return tok.lower_ == "it" and tok.dep_ in {"dobj", "nsubjpass"} \
        and tok.head.lemma_.lower() in verbs


def _has_of_complement(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _followed_by_name(doc: Doc, j: int) -> bool:
    """ "the group Hamas": an appositive name, not an anaphor."""
    return j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN"


def resolve(doc: Doc, anaphors: list[Anaphor], drafts: list[Draft], gaz: Gazetteer) -> list[Draft]:
    """A coref Draft per anaphor that finds an antecedent; drafts must be sorted by start."""
    sent_of = _sentence_numbers(doc)
    sent_start: dict[int, int] = {}
    for i, k in enumerate(sent_of):
        sent_start.setdefault(k, i)
    pool = sorted(drafts, key=lambda d: d.start)
    starts = [d.start for d in pool]
    made: list[Draft] = []
    for a in anaphors:
        # why: only the window's mentions are candidates; bisect keeps long articles linear
        lo = bisect_left(starts, sent_start.get(max(0, sent_of[a.start] - a.window), 0))
        hi = bisect_left(starts, a.start)
        before = [d for d in pool[lo:hi] if d.end <= a.start and d.actor.kind is not None]
        ante = (_ordinal(a, before, sent_of) if a.ordinal
                else _best(doc, a, before, sent_of, is_locative(doc[a.head], gaz)))
        if ante is None:
            continue
        text = doc[a.start:a.end].text
        src = ante.actor
        draft = Draft(start=a.start, end=a.end, entry=ante.entry, form_type="coref",
                      actor=Actor(id=src.id, name=src.name, text=text, country=src.country,
                                  sector=src.sector, kind=src.kind),
                      via="coref", sector_cue=ante.sector_cue, plural=ante.plural,
                      head=a.head, person=ante.person,
                      locative=is_locative(doc[a.head], gaz))
        made.append(draft)
        k = bisect_left(starts, draft.start)
        starts.insert(k, draft.start)
        pool.insert(k, draft)
    return made


CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "pcomp", "conj"}


def _clause(tok: Token) -> int:
    """The head token of the clause `tok` is in."""
    steps = 0
    while tok.dep_ not in CLAUSE_DEPS and tok.head.i != tok.i and steps < 50:
        tok = tok.head
        steps += 1
    return tok.i


def _key(d: Draft) -> str:
    return d.actor.id or d.actor.text


def _sentence_numbers(doc: Doc) -> list[int]:
    out = [0] * len(doc)
    if not doc.has_annotation("SENT_START"):
        return out  # why: an unparsed Doc (blank pipeline) is one long sentence
    for k, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            out[i] = k
    return out


def _ordinal(a: Anaphor, before: list[Draft], sent_of: list[int]) -> Draft | None:
    """ "the latter": the most recent distinct actor; "the former": the one before it."""
    seen: list[Draft] = []
    keys: set[str] = set()
    for d in reversed(before):
        if sent_of[a.start] - sent_of[d.start] > a.window:
            break
        key = d.actor.id or d.actor.text
        if key in keys or d.locative:
            continue
        keys.add(key)
        seen.append(d)
        if len(seen) == a.ordinal:
            return d
    return None


def _best(doc: Doc, a: Anaphor, before: list[Draft], sent_of: list[int],
          locative: bool = False) -> Draft | None:
    best: tuple[float, int] | None = None
    pick: Draft | None = None
    anaphor_tok = doc[a.head]
    possessive = anaphor_tok.lower_ in POSSESSIVES or anaphor_tok.lower_ in REFLEXIVES
    # why: "making Russia a key player in the country": a description never refers to an
    # actor of its own clause, nor to any other mention of that actor
    barred: set[str] = set()
    if a.description:
        own = _clause(anaphor_tok)
        barred = {_key(d) for d in before if sent_of[d.start] == sent_of[a.start]
                  and _clause(doc[d.head]) == own}
    for d in before:
        distance = sent_of[a.start] - sent_of[d.start]
        if distance > a.window or _key(d) in barred:
            continue
        if distance > a.window or d.actor.kind not in a.kinds:
            continue
        head = doc[d.head]
        # binding: "Russia supported it" never has it = Russia (that would be "itself")
        if not possessive and head.dep_ in SUBJECT_DEPS and head.head.i == anaphor_tok.head.i:
            continue
        score = 10.0 - 2.5 * distance
        if head.dep_ in SUBJECT_DEPS:
            score += 2.0
        if a.number == "plural":
            score += 2.0 if d.plural else (-3.0 if d.actor.kind == "person" else -1.0)
        elif a.number == "singular" and d.plural and d.form_type != "ner":
            score -= 1.5
        if d.locative:
            # why: "in the country" refers back to a place just named ("in Afghanistan");
            # an acting pronoun does not
            score += 2.0 if locative else -2.0
        if d.actor.id is None:
            score -= 0.5
        score -= min(3.0, 0.05 * (a.start - d.end))
        rank = (score, d.start)
        if best is None or rank > best:
            best, pick = rank, d
    return pick
