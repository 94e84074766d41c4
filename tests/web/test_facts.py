"""Remembering by hand at the desk: adding, correcting, confirming and retiring facts."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from regulars.customers.models import Fact
from regulars.memory import schema

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def _card(body: str) -> str:
    return body[body.index('<div class="greeting">'):body.index('<dl class="contact">')]


def _history(body: str) -> str:
    start = body.index("<summary>History")
    return body[start:body.index("</details>", start)]


# Adding


def test_it_shows_the_fact_form_with_a_kind_select(desk, dana):
    r = desk.get(f"/customers/{dana.pk}/facts/new/")
    assertContains(r, "Remember something about Dana")
    assertContains(r, f'hx-get="/customers/{dana.pk}/facts/new/"')
    for kind in schema.KINDS:
        assertContains(r, f'<option value="{kind}"')
    assertContains(r, 'name="relation"')  # a person by default


@pytest.mark.parametrize("kind", schema.KINDS)
def test_it_renders_each_kinds_fields(desk, dana, kind):
    page = desk.get(f"/customers/{dana.pk}/facts/new/", {"kind": kind})
    assertContains(page, f'<option value="{kind}" selected>')
    partial = desk.get(f"/customers/{dana.pk}/facts/new/", {"kind": kind}, headers=HTMX)
    assertNotContains(partial, "<html")
    assertContains(partial, '<div id="fact-fields">')
    assertContains(partial, f'<input type="hidden" name="kind" value="{kind}">', html=True)
    for name, (allowed, _) in schema.FIELDS[kind].items():
        assertContains(partial, f'name="{name}"')
        for value in allowed or ():
            assertContains(partial, f'<option value="{value}"')
    others = {n for k, f in schema.FIELDS.items() if k != kind for n in f} - set(
        schema.FIELDS[kind]
    )
    for name in others:
        assertNotContains(partial, f'name="{name}"')


def test_it_refuses_an_unknown_kind(desk, dana):
    assert desk.get(f"/customers/{dana.pk}/facts/new/", {"kind": "horoscope"}).status_code == 400
    r = desk.post(f"/customers/{dana.pk}/facts/new/", {"kind": "horoscope", "value": "leo"})
    assert r.status_code == 400
    assert not Fact.objects.exists()


def test_it_adds_a_fact_by_hand(world, desk, dana):
    r = desk.post(
        f"/customers/{dana.pk}/facts/new/",
        {"kind": "pet", "species": "dog", "name": "Biscuit", "status": "alive"}, follow=True,
    )
    assertRedirects(r, f"/customers/{dana.pk}/")
    assertContains(r, "Remembered.")
    assertContains(r, "dog Biscuit")
    fact = Fact.objects.get()
    assert (fact.customer, fact.kind, fact.status, fact.author) == (
        dana, "pet", Fact.CONFIRMED, world.staff,
    )
    assert fact.data == {"species": "dog", "name": "Biscuit", "status": "alive"}


def test_it_adds_a_fact_about_someone_else(desk, dana):
    desk.post(f"/customers/{dana.pk}/facts/new/", {
        "kind": "event", "about": "Emma", "type": "graduation", "when": "2099-06",
        "status": "upcoming",
    })
    fact = Fact.objects.get()
    assert (fact.about, fact.data["when"]) == ("Emma", "2099-06")
    assertContains(desk.get(f"/customers/{dana.pk}/"), "Emma&#x27;s graduation (June 2099)")


def test_it_marks_a_sad_event_sensitive_and_keeps_it_off_the_chat(desk, dana):
    desk.post(f"/customers/{dana.pk}/facts/new/", {
        "kind": "event", "type": "bereavement", "when": "2024-03", "status": "past",
    })
    assert Fact.objects.get().sensitive
    r = desk.get(f"/customers/{dana.pk}/")
    assertContains(r, '<span class="badge gentle">sensitive</span>', html=True)
    body = r.content.decode()
    card = _card(body)
    assert "Be gentle" in card
    assert "Ask about" not in card


@pytest.mark.parametrize("post, message", [
    ({"kind": "pet", "name": "Biscuit", "status": "alive"}, "This field is required."),
    ({"kind": "pet", "species": "dragon", "status": "alive"}, "Select a valid choice."),
    ({"kind": "trip", "destination": "Lisbon", "when": "next June", "status": "planned"},
     "trip.when must be YYYY-MM-DD, YYYY-MM or --MM-DD"),
    ({"kind": "interest", "value": "x" * 201}, "at most 200 characters"),
    ({"kind": "interest", "value": "golf", "about": "x" * 101}, "at most 100 characters"),
])
def test_it_refuses_a_bad_fact_and_saves_nothing(desk, dana, post, message):
    r = desk.post(f"/customers/{dana.pk}/facts/new/", post)
    assert r.status_code == 200
    assertContains(r, message)
    assertContains(r, f'<option value="{post["kind"]}" selected>')
    assert not Fact.objects.exists()


# Correcting


def test_it_fills_the_correction_form_with_the_fact(desk, remembered):
    dog = remembered["dog"]
    r = desk.get(f"/facts/{dog.pk}/edit/")
    assertContains(r, "Correct: dog Biscuit")
    assertContains(r, 'value="Biscuit"')
    assertContains(r, '<option value="dog" selected>')
    assertNotContains(r, 'id="kind-select"')  # the kind of a fact is not corrected


def test_it_corrects_a_fact(desk, dana, remembered):
    dog = remembered["dog"]
    r = desk.post(
        f"/facts/{dog.pk}/edit/", {"species": "dog", "name": "Biscuit", "status": "deceased"},
        follow=True,
    )
    assertRedirects(r, f"/customers/{dana.pk}/")
    assertContains(r, "Corrected.")
    assertContains(r, "dog Biscuit (died)")
    dog.refresh_from_db()
    assert dog.data["status"] == "deceased"
    body = r.content.decode()
    card = _card(body)
    assert "Biscuit (dog) died" in card


def test_it_confirms_a_suggested_fact_when_correcting_it(desk, remembered):
    suggested = remembered["suggested"]
    desk.post(f"/facts/{suggested.pk}/edit/", {"relation": "daughter", "name": "Emmy"})
    suggested.refresh_from_db()
    assert (suggested.status, suggested.data["name"]) == (Fact.CONFIRMED, "Emmy")


def test_it_refuses_a_bad_correction(desk, remembered):
    latte = remembered["latte"]
    r = desk.post(
        f"/facts/{latte.pk}/edit/", {"topic": "drink", "value": "", "polarity": "like"}
    )
    assertContains(r, "This field is required.")
    latte.refresh_from_db()
    assert latte.data["value"] == "oat latte"


# Confirming and retiring


def test_it_confirms_a_suggested_fact(desk, dana, remembered):
    suggested = remembered["suggested"]
    page = desk.get(f"/customers/{dana.pk}/")
    assertContains(page, '<span class="badge">suggested</span>', html=True, count=1)
    assertContains(page, 'value="confirmed"', count=1)
    r = desk.post(f"/facts/{suggested.pk}/status/", {"status": "confirmed"})
    assertRedirects(r, f"/customers/{dana.pk}/")
    suggested.refresh_from_db()
    assert suggested.status == Fact.CONFIRMED
    assertNotContains(desk.get(f"/customers/{dana.pk}/"), 'value="confirmed"')


def test_it_retires_a_fact_into_history(desk, dana, remembered):
    latte = remembered["latte"]
    assertNotContains(desk.get(f"/customers/{dana.pk}/"), "History (")
    r = desk.post(f"/facts/{latte.pk}/status/", {"status": "retired"}, follow=True)
    assertRedirects(r, f"/customers/{dana.pk}/")
    latte.refresh_from_db()
    assert latte.status == Fact.RETIRED
    assert latte.valid_until is not None
    body = r.content.decode()
    assert "History (1)" in body
    assert "oat latte" in _history(body)
    current = body[:body.index("<summary>History")]
    assert "oat latte" not in current  # neither in the card nor among current facts


@pytest.mark.parametrize("status", ["", "deleted", "CONFIRMED"])
def test_it_refuses_an_unknown_status(desk, remembered, status):
    dog = remembered["dog"]
    assert desk.post(f"/facts/{dog.pk}/status/", {"status": status}).status_code == 400
    dog.refresh_from_db()
    assert dog.status == Fact.CONFIRMED


def test_it_changes_status_only_by_post(desk, remembered):
    assert desk.get(f"/facts/{remembered['dog'].pk}/status/").status_code == 405


def test_it_answers_404_for_a_fact_that_does_not_exist(desk):
    assert desk.get("/facts/999999/edit/").status_code == 404
    assert desk.post("/facts/999999/status/", {"status": "retired"}).status_code == 404
