"""The desk through the test client: signing in, finding a customer, notes, details."""

import re

import pytest
from django.test import Client
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from regulars.businesses.middleware import SESSION_KEY
from regulars.businesses.models import Membership
from regulars.customers.models import ContactPoint, Customer, Note
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


# Signing in


def test_it_signs_in_with_email_and_password(world):
    client = Client()
    r = client.post("/login/", {"username": "bob@maple.test", "password": PASSWORD})
    assertRedirects(r, "/", fetch_redirect_response=False)
    assertContains(client.get("/"), "Good ")


def test_it_rejects_a_wrong_password(world):
    client = Client()
    r = client.post("/login/", {"username": "bob@maple.test", "password": "not it"})
    assertContains(r, "That email and password do not match an account.")
    assertRedirects(client.get("/"), "/login/?next=/")


def test_it_returns_to_the_page_asked_for_after_signing_in(world, dana):
    client = Client()
    r = client.post(
        "/login/",
        {"username": "bob@maple.test", "password": PASSWORD, "next": f"/customers/{dana.pk}/"},
    )
    assertRedirects(r, f"/customers/{dana.pk}/", fetch_redirect_response=False)


@pytest.mark.parametrize("url", [
    "/", "/search/?q=dana", "/customers/", "/customers/new/", "/customers/1/",
    "/customers/1/edit/", "/customers/1/facts/new/", "/facts/1/edit/",
])
def test_it_sends_anonymous_visitors_to_sign_in(client, url):
    r = client.get(url)
    assert r.status_code == 302
    assert r["Location"].startswith("/login/?next=")


@pytest.mark.parametrize("url", [
    "/customers/1/notes/", "/facts/1/status/", "/switch/",
])
def test_it_writes_nothing_for_anonymous_posts(world, client, url):
    r = client.post(url, {"text": "hello", "status": "retired", "business": "1"})
    assert r.status_code == 302
    assert r["Location"].startswith("/login/?next=")
    assert not Note.objects.exists()


def test_it_tells_someone_without_a_business_to_ask_the_owner(world):
    loner = type(world.staff).objects.create_user("loner@nowhere.test", PASSWORD)
    r = world.client_for(loner).get("/")
    assertContains(r, "not a member of any business", status_code=403)


def test_it_signs_out(desk):
    assertRedirects(desk.post("/logout/"), "/login/", fetch_redirect_response=False)
    assert desk.get("/").status_code == 302


# Finding a customer


@pytest.mark.parametrize("query", ["dana@exam", "dnaa whitfeld", "555 0134"])
def test_it_finds_a_customer_on_the_search_page(desk, dana, query):
    r = desk.get("/search/", {"q": query})
    assertContains(r, "Dana Whitfield")
    assertContains(r, f'href="/customers/{dana.pk}/"')
    assertContains(r, "<html", html=False)


@pytest.mark.parametrize(
    "query", ["4155550134", "(415) 555-0134", "dana@example.com", "dnaa whitfeld"]
)
def test_it_answers_htmx_with_the_results_alone(desk, dana, query):
    r = desk.get("/search/", {"q": query}, headers=HTMX)
    assert r.status_code == 200
    assertContains(r, "Dana Whitfield")
    assertContains(r, f'href="/customers/{dana.pk}/"')
    assertNotContains(r, "<html")


def test_it_finds_by_a_partial_phone_among_several(world, desk, dana):
    world.customer(first_name="Dan", last_name="Other", phones=["(212) 555-0134"])
    r = desk.get("/search/", {"q": "555-0134"})
    assertContains(r, "Dana Whitfield")
    assertContains(r, "Dan Other")


@pytest.mark.parametrize("query", ["+1 415 555 0134", "415.555.0134", "Dana@Example.COM"])
def test_it_opens_the_profile_on_a_single_exact_phone_hit(desk, dana, query):
    r = desk.get("/search/", {"q": query})
    assertRedirects(r, f"/customers/{dana.pk}/")



