"""One real browser at the desk: sign in, find a misspelt name live, add a note.

Drives Debian's Chromium through Playwright against the live server, and leaves
screenshots in var/screenshots/ for a person to look at (phone and tablet widths).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from django.db import connection

from regulars.businesses.models import Business, Membership, User
from regulars.customers import services
from regulars.customers.models import Note
from tests.conftest import PASSWORD

# Playwright's sync API runs an event loop in this thread; the test's own ORM calls
# are still plain synchronous code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else shutil.which("chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
TABLET = {"width": 820, "height": 1180}

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError as e:  # pragma: no cover - depends on the machine
    sync_playwright = None
    PLAYWRIGHT_MISSING = f"playwright cannot be imported ({e})"
else:
    PLAYWRIGHT_MISSING = ""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None, reason="Chromium not found at /usr/bin/chromium or on PATH"
    ),
    pytest.mark.skipif(bool(PLAYWRIGHT_MISSING), reason=PLAYWRIGHT_MISSING),
]


@pytest.fixture
def salon(transactional_db):
    """The salon with Bob at the desk and a few customers, one of them Dana."""
    business = Business.objects.create(
        name="Maple Street Salon", slug="maple", time_zone="America/Los_Angeles",
        phone_region="US",
    )
    bob = User.objects.create_user("bob@maple.test", PASSWORD, name="Bob Staff")
    Membership.objects.create(business=business, user=bob, role=Membership.STAFF)
    dana = services.create_customer(
        business=business,
        fields={"first_name": "Dana", "last_name": "Whitfield", "pronunciation": "DAY-na"},
        phones=["(415) 555-0134"], emails=["dana@example.com"], owner=bob,
    )
    for first, last in [("Daniel", "Whitaker"), ("William", "Okafor"), ("Priya", "Shah")]:
        services.create_customer(business=business, fields={"first_name": first, "last_name": last})
    services.add_fact(
        customer=dana, kind="pet", fields={"species": "dog", "name": "Biscuit"}, author=bob
    )
    services.add_fact(
        customer=dana, kind="event", about="Emma",
        fields={"type": "graduation", "when": "2099-06", "status": "upcoming"},
    )
    services.add_fact(
        customer=dana, kind="preference",
        fields={"topic": "drink", "value": "oat latte", "polarity": "like"},
    )
    Note.objects.create(
        business=business, customer=dana, author=bob,
        text="Her daughter Emma graduates in June; Biscuit the dog is 12.",
    )
    return dana


@pytest.fixture
def page():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport=TABLET)
        context.set_default_timeout(10_000)
        yield context.new_page()
        context.close()
        browser.close()


def test_it_signs_in_finds_a_misspelt_name_and_adds_a_note(salon, live_server, page):
    dana = salon
    page.goto(f"{live_server.url}/")
    expect(page).to_have_url(re.compile(r"/login/"))
    page.get_by_label("Email").fill("bob@maple.test")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Bob")
    page.screenshot(path=SCREENSHOTS / "home.png", full_page=True)

    search = page.get_by_role("searchbox", name="Find a customer")
    search.press_sequentially("dnaa whitfeld", delay=20)
    live = page.locator("#live-results")
    expect(live.get_by_text("Dana Whitfield")).to_be_visible()
    page.screenshot(path=SCREENSHOTS / "search.png")

    live.get_by_role("link", name=re.compile("Dana Whitfield")).click()
    expect(page).to_have_url(f"{live_server.url}/customers/{dana.pk}/")
    expect(page.locator(".greeting .say")).to_contain_text("Dana")

    page.get_by_placeholder(re.compile("What did you learn")).fill(
        "Back from Lisbon, loved the tiles."
    )
    page.get_by_role("button", name="Add note").click()
    expect(page.locator(".flash")).to_have_text("Note saved.")
    expect(page.locator(".timeline li").first).to_contain_text(
        "Back from Lisbon, loved the tiles."
    )
    page.screenshot(path=SCREENSHOTS / "profile.png", full_page=True)
    assert Note.objects.filter(customer=dana, text__contains="Lisbon").count() == 1
    # Under Playwright this query ran in another context, with a connection of its own
    # that teardown would not close; PostgreSQL then refuses to drop the test database.
    connection.close()

    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=SCREENSHOTS / "profile-phone.png", full_page=True)
