"""`scamdetect serve`: the HTTP API against the library's own predictions, every bad request, metrics,
scoring off the event loop, and the real command (subprocess) with its graceful shutdown."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import threading
import time

import pytest

fastapi = pytest.importorskip("fastapi", reason="scamdetect[serve] is not installed")
httpx = pytest.importorskip("httpx", reason="scamdetect[serve] is not installed")

from fastapi.testclient import TestClient  # noqa: E402

import scamdetect  # noqa: E402
from scamdetect.cli import COMMANDS, main  # noqa: E402
from scamdetect.serve import create_app  # noqa: E402
from scamdetect.serve.process import ServiceProcess, free_port  # noqa: E402

PHISHING = "Vietcombank: TK cua Quy khach bi tam khoa. Xac thuc ngay tai vcb-xacthuc.top de tranh bi khoa vinh vien"
POLICE = ("Công an TP thông báo: tài khoản của anh liên quan đến đường dây rửa tiền. Anh phải chuyển tiền vào "
          "tài khoản tạm giữ 0123456789 của cơ quan điều tra trước 17h hôm nay.")
TEXTS = [
    PHISHING,
    POLICE,
    "Mã OTP của bạn là 482913. Không cung cấp mã cho bất kỳ ai.",
    "Chi oi chuyen gap giup em 5tr vao stk 1903665544, mai em tra",
    "🙂🙂 Ban da trung thuong iPhone 17, nop phi 500k de nhan qua tai qua-tang.xyz 🎁",
    "",
    "   ",
    "Hẹn 7h tối nay ăn lẩu nha",
    "x" * 6000,  # over the library's 5,000-character cut
]


def as_json(value):
    """What a value looks like after a trip through JSON (tuples become lists)."""
    return json.loads(json.dumps(value))


@pytest.fixture(scope="module")
def model() -> scamdetect.ScamClassifier:
    return scamdetect.load_model()


@pytest.fixture(scope="module")
def client(model):
    with TestClient(create_app(model, threads=2)) as test_client:
        yield test_client


# ----------------------------------------------------------------------------- the API equals the library


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_one_text_gives_exactly_the_library_prediction(client, model, text) -> None:
    response = client.post("/v1/classify", json={"text": text})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"prediction", "model"}
    assert body["prediction"] == as_json(model.classify(text).to_dict())


def test_a_list_gives_the_library_predictions_in_order(client, model) -> None:
    response = client.post("/v1/classify", json={"texts": TEXTS, "explain": True})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"predictions", "model"}
    assert body["predictions"] == [as_json(p.to_dict()) for p in model.classify(TEXTS)]
    assert [p["label"] for p in body["predictions"]][:4] == ["bank_phishing", "fake_authority", "legit",
                                                             "impersonate_relative"]


def test_explain_false_leaves_the_explanation_out(client, model) -> None:
    response = client.post("/v1/classify", json={"texts": TEXTS, "explain": False})
    assert response.status_code == 200
    predictions = response.json()["predictions"]
    assert predictions == [as_json(p.to_dict()) for p in model.classify(TEXTS, explain=False)]
    assert all(p["explanation"] is None for p in predictions)
    single = client.post("/v1/classify", json={"text": PHISHING, "explain": False}).json()["prediction"]
    assert single["explanation"] is None and single["label"] == "bank_phishing"


def test_spans_point_into_the_text_that_was_sent(client) -> None:
    text = TEXTS[4]  # emoji before the spans: offsets count code points
    spans = client.post("/v1/classify", json={"text": text}).json()["prediction"]["explanation"]["spans"]
    assert spans
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]


def test_the_model_is_named_alike_everywhere(client, model) -> None:
    identity = client.post("/v1/classify", json={"text": "alo"}).json()["model"]
    assert identity["name"] == model.manifest["name"] and identity["version"]
    assert client.get("/healthz").json() == {"status": "ok", "model": identity}
    info = client.get("/v1/model").json()
    assert info["name"] == identity["name"] and info["version"] == identity["version"]
    assert info["threshold"] == model.threshold and info["labels"] == list(model.manifest["labels"])
    assert info["scamdetect_version"] == scamdetect.__version__
    assert set(info["label_names"]) == set(scamdetect.LABELS)
    assert info["label_names"]["fake_authority"] == {"vi": scamdetect.NAME_VI["fake_authority"],
                                                     "en": scamdetect.NAME_EN["fake_authority"]}
    assert not {"files", "training", "cascade"} & set(info)  # hashes and local paths stay private


def test_a_model_directory_is_loaded_in_the_lifespan(model) -> None:
    app = create_app(None, threads=1, threshold=0.99)
    with TestClient(app) as test_client:
        info = test_client.get("/v1/model").json()
        assert info["threshold"] == 0.99 and info["name"] == model.manifest["name"]
        body = test_client.post("/v1/classify", json={"text": PHISHING}).json()
    assert body["prediction"]["label"] == scamdetect.load_model(threshold=0.99).classify(PHISHING).label


# ----------------------------------------------------------------------------- bad requests

BAD = [
    (b"{not json", 400, None),
    (b'{"text": "a",}', 400, None),
    (b"\xff\xfe\x00garbage", 400, None),
    (b"", 400, None),
    (b'["a list"]', 422, "body"),
    (b'"a string"', 422, "body"),
    (b"{}", 422, "text"),
    (b'{"text": 3}', 422, "text"),
    (b'{"text": null}', 422, "text"),
    (b'{"text": ["a"]}', 422, "text"),
    (b'{"texts": "a"}', 422, "texts"),
    (b'{"texts": []}', 422, "texts"),
    (b'{"texts": ["ok", 2]}', 422, "texts[1]"),
    (b'{"texts": ["ok", "ok", {"text": "a"}]}', 422, "texts[2]"),
    (b'{"text": "a", "texts": ["b"]}', 422, "texts"),
    (b'{"text": "a", "explain": "yes"}', 422, "explain"),
    (b'{"txt": "a"}', 422, "txt"),
]


@pytest.mark.parametrize("body, status, field", BAD, ids=[b.decode("latin-1") for b, _, _ in BAD])
def test_bad_requests_get_a_json_error_naming_the_field(client, body, status, field) -> None:
    response = client.post("/v1/classify", content=body, headers={"content-type": "application/json"})
    assert response.status_code == status
    error = response.json()
    assert error["status"] == status and isinstance(error["message"], str) and error["message"]
    assert error.get("field") == field
    if field:
        assert field.split("[")[0] in error["message"] or field == "body"


def test_a_3_mb_body_is_413_before_it_is_read(client) -> None:
    body = json.dumps({"text": "a" * (3 << 20)}).encode()
    response = client.post("/v1/classify", content=body)
    assert response.status_code == 413
    assert "limit" in response.json()["message"]


def test_a_streamed_body_without_a_length_is_cut_at_the_limit(client) -> None:
    def chunks():
        yield b'{"text": "'
        for _ in range(48):
            yield b"a" * 65536  # 3 MB in all, sent chunked
        yield b'"}'

    response = client.post("/v1/classify", content=chunks())
    assert response.status_code == 413 and response.json()["status"] == 413


def test_the_body_limit_is_configurable(model) -> None:
    with TestClient(create_app(model, threads=1, max_body_bytes=100)) as small:
        assert small.post("/v1/classify", json={"text": "a" * 50}).status_code == 200
        assert small.post("/v1/classify", json={"text": "a" * 200}).status_code == 413


def test_more_than_1000_texts_is_413_and_1000_is_fine(client, model) -> None:
    response = client.post("/v1/classify", json={"texts": ["a"] * 1001, "explain": False})
    assert response.status_code == 413 and response.json()["field"] == "texts"
    texts = [TEXTS[k % 5] for k in range(1000)]
    response = client.post("/v1/classify", json={"texts": texts, "explain": False})
    assert response.status_code == 200
    assert [p["label"] for p in response.json()["predictions"]] == model.predict(texts)


def test_hostile_texts_are_bounded_as_in_the_library(client) -> None:
    noise = "".join(chr(c) for c in range(0x20, 0x20 + 200_000) if not 0xD800 <= c <= 0xDFFF)
    for text in [noise, "\x00\x01\x02" * 1000, "🙂" * 5000, "ｔｅｓｔ ＳＨＯＰＥＥ" * 300]:
        response = client.post("/v1/classify", json={"text": text})
        assert response.status_code == 200
        prediction = response.json()["prediction"]
        assert prediction["label"] in scamdetect.LABELS
        assert prediction["truncated"] == (len(text) > 5000)
        assert all(span["end"] <= 5000 for span in prediction["explanation"]["spans"])


def test_unknown_routes_and_methods_are_json_errors(client) -> None:
    response = client.get("/v2/nothing")
    assert response.status_code == 404 and response.json() == {"status": 404, "message": "no such route: /v2/nothing"}
    response = client.get("/v1/classify")
    assert response.status_code == 405 and "GET" in response.json()["message"]
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/static/secret.txt").json()["status"] == 404


# ----------------------------------------------------------------------------- docs, page, metrics


def test_openapi_docs(client) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    spec = client.get("/openapi.json").json()
    operation = spec["paths"]["/v1/classify"]["post"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    assert set(schema["properties"]) == {"text", "texts", "explain"}
    assert {"200", "400", "413", "422"} <= set(operation["responses"])
    assert {"/healthz", "/v1/model", "/metrics"} <= set(spec["paths"])


def test_the_page_is_served_by_the_package_with_no_external_assets(client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    html = page.text
    assert '<textarea id="message"' in html and "Kiểm tra / Check" in html
    assert 'name="viewport"' in html
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources and all(s.startswith("/") for s in sources)
    for asset, kind in [("/static/app.js", "javascript"), ("/static/app.css", "text/css")]:
        response = client.get(asset)
        assert response.status_code == 200 and kind in response.headers["content-type"]
        assert not re.search(r"https?://", response.text)  # no CDN, no fonts from elsewhere


def metric(text: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus text."""
    wanted = ",".join(f'{key}="{value}"' for key, value in labels.items())
    pattern = rf"^{re.escape(name)}{{{re.escape(wanted)}}} (\S+)$" if labels else rf"^{re.escape(name)} (\S+)$"
    found = re.search(pattern, text, re.MULTILINE)
    return float(found.group(1)) if found else 0.0


