"""The diagram canvas: scene, items, notation painters, view and tools."""
