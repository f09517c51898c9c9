"""The local stand-in server in `drafter.llm.fake` that tests and benchmarks share."""

from __future__ import annotations

import ast
import json
import re
import sys
import urllib.parse
import urllib.request
from pathlib import Path

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


ROOT = Path(__file__).resolve().parent.parent.parent
SHARED = ("drafter.testing", "drafter.llm.fake")  # what tests and benchmarks share


def _imports(path: Path, package: str) -> set[str]:
    """Every module `path` imports, relative imports resolved against `package`."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def _package(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])


def test_benchmarks_and_tests_do_not_reach_into_each_other() -> None:
    reaching = []
    for path in sorted((ROOT / "bench").rglob("*.py")):
        reaching += [f"{path.name}: {m}" for m in _imports(path, "bench") if m.split(".")[0] == "tests"]
    for path in sorted(set((ROOT / "tests").rglob("*.py")) - {Path(__file__).resolve()}):  # (this file names it)
        reaching += [f"{path.name}: {m}" for m in _imports(path, _package(path)) if m.split(".")[0] == "bench"]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        loads = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        reaching += [f"{path.name}: loads {s}" for s in loads if re.fullmatch(r"bench(/[\w/]+\.py)?", s)]
    assert reaching == []


def test_drafter_never_imports_the_shared_helpers_which_need_only_the_standard_library() -> None:
    shared_files = [ROOT / "drafter" / "llm" / "fake.py", *sorted((ROOT / "drafter" / "testing").rglob("*.py"))]
    assert len(shared_files) >= 4
    for path in sorted((ROOT / "drafter").rglob("*.py")):
        imported = _imports(path, _package(path))
        if path in shared_files:
            outside = {m for m in imported if m.split(".")[0] not in sys.stdlib_module_names and m != "__future__"}
            assert sorted(m for m in outside if not m.startswith(SHARED)) == [], path.name
        else:
            assert sorted(m for m in imported if m.startswith(SHARED)) == [], path.relative_to(ROOT)