def test_metrics_count_requests_latency_and_labels(model) -> None:
    with TestClient(create_app(model, threads=1)) as fresh:
        for _ in range(3):
            assert fresh.post("/v1/classify", json={"text": PHISHING}).status_code == 200
        assert fresh.post("/v1/classify", json={"texts": [PHISHING, "Hẹn 7h tối nay ăn lẩu nha", POLICE]}).status_code == 200
        assert fresh.post("/v1/classify", content=b"{").status_code == 400
        assert fresh.post("/v1/classify", json={"text": 1}).status_code == 422
        assert fresh.get("/nowhere/at/all").status_code == 404
        response = fresh.get("/metrics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    text = response.text
    requests = "scamdetect_http_requests_total"
    assert metric(text, requests, method="POST", path="/v1/classify", status="200") == 4
    assert metric(text, requests, method="POST", path="/v1/classify", status="400") == 1
    assert metric(text, requests, method="POST", path="/v1/classify", status="422") == 1
    assert metric(text, requests, method="GET", path="other", status="404") == 1
    assert "/nowhere" not in text  # unknown paths do not grow the series
    histogram = "scamdetect_http_request_duration_seconds"
    assert metric(text, histogram + "_count", path="/v1/classify") == 6
    assert metric(text, histogram + "_bucket", path="/v1/classify", le="+Inf") == 6
    assert metric(text, histogram + "_sum", path="/v1/classify") > 0
    buckets = [float(v) for v in re.findall(rf'^{histogram}_bucket{{path="/v1/classify",le="[^"]+"}} (\S+)$', text,
                                            re.MULTILINE)]
    assert buckets == sorted(buckets)  # cumulative
    scored = "scamdetect_messages_scored_total"
    assert metric(text, scored, label="bank_phishing") == 4
    assert metric(text, scored, label="fake_authority") == 1 and metric(text, scored, label="legit") == 1
    assert metric(text, scored, label="gambling_ad") == 0  # every label is listed
    assert metric(text, "scamdetect_http_requests_in_flight") == 1  # the scrape itself


# ----------------------------------------------------------------------------- off the event loop


def test_scoring_runs_on_the_pool_not_the_event_loop() -> None:
    model = scamdetect.load_model()
    seen: list[str] = []
    real = model.classify

    def recording(texts, explain=True):
        seen.append(threading.current_thread().name)
        return real(texts, explain=explain)

    model.classify = recording  # type: ignore[method-assign]
    with TestClient(create_app(model, threads=2)) as test_client:
        assert test_client.post("/v1/classify", json={"text": PHISHING}).status_code == 200
        assert test_client.post("/v1/classify", json={"texts": [PHISHING]}).status_code == 200
    assert len(seen) == 2 and all(name.startswith("scamdetect-score") for name in seen)


def test_the_service_answers_while_a_long_scoring_runs() -> None:
    """A request stuck in scoring blocks neither /healthz nor other scoring (real server, loopback)."""
    import uvicorn

    model = scamdetect.load_model()
    entered, release = threading.Event(), threading.Event()
    real = model.classify

    def slow(texts, explain=True):
        if texts == ["wait"]:
            entered.set()
            assert release.wait(60)
        return real(texts, explain=explain)

    model.classify = slow  # type: ignore[method-assign]
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(model, threads=2), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            if server.started:
                break
            time.sleep(0.05)
        assert server.started
        results: dict[str, httpx.Response] = {}
        stuck = threading.Thread(target=lambda: results.update(
            stuck=httpx.post(url + "/v1/classify", json={"texts": ["wait"]}, timeout=60)))
        stuck.start()
        assert entered.wait(30)
        assert httpx.get(url + "/healthz", timeout=10).status_code == 200
        other = httpx.post(url + "/v1/classify", json={"text": PHISHING}, timeout=30)
        assert other.status_code == 200 and other.json()["prediction"]["label"] == "bank_phishing"
        assert "stuck" not in results
        release.set()
        stuck.join(60)
        assert results["stuck"].status_code == 200
    finally:
        release.set()
        server.should_exit = True
        thread.join(30)


# ----------------------------------------------------------------------------- the command


def test_serve_is_a_registered_command(capsys) -> None:
    assert COMMANDS["serve"][0] == "serve"
    with pytest.raises(SystemExit) as exited:
        main(["serve", "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for option in ("--host", "--port", "--model", "--workers", "--max-body-mb"):
        assert option in out


def test_serve_with_a_bad_model_directory_is_exit_1(tmp_path, capsys) -> None:
    assert main(["serve", "--model", str(tmp_path), "--port", str(free_port())]) == 1
    assert "manifest.json" in capsys.readouterr().err


def test_serve_without_the_extra_says_what_to_install(monkeypatch, capsys) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "fastapi" else real(name, *a))
    assert main(["serve", "--port", str(free_port())]) == 1
    assert "pip install 'scamdetect[serve]'" in capsys.readouterr().err


@pytest.mark.parametrize("bad", [["--port", "0"], ["--workers", "0"], ["--max-body-mb", "-1"]])
def test_serve_rejects_bad_options(bad, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["serve", *bad])
    assert exited.value.code == 2


def test_importing_scamdetect_does_not_import_the_web_stack() -> None:
    code = ("import sys, scamdetect; scamdetect.classify('alo'); import scamdetect.cli; "
            "print(sorted(m for m in ('fastapi', 'starlette', 'uvicorn', 'httpx') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.fixture(scope="module")
def service():
    with ServiceProcess(["--no-access-log"]) as running:
        yield running


def test_the_command_answers_as_the_issue_asks(service, model) -> None:
    """`scamdetect serve` as a user starts it: health, labels equal to the library's, metrics, the page, errors."""
    url = service.url
    assert httpx.get(url + "/healthz").json()["status"] == "ok"
    response = httpx.post(url + "/v1/classify", json={"texts": TEXTS[:5]}, timeout=60)
    assert [p["label"] for p in response.json()["predictions"]] == [p.label for p in model.classify(TEXTS[:5])]
    one = httpx.post(url + "/v1/classify", json={"text": POLICE}, timeout=60).json()["prediction"]
    assert one == as_json(model.classify(POLICE).to_dict())
    assert "scamdetect_http_requests_total" in httpx.get(url + "/metrics").text
    page = httpx.get(url + "/")
    assert page.status_code == 200 and "<textarea" in page.text
    assert httpx.post(url + "/v1/classify", content=b"{oops", timeout=30).status_code == 400
    wrong = httpx.post(url + "/v1/classify", json={"texts": [1, 2]}, timeout=30)
    assert wrong.status_code == 422 and wrong.json()["field"] == "texts[0]"
    big = httpx.post(url + "/v1/classify", content=b'{"text": "' + b"a" * (3 << 20) + b'"}', timeout=60)
    assert big.status_code == 413 and big.json()["status"] == 413
    assert httpx.get(url + "/healthz").status_code == 200  # still serving after refusing it


def test_sigterm_lets_the_request_in_flight_finish() -> None:
    texts = [TEXTS[k % 5] + f" #{k}" for k in range(1000)]  # explained: a few seconds of scoring
    with ServiceProcess(["--no-access-log", "--graceful-timeout", "60"]) as running:
        results: dict[str, object] = {}

        def post() -> None:
            try:
                results["response"] = httpx.post(running.url + "/v1/classify", json={"texts": texts}, timeout=120)
            except httpx.HTTPError as err:  # pragma: no cover - reported by the assertion below
                results["error"] = err

        client_thread = threading.Thread(target=post)
        client_thread.start()
        # wait (bounded) until the request is being answered: in flight besides the /metrics request itself
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "error" not in results:
            if metric(httpx.get(running.url + "/metrics", timeout=30).text, "scamdetect_http_requests_in_flight") >= 2:
                break
            time.sleep(0.02)
        else:
            pytest.fail("the request never reached the service")
        code = running.stop()
        client_thread.join(120)
        log = running.log
    assert "error" not in results, results.get("error")
    response = results["response"]
    assert response.status_code == 200 and len(response.json()["predictions"]) == 1000
    # uvicorn ends by re-raising the SIGTERM it caught, after its graceful shutdown (older versions exit 0)
    assert code in (0, -signal.SIGTERM), log
    assert "Application shutdown complete" in log and "Finished server process" in log
    assert "shutting down" in log and "scoring pool closed" in log


def test_several_worker_processes_serve_the_same_answers(model) -> None:
    with ServiceProcess(["--workers", "2", "--no-access-log"]) as running:
        # /healthz answers as soon as one worker is up; wait (bounded) for the other to load its model too
        deadline = time.monotonic() + 120
        while running.log.count("ready;") < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        for text in TEXTS[:5]:
            response = httpx.post(running.url + "/v1/classify", json={"text": text}, timeout=60)
            assert response.status_code == 200
            assert response.json()["prediction"]["label"] == model.classify(text).label
        log = running.log
    assert running.returncode in (0, -signal.SIGTERM)
    assert log.count("ready;") == 2  # each worker loaded the model once
    assert len(set(re.findall(r"ready; \d+ scoring threads in process (\d+)", log))) == 2
