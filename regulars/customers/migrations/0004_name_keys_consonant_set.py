"""Rewrite every customer's name keys: names.word_keys gained the consonant-set key."""

from django.db import migrations

BATCH = 2000


def rewrite_keys(apps, schema_editor):
    from regulars.customers.names import keys_for_customer

    Customer = apps.get_model("customers", "Customer")
    NameKey = apps.get_model("customers", "NameKey")
    last = 0
    while True:
        batch = list(
            Customer.objects.filter(pk__gt=last)
            .order_by("pk")
            .values_list("pk", "business_id", "first_name", "last_name", "preferred_name")[:BATCH]
        )
        if not batch:
            return
        NameKey.objects.filter(customer_id__in=[row[0] for row in batch]).delete()
        NameKey.objects.bulk_create(
            NameKey(business_id=business_id, customer_id=pk, key=key)
            for pk, business_id, first, last_name, preferred in batch
            for key in sorted(keys_for_customer(first, last_name, preferred))
        )
        last = batch[-1][0]


def drop_consonant_keys(apps, schema_editor):
    apps.get_model("customers", "NameKey").objects.filter(key__startswith="s:").delete()


class Migration(migrations.Migration):

    dependencies = [("customers", "0003_namekey_covering_index")]

    operations = [migrations.RunPython(rewrite_keys, drop_consonant_keys)]
