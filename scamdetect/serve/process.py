"""Start ``scamdetect serve`` in a child process on a free loopback port, for tests and benchmarks.

    >>> with ServiceProcess(["--workers", "1"]) as service:   # doctest: +SKIP
    ...     urllib.request.urlopen(service.url + "/healthz").read()

On leaving the block the service gets SIGTERM (a graceful stop) and its exit code and log are kept.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path

__all__ = ["ServiceProcess", "free_port"]


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


class ServiceProcess:
    """``python -m scamdetect serve ARGS --port P`` on 127.0.0.1, ready (``/healthz`` 200) inside the block."""

    def __init__(self, args: Sequence[str] = (), start_timeout: float = 120.0, env: dict[str, str] | None = None):
        self.args = list(args)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.start_timeout = start_timeout
        self.env = env
        self.process: subprocess.Popen | None = None
        self.returncode: int | None = None
        self._log = tempfile.TemporaryFile()

    @property
    def log(self) -> str:
        """Everything the service wrote to stdout and stderr so far."""
        self._log.seek(0)
        return self._log.read().decode("utf-8", "replace")

    def start(self) -> ServiceProcess:
        command = [sys.executable, "-m", "scamdetect", "serve", "--host", "127.0.0.1", "--port", str(self.port),
                   *self.args]
        env = {**os.environ, **(self.env or {})}
        # the child imports scamdetect from the same place as this process
        source = str(Path(__file__).absolute().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (source, env.get("PYTHONPATH", "")) if p)
        self.process = subprocess.Popen(command, stdout=self._log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"scamdetect serve exited with {self.process.returncode}:\n{self.log}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"scamdetect serve did not answer /healthz in {self.start_timeout} s:\n{self.log}")

    def stop(self, timeout: float = 60.0) -> int:
        """SIGTERM, then wait for the exit (SIGKILL after ``timeout`` s); returns the exit code."""
        if self.process is None:
            return -1
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.returncode = self.process.returncode
        return self.returncode

    def __enter__(self) -> ServiceProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
