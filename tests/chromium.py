"""Drive headless Chromium over the DevTools protocol on a pipe (no extra packages).

Used by ``tests/test_report_browser.py`` to look at the HTML report as a person
does: load it, measure its SVG elements, collect console errors, take a
screenshot. Run as a script to refresh the screenshots in ``docs/``::

    python tests/chromium.py docs/
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

#: Seconds to wait for any message from Chromium before giving up.
TIMEOUT = 60

#: Collects what the test checks: every SVG chart's box, every bar and value label.
MEASURE = """
(() => {
  const box = (e) => { const r = e.getBoundingClientRect();
    return {x: r.x, y: r.y, width: r.width, height: r.height}; };
  return JSON.stringify({
    title: document.title,
    scripts: document.scripts.length,
    charts: [...document.querySelectorAll('svg.chart')].map((svg) => ({
      id: svg.id, box: box(svg),
      title: svg.querySelector('title') ? svg.querySelector('title').textContent : null,
      desc: svg.querySelector('desc') ? svg.querySelector('desc').textContent : null,
      labelledby: svg.getAttribute('aria-labelledby'), role: svg.getAttribute('role'),
      bars: [...svg.querySelectorAll('rect.bar')].map((r) => ({
        chart: r.dataset.chart, group: r.dataset.group, value: Number(r.dataset.value),
        box: box(r)})),
      values: [...svg.querySelectorAll('text.value')].map((t) => ({
        chart: t.dataset.chart, group: t.dataset.group, text: t.textContent, box: box(t)})),
      bands: [...svg.querySelectorAll('rect.band')].map(box),
      cells: svg.querySelectorAll('g.cell').length,
    })),
    nav: document.querySelector('nav') ? box(document.querySelector('nav')) : null,
    width: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  });
})()
"""


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _high(fd: int) -> int:
    import fcntl

    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


class Browser:
    """One headless Chromium talking the DevTools protocol over fds 3 and 4."""

    def __init__(self, executable: str) -> None:
        self._profile = tempfile.mkdtemp(prefix="trainlint-chromium-")
        # Pipes above fd 9, so that moving them to 3 and 4 in the child never clobbers one.
        to_browser_r, self._to_browser = (_high(fd) for fd in os.pipe())
        self._from_browser, from_browser_w = (_high(fd) for fd in os.pipe())

        def wire() -> None:  # in the child: the protocol's fds are 3 (in) and 4 (out)
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self._process = subprocess.Popen(
            [
                executable,
                "--headless",
                "--remote-debugging-pipe",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--disable-background-networking",
                "--mute-audio",
                f"--user-data-dir={self._profile}",
                "about:blank",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire,
            close_fds=False,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._next_id = 0
        self._buffer = b""
        self.events: list[dict[str, Any]] = []

    def _send(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        return self._next_id

    def _receive(self) -> dict[str, Any]:
        import select

        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._from_browser], [], [], TIMEOUT)
            if not ready:
                raise RuntimeError(f"Chromium sent nothing for {TIMEOUT} s")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def call(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> dict[str, Any]:
        wanted = self._send(method, params, session)
        while True:
            message = self._receive()
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            if "method" in message:
                self.events.append(message)

    def wait_for(self, method: str, session: str) -> dict[str, Any]:
        """The next event ``method`` of ``session`` (events met meanwhile are kept)."""
        for index, event in enumerate(self.events):
            if event.get("method") == method and event.get("sessionId") == session:
                return self.events.pop(index)
        while True:
            message = self._receive()
            if message.get("method") == method and message.get("sessionId") == session:
                return message
            if "method" in message:
                self.events.append(message)

    def open(self, url: str, width: int, height: int) -> Page:
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})[
            "sessionId"
        ]
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable", session=session)
        self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
            session,
        )
        self.call("Page.navigate", {"url": url}, session)
        page = Page(self, session, width)
        # the blank page's own load may be the event seen first: wait for this URL's
        for _ in range(100):
            self.wait_for("Page.loadEventFired", session)
            state = page.evaluate("[location.protocol, document.readyState].join(' ')")
            if state == f"{url.split(':', 1)[0]}: complete":
                return page
        raise RuntimeError(f"{url} did not load")

    def close(self) -> None:
        try:
            self._send("Browser.close")
            self._process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self._process.kill()
            self._process.wait()
        finally:
            for fd in (self._to_browser, self._from_browser):
                with contextlib.suppress(OSError):
                    os.close(fd)
            shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Page:
    def __init__(self, browser: Browser, session: str, width: int) -> None:
        self.browser, self.session, self.width = browser, session, width

    def evaluate(self, expression: str) -> Any:
        result = self.browser.call(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True}, self.session
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def emulate_media(self, media: str) -> None:
        """Lay the page out for ``print`` or ``screen``."""
        self.browser.call("Emulation.setEmulatedMedia", {"media": media}, self.session)

    def measure(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.evaluate(MEASURE))
        return data

    def console_errors(self) -> list[str]:
        """Errors the page produced: console.error, uncaught exceptions, log entries
        of level error (blocked requests, CSP violations, failed loads)."""
        self.evaluate("0")  # let pending events arrive
        errors = []
        for event in self.browser.events:
            if event.get("sessionId") != self.session:
                continue
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append(json.dumps(params.get("args")))
            elif method == "Runtime.exceptionThrown":
                errors.append(json.dumps(params.get("exceptionDetails")))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                errors.append(params["entry"].get("text", ""))
        return errors

    def screenshot(self, path: Path, max_height: int | None = None) -> None:
        metrics = self.browser.call("Page.getLayoutMetrics", session=self.session)
        height = int(metrics["cssContentSize"]["height"])
        if max_height is not None:
            height = min(height, max_height)
        shot = self.browser.call(
            "Page.captureScreenshot",
            {
                "format": "png",
                "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": self.width, "height": height, "scale": 1},
            },
            self.session,
        )
        path.write_bytes(base64.b64decode(shot["data"]))


def _main(argv: list[str]) -> int:
    """Write the docs' screenshots: the report of each example, desktop and phone."""
    out = Path(argv[0] if argv else "docs")
    executable = find_chromium()
    if executable is None:
        print("chromium not found", file=sys.stderr)
        return 2
    root = Path(__file__).resolve().parent.parent
    examples = sorted(root.glob("examples/**/*.yaml"))
    with tempfile.TemporaryDirectory() as tmp, Browser(executable) as browser:
        for example in examples:
            page_file = Path(tmp) / f"{example.stem}.html"
            subprocess.run(
                [sys.executable, "-m", "checker", "summary", "--isolated", "--html", str(page_file),
                 str(example.relative_to(root))],
                cwd=root, check=False, stdout=subprocess.DEVNULL,
            )  # fmt: skip
            page = browser.open(page_file.as_uri(), 1000, 900)
            page.screenshot(out / f"summary-{example.stem}.png", max_height=1500)
            print(out / f"summary-{example.stem}.png")
        phone = Path(tmp) / "strong-back-beginner.html"
        page = browser.open(phone.as_uri(), 390, 844)
        page.screenshot(out / "summary-phone.png", max_height=1700)
        print(out / "summary-phone.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
