"""The Qt user interface, in rooms: ``canvas`` (the diagram), ``common`` (shared pieces),
``panels``, ``compare``, ``dialogs``, ``presentation``, and ``window``, which wires them together.

``tests/test_layering.py`` holds each room to what its docstring says it may import.
"""
