"""`make opendata`: publish the demo store as open data into build/opendata and serve it to a
hackathon with QGIS Server on 127.0.0.1 until Ctrl+C.

OPENDATA_PORT (default 8000) and OPENDATA_HOST (default 127.0.0.1) choose where it listens.
"""

from __future__ import annotations

import os
import signal
import sys
import time

from plugin_dev import PLUGIN_PATH, REPO, use_plugin_and_processing

OUT = REPO / "build" / "opendata"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    use_plugin_and_processing()
    from heilbronn_digital.heilbronn_digital_plugin.publish import serve

    host = os.environ.get("OPENDATA_HOST") or serve.DEFAULT_HOST
    try:
        port = int(os.environ.get("OPENDATA_PORT") or serve.DEFAULT_PORT)
    except ValueError:
        print(f"OPENDATA_PORT must be a port number, not {os.environ['OPENDATA_PORT']!r}.")
        return 2
    hint = f"make opendata OPENDATA_PORT={port + 1}"
    try:
        # Before the minute of publishing: a port in use is said at once.
        serve.check_port(host, port, hint)
        _publish(f"http://{host}:{port}")
        server = serve.start(OUT, PLUGIN_PATH, host, port, REPO / "build" / "opendata-server.log",
                             port_hint=hint)
        serve.wait_until_ready(server)
    except serve.ServeError as error:
        print(f"\n{error}")
        return 1
    print("\nHeilbronn Digital open data (Ctrl+C stops the server)")
    for label, path in (("Landing page", "/"), ("OGC API - Features", "/wfs3"),
                        ("API in the browser", "/wfs3.html"),
                        ("Collections", "/wfs3/collections"),
                        ("DCAT-AP.de (Turtle)", "/catalog.ttl"),
                        ("DCAT-AP.de (JSON-LD)", "/catalog.jsonld")):
        print(f"  {label:<22} {server.url}{path}")
    print(f"  {'Files':<22} {OUT}")
    print(f"  {'Server log':<22} {server.log_path}")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while server.running():
            time.sleep(0.5)
        print(f"\nQGIS Server stopped:\n{server.log_tail()}")
        return 1
    except (KeyboardInterrupt, SystemExit):
        return 0
    finally:
        server.stop()


def _publish(base_url: str) -> None:
    """heilbronn:publishopendata on the demo store, and the server project."""
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback

    from heilbronn_digital.heilbronn_digital_plugin.publish.serve import ServeError
    from heilbronn_digital.heilbronn_digital_plugin.toolbelt.paths import SAMPLE_GPKG
    from heilbronn_digital.processing_algs.provider import HeilbronnProvider

    app = QgsApplication([], False)
    app.initQgis()
    try:
        Processing.initialize()
        provider = HeilbronnProvider()
        QgsApplication.processingRegistry().addProvider(provider)
        import processing

        class Feedback(QgsProcessingFeedback):
            def pushInfo(self, info: str) -> None:
                print(info)

            def pushWarning(self, warning: str) -> None:
                print(f"Warning: {warning}")

        print(f"Publishing {SAMPLE_GPKG.name} into {OUT} …")
        try:
            processing.run("heilbronn:publishopendata", {
                "STORE": str(SAMPLE_GPKG), "OUTPUT": str(OUT), "BASE_URL": base_url},
                feedback=Feedback())
        except QgsProcessingException as error:
            raise ServeError(str(error)) from error
        QgsApplication.processingRegistry().removeProvider(provider)
    finally:
        app.exitQgis()


if __name__ == "__main__":
    sys.exit(main())
