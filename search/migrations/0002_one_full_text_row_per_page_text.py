"""Indexes each page text once: one full-text row per SearchText, shared by
the documents of every visitor language shown that text (an untranslated
page's three documents share its Dutch text).

Existing rows are kept: each (translation key, language of the text) gets a
SearchText, one of its full-text rows is renumbered to the text's id and the
copies are deleted, so the search keeps working without a rebuild.
"""

import django.db.models.deletion
from django.db import migrations, models

DOCUMENTS = "search_searchdocument"
TEXTS = "search_searchtext"


def share_full_text_rows(apps, schema_editor):
    postgres = schema_editor.connection.vendor == "postgresql"
    fts_id = "id" if postgres else "rowid"
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {TEXTS} (translation_key, language) "
            f"SELECT DISTINCT translation_key, content_language FROM {DOCUMENTS}"
        )
        cursor.execute(
            f"UPDATE {DOCUMENTS} SET text_id = (SELECT t.id FROM {TEXTS} t "
            f"WHERE t.translation_key = {DOCUMENTS}.translation_key "
            f"AND t.language = {DOCUMENTS}.content_language)"
        )
        # Keep the row of each text's first document, under a negative id
        # first so that no renumbered row meets a row not yet renumbered.
        first = f"SELECT MIN(id) FROM {DOCUMENTS} GROUP BY text_id"
        cursor.execute(f"DELETE FROM search_fts WHERE {fts_id} NOT IN ({first})")
        cursor.execute(
            f"UPDATE search_fts SET {fts_id} = -(SELECT d.text_id FROM {DOCUMENTS} d "
            f"WHERE d.id = search_fts.{fts_id})"
        )
        cursor.execute(f"UPDATE search_fts SET {fts_id} = -{fts_id}")
        if postgres:
            # The foreign keys are checked now, not at commit, so that the
            # next operation may alter the table.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def bound_gin_pending_lists(apps, schema_editor):
    """Keeps the pending list of the GIN indexes on PostgreSQL small: every
    search scans that list in full until it is merged into the index (at its
    size limit, by a vacuum, or by ``database.flush_index``). A 4 MB list took
    a search on 10,000 pages from 2 ms to 80 ms; writing each entry at once
    (``fastupdate`` off) instead made indexing three times slower."""
    if schema_editor.connection.vendor != "postgresql":
        return
    for index in ("search_fts_vector", "search_fts_prefix"):
        schema_editor.execute(
            f"ALTER INDEX {index} SET (gin_pending_list_limit = 1024)"
        )
        schema_editor.execute(f"SELECT gin_clean_pending_list('{index}')")


def unbound_gin_pending_lists(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for index in ("search_fts_vector", "search_fts_prefix"):
        schema_editor.execute(f"ALTER INDEX {index} RESET (gin_pending_list_limit)")


def copy_full_text_rows(apps, schema_editor):
    """Gives each document its own full-text row again (the reverse)."""
    postgres = schema_editor.connection.vendor == "postgresql"
    fts_id, columns = (
        ("id", "vector, prefix") if postgres else ("rowid", "title, body, prefix")
    )
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO search_fts ({fts_id}, {columns}) SELECT -d.id, "
            + ", ".join(f"f.{column}" for column in columns.split(", "))
            + f" FROM {DOCUMENTS} d JOIN search_fts f ON f.{fts_id} = d.text_id"
        )
        cursor.execute(f"DELETE FROM search_fts WHERE {fts_id} > 0")
        cursor.execute(f"UPDATE search_fts SET {fts_id} = -{fts_id}")
        if postgres:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_search_documents"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchText",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                (
                    "translation_key",
                    models.UUIDField(verbose_name="translation key"),
                ),
                (
                    "language",
                    models.CharField(max_length=8, verbose_name="language of the text"),
                ),
            ],
            options={
                "verbose_name": "search text",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("translation_key", "language"),
                        name="search_text_unique",
                    )
                ],
            },
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="text",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="documents",
                to="search.searchtext",
                verbose_name="indexed text",
            ),
        ),
        migrations.RunPython(share_full_text_rows, copy_full_text_rows),
        migrations.RunPython(bound_gin_pending_lists, unbound_gin_pending_lists),
        migrations.AlterField(
            model_name="searchdocument",
            name="text",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="documents",
                to="search.searchtext",
                verbose_name="indexed text",
            ),
        ),
    ]
