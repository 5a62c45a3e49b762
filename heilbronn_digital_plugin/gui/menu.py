"""The *Heilbronn Digital* menu and toolbar: built from a list of entries, removed in one call."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from qgis.gui import QgisInterface
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu, QMenuBar, QToolBar

from ..toolbelt.i18n import tr

MENU_NAME = "mHeilbronnDigitalMenu"
TOOLBAR_NAME = "mHeilbronnDigitalToolBar"
# QGIS's Help menu; plugin menus go before it, as in most applications.
HELP_MENU_NAME = "mHelpMenu"


@dataclass(frozen=True)
class MenuEntry:
    """One action, shown in the menu and on the toolbar."""

    object_name: str
    text: str
    tip: str
    icon: QIcon
    run: Callable[[], object]


class PluginMenu:
    """Owns the menu, the toolbar and their actions; :meth:`remove` leaves nothing behind."""

    def __init__(self, iface: QgisInterface, entries: Sequence[MenuEntry]) -> None:
        self._iface = iface
        main_window = iface.mainWindow()
        self.menu = QMenu(tr("&Heilbronn Digital"), main_window)
        self.menu.setObjectName(MENU_NAME)
        self.toolbar: QToolBar = iface.addToolBar(tr("Heilbronn Digital"))
        self.toolbar.setObjectName(TOOLBAR_NAME)
        self.actions = [self._add(entry) for entry in entries]
        menu_bar = main_window.menuBar()
        menu_bar.insertMenu(_help_menu_action(menu_bar), self.menu)

    def _add(self, entry: MenuEntry) -> QAction:
        action = QAction(entry.icon, entry.text, self.menu)
        action.setObjectName(entry.object_name)
        action.setToolTip(entry.tip)
        action.setStatusTip(entry.tip)
        # Qt passes "checked"; the entries take no arguments.
        action.triggered.connect(lambda _checked=False, run=entry.run: run())
        self.menu.addAction(action)
        self.toolbar.addAction(action)
        return action

    def remove(self) -> None:
        """Take the menu, toolbar and actions out of QGIS and delete them."""
        self._iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
        self._iface.mainWindow().removeToolBar(self.toolbar)
        for action in self.actions:
            action.deleteLater()
        self.actions = []
        self.toolbar.deleteLater()
        self.menu.deleteLater()


def _help_menu_action(menu_bar: QMenuBar) -> QAction | None:
    """The Help menu's action to insert before; ``None`` appends at the end."""
    for action in menu_bar.actions():
        menu = action.menu()
        if menu is not None and menu.objectName() == HELP_MENU_NAME:
            return action
    return None
