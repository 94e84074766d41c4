"""Real worker processes against a real database: kill -9 mid-send, and a clean SIGTERM.

The workers are `regulars worker` subprocesses, so they need a database they can open:
on PostgreSQL (or SQLite with SQLITE_TEST_PATH) the test database, committed by a
transactional test; on the default in-memory SQLite test database, a file of our own
migrated by `regulars migrate`. The test sets data up and reads it back through
`regulars shell` so both paths are the same.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from tests.outbox.smtp import SmtpServer

REGULARS = str(Path(sys.executable).parent / "regulars")
QUEUE = """
from regulars.businesses.models import Business
from regulars.outbox.services import queue_email
b = Business.objects.create(name="Crash Test Cafe", slug="crash-%(n)s")
m = queue_email(business=b, to="dana@example.com", subject="Hello", body="Hi Dana")
print(m.pk)
"""
READ = """
import json
from regulars.outbox.models import Message
m = Message.objects.get(pk=%(pk)s)
print(json.dumps({"status": m.status, "attempts": m.attempts, "message_id": m.message_id,
                  "error": m.last_error}))
"""


@pytest.fixture(scope="module")
def migrated_file(tmp_path_factory) -> Path:
    """A migrated SQLite file, made once and copied for each test."""
    path = tmp_path_factory.mktemp("workers") / "template.sqlite3"
    env = {**os.environ, "SQLITE_PATH": str(path), "VAR_DIR": str(path.parent)}
    env.pop("DATABASE_URL", None)
    subprocess.run([REGULARS, "migrate", "--noinput", "-v0"], env=env, check=True, timeout=120)
    subprocess.run([REGULARS, "shell", "-c", "from django.db import connection; "
                    "connection.cursor().execute('PRAGMA wal_checkpoint(TRUNCATE)')"],
                   env=env, check=True, timeout=60)
    return path


@pytest.fixture
def worker_env(request, transactional_db, tmp_path) -> dict[str, str]:
    """Environment for subprocesses that share one database with this test."""
    env = {**os.environ, "VAR_DIR": str(tmp_path), "LOG_LEVEL": "INFO",
           "PYTHONUNBUFFERED": "1"}
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
        env["DATABASE_URL"] = f"postgresql://{auth}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    elif connection.vendor == "sqlite":
        env.pop("DATABASE_URL", None)
        test_file = os.environ.get("SQLITE_TEST_PATH")
        if test_file and str(db["NAME"]) == test_file:
            env["SQLITE_PATH"] = test_file
        else:  # an in-memory test database: the workers get a file of their own
            env["SQLITE_PATH"] = str(tmp_path / "workers.sqlite3")
            shutil.copy(request.getfixturevalue("migrated_file"), env["SQLITE_PATH"])
    else:
        pytest.skip(f"no way to share a {connection.vendor} test database with a subprocess")
    return env


def shell(env: dict[str, str], code: str) -> str:
    done = subprocess.run([REGULARS, "shell", "-c", code], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def start_worker(env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen([REGULARS, "worker", "--sleep", "0.2", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def stop(worker: subprocess.Popen) -> tuple[int, str]:
    worker.send_signal(signal.SIGTERM)
    _, err = worker.communicate(timeout=20)
    return worker.returncode, err


def test_a_worker_killed_mid_send_neither_loses_nor_doubles_the_message(worker_env):
    with SmtpServer() as smtp:
        env = {**worker_env, **smtp.env()}
        pk = shell(env, QUEUE % {"n": "kill"})
        smtp.inbox.stall_first = 30  # the first delivery hangs in DATA…
        first = start_worker(env, "--lease", "3")
        try:
            assert smtp.inbox.stalling.wait(60), "the first worker never reached DATA"
        finally:
            first.kill()  # …and its worker dies there: kill -9
            first.communicate(timeout=20)
        assert first.returncode == -signal.SIGKILL
        row = json.loads(shell(env, READ % {"pk": pk}))
        assert row["status"] == "sending"  # claimed, never confirmed

        second = start_worker(env, "--lease", "3")
        try:
            wait_for(lambda: smtp.inbox.accepted, 60, "the second worker's delivery")
            wait_for(lambda: json.loads(shell(env, READ % {"pk": pk}))["status"] == "sent",
                     30, "the row to be marked sent")
        finally:
            code, err = stop(second)
        assert code == 0, err
        row = json.loads(shell(env, READ % {"pk": pk}))
        assert row["attempts"] == 2
        # Both attempts carried the same Message-ID, and the server accepted exactly one.
        assert smtp.inbox.seen == [row["message_id"]] * 2
        assert smtp.inbox.copies() == {row["message_id"]: 1}


def test_a_worker_stops_cleanly_on_sigterm(worker_env, tmp_path):
    pk = shell(worker_env, QUEUE % {"n": "term"})
    worker = start_worker(worker_env)
    try:
        outbox = tmp_path / "outbox"
        wait_for(lambda: outbox.exists() and any(outbox.iterdir()), 60, "the file backend")
        wait_for(lambda: json.loads(shell(worker_env, READ % {"pk": pk}))["status"] == "sent",
                 30, "the row to be marked sent")
    finally:
        code, err = stop(worker)
    assert code == 0, err
    assert "SIGTERM received" in err and "stopped" in err
