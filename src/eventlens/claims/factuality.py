"""Factuality of one event mention from the dependency path between its trigger and the root.

Not a bag of words: a cue counts only where the parse puts it — on the trigger (negation,
modal auxiliaries), on a clause that governs the trigger (a reporting verb taking it as its
complement, an `if` clause, "plans to"), or on a noun whose complement it is ("rumours about",
"the allegation that"). `read(doc, i)` returns a `Reading`; `decide` applies the cascade.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from .lexicon import Cues, cues

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
COMPLEMENTS = ("ccomp", "xcomp")
CLAUSE_LINKS = ("ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "pcomp")


@dataclass(frozen=True)
class Source:
    """Someone a claim is attributed to: the speaker's head token (None: nobody named)."""

    token_i: int | None
    cue: str  # the cue words: "said", "according to", "reportedly", "rumours about"
    kind: str = "report"  # report | denial


@dataclass
class Reading:
    """What the path from a trigger to its root says about the event's factuality."""

    negated: list[str] = field(default_factory=list)  # cue words
    hypothetical: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)  # innermost first
    stance: list[str] = field(default_factory=list)  # author stance cues ("fake news")

    @property
    def denial(self) -> Source | None:
        return next((s for s in self.sources if s.kind == "denial"), None)

    def extend(self, other: Reading) -> None:
        """Add another reading's cues after this one's, list by list (order kept)."""
        self.negated.extend(other.negated)
        self.hypothetical.extend(other.hypothetical)
        self.sources.extend(other.sources)
        self.stance.extend(other.stance)


RELATIVE_CLAUSES = ("relcl", "acl", "advcl")


class DocFacts:
    """What reading one trigger learns about its document, kept for the next trigger: the
    cues of every clause on the way to the root (events of one sentence share that path),
    where the relative denials and conjuncts are, and the sentences. Valid for one doc and
    one lexicon; nothing here depends on the actors."""

    def __init__(self, doc: Doc, lex: Cues) -> None:
        self.doc = doc
        self.lex = lex
        self.climbs: dict[int, Reading] = {}  # token -> cues from it up to the root
        self._deps: list[int] | None = None
        self._denials: list[int] | None = None
        self._conjuncts: list[int] | None = None
        self._openings: dict[int, list[Token]] = {}
        self._sents: list[Span] | None = None
        self._starts: list[int] = []

    def _with_dep(self, *labels: str) -> list[int]:
        """Tokens attached by one of `labels`, in order (read from one array, not tokens)."""
        if self._deps is None:
            self._deps = self.doc.to_array(DEP).tolist()
        codes = {self.doc.vocab.strings[label] for label in labels}
        return [i for i, dep in enumerate(self._deps) if dep in codes]

    def relative_denials(self) -> list[int]:
        """Denial verbs heading a relative or adverbial clause (", which Russia denied")."""
        if self._denials is None:
            doc, verbs = self.doc, self.lex.denial_verbs
            self._denials = [i for i in self._with_dep(*RELATIVE_CLAUSES)
                             if doc[i].lemma_.lower() in verbs]
        return self._denials

    def conjuncts(self) -> list[int]:
        """Tokens attached as conjuncts ("..., but Moscow denied it")."""
        if self._conjuncts is None:
            self._conjuncts = self._with_dep("conj")
        return self._conjuncts

    def opening(self, k: int) -> list[Token]:
        """The root of sentence k and its conjuncts: the clauses that can answer the sentence
        before ("Y denied the accusation")."""
        found = self._openings.get(k)
        if found is None:
            root = self.sentences()[k].root
            found = self._openings[k] = [root, *(x for x in root.children if x.dep_ == "conj")]
        return found

    def sentences(self) -> list[Span]:
        if self._sents is None:
            self._sents = list(self.doc.sents)
            self._starts = [s.start for s in self._sents]
        return self._sents

    def sentence_of(self, token_i: int) -> int:
        """The index of the sentence holding token `token_i`."""
        self.sentences()
        return bisect_right(self._starts, token_i) - 1


