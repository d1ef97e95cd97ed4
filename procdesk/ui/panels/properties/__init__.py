"""The properties dock: fields of the selection, edited through the Editor."""
