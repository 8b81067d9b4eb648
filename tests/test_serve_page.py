"""The page of `scamdetect serve` in headless Chromium (Debian's `chromium` package), driven over the
DevTools protocol through a pipe (`--remote-debugging-pipe`): no extra Python package, no browser download.

It types a scam message, clicks "Kiểm tra / Check", and checks that the verdict, the scheme and the highlighted
spans in the DOM are the library's own; then it looks at the page on a phone-sized screen. Screenshots go to
the test's temporary folder; with SCAMDETECT_UPDATE_SCREENSHOTS=1 the wide one is also saved as
docs/serve_page.png, the README's picture (so that a test run does not change the checkout otherwise).
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="scamdetect[serve] is not installed")

import scamdetect  # noqa: E402
from scamdetect.serve.process import ServiceProcess  # noqa: E402

CHROMIUM = next((found for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
                 if (found := shutil.which(name))), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary found on PATH (Debian: apt-get install "
                                                         "chromium; `make test` tries to install it)")

DOCS = Path(__file__).resolve().parents[1] / "docs"
MESSAGE = ("Công an TP thông báo: tài khoản của anh liên quan đến đường dây rửa tiền. Anh phải chuyển tiền vào "
           "tài khoản tạm giữ 0123456789 của cơ quan điều tra trước 17h hôm nay, xác minh tại bocongan-gov.vn")


def _high(fd: int) -> int:
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(fd)
    return moved


class DevTools:
    """A minimal Chrome DevTools Protocol client over the pipe of `chromium --remote-debugging-pipe`."""

    def __init__(self, binary: str, profile: Path) -> None:
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        # the child's ends are moved above fd 9 first, so that the redirections below cannot clobber them
        # (bash, not dash, reads fd numbers of two digits)
        to_browser_read, from_browser_write = (_high(to_browser_read), _high(from_browser_write))
        # the browser reads commands from fd 3 and writes answers to fd 4
        script = f'exec "$0" "$@" 3<&{to_browser_read} 4>&{from_browser_write}'
        self.log_path = profile.with_name("chromium.log")
        self._log = open(self.log_path, "wb")  # noqa: SIM115 - closed in close()
        args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
                "--remote-debugging-pipe", f"--user-data-dir={profile}", "--lang=vi", "about:blank"]
        self.process = subprocess.Popen(["bash", "-c", script, binary, *args], pass_fds=(to_browser_read,
                                                                                      from_browser_write),
                                        stdout=subprocess.DEVNULL, stderr=self._log)
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._next_id = 0
        self._answers: dict[int, dict] = {}
        self._events: list[dict] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.session: str | None = None

    def _read(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_browser, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._changed:
                    self._events.append({"method": "closed"})
                    self._changed.notify_all()
                return
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                with self._changed:
                    if "id" in message:
                        self._answers[message["id"]] = message
                    else:
                        self._events.append(message)
                    self._changed.notify_all()

    def send(self, method: str, params: dict | None = None, timeout: float = 30.0, browser: bool = False) -> dict:
        self._next_id += 1
        ident = self._next_id
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if self.session and not browser:
            message["sessionId"] = self.session
        try:
            os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        except BrokenPipeError:
            raise RuntimeError(f"chromium exited ({self.process.poll()}):\n{self.log_tail()}") from None
        deadline = time.monotonic() + timeout
        with self._changed:
            while ident not in self._answers:
                left = deadline - time.monotonic()
                if left <= 0 or any(e.get("method") == "closed" for e in self._events):
                    raise TimeoutError(f"no answer to {method}; the browser said:\n{self.log_tail()}")
                self._changed.wait(left)
            answer = self._answers.pop(ident)
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error']}")
        return answer.get("result", {})

    def log_tail(self) -> str:
        self._log.flush()
        lines = self.log_path.read_text("utf-8", "replace").splitlines()
        return "\n".join(line for line in lines if "dbus" not in line)[-3000:]

    def wait_event(self, method: str, timeout: float = 30.0) -> dict:
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for k, event in enumerate(self._events):
                    if event.get("method") == method:
                        return self._events.pop(k)
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no {method} event")
                self._changed.wait(left)

    def open(self, url: str, width: int, height: int, mobile: bool = False, scale: float = 1.0) -> None:
        """A new tab with a screen of ``width`` x ``height`` CSS pixels, showing ``url``."""
        target = self.send("Target.createTarget", {"url": "about:blank"}, browser=True)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 browser=True)["sessionId"]
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": height, "deviceScaleFactor": scale,
                                                         "mobile": mobile})
        self.navigate(url)

    def navigate(self, url: str) -> None:
        self._events = [e for e in self._events if e.get("method") != "Page.loadEventFired"]
        self.send("Page.navigate", {"url": url})
        self.wait_event("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 30.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError(f"never true: {expression}")

    def type_into(self, selector: str, text: str) -> None:
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        self.send("Input.insertText", {"text": text})  # as typed (or pasted): input events, no script setting it

    def click(self, selector: str) -> None:
        box = self.evaluate(f"(() => {{ const r = document.querySelector({json.dumps(selector)})"
                            ".getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1], "button": "left",
                                                   "clickCount": 1})

    def screenshot(self, path: Path) -> None:
        """The whole page, not only the screen."""
        size = self.send("Page.getLayoutMetrics")["cssContentSize"]
        shot = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                    "clip": {"x": 0, "y": 0, "width": size["width"],
                                                             "height": size["height"], "scale": 1}})
        path.write_bytes(base64.b64decode(shot["data"]))

    def close(self) -> None:
        try:
            self.send("Browser.close", timeout=5, browser=True)
        except (TimeoutError, RuntimeError, OSError):
            pass
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._log.close()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass


READ_RESULT = """(() => {
  const text = (id) => document.getElementById(id).textContent.trim();
  return {
    hidden: document.getElementById('result').hidden,
    verdictClass: document.getElementById('verdict').className,
    verdictLabel: document.getElementById('verdict').dataset.label,
    verdict: text('verdict-vi') + ' / ' + text('verdict-en'),
    schemeVi: text('scheme-vi'), schemeEn: text('scheme-en'),
    score: text('score-value'),
    fill: document.getElementById('score-fill').style.width,
    summary: text('summary'),
    message: document.getElementById('highlighted').textContent,
    marks: [...document.querySelectorAll('#highlighted mark')].map((m) => ({
      start: Number(m.dataset.start), end: Number(m.dataset.end), text: m.textContent, cls: m.className,
      weight: Number(m.dataset.weight)})),
    flags: [...document.querySelectorAll('#flags li[data-flag]')].map((li) => li.dataset.flag),
    indicators: [...document.querySelectorAll('#indicators li[data-kind]')].map((li) => li.dataset.kind),
    elements: document.getElementById('highlighted').querySelectorAll('*').length,
  };
})()"""


@pytest.fixture(scope="module")
def service():
    with ServiceProcess(["--no-access-log"]) as running:
        yield running


@pytest.fixture()
def browser(tmp_path):
    assert CHROMIUM is not None
    tools = DevTools(CHROMIUM, tmp_path / "profile")
    try:
        yield tools
    finally:
        tools.close()


def test_typing_a_scam_and_clicking_check_shows_the_verdict_and_highlighted_spans(service, browser, tmp_path) -> None:
    browser.open(service.url + "/", 1000, 900)
    assert browser.evaluate("document.getElementById('result').hidden") is True
    assert browser.evaluate("document.getElementById('check').textContent") == "Kiểm tra / Check"

    browser.type_into("#message", MESSAGE)
    browser.click("#check")
    browser.wait_for("document.querySelectorAll('#highlighted mark').length > 0 && "
                     "document.getElementById('scheme-en').textContent.length > 0")
    shown = browser.evaluate(READ_RESULT)

    expected = scamdetect.classify(MESSAGE)
    assert expected.is_scam and expected.label == "fake_authority"
    assert shown["hidden"] is False
    assert shown["verdictLabel"] == expected.label and "scam" in shown["verdictClass"].split()
    assert shown["verdict"] == "Có dấu hiệu lừa đảo / Looks like a scam"
    assert shown["schemeVi"] == scamdetect.NAME_VI[expected.label]
    assert shown["schemeEn"] == scamdetect.NAME_EN[expected.label]
    assert shown["score"] == f"{round(expected.scam_score * 100)}%"
    assert shown["summary"] == expected.explanation.summary
    # the message is shown whole, with exactly the library's spans highlighted
    assert shown["message"] == MESSAGE
    assert [(m["start"], m["end"], m["text"]) for m in shown["marks"]] == [
        (s.start, s.end, s.text) for s in expected.explanation.spans]
    for mark, span in zip(shown["marks"], expected.explanation.spans):
        assert mark["cls"] == ("scam" if span.weight > 0 else "safe")
        assert mark["weight"] == pytest.approx(span.weight)
    # phrases, not syllables: several marks hold more than one word (which words depends on the model's weights)
    assert sum(" " in m["text"] for m in shown["marks"]) >= 3
    assert shown["flags"] == [f.id for f in expected.explanation.red_flags]
    assert shown["indicators"] == [i.kind for i in expected.explanation.indicators]

    wide = tmp_path / "serve_page.png"
    browser.screenshot(wide)
    assert wide.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("SCAMDETECT_UPDATE_SCREENSHOTS") == "1":
        shutil.copyfile(wide, DOCS / "serve_page.png")


def test_the_page_fits_a_phone_screen(service, browser, tmp_path) -> None:
    browser.open(service.url + "/", 390, 844, mobile=True, scale=2)
    browser.type_into("#message", MESSAGE)
    browser.click("#check")
    browser.wait_for("document.querySelectorAll('#highlighted mark').length > 0 && "
                     "document.getElementById('scheme-en').textContent.length > 0")
    layout = browser.evaluate("""(() => {
      const box = (id) => document.getElementById(id).getBoundingClientRect();
      return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
              text: box('message').width, button: box('check').width, result: box('result').right,
              font: parseFloat(getComputedStyle(document.getElementById('message')).fontSize)};
    })()""")
    assert layout["inner"] == 390
    assert layout["scroll"] <= layout["inner"]  # no sideways scrolling
    assert layout["result"] <= layout["inner"] and layout["text"] >= 300
    assert layout["font"] >= 16  # phones do not zoom into the text box
    phone = tmp_path / "serve_page_phone.png"
    browser.screenshot(phone)
    assert phone.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_markup_in_a_message_is_shown_as_text_and_an_empty_message_is_refused(service, browser) -> None:
    browser.open(service.url + "/", 800, 800)
    browser.click("#check")
    status = browser.wait_for("document.getElementById('status').textContent")
    assert "Paste a message" in status
    assert browser.evaluate("document.getElementById('result').hidden") is True

    # emoji before the spans: the service counts code points, JavaScript strings UTF-16 units
    hostile = ('🙂🎁 <img src=x onerror="document.title=\'owned\'"> Ban da trung thuong iPhone 17, nop phi 500k '
               '<b>ngay</b> tai qua-tang-tri-an.xyz')
    browser.type_into("#message", hostile)
    browser.click("#check")
    browser.wait_for("!document.getElementById('result').hidden")
    shown = browser.evaluate(READ_RESULT)
    expected = scamdetect.classify(hostile)
    assert shown["message"] == hostile
    assert shown["elements"] == len(shown["marks"])  # only <mark>s: no <img>, no <b>
    assert browser.evaluate("document.title") != "owned"
    assert shown["verdictLabel"] == expected.label == "prize_fee"
    assert [(m["start"], m["end"], m["text"]) for m in shown["marks"]] == [
        (s.start, s.end, s.text) for s in expected.explanation.spans]