def decide(reading: Reading) -> str:
    """The factuality label: an explicit cascade, first match wins."""
    # 1. an actor denies it: the claim is denied whoever reports the denial
    if reading.denial is not None:
        return "denied"
    # 2. modality, conditionals, intentions: not (yet) an event, negated or not ("would not")
    if reading.hypothetical:
        return "hypothetical"
    # 3. negation on the event itself ("never provided"): stated not to have happened
    if reading.negated:
        return "negated"
    # 4. someone other than the author claims it
    if reading.sources:
        return "reported"
    # 5. the author states it
    return "asserted"


def read(doc: Doc, trigger_i: int, lex: Cues | None = None,
         facts: DocFacts | None = None) -> Reading:
    """Collect the cues on the trigger and on every clause that governs it. `facts` carries
    what earlier triggers of the same document learnt (a new one when None or foreign)."""
    lex = lex or cues()
    if facts is None or facts.doc is not doc or facts.lex is not lex:
        facts = DocFacts(doc, lex)
    reading = Reading()
    t = doc[trigger_i]
    _local(t, lex, reading)
    _relative_denial(t, lex, reading, facts)
    if not _is_relative_comment(t, lex):
        reading.extend(_climb(t, lex, facts))
    if reading.sources and reading.denial is None:
        _anaphoric_denial(t, lex, reading, facts)
    return reading


ANAPHORS = ("it", "this", "that", "them", "these", "those")


def _anaphoric_denial(t: Token, lex: Cues, reading: Reading, facts: DocFacts) -> None:
    """4. "X accused Y of Z. Y denied the accusation.": a denial whose object points back at a
    claim (a report noun or a pronoun) denies the claims of the sentence before it, or of the
    clause it is coordinated with ("officials said Z, but Moscow denied it")."""
    doc, sents = t.doc, facts.sentences()
    k = facts.sentence_of(t.i)
    end = sents[k].end
    conjuncts = facts.conjuncts()  # sorted: the ones after t in its sentence are a slice
    after = conjuncts[bisect_right(conjuncts, t.i):bisect_left(conjuncts, end)]
    candidates = [doc[i] for i in after]
    if end < len(doc):
        candidates.extend(facts.opening(k + 1))
    for x in candidates:
        if x.lemma_.lower() in lex.denial_verbs and _points_back(x, lex) and not _negation(x, lex):
            subj = _subject(x)
            reading.sources.insert(0, Source(subj.i if subj else None, x.text, "denial"))
            return


def _points_back(x: Token, lex: Cues) -> bool:
    objects = [c for c in x.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    return len(objects) == 1 and objects[0].dep_ == "dobj" and (
        objects[0].lower_ in ANAPHORS or objects[0].lemma_.lower() in lex.reporting_nouns)


def _is_relative_comment(t: Token, lex: Cues) -> bool:
    """", which Pakistan denied": a denial or report hung on a clause by a relative pronoun is
    the author's comment on that clause, not part of the claim the clause sits in."""
    if t.dep_ not in ("relcl", "advcl", "acl"):
        return False
    lemma = t.lemma_.lower()
    if lemma not in lex.denial_verbs and lemma not in lex.reporting_verbs:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in t.children)


# --- cues on the predicate itself -------------------------------------------------------

def _has_subject(t: Token) -> bool:
    return any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in t.children)


def _predicates(t: Token) -> list[Token]:
    """The trigger and the verbs it shares negation/auxiliaries with (VP coordination)."""
    out = [t]
    while t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and not _has_subject(t) \
            and not any(c.dep_ in ("aux", "neg") for c in t.children):
        t = t.head
        out.append(t)
    return out


def _negation(p: Token, lex: Cues) -> str | None:
    for c in p.children:
        word, dep = c.lower_, c.dep_
        if dep == "neg" or (dep in ("det", "preconj", "advmod") and word in lex.negation_words) \
                or (dep == "cc" and word in ("nor", "neither")):
            return word
        if dep == "advmod" and _phrase_at(c, lex.negation_phrases):
            return c.doc[c.i - 1:c.i + 1].text.lower()
        if dep in ("nsubj", "nsubjpass") and word in lex.negation_words:
            return word  # "Nobody has claimed responsibility"
        if dep in ("nsubj", "nsubjpass", "dobj") and any(
                g.dep_ == "det" and g.lower_ in ("no", "neither") for g in c.children):
            return "no " + c.lower_
    return None


