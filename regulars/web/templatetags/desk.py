"""Template helpers for the desk."""

from __future__ import annotations

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from regulars.customers.contact import format_phone
from regulars.customers.models import Note

register = template.Library()


@register.filter
def highlight(note: Note) -> SafeString:
    """Return the note's text with the words each fact came from marked.

    Overlapping spans are merged, so every character is escaped exactly once.
    """
    text = note.text
    spans = sorted(
        (f.span_start, f.span_end) for f in note.facts.all()
        if f.span_start is not None and f.span_end is not None and f.span_end <= len(text)
    )
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out.append(escape(text[pos:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        pos = end
    out.append(escape(text[pos:]))
    return mark_safe("".join(out).replace("\n", "<br>"))


@register.filter
def phone(e164: str, region: str = "") -> str:
    """Show a stored phone number the way people in the business's region write it."""
    return format_phone(e164, region) if region else e164
