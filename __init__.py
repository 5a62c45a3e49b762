"""QGIS entry point of the Heilbronn Digital plugin."""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    """Return the plugin object; QGIS calls this with its iface (None in qgis_process)."""
    from .heilbronn_digital_plugin.plugin import HeilbronnDigitalPlugin

    return HeilbronnDigitalPlugin(iface)
