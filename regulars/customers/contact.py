"""Phone numbers and email addresses, read the way people write them.

>>> normalize_phone("(415) 555-0134", "US")
'+14155550134'
>>> normalize_phone("020 7946 0958", "GB")
'+442079460958'
>>> normalize_email("  Dana.Smith@Example.COM ")
'dana.smith@example.com'
"""

from __future__ import annotations

import re

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

PHONE_TAIL_DIGITS = 7
_NOT_DIGIT = re.compile(r"\D")


def digits_of(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


def normalize_phone(raw: str, region: str) -> str:
    """Return a phone number in E.164, reading a national number with the region."""
    text = (raw or "").strip()
    if not text:
        raise ValidationError("Enter a phone number.")
    if len(text) > 40:
        raise ValidationError("A phone number is at most 40 characters.")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as e:
        raise ValidationError(f"{raw!r} is not a phone number.") from e
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        raise ValidationError(f"{raw!r} is not a valid phone number for region {region}.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str, region: str) -> str:
    """Show a stored number the way people of the business's region write it."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == region:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def phone_tail(e164: str) -> str:
    return digits_of(e164)[-PHONE_TAIL_DIGITS:]


def normalize_email(raw: str) -> str:
    """Return an email address trimmed and lower-cased, or raise ValidationError."""
    text = (raw or "").strip().lower()
    if len(text) > 254:
        raise ValidationError("An email address is at most 254 characters.")
    validate_email(text)
    return text


def looks_like_email(text: str) -> bool:
    return "@" in text


def looks_like_phone(text: str) -> bool:
    digits = digits_of(text)
    return len(digits) >= PHONE_TAIL_DIGITS and len(digits) >= len(text.replace(" ", "")) * 0.6
