"""Completion of exercise names in a real yaml-language-server (issue 13).

The server comes from npm: ``yaml-language-server`` on the PATH (``.ci/run`` installs
it with ``npm install --global``), else ``npx`` fetches it. The test is skipped only
when neither the server nor ``npx`` is there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import IO, Any

import pytest

ROOT = Path(__file__).parent.parent
SCHEMA = ROOT / "schemas" / "program.schema.json"
#: the version .ci/run installs, and npx fetches when it is not installed
VERSION = "1.25.0"


def _server_command() -> list[str] | None:
    explicit = os.environ.get("TRAINLINT_YAML_LANGUAGE_SERVER")
    if explicit:
        return [explicit, "--stdio"]
    installed = shutil.which("yaml-language-server")
    if installed:
        return [installed, "--stdio"]
    npx = shutil.which("npx")
    if npx:
        return [npx, "--yes", f"yaml-language-server@{VERSION}", "--stdio"]
    return None


COMMAND = _server_command()


class LanguageServer:
    """A minimal LSP client over standard input and output."""

    def __init__(self, command: list[str]) -> None:
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self.next_id = 0

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        stdin: IO[bytes] = self.process.stdin  # type: ignore[assignment]
        stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        stdin.flush()

    def _read(self) -> dict[str, Any]:
        stdout: IO[bytes] = self.process.stdout  # type: ignore[assignment]
        length = 0
        while True:
            line = stdout.readline()
            if not line:
                raise RuntimeError("yaml-language-server exited")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        message: dict[str, Any] = json.loads(stdout.read(length))
        return message

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: Any) -> Any:
        self.next_id += 1
        wanted = self.next_id
        self._send({"id": wanted, "method": method, "params": params})
        while True:
            message = self._read()
            if "method" in message and "id" in message:  # a request from the server
                items = message.get("params", {}).get("items", [])
                configuration = message["method"] == "workspace/configuration"
                result = [None] * len(items) if configuration else None
                self._send({"id": message["id"], "result": result})
            elif message.get("id") == wanted:
                return message.get("result")

    def close(self) -> None:
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()
            self.process.wait()


def _labels(result: Any) -> list[str]:
    items = result.get("items", []) if isinstance(result, dict) else result or []
    return [item["label"] for item in items]


@pytest.mark.slow
@pytest.mark.skipif(COMMAND is None, reason="npx (Node.js) is not installed")
def test_completion_offers_catalog_exercise_names(tmp_path: Path) -> None:
    assert COMMAND is not None
    program = tmp_path / "program.yaml"
    text = (
        f"# yaml-language-server: $schema={SCHEMA.as_uri()}\n"
        "program: P\n"
        "workouts:\n"
        "  - name: A\n"
        "    exercises:\n"
        "      - exercise: \n"
    )
    program.write_text(text)
    server = LanguageServer(COMMAND)
    try:
        server.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": tmp_path.as_uri(),
                "capabilities": {"textDocument": {"completion": {"completionItem": {}}}},
            },
        )
        server.notify("initialized", {})
        server.notify(
            "workspace/didChangeConfiguration",
            {"settings": {"yaml": {"completion": True, "validate": False, "hover": False}}},
        )
        server.notify(
            "textDocument/didOpen",
            {
                "textDocument": {
                    "uri": program.as_uri(),
                    "languageId": "yaml",
                    "version": 1,
                    "text": text,
                }
            },
        )
        labels: list[str] = []
        deadline = time.monotonic() + 60
        while "Deadlift" not in labels and time.monotonic() < deadline:
            result = server.request(
                "textDocument/completion",
                {
                    "textDocument": {"uri": program.as_uri()},
                    "position": {"line": 5, "character": len("      - exercise: ")},
                },
            )
            labels = _labels(result)
            if "Deadlift" not in labels:
                time.sleep(0.5)
    finally:
        server.close()
    assert {"Deadlift", "Lat Pulldown", "Bird Dog", "Rowing Machine"} <= set(labels), labels[:20]
    assert len(labels) >= 400
