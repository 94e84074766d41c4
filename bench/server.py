"""A real gunicorn server on loopback against a benchmark's own SQLite file."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from bench.common import REPO


def setup_django(path: Path) -> None:
    """Point this process's Django at the benchmark database and set it up."""
    os.environ["SQLITE_PATH"] = str(path)
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regulars.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """Run gunicorn on a free loopback port; stop it on leaving the `with` block."""

    def __init__(self, db: Path, *, workers: int = 2, threads: int = 2):
        self.db, self.workers, self.threads = db, workers, threads
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    def __enter__(self) -> Server:
        env = {**os.environ, "SQLITE_PATH": str(self.db), "DEBUG": "False",
               "LOG_LEVEL": "WARNING"}
        env.pop("DATABASE_URL", None)
        gunicorn = Path(sys.executable).parent / "gunicorn"
        self.proc = subprocess.Popen(
            [str(gunicorn), "regulars.wsgi", "-b", f"127.0.0.1:{self.port}",
             "--workers", str(self.workers), "--worker-class", "gthread",
             "--threads", str(self.threads), "--log-level", "warning"],
            cwd=REPO, env=env, stdout=sys.stderr,
        )
        return self

    def wait_until_up(self, path: str, token: str, timeout: float = 60) -> None:
        """Wait until GET path answers 200 with the token."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.proc.returncode}")
            try:
                conn = self.connect(timeout=5)
                conn.request("GET", path, headers={"Authorization": f"Bearer {token}"})
                status = conn.getresponse().status
                conn.close()
                if status == 200:
                    return
                raise RuntimeError(f"the server answered {status} to GET {path}")
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"the server did not answer within {timeout}s")

    def connect(self, timeout: float = 60) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def __exit__(self, *exc) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
