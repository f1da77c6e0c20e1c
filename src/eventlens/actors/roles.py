"""Role nouns with no country named: "the government", "the junta", "the army", "government
troops", "security forces", "the interior ministry", "authorities in Bamako".

Such a phrase is a state organ; which state it belongs to is read, in order, from
  1. a locative seat of power or state on the phrase ("the government in Damascus" -> SYR,
     "authorities in Kabul" -> AFG), never from the last state mentioned;
  2. the single state of the current paragraph (mentions up to the end of the sentence,
     states of the phrase's own clause excluded: "Turkey accused the government" is not
     Turkey's government);
  3. the story's state: one state mentioned at least twice as often as any other in the
     document, when the paragraph names no other state that rivals it.
Two competing states leave the phrase unresolved. Nouns, modifiers and exclusions are in
coref.yaml (`role_nouns`, `role_modifiers`, `role_excluded`). A phrase with its own
country ("Niger's junta", "Somali government troops") is a gazetteer mention already.
"""

from __future__ import annotations

from collections import Counter
from itertools import accumulate

from .coref import _clause
from .gazetteer import Gazetteer
from .mentions import Draft, cue_between, is_plural
from .table import Table

STATE_KINDS = {"state", "agency"}
# sectors of a state's own organs: "Palestinian suicide bombers" or "Liberian refugees" name
# people of a state, not the state a role noun belongs to
ORGAN_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
MODIFIER_DEPS = {"amod", "compound", "nmod"}


def paragraphs(t: Table) -> list[int]:
    """Paragraph number of each token: a whitespace token holding a line break starts one."""
    return list(accumulate((1 if "\n" in w else 0 for w in t.text), initial=0))[1:]


def _role_head(t: Table, i: int, cfg: dict) -> tuple[int, str | None] | None:
    """(first token, sector or None) of a role phrase headed by token `i`, or None."""
    nouns = cfg.get("role_nouns") or {}
    mods = cfg.get("role_modifiers") or {}
    excluded = set(cfg.get("role_excluded") or [])
    if t.pos[i] != "NOUN" or t.dep[i] == "compound":
        return None
    lemma = t.lemma[i].lower()
    low = t.lower[i]
    spec = nouns.get(low) or nouns.get(lemma)
    kids = t.children(i)
    left = [c for c in kids if c < i]
    if any(t.dep[c] == "poss" for c in left):
        return None  # "its army", "Mali's army": the possessor decides
    if any(t.dep[c] == "prep" and t.lower[c] == "of" for c in kids):
        return None  # "the government of X" is the mention of X grown back (mentions.extend)
    needs = bool(spec and spec.get("needs_modifier"))
    if not needs and any(t.dep[c] in MODIFIER_DEPS and t.lemma[c].lower() in excluded
                         for c in left):
        return None  # "the rebel army", "the opposition government", "foreign troops"
    if any(t.dep[c] in {"nummod", "predet", "quantmod"} or t.lower[c] in {"both", "two"}
           for c in left):
        return None  # "the two governments" is a group description (actors/groups.py)
    dets = [c for c in left if t.dep[c] == "det"]
    if any(t.lower[c] != "the" for c in dets):
        return None  # "a government", "any army": not a definite state organ
    modified = any(t.dep[c] in MODIFIER_DEPS and lemma in (mods.get(t.lemma[c].lower()) or ())
                   for c in left)
    if spec is None and not modified:
        return None
    if needs and not any(t.dep[c] in MODIFIER_DEPS for c in left):
        return None  # "the ministry" alone names no organ; "the interior ministry" does
    if not dets and not (spec is not None and spec.get("bare")) and not (
            modified and is_plural(t, i)):
        return None  # "government" alone is no phrase; "government troops" is
    start = min([i, *[c for c in left if t.dep[c] in MODIFIER_DEPS | {"det"}]])
    return start, (spec or {}).get("sector")


