<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>HeilbronnDigital</name>
        <message>
            <location filename="../gui/demo_data.py" line="22" />
            <source>The demo project is missing: {path}</source>
            <translation>Das Demoprojekt fehlt: {path}</translation>
        </message>
        <message>
            <location filename="../gui/demo_data.py" line="28" />
            <source>Could not open the demo project: {error}</source>
            <translation>Das Demoprojekt konnte nicht geöffnet werden: {error}</translation>
        </message>
        <message>
            <location filename="../gui/demo_data.py" line="42" />
            <source>The demo data is missing: {path}</source>
            <translation>Die Demodaten fehlen: {path}</translation>
        </message>
        <message>
            <location filename="../gui/demo_data.py" line="49" />
            <source>Could not add the Heilbronn layers: {error}</source>
            <translation>Die Heilbronn-Layer konnten nicht hinzugefügt werden: {error}</translation>
        </message>
        <message>
            <location filename="../gui/demo_data.py" line="53" />
            <source>Added {count} Heilbronn layers to the project.</source>
            <translation>{count} Heilbronn-Layer wurden dem Projekt hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../gui/demo_data.py" line="55" />
            <source>The Heilbronn layers are already in the project.</source>
            <translation>Die Heilbronn-Layer sind bereits im Projekt.</translation>
        </message>
        <message>
            <location filename="../gui/demo_data.py" line="57" />
            <location filename="../gui/demo_data.py" line="65" />
            <location filename="../gui/menu.py" line="39" />
            <location filename="../gui/toolbox.py" line="33" />
            <location filename="../../processing_algs/provider.py" line="18" />
            <source>Heilbronn Digital</source>
            <translation>Heilbronn Digital</translation>
        </message>
        <message>
            <location filename="../gui/menu.py" line="37" />
            <source>&amp;Heilbronn Digital</source>
            <translation>&amp;Heilbronn Digital</translation>
        </message>
        <message>
            <location filename="../gui/toolbox.py" line="34" />
            <source>The Processing toolbox is not available: enable the core plugin “Processing” under Plugins ▸ Manage and Install Plugins.</source>
            <translation>Die Verarbeitungswerkzeuge sind nicht verfügbar: Aktivieren Sie die Kernerweiterung „Processing“ unter Erweiterungen ▸ Erweiterungen verwalten und installieren.</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="57" />
            <source>Load Heilbronn demo project</source>
            <translation>Heilbronn-Demoprojekt laden</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="58" />
            <source>Open the Heilbronn demo project in place of the current one (QGIS asks first whether to save unsaved changes).</source>
            <translation>Öffnet das Heilbronn-Demoprojekt anstelle des aktuellen Projekts (QGIS fragt vorher, ob ungespeicherte Änderungen gesichert werden sollen).</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="67" />
            <source>Add Heilbronn layers</source>
            <translation>Heilbronn-Layer hinzufügen</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="68" />
            <source>Add the styled Heilbronn demo layers to the current project, one group per topic.</source>
            <translation>Fügt die gestalteten Heilbronn-Demolayer dem aktuellen Projekt hinzu, eine Gruppe je Thema.</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="77" />
            <source>Open the Heilbronn Digital algorithms</source>
            <translation>Heilbronn-Digital-Algorithmen öffnen</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="78" />
            <source>Show the Heilbronn Digital algorithms in the Processing toolbox.</source>
            <translation>Zeigt die Heilbronn-Digital-Algorithmen in den Verarbeitungswerkzeugen.</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="84" />
            <source>Help</source>
            <translation>Hilfe</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="85" />
            <source>Open the Heilbronn Digital documentation in the web browser.</source>
            <translation>Öffnet die Dokumentation von Heilbronn Digital im Webbrowser.</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="77" />
            <source>Citizen reports</source>
            <translation>Bürgeranliegen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="78" />
            <source>Parking</source>
            <translation>Parken</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="79" />
            <source>Indoor</source>
            <translation>Innenräume</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="80" />
            <source>City base map</source>
            <translation>Stadtgrundkarte</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="87" />
            <source>Reports</source>
            <translation>Anliegen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="88" />
            <source>Parking sites</source>
            <translation>Parkstandorte</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="89" />
            <source>Occupancy readings</source>
            <translation>Belegungsmessungen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="90" />
            <source>Amenities</source>
            <translation>Einrichtungen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="91" />
            <source>Elevators and stairs</source>
            <translation>Aufzüge und Treppen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="92" />
            <source>Doors</source>
            <translation>Türen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="93" />
            <source>Hazards</source>
            <translation>Gefahrenstellen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="94" />
            <source>Rooms</source>
            <translation>Räume</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="95" />
            <source>Levels</source>
            <translation>Geschosse</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="96" />
            <source>Buildings</source>
            <translation>Gebäude</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="97" />
            <source>Streets</source>
            <translation>Straßen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="98" />
            <source>Districts</source>
            <translation>Stadtteile</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="99" />
            <source>City boundary</source>
            <translation>Stadtgrenze</translation>
        </message>
        <message>
            <location filename="../store/layers.py" line="156" />
            <source>The style {style} could not be applied: {message}</source>
            <translation>Der Stil {style} konnte nicht angewendet werden: {message}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="74" />
            <source>Kernel density (fast heatmap)</source>
            <translation>Kerndichte (schnelle Heatmap)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="77" />
            <source>Density and hotspots</source>
            <translation>Dichte und Hotspots</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="83" />
            <source>heatmap,kde,kernel density,density,hotspot,points,raster</source>
            <translation>Heatmap,KDE,Kerndichte,Dichte,Hotspot,Punkte,Raster</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="86" />
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
            <location filename="../../processing_algs/kernel_density.py" line="103" />
            <source>Point layer</source>
            <translation>Punktlayer</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="105" />
            <source>Radius</source>
            <translation>Radius</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="107" />
            <source>Radius from field</source>
            <translation>Radius aus Feld</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="110" />
            <source>Output raster pixel size</source>
            <translation>Pixelgröße des Ausgaberasters</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="113" />
            <source>Weight from field</source>
            <translation>Gewicht aus Feld</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="116" />
            <source>Kernel shape</source>
            <translation>Kernform</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="117" />
            <source>Quartic</source>
            <translation>Quartisch</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="117" />
            <source>Triangular</source>
            <translation>Dreieckig</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="117" />
            <source>Uniform</source>
            <translation>Gleichförmig</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="117" />
            <source>Triweight</source>
            <translation>Triweight</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="117" />
            <source>Epanechnikov</source>
            <translation>Epanechnikov</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="120" />
            <source>Decay ratio (triangular kernels only)</source>
            <translation>Abklingrate (nur dreieckige Kerne)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="123" />
            <source>Output value scaling</source>
            <translation>Skalierung der Ausgabewerte</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="123" />
            <source>Raw</source>
            <translation>Roh</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="123" />
            <source>Scaled</source>
            <translation>Skaliert</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="126" />
            <source>Only points matching this expression</source>
            <translation>Nur Punkte, die diesem Ausdruck entsprechen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="129" />
            <source>Date/time field for the time window</source>
            <translation>Datums-/Zeitfeld für das Zeitfenster</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="132" />
            <source>Time window start (inclusive)</source>
            <translation>Beginn des Zeitfensters (einschließlich)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="134" />
            <source>Time window end (exclusive)</source>
            <translation>Ende des Zeitfensters (ausschließlich)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="136" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="136" />
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="136" />
            <source>Exact (like QGIS)</source>
            <translation>Exakt (wie QGIS)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="137" />
            <source>Binned (FFT)</source>
            <translation>Gerastert (FFT)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="138" />
            <source>Heatmap</source>
            <translation>Heatmap</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="162" />
            <source>The pixel size must be greater than zero.</source>
            <translation>Die Pixelgröße muss größer als null sein.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="164" />
            <source>The radius must be greater than zero.</source>
            <translation>Der Radius muss größer als null sein.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="171" />
            <source>The layer is in a geographic CRS (degrees). The points were reprojected to {crs} so that the radius and pixel size are in metres.</source>
            <translation>Der Layer hat ein geographisches KBS (Grad). Die Punkte wurden nach {crs} umprojiziert, damit Radius und Pixelgröße in Metern gelten.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="185" />
            <source>The input layer has no points{where}, so there is nothing to draw a heatmap from. Check the layer{checks}.</source>
            <translation>Der Eingabelayer enthält keine Punkte{where}, daher kann keine Heatmap erstellt werden. Prüfen Sie den Layer{checks}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="188" />
            <source> matching the filter and time window</source>
            <translation>, die Filter und Zeitfenster entsprechen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="189" />
            <source>, the filter expression and the time window</source>
            <translation>, den Filterausdruck und das Zeitfenster</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="196" />
            <source>A pixel size of {pixel} would make a raster of {rows} × {cols} = {cells} cells, more than the {limit} this algorithm accepts. Choose a larger pixel size, e.g. {suggestion}.</source>
            <translation>Eine Pixelgröße von {pixel} ergäbe ein Raster mit {rows} × {cols} = {cells} Zellen, mehr als die {limit}, die dieser Algorithmus annimmt. Wählen Sie eine größere Pixelgröße, z. B. {suggestion}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="203" />
            <source>Raster of {rows} × {cols} cells, {points} points.</source>
            <translation>Raster mit {rows} × {cols} Zellen, {points} Punkte.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="228" />
            <source>The filter expression is not valid: {error}</source>
            <translation>Der Filterausdruck ist ungültig: {error}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="239" />
            <source>A time window needs a date/time field: choose one under 'Date/time field for the time window'.</source>
            <translation>Ein Zeitfenster braucht ein Datums-/Zeitfeld: Wählen Sie eines unter „Datums-/Zeitfeld für das Zeitfenster“.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="261" />
            <source>{count} features without geometry were skipped.</source>
            <translation>{count} Objekte ohne Geometrie wurden übersprungen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="263" />
            <source>weight 0</source>
            <translation>Gewicht 0</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="263" />
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="267" />
            <source>{count} points have no value in “{field}” ({meaning}).</source>
            <translation>{count} Punkte haben keinen Wert in „{field}“ ({meaning}).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="300" />
            <source>The layer has no field “{field}”.</source>
            <translation>Der Layer hat kein Feld „{field}“.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" line="303" />
            <source>The field “{field}” holds {kind} values, not numbers. Choose a numeric field, or convert it with the Field Calculator (e.g. to_real("{field}")).</source>
            <translation>Das Feld „{field}“ enthält Werte vom Typ {kind}, keine Zahlen. Wählen Sie ein numerisches Feld oder wandeln Sie es mit dem Feldrechner um (z. B. to_real("{field}")).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/provider.py" line="21" />
            <source>Heilbronn Digital: analyses for the digital city</source>
            <translation>Heilbronn Digital: Analysen für die digitale Stadt</translation>
        </message>
    </context>
</TS>
