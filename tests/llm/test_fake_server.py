"""The local stand-in server in `drafter.llm.fake` that tests and benchmarks share."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

from drafter.llm.fake import FakeOpenAI, Reply


def _no_proxy() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(urllib.request.ProxyHandler({}))


def test_it_listens_on_loopback_only_and_answers_from_its_script() -> None:
    with FakeOpenAI(models=("m-1",)) as server:
        assert urllib.parse.urlsplit(server.base_url).hostname == "127.0.0.1"
        server.push(Reply.chat("hello"))
        opener = _no_proxy()
        with opener.open(f"{server.base_url}/models", timeout=5) as reply:
            assert [m["id"] for m in json.load(reply)["data"]] == ["m-1"]
        sent = json.dumps({"model": "m-1", "messages": [{"role": "user", "content": "hi"}]}).encode()
        request = urllib.request.Request(
            f"{server.base_url}/chat/completions", data=sent, headers={"Content-Type": "application/json"}
        )
        with opener.open(request, timeout=5) as reply:
            assert json.load(reply)["choices"][0]["message"]["content"] == "hello"
        assert [r.body["messages"][0]["content"] for r in server.chat_requests] == ["hi"]
