<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>HeilbronnDigital</name>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>The start date {start} is not before the end {end}.</source>
            <translation>Das Startdatum {start} liegt nicht vor dem Ende {end}.</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>{source} is not an Open311 requests response: {error}.</source>
            <translation>{source} ist keine Open311-Antwort mit Meldungen (requests): {error}.</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>{url} returns only part of the reports requested between {start} and {end}, even for one minute. The server caps its answers below what a sync needs; ask its operator.</source>
            <translation>{url} liefert nur einen Teil der Meldungen zwischen {start} und {end}, selbst für eine einzige Minute. Der Server begrenzt seine Antworten stärker, als ein Abgleich es erlaubt; wenden Sie sich an seinen Betreiber.</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>The answer from {url} for {start} to {end} cannot be read: {error}. Check the endpoint URL; if it is right, the server may be failing, so try again later.</source>
            <translation>Die Antwort von {url} für {start} bis {end} ist nicht lesbar: {error}. Prüfen Sie die Endpunkt-URL; stimmt sie, hat vielleicht der Server eine Störung – versuchen Sie es später noch einmal.</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>The reports could not be written to {store}: {error}</source>
            <translation>Die Meldungen konnten nicht in {store} geschrieben werden: {error}</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>“{url}” is not an http or https address.</source>
            <translation>„{url}“ ist keine http- oder https-Adresse.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>The request to {url} was canceled.</source>
            <translation>Die Anfrage an {url} wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>{url} did not answer within {seconds} seconds. Check the network connection and proxy settings, or try again later.</source>
            <translation>{url} hat nicht innerhalb von {seconds} Sekunden geantwortet. Prüfen Sie die Netzwerkverbindung und die Proxy-Einstellungen oder versuchen Sie es später noch einmal.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>The answer from {url} broke off ({error}). Try again; if it keeps happening, choose a later start date.</source>
            <translation>Die Antwort von {url} brach ab ({error}). Versuchen Sie es noch einmal; passiert das wiederholt, wählen Sie ein späteres Startdatum.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>{url} could not be reached: {error}. Check the address, the network connection and the proxy settings.</source>
            <translation>{url} ist nicht erreichbar: {error}. Prüfen Sie die Adresse, die Netzwerkverbindung und die Proxy-Einstellungen.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>{url} answered with a web page instead of Open311 data. Check the endpoint URL: it should be the GeoReport v2 base, not a portal's web page.</source>
            <translation>{url} hat mit einer Webseite statt mit Open311-Daten geantwortet. Prüfen Sie die Endpunkt-URL: Sie muss auf die GeoReport-v2-Schnittstelle zeigen, nicht auf die Webseite eines Portals.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>The answer from {url} was cut off ({received} of {expected} bytes). Try again; if it keeps happening, choose a later start date.</source>
            <translation>Die Antwort von {url} ist unvollständig ({received} von {expected} Bytes). Versuchen Sie es noch einmal; passiert das wiederholt, wählen Sie ein späteres Startdatum.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>{url} answered HTTP {status}{detail}: {hint}.</source>
            <translation>{url} antwortete mit HTTP {status}{detail}: {hint}.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>the server rejected the query: check the start date, jurisdiction_id and service code</source>
            <translation>der Server hat die Anfrage abgelehnt – prüfen Sie Startdatum, jurisdiction_id und Service-Code</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>access is refused: check the API key in the authentication configuration and the jurisdiction_id</source>
            <translation>der Zugriff wird verweigert – prüfen Sie den API-Schlüssel in der Authentifizierungskonfiguration und die jurisdiction_id</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>there is nothing at this address: check the endpoint URL (the GeoReport v2 base, e.g. https://example.org/georeport/v2)</source>
            <translation>unter dieser Adresse gibt es nichts – prüfen Sie die Endpunkt-URL (die GeoReport-v2-Basis, z. B. https://example.org/georeport/v2)</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>the server asks for fewer requests: wait a while and run the sync again</source>
            <translation>der Server verlangt weniger Anfragen – warten Sie eine Weile und starten Sie den Abgleich erneut</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>the server has a problem of its own: try again later, and tell its operator if it persists</source>
            <translation>der Server hat selbst ein Problem – versuchen Sie es später noch einmal und informieren Sie den Betreiber, wenn es anhält</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>check the endpoint URL and the parameters</source>
            <translation>prüfen Sie die Endpunkt-URL und die Parameter</translation>
        </message>
        <message>
            <location filename="../gui/demo_data.py" />
            <source>The demo project is missing: {path}</source>
            <translation>Das Demoprojekt fehlt: {path}</translation>
        </message>
        <message>
            <location filename="../gui/demo_data.py" />
            <source>Could not open the demo project: {error}</source>
            <translation>Das Demoprojekt konnte nicht geöffnet werden: {error}</translation>
        </message>
        <message>
            <location filename="../gui/demo_data.py" />
            <source>The demo data is missing: {path}</source>
            <translation>Die Demodaten fehlen: {path}</translation>
        </message>
        <message>
            <location filename="../gui/demo_data.py" />
            <source>Could not add the Heilbronn layers: {error}</source>
            <translation>Die Heilbronn-Layer konnten nicht hinzugefügt werden: {error}</translation>
        </message>
        <message>
            <location filename="../gui/demo_data.py" />
            <source>Added {count} Heilbronn layers to the project.</source>
            <translation>{count} Heilbronn-Layer wurden dem Projekt hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../gui/demo_data.py" />
            <source>The Heilbronn layers are already in the project.</source>
            <translation>Die Heilbronn-Layer sind bereits im Projekt.</translation>
        </message>
        <message>
            <location filename="../gui/demo_data.py" />
            <location filename="../gui/menu.py" />
            <location filename="../gui/toolbox.py" />
            <location filename="../../processing_algs/provider.py" />
            <source>Heilbronn Digital</source>
            <translation>Heilbronn Digital</translation>
        </message>
        <message>
            <location filename="../gui/help.py" />
            <source>Heilbronn Digital – Help</source>
            <translation>Heilbronn Digital – Hilfe</translation>
        </message>
        <message>
            <location filename="../gui/help.py" />
            <source>The documentation is missing: {path}</source>
            <translation>Die Dokumentation fehlt: {path}</translation>
        </message>
        <message>
            <location filename="../gui/help.py" />
            <source>Online documentation</source>
            <translation>Dokumentation online</translation>
        </message>
        <message>
            <location filename="../gui/menu.py" />
            <source>&amp;Heilbronn Digital</source>
            <translation>&amp;Heilbronn Digital</translation>
        </message>
        <message>
            <location filename="../gui/toolbox.py" />
            <source>The Processing toolbox is not available: enable the core plugin “Processing” under Plugins ▸ Manage and Install Plugins.</source>
            <translation>Die Verarbeitungswerkzeuge sind nicht verfügbar: Aktivieren Sie die Kernerweiterung „Processing“ unter Erweiterungen ▸ Erweiterungen verwalten und installieren.</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Load Heilbronn demo project</source>
            <translation>Heilbronn-Demoprojekt laden</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Open the Heilbronn demo project in place of the current one (QGIS asks first whether to save unsaved changes).</source>
            <translation>Öffnet das Heilbronn-Demoprojekt anstelle des aktuellen Projekts (QGIS fragt vorher, ob ungespeicherte Änderungen gesichert werden sollen).</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Add Heilbronn layers</source>
            <translation>Heilbronn-Layer hinzufügen</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Add the styled Heilbronn demo layers to the current project, one group per topic.</source>
            <translation>Fügt die gestalteten Heilbronn-Demolayer dem aktuellen Projekt hinzu, eine Gruppe je Thema.</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Open the Heilbronn Digital algorithms</source>
            <translation>Heilbronn-Digital-Algorithmen öffnen</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Show the Heilbronn Digital algorithms in the Processing toolbox.</source>
            <translation>Zeigt die Heilbronn-Digital-Algorithmen in den Verarbeitungswerkzeugen.</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Show the Heilbronn Digital documentation (also offline).</source>
            <translation>Die Dokumentation von Heilbronn Digital anzeigen (auch offline).</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Citizen reports</source>
            <translation>Bürgeranliegen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Parking</source>
            <translation>Parken</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Indoor</source>
            <translation>Innenräume</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>City base map</source>
            <translation>Stadtgrundkarte</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Reports</source>
            <translation>Anliegen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Parking sites</source>
            <translation>Parkstandorte</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Occupancy readings</source>
            <translation>Belegungsmessungen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Amenities</source>
            <translation>Einrichtungen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Elevators and stairs</source>
            <translation>Aufzüge und Treppen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Doors</source>
            <translation>Türen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Hazards</source>
            <translation>Gefahrenstellen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Rooms</source>
            <translation>Räume</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Levels</source>
            <translation>Geschosse</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Buildings</source>
            <translation>Gebäude</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Streets</source>
            <translation>Straßen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Districts</source>
            <translation>Stadtteile</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>City boundary</source>
            <translation>Stadtgrenze</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>The style {style} could not be applied: {message}</source>
            <translation>Der Stil {style} konnte nicht angewendet werden: {message}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Kernel density (fast heatmap)</source>
            <translation>Kerndichte (schnelle Heatmap)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Density and hotspots</source>
            <translation>Dichte und Hotspots</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>heatmap,kde,kernel density,density,hotspot,points,raster</source>
            <translation>Heatmap,KDE,Kerndichte,Dichte,Hotspot,Punkte,Raster</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Creates a density (heatmap) raster from a point layer, like QGIS's Heatmap (Kernel Density Estimation) but many times faster on large layers.

The output grid has the same size, extent and georeferencing as QGIS's heatmap and raw values agree with it; scaled values integrate to 1 per unit of weight. Points can be filtered by an expression and by a time window on a date/time field. A point layer in a geographic CRS is reprojected to its UTM zone first, so that the radius and pixel size are in metres.

Method: 'auto' computes few points exactly like QGIS and many points by linear binning and FFT convolution (error below 0.1 % of the maximum for realistic data; the uniform kernel's hard edge is blurred by one pixel). 'exact' forces the exact computation.

The output is styled from transparent (no density) to dark red.</source>
            <translation>Erstellt aus einem Punktlayer ein Dichteraster (Heatmap) wie die QGIS-Heatmap (Kerndichteschätzung), auf großen Layern aber um ein Vielfaches schneller.

Das Ausgaberaster hat dieselbe Größe, Ausdehnung und Georeferenzierung wie die QGIS-Heatmap, und die Rohwerte stimmen mit ihr überein; skalierte Werte ergeben integriert 1 je Gewichtseinheit. Punkte lassen sich mit einem Ausdruck und mit einem Zeitfenster auf einem Datums-/Zeitfeld filtern. Ein Punktlayer in einem geographischen KBS wird zuerst in seine UTM-Zone umprojiziert, damit Radius und Pixelgröße in Metern gelten.

Methode: „auto“ berechnet wenige Punkte exakt wie QGIS und viele Punkte durch lineares Binning und FFT-Faltung (Fehler unter 0,1 % des Maximums bei realistischen Daten; die harte Kante des gleichförmigen Kerns wird um ein Pixel weichgezeichnet). „exact“ erzwingt die exakte Berechnung.

Die Ausgabe ist von transparent (keine Dichte) bis dunkelrot gestaltet.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Point layer</source>
            <translation>Punktlayer</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Radius</source>
            <translation>Radius</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Radius from field</source>
            <translation>Radius aus Feld</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Output raster pixel size</source>
            <translation>Pixelgröße des Ausgaberasters</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Weight from field</source>
            <translation>Gewicht aus Feld</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Kernel shape</source>
            <translation>Kernform</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Quartic</source>
            <translation>Quartisch</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Triangular</source>
            <translation>Dreieckig</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Uniform</source>
            <translation>Gleichförmig</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Triweight</source>
            <translation>Triweight</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Epanechnikov</source>
            <translation>Epanechnikov</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Decay ratio (triangular kernels only)</source>
            <translation>Abklingrate (nur dreieckige Kerne)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Output value scaling</source>
            <translation>Skalierung der Ausgabewerte</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Raw</source>
            <translation>Roh</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Scaled</source>
            <translation>Skaliert</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Only points matching this expression</source>
            <translation>Nur Punkte, die diesem Ausdruck entsprechen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Date/time field for the time window</source>
            <translation>Datums-/Zeitfeld für das Zeitfenster</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Time window start (inclusive)</source>
            <translation>Beginn des Zeitfensters (einschließlich)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Time window end (exclusive)</source>
            <translation>Ende des Zeitfensters (ausschließlich)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Exact (like QGIS)</source>
            <translation>Exakt (wie QGIS)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Binned (FFT)</source>
            <translation>Gerastert (FFT)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Heatmap</source>
            <translation>Heatmap</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>The pixel size must be greater than zero.</source>
            <translation>Die Pixelgröße muss größer als null sein.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>The radius must be greater than zero.</source>
            <translation>Der Radius muss größer als null sein.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>The layer is in a geographic CRS (degrees). The points were reprojected to {crs} so that the radius and pixel size are in metres.</source>
            <translation>Der Layer hat ein geographisches KBS (Grad). Die Punkte wurden nach {crs} umprojiziert, damit Radius und Pixelgröße in Metern gelten.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>The input layer has no points{where}, so there is nothing to draw a heatmap from. Check the layer{checks}.</source>
            <translation>Der Eingabelayer enthält keine Punkte{where}, daher kann keine Heatmap erstellt werden. Prüfen Sie den Layer{checks}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source> matching the filter and time window</source>
            <translation>, die Filter und Zeitfenster entsprechen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>, the filter expression and the time window</source>
            <translation>, den Filterausdruck und das Zeitfenster</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>A pixel size of {pixel} would make a raster of {rows} × {cols} = {cells} cells, more than the {limit} this algorithm accepts. Choose a larger pixel size, e.g. {suggestion}.</source>
            <translation>Eine Pixelgröße von {pixel} ergäbe ein Raster mit {rows} × {cols} = {cells} Zellen, mehr als die {limit}, die dieser Algorithmus annimmt. Wählen Sie eine größere Pixelgröße, z. B. {suggestion}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Raster of {rows} × {cols} cells, {points} points.</source>
            <translation>Raster mit {rows} × {cols} Zellen, {points} Punkte.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Density</source>
            <translation>Dichte</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>The heatmap could not be written to {path}: {error}. Check that the folder exists and is writable, or choose a GeoTIFF (.tif) output.</source>
            <translation>Die Heatmap konnte nicht nach {path} geschrieben werden: {error}. Prüfen Sie, ob der Ordner existiert und beschreibbar ist, oder wählen Sie eine GeoTIFF-Ausgabe (.tif).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>none (0)</source>
            <translation>keine (0)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>high ({value:.4g})</source>
            <translation>hoch ({value:.4g})</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>The heatmap style could not be applied; the raster is written without it.</source>
            <translation>Der Heatmap-Stil konnte nicht angewendet werden; das Raster wurde ohne ihn geschrieben.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>The filter expression is not valid: {error}</source>
            <translation>Der Filterausdruck ist ungültig: {error}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>A time window needs a date/time field: choose one under 'Date/time field for the time window'.</source>
            <translation>Ein Zeitfenster braucht ein Datums-/Zeitfeld: Wählen Sie eines unter „Datums-/Zeitfeld für das Zeitfenster“.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>{count} features without geometry were skipped.</source>
            <translation>{count} Objekte ohne Geometrie wurden übersprungen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>weight 0</source>
            <translation>Gewicht 0</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>{count} points have no value in “{field}” ({meaning}).</source>
            <translation>{count} Punkte haben keinen Wert in „{field}“ ({meaning}).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>The layer has no field “{field}”.</source>
            <translation>Der Layer hat kein Feld „{field}“.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>The field “{field}” holds {kind} values, not numbers. Choose a numeric field, or convert it with the Field Calculator (e.g. to_real("{field}")).</source>
            <translation>Das Feld „{field}“ enthält Werte vom Typ {kind}, keine Zahlen. Wählen Sie ein numerisches Feld oder wandeln Sie es mit dem Feldrechner um (z. B. to_real("{field}")).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/provider.py" />
            <source>Heilbronn Digital: analyses for the digital city</source>
            <translation>Heilbronn Digital: Analysen für die digitale Stadt</translation>
        </message>
    </context>
</TS>
