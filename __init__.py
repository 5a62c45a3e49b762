"""QGIS entry point of the Heilbronn Digital plugin."""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    """Return the plugin object; QGIS calls this with its iface (None in qgis_process)."""
    from .heilbronn_digital_plugin.plugin import HeilbronnDigitalPlugin

    return HeilbronnDigitalPlugin(iface)


def serverClassFactory(server_iface):  # noqa: N802 - name required by QGIS Server
    """QGIS Server: the landing page, DCAT catalogue and files of an open-data publication
    (answers only for a project in a publication folder)."""
    from .heilbronn_digital_plugin.publish.server_api import OpenDataServerPlugin

    return OpenDataServerPlugin(server_iface)
