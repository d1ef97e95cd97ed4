"""Compare with…: two versions of a process (or one and the draft), drawn as one overlay.

The window shows the chosen diagram of the later side with the revision marked on it
(``overlay``), the list of every change (``analysis.revision_lines``: the words the SOP's
page of changes prints) and a key to the colours. Choosing a line shows its element on the
overlay. When a side is the draft, the comparison follows the draft's edits.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from procdesk.analysis.revision_compare import (
    DRAFT,
    RevisionComparison,
    compare_revisions,
    side,
)
from procdesk.analysis.revision_lines import change_groups, figure_rows
from procdesk.document import Document
from procdesk.model.changes import ChangeSet
from procdesk.model.naming import diagram_label
from procdesk.model.releases import releases_of
from procdesk.model.snapshots import SnapshotError
from procdesk.model.workspace import Workspace
from procdesk.text import tr
from procdesk.ui.canvas.scene import DiagramScene
from procdesk.ui.canvas.view import DiagramView
from procdesk.ui.common.observe import named, observe
from procdesk.ui.compare.pictures import status_colour
from procdesk.ui.versions.overlay import OVERLAY_LABELS, OverlayScene, moved_colour

ELEMENT_ROLE = Qt.ItemDataRole.UserRole
FOLLOW_DELAY_MS = 400
"""The draft is compared again this long after the last edit, not on every keystroke."""


def _side_label(key: str) -> str:
    return (
        tr("Draft (working copy)") if key == DRAFT else tr("Version {version}").format(version=key)
    )


class RevisionWindow(QDialog):
    """objectName ``revisionCompare``: the revision between ``before`` and ``after`` keys
    ("1.2", "draft") of one process."""

    def __init__(
        self,
        document: Document,
        process_id: str,
        before: str,
        after: str = DRAFT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revisionCompare")
        self.setWindowTitle(tr("Compare versions"))
        self.document, self.process_id = document, process_id
        self.comparison: RevisionComparison | None = None
        self.scene: OverlayScene | None = None
        self.before = named(QComboBox(), "revisionFrom")
        self.after = named(QComboBox(), "revisionTo")
        self.diagram = named(QComboBox(), "revisionDiagram")
        for combo, name in (
            (self.before, tr("Compare from")),
            (self.after, tr("Compare to")),
            (self.diagram, tr("Diagram")),
        ):
            combo.setAccessibleName(name)
        keys = [r.version for r in releases_of(document.workspace, process_id)] + [DRAFT]
        for combo, chosen in ((self.before, before), (self.after, after)):
            for key in keys:
                combo.addItem(_side_label(key), key)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.currentIndexChanged.connect(self.refresh)
        self.diagram.currentIndexChanged.connect(self._show_diagram)
        self.view = DiagramView(DiagramScene(Workspace()))
        self.view.setAccessibleName(tr("The revision drawn on the later diagram"))
        self.changes = named(QTreeWidget(), "revisionChanges")
        self.changes.setAccessibleName(tr("Changes between the versions"))
        self.changes.setHeaderLabels([tr("Change"), tr("What"), tr("Details")])
        self.changes.itemClicked.connect(self._show_element)
        self.message = named(QLabel(), "revisionMessage")
        self.message.setWordWrap(True)
        self.legend = named(QLabel(), "revisionLegend")
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(FOLLOW_DELAY_MS)
        self._later.timeout.connect(self.refresh)
        self._layout()
        self._stop = observe(self, document, self._on_changed)
        self.resize(1100, 700)
        self.refresh()

    def _layout(self) -> None:
        choices = QHBoxLayout()
        for label, combo in (
            (tr("From"), self.before),
            (tr("To"), self.after),
            (tr("Diagram"), self.diagram),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            choices.addWidget(caption)
            choices.addWidget(combo, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.changes)
        split.setSizes([700, 400])
        column = QVBoxLayout(self)
        column.addLayout(choices)
        column.addWidget(self.message)
        column.addWidget(split, 1)
        column.addWidget(self.legend)

    def done(self, result: int) -> None:
        self._stop()
        super().done(result)

    # comparing ---------------------------------------------------------------------------------
    def _on_changed(self, _changeset: ChangeSet) -> None:
        if DRAFT in (self.before.currentData(), self.after.currentData()):
            self._later.start()

    def refresh(self) -> None:
        """Compare the chosen sides again and show the chosen diagram's overlay."""
        workspace = self.document.workspace
        keys = (str(self.before.currentData()), str(self.after.currentData()))
        try:
            sides = [side(workspace, self.process_id, key) for key in keys]
        except (LookupError, SnapshotError) as error:
            self.comparison = None
            self.message.setText(str(error))
            return
        self.comparison = compare_revisions(sides[0], sides[1], self.process_id)
        self.message.setText(
            tr("No changes.")
            if self.comparison.is_empty
            else tr("From {before} to {after}.").format(
                before=_side_label(keys[0]), after=_side_label(keys[1])
            )
        )
        chosen = self.diagram.currentData()
        self.diagram.blockSignals(True)
        self.diagram.clear()
        for revision in self.comparison.diagrams:
            self.diagram.addItem(diagram_label(revision.diagram), revision.diagram.id)
        self.diagram.setCurrentIndex(max(0, self.diagram.findData(chosen)))
        self.diagram.blockSignals(False)
        self._fill_changes()
        self._show_diagram()
        self._fill_legend()

    def _show_diagram(self) -> None:
        revision = self.comparison.diagram(self.diagram.currentData()) if self.comparison else None
        if self.comparison is None or revision is None:
            return
        self.scene = OverlayScene(self.comparison, revision)
        self.view.setScene(self.scene)
        self.view.fit_diagram()

    def _fill_changes(self) -> None:
        self.changes.clear()
        if self.comparison is None:
            return
        for group in change_groups(self.comparison):
            top = QTreeWidgetItem([group.title])
            self.changes.addTopLevelItem(top)
            for line in group.lines:
                item = QTreeWidgetItem([line.change, line.what, line.details])
                item.setToolTip(2, line.details)
                item.setData(0, ELEMENT_ROLE, (line.diagram_id, line.element_id))
                top.addChild(item)
            top.setExpanded(True)
        first = self.comparison.diagram()
        rows = figure_rows(first) if first is not None else ()
        if rows:
            top = QTreeWidgetItem([tr("Key figures")])
            self.changes.addTopLevelItem(top)
            for figure, old, new, change in rows:
                top.addChild(QTreeWidgetItem([change, figure, f"{old} → {new}"]))
            top.setExpanded(True)
        for column in range(2):
            self.changes.resizeColumnToContents(column)

    def _fill_legend(self) -> None:
        words = [
            (status_colour(status).name(), tr(OVERLAY_LABELS[status], "revision overlay"))
            for status in ("added", "removed", "changed")
        ]
        words.append((moved_colour().name(), tr("moved (trace from the old place)")))
        self.legend.setText(
            "  ".join(f'<span style="color:{colour}">■</span> {word}' for colour, word in words)
        )

    def _show_element(self, item: QTreeWidgetItem) -> None:
        where = item.data(0, ELEMENT_ROLE)
        if not where or where[1] is None:
            return
        diagram_id, element_id = where
        if diagram_id != self.diagram.currentData():
            self.diagram.setCurrentIndex(self.diagram.findData(diagram_id))
        shown = self.scene.item(element_id) if self.scene is not None else None
        if shown is not None and self.scene is not None:
            self.scene.select_ids([element_id])
            self.view.centerOn(shown)
