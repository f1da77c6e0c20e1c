"""Rule coreference: pronouns, definite descriptions ("the group"), "the latter"/"the former".

Antecedents are earlier mentions within a window of sentences whose kind the anaphor accepts
(coref.yaml); among them a salience score picks one: nearer sentences, subjects, matching
number ("they" -> a plural group such as the Taliban), non-locative mentions.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ..records import Actor
from .gazetteer import Gazetteer, norm
from .mentions import Draft, is_locative, is_plural
from .table import Table

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


def find_anaphors(t: Table, taken: set[int], gaz: Gazetteer) -> list[Anaphor]:
    """Pronouns and definite descriptions that may refer back to an actor."""
    cfg = gaz.coref
    pronouns = cfg.get("pronouns") or {}
    nouns = cfg.get("nouns") or {}
    modifiers = set(cfg.get("modifiers") or [])
    dets = set(cfg.get("determiners") or [])
    ordinals = cfg.get("ordinals") or {}
    propositions = set(cfg.get("proposition_verbs") or [])
    out: list[Anaphor] = []
    starters = pronouns.keys() | dets  # every anaphor begins with one of these words
    n, resume = t.n, 0
    for i in [i for i, w in enumerate(t.lower) if w in starters]:
        if i < resume or i in taken:
            continue  # inside the anaphor found last, or a mention
        low = t.lower[i]
        # 1. personal and possessive pronouns
        if low in pronouns and t.pos[i] in {"PRON", "DET"} and not _expletive(t, i) \
                and not _proposition(t, i, propositions):
            p = pronouns[low]
            out.append(Anaphor(i, i + 1, i, tuple(p["kinds"]), p.get("number"),
                               int(p.get("window", 2))))
            continue
        # 2. "the latter" / "the former" used as a noun phrase
        if low in dets and i + 1 < n and t.lower[i + 1] in ordinals and i + 1 not in taken:
            if i + 2 >= n or t.pos[i + 2] not in {"NOUN", "PROPN", "ADJ", "NUM"}:
                out.append(Anaphor(i, i + 2, i + 1, (), None, 1,
                                   ordinal=int(ordinals[t.lower[i + 1]])))
                resume = i + 2
                continue
        # 3. "the (militant) group", "this country", "the movement"
        if low in dets:
            j = i + 1
            while j < n and t.lower[j] in modifiers and j not in taken:
                j += 1
            if j < n and j not in taken and t.pos[j] == "NOUN":
                lemma = t.lemma[j].lower()
                key = t.lower[j] if t.lower[j] in nouns else lemma
                if key in nouns and not _has_of_complement(t, j) and not _followed_by_name(t, j):
                    number = "plural" if is_plural(t, j) else "singular"
                    out.append(Anaphor(i, j + 1, j, tuple(nouns[key]), number, 2,
                                       description=True))
                    resume = j + 1
    return out


def _expletive(t: Table, i: int) -> bool:
    """Dummy "it": "it is said that ...", "it's surprising that ...", "it seems ..."."""
    if t.lower[i] != "it":
        return False
    if t.dep[i] == "expl":
        return True
    head = t.head[i]
    lemma = "be" if norm(t.lower[head]) in {"'s", "is", "was"} else t.lemma[head].lower()
    if t.dep[i] == "nsubj" and lemma not in RAISING_HEADS:
        return False
    if t.dep[i] in SUBJECT_DEPS and lemma in EXPLETIVE_HEADS:
        clause = {"ccomp", "xcomp", "csubj", "acomp", "attr", "advcl"}
        return any(t.dep[c] in clause and c > i for c in t.children(head))
    return False


def _proposition(t: Table, i: int, verbs: set[str]) -> bool:
    """ "the Kremlin denied it": "it" stands for a claim, not for an actor."""
    return t.lower[i] == "it" and t.dep[i] in {"dobj", "nsubjpass"} \
        and t.lemma[t.head[i]].lower() in verbs


def _has_of_complement(t: Table, noun: int) -> bool:
    return any(t.dep[c] == "prep" and t.lower[c] == "of" for c in t.children(noun))


def _followed_by_name(t: Table, j: int) -> bool:
    """ "the group Hamas": an appositive name, not an anaphor."""
    return j + 1 < t.n and t.pos[j + 1] == "PROPN"


def resolve(t: Table, anaphors: list[Anaphor], drafts: list[Draft],
            gaz: Gazetteer) -> list[Draft]:
    """A coref Draft per anaphor that finds an antecedent; drafts must be sorted by start."""
    sent_of = t.sent_of()
    sent_start = t.sent_starts()
    pool = sorted(drafts, key=lambda d: d.start)
    starts = [d.start for d in pool]
    made: list[Draft] = []
    for a in anaphors:
        # why: only the window's mentions are candidates; bisect keeps long articles linear
        lo = bisect_left(starts, sent_start.get(max(0, sent_of[a.start] - a.window), 0))
        hi = bisect_left(starts, a.start)
        before = [d for d in pool[lo:hi] if d.end <= a.start and d.actor.kind is not None]
        ante = (_ordinal(a, before, sent_of) if a.ordinal
                else _best(t, a, before, sent_of, is_locative(t, a.head, gaz)))
        if ante is None:
            continue
        text = t.span_text(a.start, a.end)
        src = ante.actor
        draft = Draft(start=a.start, end=a.end, entry=ante.entry, form_type="coref",
                      actor=Actor(id=src.id, name=src.name, text=text, country=src.country,
                                  sector=src.sector, kind=src.kind),
                      via="coref", sector_cue=ante.sector_cue, plural=ante.plural,
                      head=a.head, person=ante.person,
                      locative=is_locative(t, a.head, gaz))
        made.append(draft)
        k = bisect_left(starts, draft.start)
        starts.insert(k, draft.start)
        pool.insert(k, draft)
    return made


CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "pcomp", "conj"}


def _clause(t: Table, i: int) -> int:
    """The head token of the clause token `i` is in."""
    steps = 0
    while t.dep[i] not in CLAUSE_DEPS and t.head[i] != i and steps < 50:
        i = t.head[i]
        steps += 1
    return i


def _key(d: Draft) -> str:
    return d.actor.id or d.actor.text


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


def _best(t: Table, a: Anaphor, before: list[Draft], sent_of: list[int],
          locative: bool = False) -> Draft | None:
    best: tuple[float, int] | None = None
    pick: Draft | None = None
    anaphor_word = t.lower[a.head]
    possessive = anaphor_word in POSSESSIVES or anaphor_word in REFLEXIVES
    # why: "making Russia a key player in the country": a description never refers to an
    # actor of its own clause, nor to any other mention of that actor
    barred: set[str] = set()
    if a.description:
        own = _clause(t, a.head)
        barred = {_key(d) for d in before if sent_of[d.start] == sent_of[a.start]
                  and _clause(t, d.head) == own}
    for d in before:
        distance = sent_of[a.start] - sent_of[d.start]
        if distance > a.window or _key(d) in barred:
            continue
        if distance > a.window or d.actor.kind not in a.kinds:
            continue
        subject = t.dep[d.head] in SUBJECT_DEPS
        # binding: "Russia supported it" never has it = Russia (that would be "itself")
        if not possessive and subject and t.head[d.head] == t.head[a.head]:
            continue
        score = 10.0 - 2.5 * distance
        if subject:
            score += 2.0
        if a.number == "plural":
            # why: "the militants ... they": news refers to an armed group as "they", so a
            # non-state armed group counts as plural and outranks a singular state
            plural = d.plural or d.actor.kind == "armed_group"
            score += 2.0 if plural else (-3.0 if d.actor.kind == "person" else -1.0)
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
