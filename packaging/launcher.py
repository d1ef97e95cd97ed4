"""Entry script of the PyInstaller bundle: the same as the ``procdesk`` command.

A separate file rather than ``procdesk/__main__.py`` so that the analysis does not put the
package folder itself on the module search path (its sub-packages would shadow top-level names).
"""

from procdesk.cli import run

if __name__ == "__main__":
    run()
