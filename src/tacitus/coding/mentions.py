"""Which actor a token stands for, in the coder's view: the mention at or under it, the
referent of a pronoun, the country of a bare role's "in/of/from" phrase, the members of a
quantity ("thousands of Iraqi Kurds") or of a pair ("the two leaders")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..kb.resolve import Mention
from .quotes import inside_quote
from .syntax import SPEECH, prep_objects

PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
             "it": "thing", "they": "thing", "them": "thing", "its": "thing", "his": "person"}
_QUANTITIES = frozenset({"thousands", "hundreds", "dozens", "scores", "millions", "some",
                         "many", "most", "all", "several", "one", "two", "three", "none",
                         "number", "majority", "tens", "crowds", "crowd"})
# For "the two leaders / presidents", people whose role says so come first.
_PAIR_TITLES = {
    "leader": ("president", "prime minister", "leader", "chairman", "king", "chancellor",
               "premier", "supreme", "emir", "head of state"),
    "president": ("president",), "minister": ("minister",),
}
_PAIR_NOUNS = {"leader": "person", "president": "person", "head": "person",
               "minister": "person", "country": "country", "nation": "country",
               "side": "country", "government": "country", "state": "country"}
# In a quotation the first person is whoever it is attributed to: "We have rejected the
# allegations," the spokesman said.
_FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my"})
_COLLECTIVES = frozenset({"group", "groups", "delegation", "team", "members", "member",
                          "supporters", "leaders", "officials", "representatives"})


class MentionIndex:
    """Mentions by token position, with pronoun and bare-agent fallbacks."""

    def __init__(self, mentions: Sequence[Mention], focus_country: str | None, *,
                 doc: Doc | None = None) -> None:
        if doc is not None:  # "official contact", "a general strike": no one acts there
            mentions = [m for m in mentions if not _describing_word(m, doc)]
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.doc = doc
        self.by_token = {i: m for m in mentions for i in range(m.tok_start, m.tok_end)}
        self.focus_country = focus_country

    def for_token(self, token: Token) -> Mention | None:
        """The mention at `token`, else the first in its subtree, else its pronoun referent.

        A bare role takes the country of its "in/of/from" phrase ("opposition groups in
        Zimbabwe"), and a quantity takes its "of" phrase ("thousands of Iraqi Kurds").
        """
        found = self.by_token.get(token.i)
        named = next((self.by_token[c.i] for c in token.children if c.dep_ == "appos"
                      and c.i in self.by_token and self.by_token[c.i].kind == "person"), None)
        if named is not None and (found is None or found.start > token.idx or
                                  found.kind != "person"):
            return named  # "Kim's father, Kim Jong-il": the apposed name says who
        if found is None:
            pron = PRONOUNS.get(token.lower_)
            if pron is not None:
                return self._antecedent(token, pron)
            if token.lower_ in _FIRST_PERSON:
                return self._quoted_speaker(token)
            found = self._in_subtree(token)
        if found is None and token.lower_ in _QUANTITIES | _COLLECTIVES:
            found = next((m for o in prep_objects(token, ("of",))
                          if (m := self.for_token(o)) is not None), None)
        if found is not None and found.country is None and found.code:
            # "opposition groups in Zimbabwe", or a national modifier the resolver left apart
            # ("Turkish Kurd refugees")
            nodes = [*prep_objects(token, ("in", "of", "from")),
                     *(c for c in token.children if c.dep_ in ("amod", "compound"))]
            place = next((m for o in nodes
                          if (m := self.by_token.get(o.i)) is not None and m.country), None)
            if place is not None and place.country:
                found = replace(found, country=place.country, code=place.country + found.code)
        return found

    def for_token_all(self, token: Token) -> list[Mention]:
        """Like `for_token`, but a bare role "in X and Y" acts for each of the places, and
        "the two leaders" / "both countries" are the last two such actors named."""
        pair = self._pair(token)
        if pair:
            return pair
        found = self.for_token(token)
        if found is None:
            return []
        bare = self.by_token.get(token.i)
        if bare is None or bare.country is not None or not bare.code:
            return [found]
        places = [m for o in prep_objects(token, ("in", "of", "from"))
                  if (m := self.by_token.get(o.i)) is not None and m.country]
        return [replace(bare, country=p.country, code=(p.country or "") + (bare.code or ""))
                for p in places] or [found]

    def _pair(self, token: Token) -> list[Mention]:
        kind = _PAIR_NOUNS.get(token.lemma_.lower())
        if token.lower_ in ("two", "both") and token.dep_ in ("nsubj", "nsubjpass"):
            kind = "person"  # "The two spoke by telephone", "Both agreed"
        elif kind is None or not any(c.lower_ in ("two", "both") for c in token.children):
            return []
        lemma = token.lemma_.lower()
        titles = _PAIR_TITLES.get(lemma, ("",))
        # earlier sentences only: "Ushakov said the two leaders ..." does not mean Ushakov
        before = [m for m in self.mentions if m.start < token.sent.start_char and m.country
                  and (m.kind == "person") == (kind == "person")]
        titled = [m for m in before if any(t in (m.role or "").lower() for t in titles)]
        picked: list[Mention] = []
        for m in reversed(titled or before):
            if all(p.country != m.country for p in picked):
                picked.append(m)
            if len(picked) == 2:
                return picked[::-1]
        return []

    def _in_subtree(self, token: Token) -> Mention | None:
        for t in token.subtree:
            if t.dep_ in ("prep", "relcl", "acl", "appos") and t is not token:
                break
            if t.i in self.by_token:
                return self.by_token[t.i]
        return None

    def _quoted_speaker(self, token: Token) -> Mention | None:
        """The one a quoted first person stands for: the subject of the speech verb whose
        reported clause holds the quotation; None outside quotation marks."""
        if not inside_quote(token.doc[token.i:token.i + 1]):
            return None
        cur = token
        for _ in range(8):
            came, cur = cur.dep_, cur.head
            if came == "ROOT":
                return None
            if came in ("ccomp", "parataxis") and cur.lemma_.lower() in SPEECH:
                subj = [c for c in cur.children if c.dep_ == "nsubj"
                        and c.lower_ not in _FIRST_PERSON]
                return self.for_token(subj[0]) if subj else None
        return None

    def _antecedent(self, token: Token, kind: str) -> Mention | None:
        """The latest compatible mention before the pronoun, preferring sentence subjects."""
        window = token.doc[max(token.sent.start - 60, 0)].idx
        doc = token.doc
        fits = [m for m in reversed(self.mentions)
                if window <= m.start < token.idx and m.country is not None
                and (kind == "person") == (m.kind == "person")]
        same = [m for m in fits if m.start >= token.sent.start_char]
        subjects = [m for m in fits if doc[m.head].dep_ in ("nsubj", "nsubjpass")]
        ranked = same or subjects or fits
        return ranked[0] if ranked else None


def _describing_word(m: Mention, doc: Doc) -> bool:
    """A role word used as an adjective ("military aid", "official contact") names no actor
    unless it states a country."""
    return m.kind == "agent" and m.country is None and m.tok_end - m.tok_start == 1 and \
        doc[m.head].pos_ == "ADJ" and doc[m.head].dep_ == "amod"
