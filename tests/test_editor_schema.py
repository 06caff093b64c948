"""Issue 15, item 7: the editor tells a coach what to write, as the CLI does.

The program schema carries ``description``, ``markdownDescription`` (hover) and
``errorMessage``/``patternErrorMessage`` texts (diagnostics) that yaml-language-server
shows. The static tests check the schema; the last test runs a real
yaml-language-server from npm (through ``npx``) over the Language Server Protocol.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

SCHEMA_PATH = ROOT / "schemas" / "program.schema.json"
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
DEFS = SCHEMA["$defs"]
#: The version the test runs; the VS Code YAML extension bundles a 1.x server.
YAML_LANGUAGE_SERVER = "yaml-language-server@1.25.0"

SETS_MESSAGE = "must be a whole number from 1 to 20, like 3, or a range like 3-4"
REPS_MESSAGE = "must be a whole number, a range like 8-12, or max"
DURATION_MESSAGE = "must be a duration with a unit, like 30 s, 2 min or 20-60 s"


def _keys_message(properties: dict[str, Any]) -> str:
    keys = list(properties)
    return "must be a mapping with only the keys " + ", ".join(keys[:-1]) + " and " + keys[-1]


def test_messages_name_what_to_write() -> None:
    entry = DEFS["exercise-entry"]
    assert DEFS["sets"]["errorMessage"] == SETS_MESSAGE
    for branch in DEFS["sets"]["anyOf"]:
        assert branch["errorMessage"] == SETS_MESSAGE
    # an exercise's sets, a superset's sets and a circuit's rounds are written alike
    superset = DEFS["superset-block"]["properties"]["superset"]["properties"]
    circuit = DEFS["circuit-block"]["properties"]["circuit"]["properties"]
    for counted in (entry["properties"]["sets"], superset["sets"]):
        assert counted["$ref"] == "#/$defs/sets"
    # a circuit's rounds are written alike, up to 50 (20-30 rounds of a kettlebell complex)
    assert circuit["rounds"]["$ref"] == "#/$defs/rounds"
    widened = [
        branch.get("pattern", "").replace("([1-9]|1[0-9]|20)", "([1-9]|[1-4][0-9]|50)")
        for branch in DEFS["sets"]["anyOf"]
    ]
    assert [branch.get("pattern", "") for branch in DEFS["rounds"]["anyOf"]] == widened
    assert DEFS["rounds"]["anyOf"][0]["maximum"] == 50
    assert DEFS["reps"]["errorMessage"] == REPS_MESSAGE
    for branch in DEFS["reps"]["anyOf"]:  # the editor reports the branch's message
        assert branch["errorMessage"] == REPS_MESSAGE
    assert DEFS["duration"]["errorMessage"] == DURATION_MESSAGE
    assert DEFS["hold"]["errorMessage"] == DURATION_MESSAGE + ", or max"
    # the key lists stay in step with the properties
    assert entry["errorMessage"] == _keys_message(entry["properties"])
    assert DEFS["workout"]["errorMessage"] == _keys_message(DEFS["workout"]["properties"])


def _properties(node: Any, path: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        for name, value in node.get("properties", {}).items():
            yield f"{path}/{name}", value
        for key, value in node.items():
            yield from _properties(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _properties(value, f"{path}/{index}")


def test_every_key_is_described_and_the_main_ones_in_markdown() -> None:
    for where, prop in _properties(SCHEMA):
        target = DEFS[prop["$ref"].rsplit("/", 1)[1]] if "$ref" in prop else {}
        assert prop.get("description") or target.get("description"), where
    entry = DEFS["exercise-entry"]["properties"]
    for name in ("exercise", "sets", "reps", "hold", "duration", "rest", "tempo"):
        assert "markdownDescription" in entry[name], name
    assert "**1 to 20**" in entry["sets"]["markdownDescription"]
    assert "**with a unit**" in entry["hold"]["markdownDescription"]
    assert "lower number first" in DEFS["reps"]["markdownDescription"]


class _Server:
    """A yaml-language-server over stdio: JSON-RPC with Content-Length framing."""

    def __init__(self, command: list[str], settings: dict[str, Any], cwd: Path) -> None:
        self.settings = settings
        self.process = subprocess.Popen(
            command,
            cwd=cwd,
            env={**os.environ, "npm_config_update_notifier": "false"},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.messages: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                text = line.decode("ascii").strip()
                if not text:
                    break
                name, _, value = text.partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            assert length is not None
            self.messages.put(json.loads(stream.read(length)))

    def send(self, message: dict[str, Any]) -> None:
        data = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.process.stdin.flush()

    def request(self, method: str, params: dict[str, Any], timeout: float = 60) -> Any:
        self.next_id += 1
        ident = self.next_id
        self.send({"id": ident, "method": method, "params": params})
        reply = self.wait(lambda m: m.get("id") == ident and "method" not in m, timeout)
        return reply.get("result")

    def wait(self, wanted: Callable[[dict[str, Any]], bool], timeout: float) -> dict[str, Any]:
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            if left <= 0:
                raise TimeoutError("yaml-language-server did not answer in time")
            try:
                message = self.messages.get(timeout=left)
            except queue.Empty:
                continue
            if message is None:
                raise RuntimeError("yaml-language-server exited")
            if "method" in message and "id" in message:  # a request from the server
                result = None
                if message["method"] == "workspace/configuration":
                    result = [self.settings["yaml"] for _ in message["params"]["items"]]
                self.send({"id": message["id"], "result": result})
            elif wanted(message):
                return message

    def close(self) -> None:
        self.process.kill()
        self.process.wait(timeout=30)


PROGRAM = """\
program: Pull day
workouts:
  - name: Day A
    exercises:
      - exercise: barbell row
        sets: three
        reps: 8 x 12
        rep: 10
        hold: 30
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[_Server]:
    npx = shutil.which("npx")
    if npx is None:
        pytest.skip("npx is missing (install Node.js and npm; .ci/run does) to run a real "
                    "yaml-language-server")  # fmt: skip
    work = tmp_path_factory.mktemp("editor")
    settings = {
        "yaml": {
            "validate": True,
            "hover": True,
            "completion": True,
            "schemas": {SCHEMA_PATH.as_uri(): "*.yaml"},
            "schemaStore": {"enable": False},
        }
    }
    started = _Server([npx, "--yes", YAML_LANGUAGE_SERVER, "--stdio"], settings, work)
    try:
        started.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": work.as_uri(),
                "capabilities": {
                    "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}},
                    "workspace": {"configuration": True},
                },
            },
            timeout=600,  # the first run downloads the server
        )
        started.send({"method": "initialized", "params": {}})
        started.send(
            {"method": "workspace/didChangeConfiguration", "params": {"settings": settings}}
        )
        yield started
    finally:
        started.close()