def _nor_before(p: Token) -> str | None:
    """"... and nor the Taliban has confirmed": the coordinator before a conjunct is "nor"."""
    if p.dep_ != "conj":
        return None
    left = p.left_edge.i
    ccs = [c for c in p.head.children if c.dep_ == "cc" and c.i < left]
    return "nor" if ccs and max(ccs, key=lambda c: c.i).lower_ == "nor" else None


def _phrase_at(c: Token, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Does a phrase end at token c ("no longer" at "longer")?"""
    doc, word = c.doc, c.lower_
    for phrase in phrases:
        n = len(phrase)
        if phrase[-1] != word or c.i - n + 1 < 0:  # why: the cheap tests first
            continue
        if tuple(x.lower_ for x in doc[c.i - n + 1:c.i + 1]) == phrase:
            return True
    return False


def _modality(p: Token, lex: Cues) -> str | None:
    for c in p.children:
        dep = c.dep_
        if dep == "aux" and (c.lower_ in lex.modal_auxiliaries or c.tag_ == "MD"):
            return c.lower_
        if dep == "advmod" and c.lower_ in lex.modal_adverbs:
            return c.lower_
    return None


def _local(t: Token, lex: Cues, reading: Reading) -> None:
    """1. negation, modality and hearsay marked on the trigger (or its shared auxiliaries)."""
    for p in _predicates(t):
        neg = _negation(p, lex) or _nor_before(p)
        if neg:
            reading.negated.append(neg)
        modal = _modality(p, lex)
        if modal:
            reading.hypothetical.append(modal)
    for c in t.children:
        if c.dep_ == "amod" and c.lemma_.lower() in lex.hearsay_adjectives:
            reading.sources.append(Source(None, c.lower_))


def _relative_denial(t: Token, lex: Cues, reading: Reading, facts: DocFacts) -> None:
    """2. "..., which Russia has denied", "..., a claim Moscow dismissed": a denial attached
    to the event's own clause by a relative pronoun or an appositive report noun."""
    for x in _own_relative_denials(t, facts):
        objects = [c for c in x.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
        relative = [o for o in objects if o.tag_ in ("WDT", "WP")]
        report_noun = x.head.dep_ == "appos" and x.head.lemma_.lower() in lex.reporting_nouns
        if len(relative) == len(objects) and (relative or report_noun):
            subj = _subject(x) if not report_noun else _own_subject(x)
            reading.sources.append(Source(subj.i if subj else None, x.text, "denial"))


def _own_subject(h: Token) -> Token | None:
    return next((c for c in h.children if c.dep_ in SUBJECTS), None)


def _own_relative_denials(t: Token, facts: DocFacts) -> list[Token]:
    """The relative denial clauses whose clause head is t, in t.subtree's order. A clause
    whose head climbs to t lies in t's subtree, so the document's list is filtered, not the
    subtree walked."""
    doc = t.doc
    own = [doc[i] for i in facts.relative_denials()
           if i >= t.i and _clause_head(doc[i].head).i == t.i]
    if len(own) > 1:  # why: subtree order is not token order when the parse is non-projective
        order = {x.i: n for n, x in enumerate(t.subtree)}
        own.sort(key=lambda x: order[x.i])
    return own


def _clause_head(x: Token) -> Token:
    """The nearest verb (or the root) at or above x."""
    while x.pos_ not in ("VERB", "AUX") and x.head.i != x.i:
        x = x.head
    return x


# --- cues on the clauses above ----------------------------------------------------------

def _climb(t: Token, lex: Cues, facts: DocFacts) -> Reading:
    """3. walk from the trigger to the root, reading each governing clause and noun. The cues
    from a token up depend on that token only: each token's are kept in `facts.climbs`, so
    a trigger's walk stops where an earlier trigger's walk passed."""
    climbs, path, c = facts.climbs, [], t
    while True:  # up to the first token already walked, or the root
        above = climbs.get(c.i)
        if above is not None:
            break
        path.append(c)
        h = c.head
        if h.i == c.i:
            break
        c = h
    for c in reversed(path):  # top down: each token's cues end with those above it
        own = Reading()
        _clause_cues(c, lex, own)
        if above is not None:  # c is not the root
            _step_up(c, c.head, lex, own)
            own.extend(above)
        climbs[c.i] = above = own
    assert above is not None
    return above


def _step_up(c: Token, h: Token, lex: Cues, reading: Reading) -> None:
    """What head h says about c on the way up."""
    dep = c.dep_
    if dep != "conj":  # a coordinated clause is not its neighbour's complement
        _step(c, h, dep, lex, reading)
    else:
        comp = _misattached_complement(c, h)
        if comp is not None:  # "wants the US to pull out ..., weaken ... and exhaust ..."
            _step(comp, h, comp.dep_, lex, reading)


def _misattached_complement(c: Token, h: Token) -> Token | None:
    """A bare infinitive coordinated with a finite verb is really coordinated with that verb's
    infinitival complement, when it has one before it (a frequent parser attachment error)."""
    if c.tag_ != "VB" or _has_subject(c) or any(a.dep_ == "aux" for a in c.children):
        return None
    if h.tag_ not in ("VBZ", "VBD", "VBP"):
        return None
    return next((x for x in h.children if x.dep_ in COMPLEMENTS and x.tag_ == "VB"
                 and x.i < c.i), None)


def _step(c: Token, h: Token, dep: str, lex: Cues, reading: Reading) -> None:
    """What governing token h says about its dependent c (attached by dep)."""
    lemma = h.lemma_.lower()
    if h.pos_ in ("VERB", "AUX"):
        _verb_step(c, h, dep, lemma, lex, reading)
    elif h.pos_ in ("NOUN", "PROPN"):
        _noun_step(c, h, dep, lemma, lex, reading)
    elif h.pos_ == "ADP":
        _prep_step(c, h, dep, lex, reading)
    elif h.pos_ == "ADJ" and dep == "xcomp" and lemma in lex.intention_adjectives:
        reading.hypothetical.append(h.text)  # "likely to attack", "ready to talk"
    if dep == "advcl":
        _adverbial(c, lex, reading)


def _verb_step(c: Token, h: Token, dep: str, lemma: str, lex: Cues, reading: Reading) -> None:
    # a. denial verbs: their complement or object is the denied claim
    if lemma in lex.denial_verbs and dep in ("ccomp", "xcomp", "dobj", "pcomp", "csubj") \
            and not _is_refusal(h):
        subj = _subject(h)
        negated = _negation(h, lex) or (h.dep_ == "conj" and _negation(h.head, lex))
        # "neither confirmed nor denied that ...": no denial, but the subject speaks of it
        kind = "report" if negated else "denial"
        reading.sources.append(Source(subj.i if subj else None, h.text, kind))
        return
    # b. reporting verbs: their clausal complement is the speaker's claim; some also report
    #    an event as their object ("officials reported several attacks")
    if lemma in lex.reporting_object_verbs and dep == "dobj":
        _report(h, lex, reading)
        return
    passive = any(x.dep_ in ("nsubjpass", "auxpass") for x in h.children)
    if lemma in lex.reporting_verbs and (dep in ("ccomp", "parataxis")
                                         or (dep == "xcomp" and passive)):
        _report(h, lex, reading)
        if dep == "xcomp" and lemma in lex.intention_verbs:
            reading.hypothetical.append(h.text)  # "is expected to visit"
        return
    # b2. "officials reported several commanders travelling to ...": a depictive participle
    if lemma in lex.reporting_object_verbs and dep in ("advcl", "xcomp") and c.tag_ == "VBG" \
            and not _has_subject(c) and any(x.dep_ == "dobj" for x in h.children):
        _report(h, lex, reading)
        return
    # c. negating verbs ("refused to hand over", "failed to reach")
    if lemma in lex.negating_verbs and dep in COMPLEMENTS:
        reading.negated.append(h.text)
        return
    # d. intention and directive verbs ("plans to invade", "asked them to extradite")
    if lemma in lex.intention_verbs and dep in COMPLEMENTS:
        reading.hypothetical.append(h.text)
        return
    # e. a plain governing verb: its negation and modality extend into its xcomp
    if dep == "xcomp":
        neg, modal = _negation(h, lex), _modality(h, lex)
        if neg:
            reading.negated.append(neg)
        if modal:
            reading.hypothetical.append(modal)


def _noun_step(c: Token, h: Token, dep: str, lemma: str, lex: Cues, reading: Reading) -> None:
    """A noun taking the event's clause as its content: "the claim that ...", "plans to ..."."""
    if dep not in ("acl", "ccomp", "relcl"):
        return
    marks = {m.lower_ for m in c.children if m.dep_ in ("mark", "aux")}
    if dep == "relcl":  # only an infinitival relative says anything: "an envoy to mediate"
        if "to" in marks and not _has_subject(c):
            reading.hypothetical.append(f"{h.text} to")
        return
    if c.lemma_.lower() in lex.reporting_verbs and dep == "acl":
        return  # "a report saying that ...": the noun is the verb's speaker, read by _report
    if marks & {"that", "whether", "to", "if"}:
        _nominal_cue(h, h.text, lex, reading)
    if dep == "acl" and "to" in marks and not _has_subject(c) \
            and h.lemma_.lower() not in lex.intention_nouns | lex.reporting_nouns:
        reading.hypothetical.append(f"{h.text} to")  # "troops to protect", "an envoy to mediate"


def _prep_step(c: Token, h: Token, dep: str, lex: Cues, reading: Reading) -> None:
    """Events inside prepositional phrases: "rumours about X", "without X", "threat of X"."""
    if dep not in ("pobj", "pcomp"):
        return
    if h.lower_ in lex.negating_preps:
        reading.negated.append(h.text)
        return
    head = h.head
    if head.pos_ == "VERB" and head.lemma_.lower() in lex.reporting_verbs and h.dep_ == "prep":
        _report(head, lex, reading)  # "accused Iran of supplying", "blamed X for the attack"
        return
    if head.pos_ == "VERB" and head.lemma_.lower() in lex.denial_verbs and h.dep_ == "prep":
        subj = _subject(head)  # "denied any role in the bombing"
        reading.sources.append(Source(subj.i if subj else None, head.text, "denial"))
        return
    if head.pos_ in ("NOUN", "PROPN") and h.dep_ == "prep":
        _nominal_cue(head, f"{head.text} {h.text}", lex, reading)


def _is_refusal(h: Token) -> bool:
    """"denied entry to the delegation", "denied them visas": refusing, not denying a claim."""
    return any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")
               for c in h.children)


def _nominal_cue(n: Token, cue: str, lex: Cues, reading: Reading) -> None:
    """A noun whose complement is the event: report, denial or intention nouns."""
    lemma = n.lemma_.lower()
    if lemma in lex.denial_nouns:
        speaker = _noun_speaker(n)
        reading.sources.append(Source(speaker.i if speaker else None, cue, "denial"))
    elif lemma in lex.reporting_nouns:
        _stance(n, lex, reading)
        denier = _denier_of(n, lex)
        if denier is not None:  # "Moscow dismissed the claims that ..."
            subj = _subject(denier)
            reading.sources.append(Source(subj.i if subj else None, denier.text, "denial"))
        speaker = _noun_speaker(n)
        reading.sources.append(Source(speaker.i if speaker else None, cue))
    elif lemma in lex.intention_nouns:
        reading.hypothetical.append(cue)
    elif lemma in lex.evidence_nouns:  # "(no) evidence that ...": whoever has it vouches
        if any(d.dep_ == "det" and d.lower_ in lex.negation_words for d in n.children):
            reading.negated.append(f"no {n.text}")
        holder = _subject(n.head) if n.dep_ in ("dobj", "attr") else None
        if holder is not None and holder.dep_ != "expl" and holder.lower_ not in ("there",):
            reading.sources.append(Source(holder.i, cue))


def _denier_of(n: Token, lex: Cues) -> Token | None:
    """The denial verb that takes report noun n as its object ("denied the reports")."""
    h = n.head
    if n.dep_ in ("dobj", "nsubjpass") and h.lemma_.lower() in lex.denial_verbs:
        return h
    return None


def _adverbial(c: Token, lex: Cues, reading: Reading) -> None:
    """Conditional clauses ("if ..."), and purpose infinitives ("to make problems")."""
    marks = [m.lower_ for m in c.children if m.dep_ == "mark"]
    if any(m in lex.conditional_marks for m in marks):
        reading.hypothetical.append(marks[0])
    elif not _has_subject(c) and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
        reading.hypothetical.append("to " + c.text)


def _clause_cues(v: Token, lex: Cues, reading: Reading) -> None:
    """Cues hanging off a clause on the path: "according to", "reportedly", "..., officials said",
    and the "if" of a conditional clause that is not an adverbial (fragments, coordination)."""
    children = list(v.children)  # why: every pass over v.children builds its tokens anew
    if v.dep_ != "advcl":
        marks = [m.lower_ for m in children if m.dep_ == "mark"]
        if any(m in lex.conditional_marks for m in marks):
            reading.hypothetical.append(marks[0])
    for c in children:
        dep = c.dep_
        to = _according_to(c, lex) if dep in ("prep", "advcl", "advmod") else None
        if to:
            obj = next((x for x in to.children if x.dep_ == "pobj"), None)
            reading.sources.append(Source(obj.i if obj else None, f"{c.text} {to.text}"))
        elif dep == "advmod" and c.lower_ in lex.hearsay_adverbs:
            reading.sources.append(Source(None, c.text))
        elif dep in ("parataxis", "advcl") and c.lemma_.lower() in lex.reporting_verbs \
                and not any(x.dep_ in ("ccomp", "xcomp") for x in c.children) \
                and _subject(c) is not None and (dep == "parataxis" or c.i > v.i):
            _report(c, lex, reading)  # "..., officials said." / "X, Kabul said, ..." / "as ..."


def _according_to(c: Token, lex: Cues) -> Token | None:
    """The preposition "to" of "according to" (or the head of another hearsay phrase)."""
    doc, word = c.doc, c.lower_
    for phrase in lex.according_to:
        n = len(phrase)
        if phrase[0] != word:
            continue
        words = tuple(x.lower_ for x in doc[c.i:c.i + n])
        if words == phrase:
            last = doc[c.i + n - 1]
            return last if last.i != c.i else c
    return None


def _report(h: Token, lex: Cues, reading: Reading) -> None:
    """Record the speaker of reporting verb h, unless it is the author or a hedge."""
    subj = _subject(h)
    if subj is not None and subj.lower_ in ("i", "we"):
        return  # the author's own voice
    impersonal = subj is None or (subj.lower_ in lex.impersonal_subjects and subj.dep_ == "nsubjpass")
    if impersonal and any(a.dep_ == "aux" and a.lower_ in ("can", "could", "may", "might")
                          for a in h.children):
        return  # "it can be said that": the author's own inference
    impersonal_it = any(c.dep_ == "nsubjpass" and c.lower_ in lex.impersonal_subjects
                        for c in h.children)
    cue = f"it is {h.text}" if impersonal_it else h.text
    reading.sources.append(Source(subj.i if subj is not None else None, cue))
    _stance(h, lex, reading)
    if h.dep_ == "acl" and h.head.pos_ in ("NOUN", "PROPN"):
        _stance(h.head, lex, reading)  # "The NYT's fake news provocation alleging that ..."


def _subject(h: Token) -> Token | None:
    """Who does h: its subject; a passive's agent; an acl verb's head noun (or its owner)."""
    for c in h.children:
        if c.dep_ in ("nsubj", "csubj"):
            return c
    agent = _agent(h)
    if agent is not None:
        return agent
    if any(c.dep_ == "nsubjpass" for c in h.children):
        return None  # "Israel was accused of ...", "it is said": the speaker is not named
    if h.dep_ in ("acl", "relcl") and h.head.pos_ in ("NOUN", "PROPN"):
        return _noun_speaker(h.head) or h.head
    if h.dep_ == "conj":
        return _subject(h.head)
    return None


def _agent(h: Token) -> Token | None:
    for c in h.children:
        if c.dep_ == "agent":
            return next((x for x in c.children if x.dep_ == "pobj"), None)
    return None


def _noun_speaker(n: Token) -> Token | None:
    """The owner of a report noun: "The New York Times' report", "a report by the UN"."""
    for c in n.children:
        if c.dep_ in ("poss", "nmod"):
            return c
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON"):
                return obj
    for c in n.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            return c
    return None


def _stance(n: Token, lex: Cues, reading: Reading) -> None:
    """Author stance on a claim: "fake news provocation", "baseless claims", "so-called"."""
    words = [n] + [c for c in n.children if c.dep_ in ("amod", "compound", "advmod", "acomp")]
    for w in words:
        if w.lemma_.lower() in lex.stance_words or w.lower_ in lex.stance_words:
            reading.stance.append(w.text)
    for i in range(n.left_edge.i, n.i + 1):
        tok = n.doc[i]
        if _phrase_at(tok, lex.stance_phrases):
            reading.stance.append(tok.text)
