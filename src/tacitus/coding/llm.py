"""Optional LLM backend: ask an OpenAI-compatible server (llama.cpp, vLLM, Ollama) to code
events as JSON, validate every field against the text and the KB, and fall back to the rule
coder on any failure. Off by default (`backend: rules`).

Every LLM event must name a sentence by index and take its source and target from the actor
mentions tacitus resolved in that sentence, so its output stays as auditable as the rules'.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from spacy.tokens import Doc

from ..errors import ConfigError
from ..kb.resolve import Mention
from .events import RawEvent
from .lexicon import Trigger
from .ontology import Ontology

log = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "You code news text into CAMEO events. Answer with one JSON object "
    '{"events": [{"sentence": INT, "cameo": "CODE", "source": "MENTION", "target": "MENTION or '
    'null", "trigger": "WORD"}]}. sentence is the index of the sentence the event is stated '
    "in; source and target must be copied exactly from that sentence's listed mentions; "
    "trigger is the word in the sentence that expresses the event. Code only events the text "
    "states; no event without a source."
)


class ChatClient(Protocol):
    def complete(self, messages: list[dict[str, str]]) -> str: ...


@dataclass(frozen=True, slots=True)
class HTTPChatClient:
    """POST /chat/completions; the server must be one the user runs (loopback by default)."""

    url: str
    model: str = "default"
    timeout: float = 60.0

    def complete(self, messages: list[dict[str, str]]) -> str:
        body = json.dumps({"model": self.model, "messages": messages, "temperature": 0,
                           "response_format": {"type": "json_object"}}).encode()
        req = urllib.request.Request(self.url.rstrip("/") + "/chat/completions", data=body,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:
            payload = json.loads(resp.read().decode("utf-8"))
        return str(payload["choices"][0]["message"]["content"])


class LLMFailure(Exception):
    """The server's answer could not be used; the caller falls back to the rules."""


def llm_events(doc: Doc, mentions: Sequence[Mention], *, client: ChatClient,
               ontology: Ontology) -> list[RawEvent]:
    """Events from the LLM, validated; raises LLMFailure when nothing usable came back."""
    sents = list(doc.sents)
    prompt = _prompt(sents, mentions)
    try:
        answer = client.complete([{"role": "system", "content": SYSTEM_PROMPT},
                                  {"role": "user", "content": prompt}])
        data = json.loads(answer)
    except (urllib.error.URLError, TimeoutError, OSError, ValueError, KeyError,
            IndexError, TypeError) as exc:
        raise LLMFailure(f"LLM backend failed: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        raise LLMFailure("LLM answer has no 'events' list")
    out = [ev for item in data["events"] if (ev := _validate(item, sents, mentions, ontology))]
    return out


def _prompt(sents: list[Any], mentions: Sequence[Mention]) -> str:
    lines = []
    for i, sent in enumerate(sents):
        names = [m.text for m in mentions if sent.start_char <= m.start < sent.end_char
                 and m.country]
        lines.append(f"[{i}] {sent.text.strip()}\n    mentions: {json.dumps(names)}")
    return "\n".join(lines)


def _validate(item: Any, sents: list[Any], mentions: Sequence[Mention],
              ontology: Ontology) -> RawEvent | None:
    if not isinstance(item, dict):
        return None
    try:
        sent = sents[int(item["sentence"])]
    except (KeyError, ValueError, TypeError, IndexError):
        return None
    code = str(item.get("cameo") or "")
    if code not in ontology:
        return None
    in_sent = [m for m in mentions if sent.start_char <= m.start < sent.end_char and m.country]
    source = next((m for m in in_sent if m.text == item.get("source")), None)
    target = next((m for m in in_sent if m.text == item.get("target")), None)
    trigger = next((t for t in sent if t.text == item.get("trigger")), None)
    if source is None or trigger is None or (item.get("target") and target is None):
        return None
    rule = Trigger(lemma=trigger.lemma_, code=code, needs_target=False)
    return RawEvent(trigger, rule, code, source, target, 0.7)


def make_client(url: str | None, *, model: str, timeout: float) -> ChatClient:
    if not url:
        raise ConfigError("backend 'llm' needs --llm-url, e.g. http://127.0.0.1:8080/v1")
    return HTTPChatClient(url, model, timeout)
