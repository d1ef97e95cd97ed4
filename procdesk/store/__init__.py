"""The workspace file: SQLite through SQLAlchemy, one transaction per ChangeSet."""
