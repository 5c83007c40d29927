"""Alembic environment: runs on the connection the store hands over (see store.connect.migrate)."""

from alembic import context

from newsledger.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("newsledger migrations run through newsledger.store.connect.migrate()")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
