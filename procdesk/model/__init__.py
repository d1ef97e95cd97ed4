"""The pure domain model: entities, changes, commands, history and editing intents."""