def test_it_offers_to_add_a_customer_when_nobody_matches(desk, dana):
    r = desk.get("/search/", {"q": "Zebedee Quartermaine"}, headers=HTMX)
    assertContains(r, "No customer matches")
    assertContains(r, 'href="/customers/new/"')


def test_it_shows_an_empty_search_page_for_an_empty_query(desk, dana):
    r = desk.get("/search/", {"q": "   "})
    assert r.status_code == 200
    assertNotContains(r, "Dana Whitfield")


# The profile


def test_it_shows_the_greeting_card(desk, dana, remembered):
    r = desk.get(f"/customers/{dana.pk}/")
    assertContains(r, '<div class="say">Dana <span class="pron">(DAY-na)</span></div>', html=True)
    assertContains(r, "Biscuit (dog)")
    assertContains(r, "Emma&#x27;s graduation (June 2099)")
    assertContains(r, "oat latte")


def test_it_groups_the_facts(desk, dana, remembered):
    r = desk.get(f"/customers/{dana.pk}/")
    body = r.content.decode()
    for heading in ("Household &amp; pets", "Coming up", "Likes &amp; dislikes"):
        assert f"<h3>{heading}</h3>" in body
    household = body.index("Household &amp; pets")
    coming = body.index("<h3>Coming up")
    assert household < body.index("dog Biscuit") < coming
    assert coming < body.index("Emma: graduation") < body.index("<h3>Likes")


def test_it_shows_contacts_and_notes(desk, dana, remembered):
    r = desk.get(f"/customers/{dana.pk}/")
    assertContains(r, 'href="tel:+14155550134"')
    assertContains(r, 'href="mailto:dana@example.com"')
    assertContains(r, "Her daughter Emma graduates in June.")
    assertContains(r, "Bob")


def test_it_says_when_nothing_is_remembered_yet(desk, dana):
    r = desk.get(f"/customers/{dana.pk}/")
    assertContains(r, "Nothing yet.")
    assertContains(r, "No notes yet.")


def test_it_answers_404_for_a_customer_that_does_not_exist(desk):
    assert desk.get("/customers/999999/").status_code == 404


# Notes


def test_it_adds_a_note(world, desk, dana):
    r = desk.post(
        f"/customers/{dana.pk}/notes/",
        {"text": "  Back from Lisbon, loved it.  ", "author_kind": "staff"}, follow=True,
    )
    assertRedirects(r, f"/customers/{dana.pk}/")
    assertContains(r, "Note saved.")
    # The timeline may mark up what the memory engine read, so compare the text.
    timeline = r.content.decode().split('<ol class="timeline">')[1]
    assert "Back from Lisbon, loved it." in re.sub(r"<[^>]+>", "", timeline)
    note = Note.objects.get(customer=dana)
    assert (note.text, note.author, note.source) == (
        "Back from Lisbon, loved it.", world.staff, "desk",
    )


def test_it_adds_a_note_in_the_customers_own_words(desk, dana):
    desk.post(f"/customers/{dana.pk}/notes/", {"text": "Call me Dee.", "author_kind": "customer"})
    assert Note.objects.get(customer=dana).author_kind == Note.CUSTOMER
    assertContains(desk.get(f"/customers/{dana.pk}/"), "in their words")


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_it_refuses_an_empty_note(desk, dana, text):
    r = desk.post(
        f"/customers/{dana.pk}/notes/", {"text": text, "author_kind": "staff"}, follow=True
    )
    assertContains(r, "The note was not saved")
    assertNotContains(r, "Note saved.")
    assert not Note.objects.exists()


def test_it_refuses_an_overlong_note(desk, dana):
    r = desk.post(
        f"/customers/{dana.pk}/notes/", {"text": "x" * 10001, "author_kind": "staff"},
        follow=True,
    )
    assertContains(r, "The note was not saved: A note is at most 10000 characters")
    assert not Note.objects.exists()


