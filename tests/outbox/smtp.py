"""A real SMTP server on loopback (aiosmtpd) that counts what it accepted, per Message-ID."""

from __future__ import annotations

import asyncio
import email
import socket
import threading
from collections import Counter

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    """The server's handler: records every DATA it saw and every message it accepted.

    `stall_first` seconds: the first DATA hangs that long and is then refused (451), as
    a server that lost its disk would, so a sender killed meanwhile delivered nothing.
    `refuse` makes RCPT answer 550 for every recipient.
    """

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.accepted: list[email.message.Message] = []
        self.stall_first = 0.0
        self.stalling = threading.Event()
        self.refuse = False

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content or envelope.content)
        self.seen.append(message["Message-ID"])
        if self.stall_first and len(self.seen) == 1:
            self.stalling.set()
            await asyncio.sleep(self.stall_first)
            return "451 4.3.0 Stalled; try again later"
        self.accepted.append(message)
        return "250 OK"

    def copies(self) -> Counter:
        return Counter(m["Message-ID"] for m in self.accepted)


class SmtpServer:
    def __init__(self) -> None:
        self.inbox = Inbox()
        self.port = free_port()
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()

    def configure(self, settings) -> None:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = self.port
        settings.EMAIL_USE_TLS = False
        settings.EMAIL_HOST_USER = ""
        settings.EMAIL_HOST_PASSWORD = ""

    def env(self) -> dict[str, str]:
        return {"EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "EMAIL_HOST": "127.0.0.1", "EMAIL_PORT": str(self.port), "EMAIL_USE_TLS": "False"}
