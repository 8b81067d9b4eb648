"""Prometheus metrics of the service, in the text exposition format (no client library needed).

Four families, each for one worker process (Prometheus sums them across the targets it scrapes):

- ``scamdetect_http_requests_total{method, path, status}``: requests answered;
- ``scamdetect_http_requests_in_flight``: requests being answered now (this scrape included);
- ``scamdetect_http_request_duration_seconds{path}``: a latency histogram;
- ``scamdetect_messages_scored_total{label}``: messages classified, by predicted label.

``path`` is one of the service's routes or ``other``, so a scan of random URLs cannot grow the series.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Iterable

__all__ = ["Metrics", "LATENCY_BUCKETS", "CONTENT_TYPE"]

#: upper bounds (seconds) of the latency histogram's buckets; +Inf is added
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(**pairs: str) -> str:
    return "{" + ",".join(f'{key}="{_escape(value)}"' for key, value in pairs.items()) + "}"


def _number(value: float) -> str:
    return repr(float(value)) if value != int(value) else str(int(value))


class Metrics:
    """Counters and a histogram, safe to update from the event loop and from scoring threads."""

    def __init__(self, paths: Iterable[str], labels: Iterable[str]) -> None:
        self.paths = frozenset(paths)
        self._lock = threading.Lock()
        self._requests: dict[tuple[str, str, int], int] = {}
        self._latency: dict[str, list[int]] = {}
        self._latency_sum: dict[str, float] = {}
        self._scored: dict[str, int] = {label: 0 for label in labels}
        self._in_flight = 0

    def route(self, path: str) -> str:
        return path if path in self.paths else "other"

    def started(self) -> None:
        with self._lock:
            self._in_flight += 1

    def observe_request(self, method: str, path: str, status: int, seconds: float) -> None:
        """A request answered (``started`` was called for it)."""
        path = self.route(path)
        bucket = bisect_left(LATENCY_BUCKETS, seconds)
        with self._lock:
            self._in_flight -= 1
            key = (method, path, status)
            self._requests[key] = self._requests.get(key, 0) + 1
            counts = self._latency.get(path)
            if counts is None:
                counts = self._latency[path] = [0] * (len(LATENCY_BUCKETS) + 1)
            counts[bucket] += 1
            self._latency_sum[path] = self._latency_sum.get(path, 0.0) + seconds

    def observe_labels(self, labels: Iterable[str]) -> None:
        with self._lock:
            for label in labels:
                self._scored[label] = self._scored.get(label, 0) + 1

    def render(self) -> str:
        with self._lock:
            requests = sorted(self._requests.items())
            latency = {path: list(counts) for path, counts in self._latency.items()}
            sums = dict(self._latency_sum)
            scored = sorted(self._scored.items())
            in_flight = self._in_flight
        lines = ["# HELP scamdetect_http_requests_total HTTP requests answered, by method, route and status.",
                 "# TYPE scamdetect_http_requests_total counter"]
        for (method, path, status), count in requests:
            lines.append(f"scamdetect_http_requests_total{_labels(method=method, path=path, status=str(status))} "
                         f"{count}")
        lines += ["# HELP scamdetect_http_requests_in_flight HTTP requests being answered now.",
                  "# TYPE scamdetect_http_requests_in_flight gauge",
                  f"scamdetect_http_requests_in_flight {in_flight}"]
        lines += ["# HELP scamdetect_http_request_duration_seconds Time to answer an HTTP request, by route.",
                  "# TYPE scamdetect_http_request_duration_seconds histogram"]
        for path in sorted(latency):
            running = 0
            for bound, count in zip((*LATENCY_BUCKETS, float("inf")), latency[path]):
                running += count
                le = "+Inf" if bound == float("inf") else _number(bound)
                lines.append(f"scamdetect_http_request_duration_seconds_bucket{_labels(path=path, le=le)} {running}")
            lines.append(f"scamdetect_http_request_duration_seconds_sum{_labels(path=path)} {sums[path]!r}")
            lines.append(f"scamdetect_http_request_duration_seconds_count{_labels(path=path)} {running}")
        lines += ["# HELP scamdetect_messages_scored_total Messages classified, by predicted label.",
                  "# TYPE scamdetect_messages_scored_total counter"]
        for label, count in scored:
            lines.append(f"scamdetect_messages_scored_total{_labels(label=label)} {count}")
        return "\n".join(lines) + "\n"
