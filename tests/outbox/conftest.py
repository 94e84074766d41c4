import pytest

from tests.outbox.smtp import SmtpServer


@pytest.fixture
def smtp(settings):
    """A real SMTP server on loopback, with Django's SMTP backend pointed at it."""
    with SmtpServer() as server:
        server.configure(settings)
        yield server
