"""Request and response shapes; requests reject unknown fields."""

from __future__ import annotations

import datetime
from typing import Literal

from ninja import Schema
from pydantic import BaseModel, ConfigDict, Field

from regulars.customers.models import ContactPoint, Customer, Fact, Note
from regulars.memory import schema as facts_schema

Channel = Literal["", "phone", "sms", "email", "whatsapp", "in_person", "post"]
FactKind = Literal[facts_schema.KINDS]  # type: ignore[valid-type]
NOTE_MAX = 10000


class Strict(BaseModel):
    """A request body or query: unknown fields are refused, not ignored."""

    model_config = ConfigDict(extra="forbid")


class CustomerIn(Strict):
    first_name: str = Field(min_length=1, max_length=80)
    last_name: str = Field("", max_length=80)
    preferred_name: str = Field("", max_length=80)
    pronunciation: str = Field("", max_length=120)
    owner_id: int | None = None
    preferred_channel: Channel = ""
    best_times: str = Field("", max_length=200)
    customer_since: datetime.date | None = None
    tags: list[str] = Field(default_factory=list, max_length=20)
    phones: list[str] = Field(default_factory=list, max_length=10)
    emails: list[str] = Field(default_factory=list, max_length=10)


class CustomerPatch(Strict):
    first_name: str | None = Field(None, min_length=1, max_length=80)
    last_name: str | None = Field(None, max_length=80)
    preferred_name: str | None = Field(None, max_length=80)
    pronunciation: str | None = Field(None, max_length=120)
    owner_id: int | None = None
    preferred_channel: Channel | None = None
    best_times: str | None = Field(None, max_length=200)
    customer_since: datetime.date | None = None
    tags: list[str] | None = Field(None, max_length=20)
    phones: list[str] | None = Field(None, max_length=10)
    emails: list[str] | None = Field(None, max_length=10)


class CustomerOut(Schema):
    id: int
    first_name: str
    last_name: str
    preferred_name: str
    pronunciation: str
    owner_id: int | None
    owner: str | None
    preferred_channel: str
    best_times: str
    customer_since: datetime.date | None
    tags: list[str]
    phones: list[str]
    emails: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime

    @staticmethod
    def resolve_owner(obj: Customer) -> str | None:
        return obj.owner.email if obj.owner_id else None

    @staticmethod
    def resolve_phones(obj: Customer) -> list[str]:
        return [c.value for c in obj.contacts.all() if c.kind == ContactPoint.PHONE]

    @staticmethod
    def resolve_emails(obj: Customer) -> list[str]:
        return [c.value for c in obj.contacts.all() if c.kind == ContactPoint.EMAIL]


class CustomerPage(Schema):
    count: int
    items: list[CustomerOut]
    next_offset: int | None


class NoteIn(Strict):
    text: str = Field(min_length=1, max_length=NOTE_MAX)
    author_kind: Literal["staff", "customer"] = "staff"
    source: str = Field("api", min_length=1, max_length=20)


class NoteOut(Schema):
    id: int
    customer_id: int
    text: str
    author: str | None
    author_kind: str
    source: str
    created_at: datetime.datetime

    @staticmethod
    def resolve_author(obj: Note) -> str | None:
        return obj.author.email if obj.author_id else None


FieldValue = str | None


class FactIn(Strict):
    kind: FactKind
    about: str | None = Field(None, max_length=100)
    fields: dict[str, FieldValue] = Field(max_length=6)
    status: Literal["suggested", "confirmed"] = "confirmed"


class FactPatch(Strict):
    about: str | None = Field(None, max_length=100)
    fields: dict[str, FieldValue] | None = Field(None, max_length=6)
    status: Literal["suggested", "confirmed", "retired"] | None = None


class FactOut(Schema):
    id: int
    customer_id: int
    kind: str
    about: str | None
    fields: dict[str, FieldValue]
    summary: str
    status: str
    sensitive: bool
    confidence: float
    note_id: int | None
    evidence: str
    span: list[int] | None
    valid_from: datetime.date
    valid_until: datetime.date | None
    created_at: datetime.datetime

    @staticmethod
    def resolve_about(obj: Fact) -> str | None:
        return obj.about or None

    @staticmethod
    def resolve_fields(obj: Fact) -> dict:
        return obj.data

    @staticmethod
    def resolve_span(obj: Fact) -> list[int] | None:
        if obj.span_start is None or obj.span_end is None:
            return None
        return [obj.span_start, obj.span_end]


class GreetingCardOut(Schema):
    say: str
    full_name: str
    pronunciation: str
    household: list[str]
    ask_about: list[str]
    be_mindful: list[str]
    likes: list[str]
    owes: list[str]


class LookupResult(Schema):
    customer: CustomerOut
    score: float
    matched_on: str
    card: GreetingCardOut


class LookupOut(Schema):
    query: str
    results: list[LookupResult]