@pytest.mark.slow
def test_yaml_language_server_shows_the_coachs_messages(server: _Server, tmp_path: Path) -> None:
    uri = (tmp_path / "program.yaml").as_uri()
    server.send(
        {
            "method": "textDocument/didOpen",
            "params": {
                "textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": PROGRAM}
            },
        }
    )
    published = server.wait(
        lambda m: (
            m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri
            and bool(m["params"]["diagnostics"])
        ),
        timeout=120,
    )
    found = sorted(
        (d["range"]["start"]["line"] + 1, d["range"]["start"]["character"] + 1, d["message"])
        for d in published["params"]["diagnostics"]
    )
    assert found == [
        (6, 15, SETS_MESSAGE),
        (7, 15, REPS_MESSAGE),
        (8, 9, _keys_message(DEFS["exercise-entry"]["properties"])),
        (9, 15, DEFS["hold"]["errorMessage"]),
    ]
    hover = server.request(
        "textDocument/hover",
        {"textDocument": {"uri": uri}, "position": {"line": 5, "character": 10}},
    )
    assert "a whole number from **1 to 20**" in hover["contents"]["value"]


def test_ci_installs_node_for_the_editor_test() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "command -v npx" in script
    assert "wanted+=(nodejs npm)" in script and "apt-get install -y -qq" in script
    checked = subprocess.run(["bash", "-n", str(ROOT / ".ci" / "run")], check=False)
    assert checked.returncode == 0
