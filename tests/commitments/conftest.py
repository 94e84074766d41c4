from tests.outbox.conftest import smtp  # noqa: F401 — the real SMTP server fixture
