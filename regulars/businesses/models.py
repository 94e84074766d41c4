"""Businesses, the people who work in them, and their API tokens."""

from __future__ import annotations

import datetime
import hashlib
import secrets
import zoneinfo

import phonenumbers
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"{value!r} is not a known time zone (e.g. Europe/London)")


def validate_region(value: str) -> None:
    if value not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError(f"{value!r} is not a phone region code (e.g. US, GB)")


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra) -> User:
        if not email:
            raise ValueError("A user needs an email address")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra) -> User:
        extra.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who signs in with an email address; works in one or more businesses."""

    email = models.EmailField(unique=True)
    name = models.CharField(max_length=150, blank=True)
    is_active = models.BooleanField(default=True)
    is_staff = models.BooleanField(default=False)
    date_joined = models.DateTimeField(default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"

    def __str__(self) -> str:
        return self.name or self.email

    @property
    def short_name(self) -> str:
        return (self.name or self.email).split()[0]


class BusinessQuerySet(models.QuerySet["Business"]):
    def for_user(self, user: User) -> BusinessQuerySet:
        return self.filter(memberships__user=user).order_by("name")


class Business(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=60, unique=True)
    time_zone = models.CharField(max_length=64, default="UTC", validators=[validate_time_zone])
    phone_region = models.CharField(
        max_length=2, default="US", validators=[validate_region],
        help_text="Region used to read phone numbers written without a country code.",
    )
    open_days = models.CharField(
        max_length=7, default="123456",
        help_text="ISO weekdays the business is open (1 = Monday); business hours skip the rest",
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = BusinessQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "businesses"

    def __str__(self) -> str:
        return self.name

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def is_open_on(self, day: datetime.date) -> bool:
        return str(day.isoweekday()) in self.open_days

    def owners(self) -> models.QuerySet[User]:
        return User.objects.filter(
            memberships__business=self, memberships__role=Membership.OWNER, is_active=True
        ).order_by("pk")

    def staff(self) -> models.QuerySet[User]:
        return User.objects.filter(memberships__business=self, is_active=True).order_by("name")


class Membership(models.Model):
    OWNER = "owner"
    STAFF = "staff"
    ROLES = [(OWNER, "Owner"), (STAFF, "Staff")]

    business = models.ForeignKey(Business, models.CASCADE, related_name="memberships")
    user = models.ForeignKey(User, models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=10, choices=ROLES, default=STAFF)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["business", "user"], name="one_membership_per_business")
        ]

    def __str__(self) -> str:
        return f"{self.user} at {self.business} ({self.role})"

    @property
    def is_owner(self) -> bool:
        return self.role == self.OWNER


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def resolve(self, token: str) -> ApiToken | None:
        """Return the live token row for a bearer token, or None."""
        return (
            self.select_related("membership__business", "membership__user")
            .filter(key_hash=hash_token(token), membership__user__is_active=True)
            .first()
        )


class ApiToken(models.Model):
    """A bearer token for one staff member in one business; only its hash is stored."""

    membership = models.ForeignKey(Membership, models.CASCADE, related_name="api_tokens")
    label = models.CharField(max_length=100, blank=True)
    prefix = models.CharField(max_length=8)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.label or 'token'})"

    @classmethod
    def issue(cls, membership: Membership, label: str = "") -> tuple[ApiToken, str]:
        """Create a token and return it with its secret, which is shown only once."""
        secret = "rg_" + secrets.token_urlsafe(32)
        row = cls.objects.create(
            membership=membership, label=label, prefix=secret[:8], key_hash=hash_token(secret)
        )
        return row, secret
