"""The learned fallback: a clause whose verb the trigger lexicon does not know, but which has
a source and a target actor, is coded with the root the clause classifier predicts, when it
is confident enough. Its events carry lower confidence than the rules' and point at the
same text (trigger, sentence, source and target mentions)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .classifier import NO_EVENT, ClauseClassifier
from .events import RawEvent, loose_targets, sources_of
from .lexicon import Trigger
from .mentions import MentionIndex
from .syntax import SPEECH

# Clause heads worth classifying; speech verbs carry no event of their own here.
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "conj", "relcl", "pcomp"})
_MAX_TOKENS = 40


def classifier_fallback(classifier: ClauseClassifier, *, threshold: float
                        ) -> Callable[[Token, MentionIndex], list[RawEvent]]:
    def code(verb: Token, index: MentionIndex) -> list[RawEvent]:
        if verb.dep_ not in _CLAUSE_DEPS or verb.lemma_.lower() in SPEECH:
            return []
        sources = [s for s in sources_of(verb, index) if s.country]
        targets = loose_targets(verb, sources, index) if sources else []
        if not sources or not targets:
            return []
        root, prob = classifier.predict(_clause_text(verb))
        if root == NO_EVENT or prob < threshold:
            return []
        code_ = root + "0"
        rule = Trigger(lemma=verb.lemma_.lower(), code=code_, target=("dobj",))
        return [RawEvent(verb, rule, code_, src, targets[0], round(0.6 * prob, 3))
                for src in sources if src.country != targets[0].country]

    return code


def _clause_text(verb: Token) -> str:
    tokens = [t for t in verb.subtree if t.dep_ not in ("relcl", "appos")]
    return " ".join(t.text for t in tokens[:_MAX_TOKENS])
