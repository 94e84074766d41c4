"""Named people for every test: an owner, a staff member, and an outsider elsewhere."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from django.test import Client

from regulars.businesses.models import ApiToken, Business, Membership, User
from regulars.customers import services
from regulars.customers.models import Customer

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _fast_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@dataclass
class World:
    business: Business
    owner: User
    staff: User
    other_business: Business
    outsider: User

    def client_for(self, user: User) -> Client:
        client = Client()
        client.force_login(user)
        return client

    def token_for(self, user: User, business: Business | None = None) -> str:
        membership = Membership.objects.get(user=user, business=business or self.business)
        return ApiToken.issue(membership)[1]

    def customer(self, business: Business | None = None, **fields) -> Customer:
        phones = fields.pop("phones", [])
        emails = fields.pop("emails", [])
        owner = fields.pop("owner", None)
        fields.setdefault("first_name", "Dana")
        return services.create_customer(
            business=business or self.business, fields=fields, phones=phones, emails=emails,
            owner=owner,
        )


@pytest.fixture
def world(db) -> World:
    salon = Business.objects.create(
        name="Maple Street Salon", slug="maple", time_zone="America/Los_Angeles",
        phone_region="US",
    )
    garage = Business.objects.create(
        name="Northside Garage", slug="northside", time_zone="Europe/London", phone_region="GB"
    )
    owner = User.objects.create_user("alice@maple.test", PASSWORD, name="Alice Owner")
    staff = User.objects.create_user("bob@maple.test", PASSWORD, name="Bob Staff")
    outsider = User.objects.create_user("charlie@northside.test", PASSWORD, name="Charlie")
    Membership.objects.create(business=salon, user=owner, role=Membership.OWNER)
    Membership.objects.create(business=salon, user=staff, role=Membership.STAFF)
    Membership.objects.create(business=garage, user=outsider, role=Membership.OWNER)
    return World(salon, owner, staff, garage, outsider)


class Api:
    """An HTTP client for the JSON API with a bearer token."""

    def __init__(self, token: str):
        self.client = Client()
        self.headers = {"Authorization": f"Bearer {token}"}

    def get(self, path: str, **params):
        return self.client.get(f"/api/v1{path}", params, headers=self.headers)

    def post(self, path: str, data=None, raw: str | None = None):
        body = raw if raw is not None else json.dumps(data)
        return self.client.post(
            f"/api/v1{path}", body, content_type="application/json", headers=self.headers
        )

    def patch(self, path: str, data):
        return self.client.patch(
            f"/api/v1{path}", json.dumps(data), content_type="application/json",
            headers=self.headers,
        )

    def delete(self, path: str):
        return self.client.delete(f"/api/v1{path}", headers=self.headers)


@pytest.fixture
def api(world) -> Api:
    return Api(world.token_for(world.staff))


@pytest.fixture
def outsider_api(world) -> Api:
    return Api(world.token_for(world.outsider, world.other_business))