def test_it_accepts_a_note_of_exactly_the_limit(desk, dana):
    desk.post(f"/customers/{dana.pk}/notes/", {"text": "x" * 10000, "author_kind": "staff"})
    assert len(Note.objects.get().text) == 10000


def test_it_follows_the_configured_note_limit(settings, desk, dana):
    settings.NOTE_MAX_CHARS = 20
    r = desk.post(
        f"/customers/{dana.pk}/notes/", {"text": "x" * 21, "author_kind": "staff"}, follow=True
    )
    assertContains(r, "The note was not saved")
    assert not Note.objects.exists()


def test_it_accepts_longer_notes_when_configured(settings, desk, dana):
    settings.NOTE_MAX_CHARS = 20000
    desk.post(f"/customers/{dana.pk}/notes/", {"text": "x" * 15000, "author_kind": "staff"})
    assert len(Note.objects.get().text) == 15000


def test_it_refuses_an_unknown_author_kind(desk, dana):
    r = desk.post(
        f"/customers/{dana.pk}/notes/", {"text": "Hello", "author_kind": "robot"}, follow=True
    )
    assertContains(r, "The note was not saved")
    assert not Note.objects.exists()


def test_it_only_adds_notes_by_post(desk, dana):
    assert desk.get(f"/customers/{dana.pk}/notes/").status_code == 405


# New and edited customers


def test_it_shows_the_new_customer_form(desk):
    r = desk.get("/customers/new/")
    assertContains(r, "New customer")
    assertContains(r, 'name="phones"')
    assertContains(r, "Alice Owner")  # point of contact choices


def test_it_creates_a_customer(world, desk):
    r = desk.post("/customers/new/", {
        "first_name": "William", "last_name": "Okafor", "preferred_name": "Bill",
        "phones": "415-555-0199\n(415) 555 0199", "emails": " Bill@Example.com ",
        "owner": str(world.owner.pk), "preferred_channel": "sms", "tags": "vip, Regular",
    }, follow=True)
    bill = Customer.objects.get()
    assertRedirects(r, f"/customers/{bill.pk}/")
    assertContains(r, "Added William Okafor.")
    assert [c.value for c in bill.phones()] == ["+14155550199"]
    assert [c.value for c in bill.emails()] == ["bill@example.com"]
    assert (bill.owner, bill.tags, bill.business) == (
        world.owner, ["vip", "regular"], world.business,
    )


@pytest.mark.parametrize("field, value, message", [
    ("phones", "12", "is not a valid phone number"),
    ("emails", "not-an-email", "is not an email"),
])
def test_it_refuses_a_customer_with_a_bad_contact(desk, field, value, message):
    r = desk.post("/customers/new/", {"first_name": "William", field: value})
    assert r.status_code == 200
    assertContains(r, message)
    assertContains(r, 'class="field has-error"')
    assert not Customer.objects.exists()
    assert not ContactPoint.objects.exists()


def test_it_refuses_a_customer_without_a_first_name(desk):
    r = desk.post("/customers/new/", {"last_name": "Okafor"})
    assertContains(r, "This field is required.")
    assert not Customer.objects.exists()


def test_it_refuses_an_owner_from_another_business(world, desk):
    r = desk.post("/customers/new/", {"first_name": "W", "owner": str(world.outsider.pk)})
    assert r.status_code == 200
    assert not Customer.objects.exists()


def test_it_fills_the_edit_form_with_the_customer(desk, dana):
    r = desk.get(f"/customers/{dana.pk}/edit/")
    assertContains(r, "Edit Dana Whitfield")
    assertContains(r, "+14155550134")
    assertContains(r, "dana@example.com")
    assertContains(r, 'value="DAY-na"')


