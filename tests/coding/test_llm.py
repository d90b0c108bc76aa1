"""The optional LLM backend against a small fake OpenAI-compatible server on loopback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tacitus.coding.llm import HTTPChatClient
from tacitus.io.readers import ReadResult
from tacitus.pipeline import code_articles
from tacitus.types import Article

TEXT = "Japan imposed sanctions on North Korea. China praised Russia."


def _server(answer: str) -> tuple[ThreadingHTTPServer, list[dict]]:  # type: ignore[type-arg]
    seen: list[dict] = []  # type: ignore[type-arg]

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers["Content-Length"])
            seen.append(json.loads(self.rfile.read(length)))
            body = json.dumps({"choices": [{"message": {"content": answer}}]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, seen


@pytest.fixture
def serve() -> Iterator:  # type: ignore[type-arg]
    servers: list[ThreadingHTTPServer] = []

    def start(answer: str):  # type: ignore[no-untyped-def]
        server, seen = _server(answer)
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}/v1", seen

    yield start
    for s in servers:
        s.shutdown()
        s.server_close()


def _code(resources, url: str):  # type: ignore[no-untyped-def]
    res = replace(resources, settings=resources.settings.replace(backend="llm", llm_url=url),
                  llm=HTTPChatClient(url, timeout=5))
    art = Article(id="x", text=TEXT, published=date(2019, 4, 24))
    return next(iter(code_articles([ReadResult(art)], res)))


def test_valid_answer_is_used_and_invalid_items_dropped(resources, serve) -> None:  # type: ignore[no-untyped-def]
    answer = json.dumps({"events": [
        {"sentence": 1, "cameo": "051", "source": "China", "target": "Russia",
         "trigger": "praised"},
        {"sentence": 0, "cameo": "999", "source": "Japan", "target": "North Korea",
         "trigger": "imposed"},
        {"sentence": 0, "cameo": "163", "source": "Atlantis", "target": "North Korea",
         "trigger": "imposed"},
    ]})
    url, seen = serve(answer)
    rec = _code(resources, url)
    assert [(e.cameo, e.source.country, e.target.country if e.target else None)
            for e in rec.events] == [("051", "CHN", "RUS")]
    assert seen and seen[0]["response_format"] == {"type": "json_object"}
    assert "North Korea" in seen[0]["messages"][1]["content"]


@pytest.mark.parametrize("answer", ["not json at all", json.dumps({"no": "events"})])
def test_bad_answer_falls_back_to_rules(resources, serve, answer: str) -> None:  # type: ignore[no-untyped-def]
    url, _ = serve(answer)
    rec = _code(resources, url)
    assert any(e.cameo == "163" and e.source.country == "JPN" for e in rec.events)


def test_unreachable_server_falls_back_to_rules(resources) -> None:  # type: ignore[no-untyped-def]
    rec = _code(resources, "http://127.0.0.1:9/v1")
    assert any(e.cameo == "163" for e in rec.events)
