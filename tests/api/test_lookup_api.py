import pytest

from regulars.customers import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(world):
    dana = world.customer(first_name="Dana", last_name="Whitfield", preferred_name="Dee",
                          pronunciation="DAY-na", phones=["(415) 555-0134"],
                          emails=["dana@example.com"])
    services.add_fact(customer=dana, kind="person", fields={"relation": "daughter",
                                                            "name": "Emma"})
    services.add_fact(customer=dana, kind="pet", fields={"species": "dog", "name": "Biscuit"})
    services.add_fact(customer=dana, kind="event", about="Emma",
                      fields={"type": "graduation", "when": "2099-06", "status": "upcoming"})
    services.add_fact(customer=dana, kind="event",
                      fields={"type": "bereavement", "when": "2026-05", "status": "past"})
    bill = world.customer(first_name="William", last_name="Okafor", phones=["415-555-0199"])
    liz = world.customer(first_name="Elizabeth", last_name="Taylor")
    return dana, bill, liz


@pytest.mark.parametrize("q", [
    "4155550134", "(415) 555-0134", "+1 415 555 0134", "555-0134", "415.555.0134",
])
def test_it_finds_by_phone_in_any_format(api, people, q):
    dana = people[0]
    results = api.get("/lookup", q=q).json()["results"]
    assert results[0]["customer"]["id"] == dana.pk
    assert results[0]["matched_on"] == "phone"


def test_it_finds_by_email_in_any_case(api, people):
    results = api.get("/lookup", q="DANA@Example.com").json()["results"]
    assert results[0]["customer"]["id"] == people[0].pk
    assert results[0]["score"] == 100


@pytest.mark.parametrize("q, who", [
    ("Dana Whitfeld", 0), ("dnaa whitfield", 0), ("Dee Whitfield", 0), ("whitfield", 0),
    ("Bill Okafor", 1), ("Will Okafr", 1), ("Liz Taylor", 2), ("Elisabeth Tailor", 2),
    ("Lizzie Taylor", 2),
])
def test_it_finds_misspelt_names_and_nicknames(api, people, q, who):
    results = api.get("/lookup", q=q).json()["results"]
    assert results, q
    assert results[0]["customer"]["id"] == people[who].pk


def test_the_greeting_card_says_what_to_ask_and_what_to_avoid(api, people):
    card = api.get("/lookup", q="4155550134").json()["results"][0]["card"]
    assert card["say"] == "Dee"
    assert card["pronunciation"] == "DAY-na"
    assert "daughter Emma" in card["household"]
    assert "Biscuit (dog)" in card["household"]
    assert any("graduation" in a for a in card["ask_about"])
    assert not any("bereavement" in a for a in card["ask_about"])
    assert any("bereavement" in m for m in card["be_mindful"])


def test_it_answers_nothing_for_a_stranger(api, people):
    assert api.get("/lookup", q="Zebedee Quartermaine").json()["results"] == []


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "x" * 101}, {"q": "a", "limit": 0}])
def test_it_rejects_bad_lookups(api, params):
    r = api.get("/lookup", **params)
    assert r.status_code == 422
    assert r.json()["error"]


def test_the_greeting_card_says_what_we_owe(api, people, world):
    import datetime

    from django.utils import timezone

    from regulars.commitments.services import create_commitment

    create_commitment(customer=people[0], kind="promise", text="Order the blue size 8",
                      owner=world.staff, by=world.staff,
                      due_at=timezone.now() + datetime.timedelta(days=1))
    card = api.get("/lookup", q="dana@example.com").json()["results"][0]["card"]
    assert card["owes"] == ["Order the blue size 8"]