def test_it_edits_a_customer(world, desk, dana):
    r = desk.post(f"/customers/{dana.pk}/edit/", {
        "first_name": "Dana", "last_name": "Whitfield-Jones", "preferred_name": "Dee",
        "phones": "(415) 555-0177", "emails": "", "owner": str(world.staff.pk),
    }, follow=True)
    assertRedirects(r, f"/customers/{dana.pk}/")
    assertContains(r, "Saved.")
    dana.refresh_from_db()
    assert (dana.last_name, dana.preferred_name, dana.owner) == (
        "Whitfield-Jones", "Dee", world.staff,
    )
    assert [c.value for c in dana.contacts.all()] == ["+14155550177"]
    # The new name is searchable at once.
    assertRedirects(desk.get("/search/", {"q": "Dana Whitfield-Jones"}), f"/customers/{dana.pk}/")


def test_it_keeps_a_customer_as_they_were_on_a_bad_edit(desk, dana):
    r = desk.post(f"/customers/{dana.pk}/edit/", {
        "first_name": "Danielle", "phones": "(415) 555-0134\nnope", "emails": "dana@example.com",
    })
    assertContains(r, "is not a")
    dana.refresh_from_db()
    assert dana.first_name == "Dana"
    assert sorted(c.value for c in dana.contacts.all()) == ["+14155550134", "dana@example.com"]


# The customer list


def test_it_lists_customers_with_paging(world, desk):
    for i in range(55):
        world.customer(first_name=f"Person{i:02d}", last_name="Able")
    first = desk.get("/customers/")
    assertContains(first, "Page 1 of 2")
    assertContains(first, "Person00 Able")
    assertNotContains(first, "Person54 Able")
    second = desk.get("/customers/", {"page": 2})
    assertContains(second, "Person54 Able")
    assertContains(second, "← Previous")


def test_it_filters_the_list(world, desk, dana):
    world.customer(first_name="William", last_name="Okafor")
    r = desk.get("/customers/", {"q": "whit"})
    assertContains(r, "Dana Whitfield")
    assertNotContains(r, "William Okafor")
    assertContains(desk.get("/customers/", {"q": "zzz"}), "No customers match.")


def test_it_survives_a_nonsense_page_number(desk, dana):
    assertContains(desk.get("/customers/", {"page": "lots"}), "Dana Whitfield")


# Switching business


@pytest.fixture
def two_hats(world, desk):
    """Bob also works at the garage."""
    Membership.objects.create(
        business=world.other_business, user=world.staff, role=Membership.STAFF
    )
    return desk


def test_it_switches_business(world, two_hats, dana):
    r = two_hats.get("/")
    assertContains(r, 'name="business"')
    assertContains(r, "Northside Garage")
    r = two_hats.post("/switch/", {"business": world.other_business.pk})
    assertRedirects(r, "/", fetch_redirect_response=False)
    assert two_hats.session[SESSION_KEY] == world.other_business.pk
    assert two_hats.get(f"/customers/{dana.pk}/").status_code == 404
    assertNotContains(two_hats.get("/search/", {"q": "dana@example.com"}), "Dana Whitfield")
    two_hats.post("/switch/", {"business": world.business.pk})
    assert two_hats.get(f"/customers/{dana.pk}/").status_code == 200


def test_it_refuses_to_switch_to_a_business_one_is_not_in(world, desk, dana):
    r = desk.post("/switch/", {"business": world.other_business.pk})
    assert r.status_code == 400
    assert SESSION_KEY not in desk.session
    assert desk.get(f"/customers/{dana.pk}/").status_code == 200


@pytest.mark.parametrize("business", ["", "abc", "999999", "²", "9" * 30])
def test_it_refuses_to_switch_to_nonsense(desk, business):
    assert desk.post("/switch/", {"business": business}).status_code == 400


def test_it_shows_the_business_name_without_a_switcher_for_one_business(desk):
    r = desk.get("/")
    assertContains(r, '<span class="bizname">Maple Street Salon</span>', html=True)
    assertNotContains(r, 'name="business"')
