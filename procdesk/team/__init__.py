"""Team repositories: a workspace checked out from a shared repository on PostgreSQL, checked
in and updated; the merge itself is pure (``procdesk.model.merge``), the rows are the store's
(``procdesk.store.pg_*``, ``procdesk.store.origin``)."""
