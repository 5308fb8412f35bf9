"""Fixtures of the submission tests: a real SMTP server on loopback, a site tree
with districts and themes, and reviewers in the workflow's groups.
"""

import email
import email.policy
import socket
import threading
import time

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth.models import Group, User

from tests.utils import make_district, make_theme


class Inbox:
    """Collects what the SMTP server receives, as parsed messages."""

    def __init__(self):
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(
            envelope.content, policy=email.policy.default
        )
        with self.lock:
            self.messages.append(message)
        return "250 OK"

    def to(self, address):
        with self.lock:
            return [m for m in self.messages if m["To"] == address]

    def last_to(self, address):
        messages = self.to(address)
        assert messages, f"no mail to {address}; got {len(self.messages)} others"
        return messages[-1]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SmtpServer:
    """An aiosmtpd server on loopback that can be stopped and started again on
    the same port, to play a mail outage.
    """

    def __init__(self, port):
        self.port = port
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp(settings):
    """A running SMTP server that the site sends its mail to."""
    server = SmtpServer(free_port())
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_TIMEOUT = 5
    server.start()
    yield server
    server.stop()


@pytest.fixture
def site(tree):
    """The test tree with two districts and two themes."""
    heule = make_district(tree["districts"], "Heule")
    bissegem = make_district(tree["districts"], "Bissegem")
    return {
        **tree,
        "heule": heule,
        "bissegem": bissegem,
        "green": make_theme("Vergroening", name_en="Greening", name_fr="Verdure"),
        "lonely": make_theme("Eenzaamheid", name_en="Loneliness"),
    }


def make_reviewer(username, group):
    user = User.objects.create_user(username, f"{username}@city.example", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def moderator(db):
    return make_reviewer("moderator", "Moderators")


@pytest.fixture
def communicator(db):
    return make_reviewer("communicator", "Communication team")


@pytest.fixture
def no_wait(settings):
    """Lets tests post the form right after fetching it."""
    settings.CIVIC_SUBMISSION_MIN_FILL_SECONDS = 0


def wait_for(condition, timeout=5):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)
