"""Desk forms; validation is the services' so the API and the desk agree."""

from __future__ import annotations

import re

from django import forms

from regulars.commitments.models import Commitment, Rule
from regulars.customers.models import Customer, Note
from regulars.memory import schema
from regulars.visits.models import Interaction

_SPLIT = re.compile(r"[\n,;]+")


def split_list(text: str) -> list[str]:
    return [part.strip() for part in _SPLIT.split(text or "") if part.strip()]


class CustomerForm(forms.Form):
    first_name = forms.CharField(max_length=80)
    last_name = forms.CharField(max_length=80, required=False)
    preferred_name = forms.CharField(
        max_length=80, required=False, help_text="What they like to be called"
    )
    pronunciation = forms.CharField(max_length=120, required=False, help_text="e.g. SHIV-awn")
    phones = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2}),
        help_text="One per line, any format",
    )
    emails = forms.CharField(
        required=False, widget=forms.Textarea(attrs={"rows": 2}), help_text="One per line"
    )
    owner = forms.TypedChoiceField(
        required=False, coerce=int, empty_value=None, label="Point of contact"
    )
    preferred_channel = forms.ChoiceField(choices=Customer.CHANNELS, required=False)
    best_times = forms.CharField(max_length=200, required=False, label="Best times to reach")
    customer_since = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    tags = forms.CharField(required=False, help_text="Comma separated")

    def __init__(self, *args, business, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].choices = [("", "—")] + [
            (u.pk, str(u)) for u in business.staff()
        ]

    @classmethod
    def initial_for(cls, customer: Customer) -> dict:
        return {
            **{f: getattr(customer, f) for f in (
                "first_name", "last_name", "preferred_name", "pronunciation",
                "preferred_channel", "best_times", "customer_since",
            )},
            "owner": customer.owner_id,
            "phones": "\n".join(c.value for c in customer.phones()),
            "emails": "\n".join(c.value for c in customer.emails()),
            "tags": ", ".join(customer.tags),
        }

    def service_kwargs(self) -> dict:
        d = self.cleaned_data
        fields = {k: d[k] for k in (
            "first_name", "last_name", "preferred_name", "pronunciation",
            "preferred_channel", "best_times", "customer_since",
        )}
        fields["tags"] = split_list(d["tags"])
        return {
            "fields": fields,
            "phones": split_list(d["phones"]),
            "emails": split_list(d["emails"]),
            "owner": d["owner"],
        }


class NoteForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={
            "rows": 3,
            "placeholder": "What did you learn? e.g. Her daughter Emma graduates in June; "
            "oat latte, extra hot; dog Biscuit is 12.",
        }),
        # No max_length: the service applies settings.NOTE_MAX_CHARS, as for the API.
    )
    author_kind = forms.ChoiceField(choices=Note.AUTHOR_KINDS, initial=Note.STAFF)


class FactForm(forms.Form):
    """Fields change with the kind: closed vocabularies become choices."""

    about = forms.CharField(
        max_length=100, required=False, help_text="Leave empty if it is about the customer"
    )

    def __init__(self, *args, kind: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        for name, (allowed, required) in schema.FIELDS[kind].items():
            label = name.replace("_", " ").capitalize()
            if allowed:
                choices = [(v, v.replace("_", " ")) for v in allowed]
                if not required:
                    choices = [("", "—")] + choices
                self.fields[name] = forms.ChoiceField(
                    choices=choices, required=required, label=label,
                    initial=schema.DEFAULTS.get(kind, {}).get(name),
                )
            else:
                help_text = "YYYY-MM-DD, YYYY-MM or --MM-DD" if name == "when" else ""
                self.fields[name] = forms.CharField(
                    max_length=schema.MAX_VALUE_CHARS, required=required, label=label,
                    help_text=help_text,
                )

    def fact_fields(self) -> dict:
        return {
            name: self.cleaned_data.get(name) or None for name in schema.FIELDS[self.kind]
        }


class InteractionForm(forms.Form):
    kind = forms.ChoiceField(choices=Interaction.KINDS)
    summary = forms.CharField(max_length=300, required=False,
                              widget=forms.TextInput(attrs={"placeholder": "What about?"}))
    amount = forms.DecimalField(max_digits=10, decimal_places=2, min_value=0, required=False)
    note = forms.CharField(required=False, max_length=10000, widget=forms.Textarea(
        attrs={"rows": 2, "placeholder": "Anything worth remembering?"}))


class PromiseForm(forms.Form):
    kind = forms.ChoiceField(choices=Commitment.KINDS, initial=Commitment.PROMISE)
    text = forms.CharField(max_length=500, widget=forms.TextInput(
        attrs={"placeholder": "I'll order the blue size 8 by Friday"}))
    due_at = forms.DateTimeField(widget=forms.DateTimeInput(attrs={"type": "datetime-local"}))
    owner = forms.TypedChoiceField(coerce=int)

    def __init__(self, *args, business, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].choices = [(u.pk, str(u)) for u in business.staff()]


class RuleForm(forms.ModelForm):
    class Meta:
        model = Rule
        fields = ["name", "active", "delay", "delay_unit", "commitment_kind", "owner_rule",
                  "template", "conditions"]