def find_roles(t: Table, taken: set[int], drafts: list[Draft], gaz: Gazetteer,
               year: int | None) -> list[Draft]:
    """A Draft for each role phrase whose state the document makes clear."""
    cfg = gaz.coref
    nouns = cfg.get("role_nouns") or {}
    mods = cfg.get("role_modifiers") or {}
    keys = nouns.keys() | mods.keys()
    # why: test each distinct word once; most documents hold none of these words
    words = {w for w in set(t.lower) if w in keys}
    lemmas = {w for w in set(t.lemma) if w.lower() in keys}
    if not words and not lemmas:
        return []
    heads = [i for i, (w, lem) in enumerate(zip(t.lower, t.lemma, strict=True))
             if (w in words or lem in lemmas) and i not in taken]
    if not heads:
        return []
    states = sorted((d for d in drafts if d.actor.id and d.actor.kind in STATE_KINDS
                     and d.via != "coref" and (d.form_type in {"name", "metonym", "agency"}
                                               or d.actor.sector in ORGAN_SECTORS)),
                    key=lambda d: d.start)
    counts = Counter(d.actor.id for d in states)
    ranked = counts.most_common(2)
    story = ranked[0][0] if ranked and ranked[0][1] >= 2 and (
        len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]) else None
    para = paragraphs(t)
    by_para: dict[int, list[Draft]] = {}
    for d in states:
        by_para.setdefault(para[d.start], []).append(d)
    sent_of = t.sent_of()
    sent_end = _sentence_ends(sent_of)
    by_head = {d.head: d for d in drafts}
    out: list[Draft] = []
    seen: set[int] = set()
    for h in sorted({t.head[i] if t.dep[i] in MODIFIER_DEPS else i for i in heads}):
        if h in taken or h in seen:
            continue
        found = _role_head(t, h, cfg)
        if found is None:
            continue
        start, sector = found
        if any(k in taken for k in range(start, h + 1)):
            continue
        seen.add(h)
        state = _seat(t, h, by_head) or _salient(t, h, by_para.get(para[h], []), counts, story,
                                                 sent_of, sent_end)
        entry = gaz.entries.get(state) if state else None
        if entry is None:
            continue
        sector = cue_between(t, start, h, gaz) or sector
        text = t.span_text(start, h + 1)
        out.append(Draft(start=start, end=h + 1, entry=entry, form_type="role",
                         actor=gaz.actor_for(entry, text, year, sector=sector), via="role",
                         sector_cue=sector, plural=is_plural(t, h), head=h))
    return out


def _sentence_ends(sent_of: list[int]) -> dict[int, int]:
    ends: dict[int, int] = {}
    for i, s in enumerate(sent_of):
        ends[s] = i + 1
    return ends


def _seat(t: Table, h: int, by_head: dict[int, Draft]) -> str | None:
    """ "the government in Damascus", "authorities in Kabul": the state of a locative seat
    or state name on the phrase."""
    for prep in t.children(h):
        if t.dep[prep] == "prep" and t.lower[prep] in {"in", "at"}:
            for obj in t.children(prep):
                d = by_head.get(obj)
                if t.dep[obj] == "pobj" and d is not None and d.actor.id \
                        and d.actor.kind in STATE_KINDS:
                    return d.actor.id
    return None


def _salient(t: Table, h: int, states: list[Draft], counts: Counter, story: str | None,
             sent_of: list[int], sent_end: dict[int, int]) -> str | None:
    """The single state of the phrase's paragraph (`states`: that paragraph's, by start),
    else the story's state; None if two states compete."""
    end = sent_end[sent_of[h]]
    own = _clause(t, h)
    here: set[str] = set()
    barred: set[str] = set()
    for d in states:
        if d.start >= end:
            break
        if sent_of[d.start] == sent_of[h] and _clause(t, d.head) == own:
            barred.add(d.actor.id or "")  # why: "Turkey accused the government of ..."
        else:
            here.add(d.actor.id or "")
    here -= barred
    if not here:  # why: "France condemned the junta" is not France's junta
        return story if story is not None and story not in barred else None
    if len(here) == 1:
        return next(iter(here))
    if story is None or story not in here:
        return None
    rivals = [counts[s] for s in here if s != story]
    return story if all(counts[story] >= 2 * c for c in rivals) else None
