<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>HeilbronnDigital</name>
        <message>
            <location filename="../feeds/csv_parking.py" />
            <source>line {number} has no id</source>
            <translation>Zeile {number} hat keine ID</translation>
        </message>
        <message>
            <location filename="../feeds/csv_parking.py" />
            <source>this is no CSV file with a header line (names separated by ; or ,)</source>
            <translation>dies ist keine CSV-Datei mit Kopfzeile (durch ; oder , getrennte Namen)</translation>
        </message>
        <message>
            <location filename="../feeds/csv_parking.py" />
            <source>the CSV cannot be read ({error})</source>
            <translation>die CSV-Datei kann nicht gelesen werden ({error})</translation>
        </message>
        <message>
            <location filename="../feeds/datex2.py" />
            <source>this is no DATEX II document (no d2LogicalModel)</source>
            <translation>dies ist kein DATEX-II-Dokument (kein d2LogicalModel)</translation>
        </message>
        <message>
            <location filename="../feeds/datex2.py" />
            <source>a parking facility has no id</source>
            <translation>eine Parkeinrichtung hat keine ID</translation>
        </message>
        <message>
            <location filename="../feeds/datex2.py" />
            <source>a parking status has no facility reference</source>
            <translation>ein Parkstatus verweist auf keine Parkeinrichtung</translation>
        </message>
        <message>
            <location filename="../feeds/datex2.py" />
            <source>the status of {site} has no readable time (or the epoch, 1970-01-01, for never)</source>
            <translation>der Status von {site} hat keine lesbare Zeit (oder den Epochenbeginn 1970-01-01 für „nie“)</translation>
        </message>
        <message>
            <location filename="../feeds/decoding.py" />
            <source>the data is {encoding} without a byte-order mark; it was read as such</source>
            <translation>die Daten sind {encoding} ohne Byte-Order-Mark; sie wurden so gelesen</translation>
        </message>
        <message>
            <location filename="../feeds/decoding.py" />
            <source>the data is not UTF-8 (byte {byte}); it was read as {encoding}: check umlauts such as ä and ß in the result</source>
            <translation>die Daten sind kein UTF-8 (Byte {byte}); sie wurden als {encoding} gelesen: Prüfen Sie Umlaute wie ä und ß im Ergebnis</translation>
        </message>
        <message>
            <location filename="../feeds/decoding.py" />
            <source>the data says it is {encoding} but is not readable as such (byte {byte})</source>
            <translation>die Daten geben {encoding} an, sind so aber nicht lesbar (Byte {byte})</translation>
        </message>
        <message>
            <location filename="../feeds/decoding.py" />
            <location filename="../feeds/parking_payload.py" />
            <source>the answer is empty</source>
            <translation>die Antwort ist leer</translation>
        </message>
        <message>
            <location filename="../feeds/decoding.py" />
            <source>the JSON is broken or cut off ({error} at character {position} of {length})</source>
            <translation>das JSON ist fehlerhaft oder abgeschnitten ({error} bei Zeichen {position} von {length})</translation>
        </message>
        <message>
            <location filename="../feeds/decoding.py" />
            <source>the {kind} is nested deeper than {depth} levels, which no feed does</source>
            <translation>das {kind} ist tiefer als {depth} Ebenen verschachtelt, was kein Datendienst tut</translation>
        </message>
        <message>
            <location filename="../feeds/decoding.py" />
            <source>the XML is broken or cut off ({error})</source>
            <translation>das XML ist fehlerhaft oder abgeschnitten ({error})</translation>
        </message>
        <message>
            <location filename="../feeds/decoding.py" />
            <source>the XML names an encoding that cannot be read ({error})</source>
            <translation>das XML nennt eine Zeichenkodierung, die nicht gelesen werden kann ({error})</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan.py" />
            <source>The source has {count} buildings, so the building id or name you gave is not used: each building keeps its own.</source>
            <translation>Die Quelle enthält {count} Gebäude; die angegebene Gebäude-ID bzw. der Name wird daher nicht verwendet: Jedes Gebäude behält seine eigenen.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>{what}: {count} ids come more than once in the source (e.g. {example}); the last of each is imported.</source>
            <translation>{what}: {count} IDs kommen in der Quelle mehrfach vor (z. B. {example}); jeweils das letzte Objekt wird importiert.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>{what} {id}: its coordinates are not finite numbers; it is left out.</source>
            <translation>{what} {id}: Die Koordinaten sind keine endlichen Zahlen; das Objekt wird ausgelassen.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>{what} {id}: its coordinates lie outside the range of longitude and latitude (±180°, ±90°); it is left out. Check the file's coordinate system.</source>
            <translation>{what} {id}: Die Koordinaten liegen außerhalb der geografischen Länge und Breite (±180°, ±90°); das Objekt wird ausgelassen. Prüfen Sie das Koordinatensystem der Datei.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>{what} {id}: its coordinates cannot be converted to ETRS89 / UTM 32N; check the file's coordinate system.</source>
            <translation>{what} {id}: Die Koordinaten lassen sich nicht nach ETRS89 / UTM 32N umrechnen; bitte prüfen Sie das Koordinatensystem der Datei.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>{what} {id} is {km} km across, more than any building: its coordinates are wrong; it is left out.</source>
            <translation>{what} {id} ist {km} km groß, mehr als jedes Gebäude: Die Koordinaten sind falsch; das Objekt wird ausgelassen.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>Level {id}: it has no ordinal (floor number), so it and everything on it is left out. Give the level an ordinal.</source>
            <translation>Ebene {id}: Sie hat keine Ordnungszahl (Geschossnummer), daher werden sie und alles auf ihr weggelassen. Bitte geben Sie der Ebene eine Ordnungszahl.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>Level {id} has the same ordinal {ordinal} as level {other} of the same building: both are kept and shown together as one floor. Check the ordinals if they are different floors.</source>
            <translation>Ebene {id} hat dieselbe Ordnungszahl {ordinal} wie Ebene {other} desselben Gebäudes: Beide bleiben erhalten und werden gemeinsam als ein Geschoss angezeigt. Bitte prüfen Sie die Ordnungszahlen, falls es verschiedene Geschosse sind.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>{what} {id} has no geometry and is left out.</source>
            <translation>{what} {id} hat keine Geometrie und wird weggelassen.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>{what} {id} is drawn as {kind}, which this layer cannot hold; it is left out.</source>
            <translation>{what} {id} ist als {kind} gezeichnet, was dieser Layer nicht aufnehmen kann, und wird weggelassen.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>has no level</source>
            <translation>hat keine Ebene</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>is on the unknown level {level}</source>
            <translation>liegt auf der unbekannten Ebene {level}</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>{what} {id} {reason} and is left out. Give it a level that the floorplan defines.</source>
            <translation>{what} {id} {reason} und wird weggelassen. Bitte ordnen Sie das Objekt einer Ebene zu, die der Grundriss enthält.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>{what} {id}: its outline is not a valid polygon and cannot be repaired; it is left out.</source>
            <translation>{what} {id}: Der Umriss ist kein gültiges Polygon und lässt sich nicht reparieren; er wird weggelassen.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>{what} {id}: its outline was not a valid polygon (e.g. it crosses itself) and was repaired.</source>
            <translation>{what} {id}: Der Umriss war kein gültiges Polygon (er überschneidet sich z. B. selbst) und wurde repariert.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>{what} {id} has no area and is left out.</source>
            <translation>{what} {id} hat keine Fläche und wird weggelassen.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>{what} {id} has {count} separate parts; each is stored as a space of its own ({id}#2, …).</source>
            <translation>{what} {id} besteht aus {count} getrennten Teilen; jeder wird als eigener Raum gespeichert ({id}#2, …).</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>Space {id}: the category {category} is unknown and was stored as 'room'.</source>
            <translation>Raum {id}: Die Kategorie {category} ist unbekannt und wurde als „room“ (Raum) gespeichert.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>Connector {id}: the kind {kind} is unknown and was stored as 'stairs'.</source>
            <translation>Vertikale Verbindung {id}: Die Art {kind} ist unbekannt und wurde als „stairs“ (Treppe) gespeichert.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>Opening {id} on level {level} touches no space of that level and is left out. Move it onto the wall between two spaces.</source>
            <translation>Öffnung {id} auf Ebene {level} berührt keinen Raum dieser Ebene und wird weggelassen. Bitte legen Sie sie auf die Wand zwischen zwei Räumen.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>touches no space</source>
            <translation>berührt keinen Raum</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>touches spaces on the levels {levels}</source>
            <translation>berührt Räume auf den Ebenen {levels}</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>Opening {id} has no level and {where}; it is left out. Give it a level.</source>
            <translation>Öffnung {id} hat keine Ebene und {where}; sie wird weggelassen. Bitte geben Sie ihr eine Ebene.</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>Space</source>
            <translation>Raum</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>Opening</source>
            <translation>Öffnung</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>Connector</source>
            <translation>Vertikale Verbindung</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>Amenity</source>
            <translation>Einrichtung</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <source>Hazard</source>
            <translation>Gefahrenstelle</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <location filename="../gui/level_switcher.py" />
            <source>Level</source>
            <translation>Geschoss</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_checks.py" />
            <location filename="../gui/level_switcher.py" />
            <source>Building</source>
            <translation>Gebäude</translation>
        </message>
        <message>
            <location filename="../feeds/floorplan_store.py" />
            <source>The floorplan could not be written to {store}: {error}</source>
            <translation>Der Grundriss konnte nicht in {store} geschrieben werden: {error}</translation>
        </message>
        <message>
            <location filename="../feeds/geojson_parking.py" />
            <source>this is no GeoJSON FeatureCollection</source>
            <translation>dies ist keine GeoJSON-FeatureCollection</translation>
        </message>
        <message>
            <location filename="../feeds/geojson_parking.py" />
            <source>its “features” member is not a list of features</source>
            <translation>sein Element „features“ ist keine Liste von Objekten</translation>
        </message>
        <message>
            <location filename="../feeds/geojson_parking.py" />
            <location filename="../feeds/parkapi.py" />
            <source>feature {number} is no GeoJSON feature</source>
            <translation>Objekt {number} ist kein GeoJSON-Feature</translation>
        </message>
        <message>
            <location filename="../feeds/geojson_parking.py" />
            <source>feature {number} has no id</source>
            <translation>Objekt {number} hat keine ID</translation>
        </message>
        <message>
            <location filename="../feeds/geojson_parking.py" />
            <source>the server has {matched} features but sent {returned}</source>
            <translation>der Server hat {matched} Objekte, sandte aber nur {returned}</translation>
        </message>
        <message>
            <location filename="../feeds/goldbeck.py" />
            <source>this is not a GOLDBECK facilities list (a JSON array of facilities with id and name)</source>
            <translation>dies ist keine GOLDBECK-Liste von Parkhäusern (ein JSON-Array von Parkhäusern mit id und name)</translation>
        </message>
        <message>
            <location filename="../feeds/goldbeck.py" />
            <source>facility {number} has no id</source>
            <translation>Parkhaus {number} hat keine ID</translation>
        </message>
        <message>
            <location filename="../feeds/goldbeck.py" />
            <source>this is not a GOLDBECK occupancies list (a JSON array of objects with facilityId and counters)</source>
            <translation>dies ist keine GOLDBECK-Liste von Belegungen (ein JSON-Array von Objekten mit facilityId und Zählern)</translation>
        </message>
        <message>
            <location filename="../feeds/imdf.py" />
            <source>{path} is neither an IMDF folder nor a .zip archive.</source>
            <translation>{path} ist weder ein IMDF-Ordner noch ein ZIP-Archiv.</translation>
        </message>
        <message>
            <location filename="../feeds/imdf.py" />
            <source>{path} cannot be read: {error}</source>
            <translation>{path} kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <location filename="../feeds/imdf.py" />
            <source>The IMDF file {kind}.geojson in {path} unpacks to {size} MB, more than the {limit} MB a floorplan file may have. Check that it is the right archive.</source>
            <translation>Die IMDF-Datei {kind}.geojson in {path} entpackt sich zu {size} MB, mehr als die {limit} MB, die eine Grundrissdatei haben darf. Prüfen Sie, ob es das richtige Archiv ist.</translation>
        </message>
        <message>
            <location filename="../feeds/imdf.py" />
            <source>The IMDF files in {path} unpack to {size} MB together, more than the {limit} MB a floorplan may have. Check that it is the right archive.</source>
            <translation>Die IMDF-Dateien in {path} entpacken sich zusammen zu {size} MB, mehr als die {limit} MB, die ein Grundriss haben darf. Prüfen Sie, ob es das richtige Archiv ist.</translation>
        </message>
        <message>
            <location filename="../feeds/imdf.py" />
            <source>This is not an IMDF archive: {missing} missing.</source>
            <translation>Dies ist kein IMDF-Archiv: {missing} fehlt.</translation>
        </message>
        <message>
            <location filename="../feeds/imdf.py" />
            <source>The IMDF file {kind}.geojson is not readable JSON ({error}).</source>
            <translation>Die IMDF-Datei {kind}.geojson ist kein lesbares JSON ({error}).</translation>
        </message>
        <message>
            <location filename="../feeds/limits.py" />
            <source>The file {file} is larger than {megabytes} MB, more than this import reads. Check that it is the right file.</source>
            <translation>Die Datei {file} ist größer als {megabytes} MB, mehr als dieser Import liest. Prüfen Sie, ob es die richtige Datei ist.</translation>
        </message>
        <message>
            <location filename="../feeds/open311.py" />
            <source>the server answered with an error: {error}</source>
            <translation>der Server antwortete mit einem Fehler: {error}</translation>
        </message>
        <message>
            <location filename="../feeds/open311.py" />
            <source>request {number} has no service_request_id, so it cannot be stored or updated</source>
            <translation>Anliegen {number} hat keine service_request_id und kann daher weder gespeichert noch aktualisiert werden</translation>
        </message>
        <message>
            <location filename="../feeds/open311.py" />
            <source>{count} service_request_id values come more than once in one answer (e.g. {example}); the last of each is stored</source>
            <translation>{count} Werte von service_request_id kommen in einer Antwort mehrfach vor (z. B. {example}); jeweils der letzte wird gespeichert</translation>
        </message>
        <message>
            <location filename="../feeds/open311.py" />
            <source>{value} is not an ISO 8601 date and time</source>
            <translation>{value} ist keine Datums- und Zeitangabe nach ISO 8601</translation>
        </message>
        <message>
            <location filename="../feeds/open311.py" />
            <source>{value} is not a valid date and time</source>
            <translation>{value} ist kein gültiges Datum mit Uhrzeit</translation>
        </message>
        <message>
            <location filename="../feeds/open311.py" />
            <source>{value} has no valid UTC offset</source>
            <translation>{value} hat keinen gültigen Versatz zu UTC</translation>
        </message>
        <message>
            <location filename="../feeds/open311.py" />
            <source>{value} lies beyond the calendar once in UTC</source>
            <translation>{value} liegt, in UTC umgerechnet, jenseits des Kalenders</translation>
        </message>
        <message>
            <location filename="../feeds/open311.py" />
            <source>{value} is a placeholder, not a date (outside the years {first}–{last})</source>
            <translation>{value} ist ein Platzhalter, kein Datum (außerhalb der Jahre {first}–{last})</translation>
        </message>
        <message>
            <location filename="../feeds/open311.py" />
            <source>the response is empty</source>
            <translation>die Antwort enthält nichts</translation>
        </message>
        <message>
            <location filename="../feeds/open311.py" />
            <source>the response is an HTML page, not Open311 JSON or XML</source>
            <translation>die Antwort ist eine HTML-Seite, kein Open311-JSON oder -XML</translation>
        </message>
        <message>
            <location filename="../feeds/open311.py" />
            <source>the response is neither JSON nor XML (it starts {start})</source>
            <translation>die Antwort ist weder JSON noch XML (sie beginnt mit {start})</translation>
        </message>
        <message>
            <location filename="../feeds/open311.py" />
            <source>the response holds no list of records</source>
            <translation>die Antwort enthält keine Liste von Datensätzen</translation>
        </message>
        <message>
            <location filename="../feeds/open311.py" />
            <source>no details</source>
            <translation>keine Einzelheiten</translation>
        </message>
        <message>
            <location filename="../feeds/open311.py" />
            <source>{id}: {field} {error}; stored empty, the original is kept in extra_json</source>
            <translation>{id}: {field} {error}; leer gespeichert, der Originalwert steht in extra_json</translation>
        </message>
        <message>
            <location filename="../feeds/open311.py" />
            <source>{id}: position {lat}, {lon} is no place on Earth; stored without position, the original is kept in extra_json</source>
            <translation>{id}: Die Position {lat}, {lon} ist kein Ort auf der Erde; ohne Position gespeichert, der Originalwert steht in extra_json</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>Open311 data</source>
            <translation>Open311-Daten</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>the endpoint URL (the GeoReport v2 base, e.g. https://example.org/georeport/v2), not a portal's web page</source>
            <translation>die Endpunkt-URL (die GeoReport-v2-Basis, z. B. https://example.org/georeport/v2), nicht die Webseite eines Portals</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>the start date, jurisdiction_id and service code</source>
            <translation>das Startdatum, die jurisdiction_id und den Service-Code</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>the API key in the authentication configuration and the jurisdiction_id</source>
            <translation>den API-Schlüssel in der Authentifizierungskonfiguration und die jurisdiction_id</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>choose a later start date</source>
            <translation>wählen Sie ein späteres Startdatum</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>The start date {start} is not before the end {end}.</source>
            <translation>Das Startdatum {start} liegt nicht vor dem Ende {end}.</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>{source} is not an Open311 requests response: {error}.</source>
            <translation>{source} ist keine Open311-Antwort mit Anliegen (requests): {error}.</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>Nothing from {source} could be imported: all {count} reports were left out, the first because {problem}. Check that this is an Open311 GeoReport v2 answer.</source>
            <translation>Aus {source} konnte nichts importiert werden: Alle {count} Anliegen wurden ausgelassen (das erste: {problem}). Prüfen Sie, ob dies eine Antwort im Format Open311 GeoReport v2 ist.</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>{url} returns only part of the reports requested between {start} and {end}, even for one minute. The server caps its answers below what a sync needs; ask its operator.</source>
            <translation>{url} liefert nur einen Teil der Anliegen zwischen {start} und {end}, selbst für eine einzige Minute. Der Server begrenzt seine Antworten stärker, als ein Abgleich es erlaubt; wenden Sie sich an seinen Betreiber.</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>The sync from {url} was stopped after {queries} queries: the server's answers never became complete. Choose a later start date and sync in parts; if that does not help, the server is failing.</source>
            <translation>Der Abgleich mit {url} wurde nach {queries} Abfragen abgebrochen: Die Antworten des Servers wurden nie vollständig. Wählen Sie ein späteres Startdatum und gleichen Sie in Teilen ab; hilft das nicht, hat der Server einen Fehler.</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>The answer from {url} for {start} to {end} cannot be read: {error}. Check the endpoint URL; if it is right, the server may be failing, so try again later.</source>
            <translation>Die Antwort von {url} für {start} bis {end} ist nicht lesbar: {error}. Prüfen Sie die Endpunkt-URL; stimmt sie, hat vielleicht der Server eine Störung – versuchen Sie es später noch einmal.</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>The sync from {url} was stopped: the server sent more than {limit} reports ({queries} queries, the last for {start} to {end}), more than one sync holds. Choose a later start date and sync in parts; if the server keeps sending new reports for the same dates, it is failing.</source>
            <translation>Der Abgleich mit {url} wurde abgebrochen: Der Server hat mehr als {limit} Anliegen geschickt ({queries} Abfragen, die letzte für {start} bis {end}), mehr als ein Abgleich aufnimmt. Wählen Sie ein späteres Startdatum und gleichen Sie in Teilen ab; schickt der Server für dieselben Tage immer neue Anliegen, hat er einen Fehler.</translation>
        </message>
        <message>
            <location filename="../feeds/open311_sync.py" />
            <source>The reports could not be written to {store}: {error}</source>
            <translation>Die Anliegen konnten nicht in {store} geschrieben werden: {error}</translation>
        </message>
        <message>
            <location filename="../feeds/osm_indoor.py" />
            <source>{source} is not an OpenStreetMap file (.osm): {error}</source>
            <translation>{source} ist keine OpenStreetMap-Datei (.osm): {error}</translation>
        </message>
        <message>
            <location filename="../feeds/osm_indoor.py" />
            <source>unreadable</source>
            <translation>nicht lesbar</translation>
        </message>
        <message>
            <location filename="../feeds/osm_indoor.py" />
            <source>Elevator {id} has no level tag and is left out. Add the levels it serves, e.g. level=0-3.</source>
            <translation>Aufzug {id} hat kein level-Tag und wird weggelassen. Bitte ergänzen Sie die angefahrenen Ebenen, z. B. level=0-3.</translation>
        </message>
        <message>
            <location filename="../feeds/osm_indoor.py" />
            <source>Space {id} has no level tag and is left out. Add level=* to it.</source>
            <translation>Raum {id} hat kein level-Tag und wird weggelassen. Bitte ergänzen Sie level=*.</translation>
        </message>
        <message>
            <location filename="../feeds/osm_indoor.py" />
            <source>{id}: {tag}={value} is not a list of whole levels (such as 0, 0;1 or -1-2); the element is left out.</source>
            <translation>{id}: {tag}={value} ist keine Liste ganzer Ebenen (wie 0, 0;1 oder -1-2); das Element wird weggelassen.</translation>
        </message>
        <message>
            <location filename="../feeds/parkapi.py" />
            <source>this is no ParkAPI answer (neither a v1 city with “lots”, a v1 GeoJSON city file, nor v3 parking sites with “items”)</source>
            <translation>dies ist keine ParkAPI-Antwort (weder eine v1-Stadt mit „lots“ noch eine v1-GeoJSON-Stadtdatei noch v3-Parkstandorte mit „items“)</translation>
        </message>
        <message>
            <location filename="../feeds/parkapi.py" />
            <source>lot {number} has no id</source>
            <translation>Parkplatz {number} hat keine ID</translation>
        </message>
        <message>
            <location filename="../feeds/parkapi.py" />
            <source>feature {number} has no name, which is its id</source>
            <translation>Objekt {number} hat keinen Namen, und der Name ist seine ID</translation>
        </message>
        <message>
            <location filename="../feeds/parkapi.py" />
            <source>parking site {number} has no id</source>
            <translation>Parkstandort {number} hat keine ID</translation>
        </message>
        <message>
            <location filename="../feeds/parkapi.py" />
            <source>the reading of parking site {id} has no readable realtime_data_updated_at</source>
            <translation>der Messwert von Parkstandort {id} hat kein lesbares realtime_data_updated_at</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>Detect from the data</source>
            <translation>Aus den Daten erkennen</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>ParkAPI (v1 city, v3 parking sites)</source>
            <translation>ParkAPI (v1-Stadtdaten, v3-Parkplätze)</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>GOLDBECK facilities + occupancies</source>
            <translation>GOLDBECK-Anlagen + Belegungen</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>OGC SensorThings API (FROST)</source>
            <translation>OGC SensorThings API (FROST)</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>DATEX II v2 parking status + parking table</source>
            <translation>DATEX II v2 Parkstatus + Parkplatztabelle</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>GeoJSON / OGC API Features</source>
            <translation>GeoJSON / OGC API Features</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>The format of {location} cannot be detected: {reason}. Choose the format yourself.</source>
            <translation>Das Format von {location} lässt sich nicht erkennen: {reason}. Wählen Sie das Format selbst aus.</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>Nothing from {location} could be imported: all {count} records were left out, the first because {problem}. Check the format chosen and the data.</source>
            <translation>Aus {location} konnte nichts importiert werden: Alle {count} Datensätze wurden ausgelassen (der erste: {problem}). Prüfen Sie das gewählte Format und die Daten.</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>No field with free or occupied spaces was found in {location} (its fields: {names}): only the sites were imported. Name the field under 'Field names: free spaces' or 'Field names: occupied spaces' (FREE_FIELD, OCCUPIED_FIELD).</source>
            <translation>In {location} wurde kein Feld mit freien oder belegten Plätzen gefunden (seine Felder: {names}): Nur die Parkplätze wurden importiert. Nennen Sie das Feld unter „Feldnamen: freie Plätze“ oder „Feldnamen: belegte Plätze“ (FREE_FIELD, OCCUPIED_FIELD).</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>capacity</source>
            <translation>Kapazität</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>free spaces</source>
            <translation>freie Plätze</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>occupied spaces</source>
            <translation>belegte Plätze</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>Fields read: {read}.</source>
            <translation>Gelesene Felder: {read}.</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>Fields read: {read}; not found: {missing}.</source>
            <translation>Gelesene Felder: {read}; nicht gefunden: {missing}.</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>The field names you gave are used for GeoJSON, CSV and SensorThings only; {format} has fixed names, so they were not used.</source>
            <translation>Die angegebenen Feldnamen gelten nur für GeoJSON, CSV und SensorThings; {format} hat feste Namen, daher wurden sie nicht verwendet.</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>The field “{field}” you gave for {role} is in none of the records of {location}. Their fields are: {names}. Check the spelling.</source>
            <translation>Das Feld „{field}“, das Sie für {role} angegeben haben, kommt in keinem Datensatz von {location} vor. Deren Felder sind: {names}. Bitte prüfen Sie die Schreibweise.</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>The records have the fields {names}; if the id, free spaces or time are among them under another name, give those names under 'Field names' (ID_FIELD, FREE_FIELD, TIME_FIELD).</source>
            <translation>Die Datensätze haben die Felder {names}; wenn ID, freie Plätze oder Zeit unter anderem Namen darunter sind, geben Sie diese Namen unter „Feldnamen“ an (ID_FIELD, FREE_FIELD, TIME_FIELD).</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>{count} sites come more than once in the data (e.g. {example}); the last of each is stored.</source>
            <translation>{count} Standorte kommen in den Daten mehrfach vor (z. B. {example}); jeweils der letzte wird gespeichert.</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>{count} readings come more than once for the same site and time (e.g. {site} at {time} UTC); the last of each is stored.</source>
            <translation>{count} Messwerte kommen für denselben Standort und dieselbe Zeit mehrfach vor (z. B. {site} um {time} UTC); jeweils der letzte wird gespeichert.</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>it is XML but no DATEX II publication</source>
            <translation>es ist XML, aber keine DATEX-II-Publikation</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>it is neither JSON, XML nor CSV (it starts with {start})</source>
            <translation>es ist weder JSON noch XML noch CSV (es beginnt mit {start})</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>the JSON is a single value, none of the parking formats</source>
            <translation>das JSON ist ein einzelner Wert, keines der Parkdatenformate</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>the JSON is none of the parking formats</source>
            <translation>das JSON ist keines der Parkdatenformate</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>{problem} (second source)</source>
            <translation>{problem} (zweite Quelle)</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>Stopped after {count} requests to {location}: the server keeps sending more pages. Ask for a shorter time window; if that does not help, the server is failing.</source>
            <translation>Nach {count} Anfragen an {location} abgebrochen: Der Server schickt immer weitere Seiten. Fragen Sie einen kürzeren Zeitraum ab; hilft das nicht, hat der Server einen Fehler.</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>a next page on another server was not followed: {link}</source>
            <translation>einer nächsten Seite auf einem anderen Server wurde nicht gefolgt: {link}</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>stopped after {pages} pages; more are at {link}</source>
            <translation>nach {pages} Seiten angehalten; weitere liegen unter {link}</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>Stopped after {pages} pages from {location}: more than {limit} sites and readings, more than one import holds. Ask for a shorter time window.</source>
            <translation>Nach {pages} Seiten von {location} abgebrochen: mehr als {limit} Standorte und Messwerte, mehr als ein Import aufnimmt. Fragen Sie einen kürzeren Zeitraum ab.</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>these are GOLDBECK occupancies; give the facilities as the first source and the occupancies as the second</source>
            <translation>dies sind GOLDBECK-Belegungen; geben Sie die Parkhäuser als erste Quelle und die Belegungen als zweite an</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <source>The data from {location} cannot be read as {format}: {reason}. Check the address (or file) and the chosen format; if both are right, the server may be failing, so try again later.</source>
            <translation>Die Daten von {location} lassen sich nicht als {format} lesen: {reason}. Prüfen Sie die Adresse (oder Datei) und das gewählte Format; stimmen beide, hat der Server vielleicht eine Störung – versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <location filename="../feeds/parking_fetch.py" />
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>The file {path} cannot be read: {error}</source>
            <translation>Die Datei {path} kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <location filename="../feeds/parking_payload.py" />
            <source>it is a web page (HTML), not data</source>
            <translation>es ist eine Webseite (HTML), keine Daten</translation>
        </message>
        <message>
            <location filename="../feeds/plain_floorplan.py" />
            <source>The level {value} is neither a number nor a floor name such as EG or 1. OG.</source>
            <translation>Die Ebene {value} ist weder eine Zahl noch ein Geschossname wie EG oder 1. OG.</translation>
        </message>
        <message>
            <location filename="../feeds/plain_floorplan.py" />
            <source>{path} is not a vector file GDAL can read.</source>
            <translation>{path} ist keine Vektordatei, die GDAL lesen kann.</translation>
        </message>
        <message>
            <location filename="../feeds/plain_floorplan.py" />
            <source>{path} has no layer {layer}.</source>
            <translation>{path} enthält keinen Layer {layer}.</translation>
        </message>
        <message>
            <location filename="../feeds/plain_floorplan.py" />
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>A plain floorplan needs its level: name the field that says on which level each room is, or give one level for the whole file (a CAD drawing of one floor).</source>
            <translation>Ein einfacher Grundriss braucht seine Ebene: Nennen Sie das Feld, das angibt, auf welcher Ebene jeder Raum liegt, oder geben Sie eine Ebene für die ganze Datei an (eine CAD-Zeichnung eines Geschosses).</translation>
        </message>
        <message>
            <location filename="../feeds/plain_floorplan.py" />
            <source>{path} has no field “{field}”. Its fields are: {fields}.</source>
            <translation>{path} hat kein Feld „{field}“. Vorhandene Felder: {fields}.</translation>
        </message>
        <message>
            <location filename="../feeds/plain_floorplan.py" />
            <source>{file} does not say its coordinate system, or its coordinates are not degrees: it was read as ETRS89 / UTM 32N (EPSG:25832).</source>
            <translation>{file} nennt kein Koordinatensystem, oder die Koordinaten sind keine Grad: Die Datei wurde als ETRS89 / UTM 32N (EPSG:25832) gelesen.</translation>
        </message>
        <message>
            <location filename="../feeds/plain_floorplan.py" />
            <source>lines on CAD layers that are no doors</source>
            <translation>Linien auf CAD-Layern, die keine Türen sind</translation>
        </message>
        <message>
            <location filename="../feeds/plain_floorplan.py" />
            <source>{count} open lines on CAD layers whose names say no door ({layers}) were not imported: facades and walls are no doors.</source>
            <translation>{count} offene Linien auf CAD-Layern, deren Namen keine Tür bezeichnen ({layers}), wurden nicht importiert: Fassaden und Wände sind keine Türen.</translation>
        </message>
        <message>
            <location filename="../feeds/plain_floorplan.py" />
            <source>Feature {id}: the level {value} in field “{field}” is neither a number nor a floor name such as EG or 1. OG; it is left out.</source>
            <translation>Objekt {id}: Die Ebene {value} im Feld „{field}“ ist weder eine Zahl noch eine Geschossbezeichnung wie EG oder 1. OG; das Objekt wird weggelassen.</translation>
        </message>
        <message>
            <location filename="../feeds/plain_floorplan.py" />
            <source>Feature {id} appears more than once on level {ordinal}; the repeat is kept as {key}.</source>
            <translation>Objekt {id} kommt auf Ebene {ordinal} mehrfach vor; die Wiederholung bleibt als {key} erhalten.</translation>
        </message>
        <message>
            <location filename="../feeds/plain_floorplan.py" />
            <source>Feature {id} has no geometry and is left out.</source>
            <translation>Objekt {id} hat keine Geometrie und wird weggelassen.</translation>
        </message>
        <message>
            <location filename="../feeds/plain_floorplan.py" />
            <source>CAD texts in no room</source>
            <translation>CAD-Texte in keinem Raum</translation>
        </message>
        <message>
            <location filename="../feeds/positions.py" />
            <source>{count} of {total} positions lie far outside the area ETRS89 / UTM 32N is made for (Europe between {west}°E and {east}°E), e.g. {lon}, {lat}. They are stored, but distances and areas there are distorted, by kilometres far away. Check that the data belong to your region.</source>
            <translation>{count} von {total} Positionen liegen weit außerhalb des Gebiets, für das ETRS89 / UTM 32N gemacht ist (Europa zwischen {west}° O und {east}° O), z. B. {lon}, {lat}. Sie werden gespeichert, aber Entfernungen und Flächen sind dort verzerrt, weit entfernt um Kilometer. Prüfen Sie, ob die Daten zu Ihrer Region gehören.</translation>
        </message>
        <message>
            <location filename="../feeds/positions.py" />
            <source>its crs member names {name}, which is no known coordinate system</source>
            <translation>sein Element „crs“ nennt {name}, kein bekanntes Koordinatensystem</translation>
        </message>
        <message>
            <location filename="../feeds/sensorthings.py" />
            <source>this is no SensorThings answer (neither a “value” list nor a Thing with “@iot.id”)</source>
            <translation>dies ist keine SensorThings-Antwort (weder eine Liste „value“ noch ein Thing mit „@iot.id“)</translation>
        </message>
        <message>
            <location filename="../feeds/sensorthings.py" />
            <source>its “value” is not a list of Things</source>
            <translation>sein Element „value“ ist keine Liste von Things</translation>
        </message>
        <message>
            <location filename="../feeds/sensorthings.py" />
            <source>Thing {number} has no @iot.id</source>
            <translation>Thing {number} hat keine @iot.id</translation>
        </message>
        <message>
            <location filename="../feeds/sensorthings.py" />
            <source>this is no SensorThings Observations answer</source>
            <translation>dies ist keine SensorThings-Antwort mit Observations</translation>
        </message>
        <message>
            <location filename="../feeds/sensorthings.py" />
            <source>an observation of {site} has no readable phenomenonTime ({time})</source>
            <translation>eine Beobachtung von {site} hat keine lesbare phenomenonTime ({time})</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>The feed configuration {path} cannot be read: {error}</source>
            <translation>Die Konfiguration der Datendienste {path} kann nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>{path}: the section [{section}] is neither [open311 &lt;name&gt;] nor [parking &lt;name&gt;].</source>
            <translation>{path}: Der Abschnitt [{section}] ist weder [open311 &lt;Name&gt;] noch [parking &lt;Name&gt;].</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>{path}: [{section}] needs {key} = ….</source>
            <translation>{path}: [{section}] braucht {key} = ….</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>{path}: [{section}] format = {value} is not one of {known}.</source>
            <translation>{path}: [{section}] format = {value} ist keines von {known}.</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>{path}: [{section}] has no store: give store = … there or under [service].</source>
            <translation>{path}: [{section}] hat keinen Datenspeicher: Geben Sie store = … dort oder unter [service] an.</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>{path} configures no feed: add a section [open311 &lt;name&gt;] or [parking &lt;name&gt;].</source>
            <translation>{path} richtet keinen Datendienst ein: Fügen Sie einen Abschnitt [open311 &lt;Name&gt;] oder [parking &lt;Name&gt;] hinzu.</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>{path}: [service] timeout must be a number of seconds.</source>
            <translation>{path}: [service] timeout muss eine Zahl von Sekunden sein.</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>{path}: [{section}] {key} = … looks like a secret. Keep secrets in the QGIS authentication database and give its id as authcfg = ….</source>
            <translation>{path}: [{section}] {key} = … sieht nach einem Geheimnis aus. Bewahren Sie Geheimnisse in der QGIS-Authentifizierungsdatenbank auf und geben Sie deren ID als authcfg = … an.</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>{path}: [{section}] has an unknown key {key} (known: {known}).</source>
            <translation>{path}: [{section}] hat einen unbekannten Schlüssel {key} (bekannt: {known}).</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>Feed service: {count} feeds.</source>
            <translation>Datendienst-Abgleich: {count} Datendienste.</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>OK {feed}: {message}</source>
            <translation>OK {feed}: {message}</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>canceled</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>CANCELED {feed}: the store is unchanged.</source>
            <translation>ABGEBROCHEN {feed}: Der Datenspeicher ist unverändert.</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>FAILED {feed}: {error}. Its store is unchanged.</source>
            <translation>FEHLGESCHLAGEN {feed}: {error}. Sein Datenspeicher ist unverändert.</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>Feed service done: {ok} of {count} feeds succeeded.</source>
            <translation>Datendienst-Abgleich beendet: {ok} von {count} Datendiensten erfolgreich.</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>{received} reports received: {inserted} new, {updated} updated, into {store}.</source>
            <translation>{received} Anliegen empfangen: {inserted} neu, {updated} aktualisiert, in {store}.</translation>
        </message>
        <message>
            <location filename="../feeds/service.py" />
            <source>{sites} sites and {readings} readings received: {new} readings new, {updated} updated, into {store}.</source>
            <translation>{sites} Parkplätze und {readings} Messwerte empfangen: {new} Messwerte neu, {updated} aktualisiert, in {store}.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>the address of the data interface (API), not of a web page</source>
            <translation>die Adresse der Datenschnittstelle (API), nicht die einer Webseite</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>the parameters</source>
            <translation>die Parameter</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>the API key in the authentication configuration</source>
            <translation>den API-Schlüssel in der Authentifizierungskonfiguration</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>ask for less data at once (e.g. a shorter time window)</source>
            <translation>fragen Sie weniger Daten auf einmal ab (z. B. ein kürzeres Zeitfenster)</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>“{url}” is not an http or https address.</source>
            <translation>„{url}“ ist keine http- oder https-Adresse.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>{url} redirects more than {count} times (last to {target}). Check the address; the server's redirects are not followed further.</source>
            <translation>{url} leitet mehr als {count}-mal weiter (zuletzt zu {target}). Prüfen Sie die Adresse; weiteren Weiterleitungen des Servers wird nicht gefolgt.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>{url} redirects to {target}, which is not an http or https address; it is not followed. Check the address.</source>
            <translation>{url} leitet zu {target} weiter, das keine http- oder https-Adresse ist; der Weiterleitung wird nicht gefolgt. Prüfen Sie die Adresse.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>{url} redirects from https to the unencrypted {target}; it is not followed. Use the https address the server's operator gives.</source>
            <translation>{url} leitet von https auf die unverschlüsselte Adresse {target} weiter; der Weiterleitung wird nicht gefolgt. Verwenden Sie die https-Adresse, die der Betreiber des Servers angibt.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>{url} redirects in a loop (back to {target}). The server is misconfigured: tell its operator.</source>
            <translation>{url} leitet im Kreis weiter (zurück zu {target}). Der Server ist falsch eingerichtet: Informieren Sie seinen Betreiber.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>Stopped before asking {url}: the requests of this run took longer than {minutes} minutes together, the limit for one run. Try again later, or {less}.</source>
            <translation>Vor der Anfrage an {url} abgebrochen: Die Anfragen dieses Laufs haben zusammen länger als {minutes} Minuten gedauert, die Grenze für einen Lauf. Versuchen Sie es später erneut oder {less}.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>The authentication configuration {id} could not be applied to the request to {url}. Check it under Settings ▸ Options ▸ Authentication.</source>
            <translation>Die Authentifizierungskonfiguration {id} konnte nicht auf die Anfrage an {url} angewendet werden. Prüfen Sie sie unter Einstellungen ▸ Optionen ▸ Authentifizierung.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>The request to {url} was canceled.</source>
            <translation>Die Anfrage an {url} wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>The request to {url} ended without an answer. Try again; if it keeps happening, check the proxy settings under Settings ▸ Options ▸ Network.</source>
            <translation>Die Anfrage an {url} endete ohne Antwort. Versuchen Sie es erneut; wenn es wieder geschieht, prüfen Sie die Proxy-Einstellungen unter Einstellungen ▸ Optionen ▸ Netzwerk.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>Stopped while asking {url}: the requests of this run took longer than {minutes} minutes together, the limit for one run. Try again later, or {less}.</source>
            <translation>Während der Anfrage an {url} abgebrochen: Die Anfragen dieses Laufs haben zusammen länger als {minutes} Minuten gedauert, die Grenze für einen Lauf. Versuchen Sie es später erneut oder {less}.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>{url} did not answer within {seconds} seconds. Check the network connection and proxy settings, or try again later.</source>
            <translation>{url} hat nicht innerhalb von {seconds} Sekunden geantwortet. Prüfen Sie die Netzwerkverbindung und die Proxy-Einstellungen oder versuchen Sie es später noch einmal.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>The answer from {url} is larger than {megabytes} MB and was not read further. The server may be failing; if not, {less}.</source>
            <translation>Die Antwort von {url} ist größer als {megabytes} MB und wurde nicht weiter gelesen. Der Server hat vielleicht einen Fehler; wenn nicht, {less}.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>The answer from {url} broke off ({error}). Try again; if it keeps happening, {less}.</source>
            <translation>Die Antwort von {url} brach ab ({error}). Versuchen Sie es noch einmal; passiert das wiederholt, {less}.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>{url} could not be reached: {error}. Check the address, the network connection and the proxy settings.</source>
            <translation>{url} ist nicht erreichbar: {error}. Prüfen Sie die Adresse, die Netzwerkverbindung und die Proxy-Einstellungen.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>The answer from {url} was cut off ({received} of {expected} bytes). Try again; if it keeps happening, {less}.</source>
            <translation>Die Antwort von {url} ist unvollständig ({received} von {expected} Bytes). Versuchen Sie es noch einmal; passiert das wiederholt, {less}.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>{url} answered with a web page instead of {data}. Check the address: it should be {address}.</source>
            <translation>{url} hat mit einer Webseite statt mit {data} geantwortet. Prüfen Sie die Adresse: Gemeint ist {address}.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>{url} sent its answer packed as “{coding}”, which cannot be read here. Tell the server's operator.</source>
            <translation>{url} hat seine Antwort als „{coding}“ gepackt geschickt, das hier nicht gelesen werden kann. Informieren Sie den Betreiber des Servers.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>The packed answer from {url} is broken ({error}). Try again; if it keeps happening, tell the server's operator.</source>
            <translation>Die gepackte Antwort von {url} ist beschädigt ({error}). Versuchen Sie es erneut; passiert es wieder, informieren Sie den Betreiber des Servers.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>{url} answered HTTP {status}{detail}: {hint}.</source>
            <translation>{url} antwortete mit HTTP {status}{detail}: {hint}.</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>the server rejected the query: check {query}</source>
            <translation>der Server hat die Anfrage abgelehnt – prüfen Sie {query}</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>access is refused: check {access}</source>
            <translation>der Zugriff wird verweigert – prüfen Sie {access}</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>there is nothing at this address: check {address}</source>
            <translation>unter dieser Adresse gibt es nichts – prüfen Sie {address}</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>the server asks for fewer requests: wait a while and try again</source>
            <translation>der Server verlangt weniger Anfragen – warten Sie eine Weile und versuchen Sie es erneut</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>the server has a problem of its own: try again later, and tell its operator if it persists</source>
            <translation>der Server hat selbst ein Problem – versuchen Sie es später noch einmal und informieren Sie den Betreiber, wenn es anhält</translation>
        </message>
        <message>
            <location filename="../feeds/transport.py" />
            <source>check the address and {query}</source>
            <translation>prüfen Sie die Adresse und {query}</translation>
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
            <location filename="../gui/import_reports.py" />
            <location filename="../gui/menu.py" />
            <location filename="../gui/toolbox.py" />
            <location filename="../../processing_algs/provider.py" />
            <source>Heilbronn Digital</source>
            <translation>Heilbronn Digital</translation>
        </message>
        <message>
            <location filename="../gui/demo_project.py" />
            <location filename="../../processing_algs/hotspots.py" />
            <location filename="../../scripts/demo.py" />
            <source>Hot spots</source>
            <translation>Hotspots</translation>
        </message>
        <message>
            <location filename="../gui/demo_project.py" />
            <source>Reports (density)</source>
            <translation>Anliegen (Dichte)</translation>
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
            <location filename="../gui/import_reports.py" />
            <source>This needs the core plugin “Processing”: enable it under Plugins ▸ Manage and Install Plugins.</source>
            <translation>Dafür wird die Kernerweiterung „Processing“ benötigt: Aktivieren Sie sie unter Erweiterungen ▸ Erweiterungen verwalten und installieren.</translation>
        </message>
        <message>
            <location filename="../gui/level_switcher.py" />
            <location filename="../plugin.py" />
            <source>Level switcher</source>
            <translation>Geschosswahl</translation>
        </message>
        <message>
            <location filename="../gui/level_switcher.py" />
            <source>The building whose level the list shows; each building keeps its own level.</source>
            <translation>Das Gebäude, dessen Geschosse die Liste zeigt; jedes Gebäude behält sein eigenes Geschoss.</translation>
        </message>
        <message>
            <location filename="../gui/level_switcher.py" />
            <source>Click a level to show it on all floorplan layers.</source>
            <translation>Klicken Sie auf ein Geschoss, um es auf allen Grundrisslayern anzuzeigen.</translation>
        </message>
        <message>
            <location filename="../gui/level_switcher.py" />
            <source>One level up</source>
            <translation>Ein Geschoss höher</translation>
        </message>
        <message>
            <location filename="../gui/level_switcher.py" />
            <source>One level down</source>
            <translation>Ein Geschoss tiefer</translation>
        </message>
        <message>
            <location filename="../gui/level_switcher.py" />
            <source>Read the levels of the floorplan layers again, for example after an import.</source>
            <translation>Lesen Sie die Geschosse der Grundrisslayer erneut ein, zum Beispiel nach einem Import.</translation>
        </message>
        <message>
            <location filename="../gui/level_switcher.py" />
            <source>This project has no floorplan layers: they are layers with the fields building_id and ordinal, such as those of Heilbronn Digital ▸ Add Heilbronn layers.</source>
            <translation>Dieses Projekt enthält keine Grundrisslayer. Grundrisslayer haben die Felder building_id und ordinal, wie die von Heilbronn Digital ▸ Heilbronn-Layer hinzufügen.</translation>
        </message>
        <message>
            <location filename="../gui/level_switcher.py" />
            <source>(no building_id)</source>
            <translation>(ohne building_id)</translation>
        </message>
        <message>
            <location filename="../gui/menu.py" />
            <source>&amp;Heilbronn Digital</source>
            <translation>&amp;Heilbronn Digital</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <source>Serve open data to a hackathon</source>
            <translation>Offene Daten für einen Hackathon bereitstellen</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <location filename="../gui/parking_live.py" />
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <source>Stop</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <source>Open in browser</source>
            <translation>Im Browser öffnen</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <source>Choose the folder of a publication (“Publish as open data…”) and start the server.</source>
            <translation>Wählen Sie den Ordner einer Veröffentlichung („Als Open Data veröffentlichen…“) und starten Sie den Server.</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Publication folder</source>
            <translation>Veröffentlichungsordner</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <source>Port on 127.0.0.1</source>
            <translation>Port auf 127.0.0.1</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <source>Choose the publication folder first.</source>
            <translation>Wählen Sie zuerst den Veröffentlichungsordner.</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <source>set another port above, e.g. {port}.</source>
            <translation>Stellen Sie oben einen anderen Port ein, z. B. {port}.</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <source>Starting QGIS Server on port {port} …</source>
            <translation>QGIS Server wird auf Port {port} gestartet …</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <source>The server is stopped.</source>
            <translation>Der Server ist beendet.</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <source>Landing page</source>
            <translation>Startseite</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <source>OGC API – Features</source>
            <translation>OGC API – Features</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <source>Collections</source>
            <translation>Sammlungen</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <source>DCAT-AP.de catalogue</source>
            <translation>DCAT-AP.de-Katalog</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <source>Serving at {url}: give the teams these addresses.</source>
            <translation>Bereitgestellt unter {url}: Geben Sie den Teams diese Adressen.</translation>
        </message>
        <message>
            <location filename="../gui/opendata_server.py" />
            <source>QGIS Server did not start:</source>
            <translation>QGIS Server ist nicht gestartet:</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Live parking</source>
            <translation>Parken live</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Paused.</source>
            <translation>Angehalten.</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Refreshing…</source>
            <translation>Wird aktualisiert…</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Refreshed at {time}: {sites} sites, {readings} new readings.</source>
            <translation>Aktualisiert um {time}: {sites} Standorte, {readings} neue Messungen.</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>The format of the source; “Detect from the data” reads it from the first answer.</source>
            <translation>Das Format der Quelle; „Aus den Daten erkennen“ bestimmt es an der ersten Antwort.</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Address (or file) of the parking data.</source>
            <translation>Adresse (oder Datei) der Parkdaten.</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>GOLDBECK occupancies or the DATEX II table; leave empty for the other formats.</source>
            <translation>GOLDBECK-Belegungen oder die DATEX-II-Tabelle; bei den anderen Formaten leer lassen.</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>An API key from the QGIS authentication database; it is never stored in plain settings.</source>
            <translation>Ein API-Schlüssel aus der QGIS-Authentifizierungsdatenbank; er wird nie in den einfachen Einstellungen gespeichert.</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>A GeoPackage, or a shared PostGIS store: type the name of a PostgreSQL connection saved in QGIS or service=&lt;name&gt; (optionally schema=&lt;name&gt;).</source>
            <translation>Ein GeoPackage oder ein gemeinsamer PostGIS-Datenspeicher: Geben Sie den Namen einer in QGIS gespeicherten PostgreSQL-Verbindung oder service=&lt;Name&gt; ein (optional mit schema=&lt;Name&gt;).</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <location filename="../../processing_algs/store_outputs.py" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Sites whose last reading is older are greyed out.</source>
            <translation>Standorte, deren letzte Messung älter ist, werden grau dargestellt.</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <location filename="../../processing_algs/import_floorplan.py" />
            <location filename="../../processing_algs/import_parking.py" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <location filename="../toolbelt/field_aliases.py" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Second address</source>
            <translation>Zweite Adresse</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Authentication</source>
            <translation>Authentifizierung</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Store</source>
            <translation>Datenspeicher</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Refresh every</source>
            <translation>Aktualisieren alle</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Stale after</source>
            <translation>Veraltet nach</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Pause</source>
            <translation>Anhalten</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Refresh now</source>
            <translation>Jetzt aktualisieren</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Not started.</source>
            <translation>Nicht gestartet.</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Site</source>
            <translation>Standort</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>Free / capacity</source>
            <translation>Frei / Kapazität</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Occupancy</source>
            <translation>Belegung</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Last reading</source>
            <translation>Letzte Messung</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <source>Last reading older than {minutes} min.</source>
            <translation>Letzte Messung älter als {minutes} min.</translation>
        </message>
        <message>
            <location filename="../gui/parking_live.py" />
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>no data</source>
            <translation>keine Daten</translation>
        </message>
        <message>
            <location filename="../gui/parking_refresh.py" />
            <source>Enter the address (or file) of the parking data source.</source>
            <translation>Geben Sie die Adresse (oder Datei) der Parkdatenquelle ein.</translation>
        </message>
        <message>
            <location filename="../gui/parking_refresh.py" />
            <source>Choose the store the readings are saved in: a GeoPackage, a saved PostgreSQL connection or service=….</source>
            <translation>Wählen Sie den Datenspeicher, in dem die Messungen gespeichert werden: ein GeoPackage, eine gespeicherte PostgreSQL-Verbindung oder service=….</translation>
        </message>
        <message>
            <location filename="../gui/parking_refresh.py" />
            <source>no reading</source>
            <translation>keine Messung</translation>
        </message>
        <message>
            <location filename="../gui/parking_refresh.py" />
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message>
            <location filename="../gui/parking_refresh.py" />
            <source>{minutes} min ago</source>
            <translation>vor {minutes} min</translation>
        </message>
        <message>
            <location filename="../gui/parking_refresh.py" />
            <source>{hours} h ago</source>
            <translation>vor {hours} h</translation>
        </message>
        <message>
            <location filename="../gui/parking_refresh.py" />
            <source>{days} days ago</source>
            <translation>vor {days} Tagen</translation>
        </message>
        <message>
            <location filename="../gui/parking_refresh.py" />
            <source>Refreshing live parking data</source>
            <translation>Live-Parkdaten werden aktualisiert</translation>
        </message>
        <message>
            <location filename="../gui/parking_refresh.py" />
            <source>{reason}. Nothing was fetched; the stored readings are unchanged.</source>
            <translation>{reason}. Es wurde nichts abgerufen; die gespeicherten Messungen sind unverändert.</translation>
        </message>
        <message>
            <location filename="../gui/parking_refresh.py" />
            <source>The readings could not be saved in {store}: {error}. The stored readings are unchanged.</source>
            <translation>Die Messungen konnten nicht in {store} gespeichert werden: {error}. Die gespeicherten Messungen sind unverändert.</translation>
        </message>
        <message>
            <location filename="../gui/parking_refresh.py" />
            <source>The readings could not be saved in {store}: {error}. Check that the file is a GeoPackage you may write to.</source>
            <translation>Die Messungen konnten nicht in {store} gespeichert werden: {error}. Prüfen Sie, ob die Datei ein GeoPackage ist, in das Sie schreiben dürfen.</translation>
        </message>
        <message>
            <location filename="../gui/parking_refresh.py" />
            <source>The source settings are not valid: {error}</source>
            <translation>Die Einstellungen der Quelle sind ungültig: {error}</translation>
        </message>
        <message>
            <location filename="../gui/parking_refresh.py" />
            <source>The refresh failed unexpectedly; the stored readings are unchanged. The details are in the Heilbronn Digital log.</source>
            <translation>Die Aktualisierung ist unerwartet fehlgeschlagen; die gespeicherten Messungen sind unverändert. Die Einzelheiten stehen im Protokoll „Heilbronn Digital“.</translation>
        </message>
        <message>
            <location filename="../gui/parking_refresh.py" />
            <source>{count} records of the feed had problems: kept and flagged, or left out. The details are in the Heilbronn Digital log.</source>
            <translation>{count} Datensätze des Feeds hatten Probleme: markiert übernommen oder ausgelassen. Die Einzelheiten stehen im Heilbronn-Digital-Protokoll.</translation>
        </message>
        <message>
            <location filename="../gui/parking_refresh.py" />
            <source>The refresh was canceled; the stored readings are unchanged.</source>
            <translation>Die Aktualisierung wurde abgebrochen; die gespeicherten Messungen sind unverändert.</translation>
        </message>
        <message>
            <location filename="../gui/room_picker.py" />
            <location filename="../../processing_algs/indoor_route.py" />
            <source>level {ordinal}</source>
            <translation>Ebene {ordinal}</translation>
        </message>
        <message>
            <location filename="../gui/room_picker.py" />
            <source>Type to search, or pick on the map</source>
            <translation>Zum Suchen tippen oder auf der Karte wählen</translation>
        </message>
        <message>
            <location filename="../gui/room_picker.py" />
            <source>Choose a room from the list (type a part of its name to search) or pick it on the map.</source>
            <translation>Wählen Sie einen Raum aus der Liste (zum Suchen einen Teil des Namens eingeben) oder klicken Sie ihn auf der Karte an.</translation>
        </message>
        <message>
            <location filename="../gui/room_picker.py" />
            <source>Pick the room on the map (on the level shown)</source>
            <translation>Raum auf der Karte wählen (im angezeigten Geschoss)</translation>
        </message>
        <message>
            <location filename="../gui/toolbox.py" />
            <source>The Processing toolbox is not available: enable the core plugin “Processing” under Plugins ▸ Manage and Install Plugins.</source>
            <translation>Die Verarbeitungswerkzeuge sind nicht verfügbar: Aktivieren Sie die Kernerweiterung „Processing“ unter Erweiterungen ▸ Erweiterungen verwalten und installieren.</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>{layer} is not drawn at 1:{scale}: QGIS draws it only between 1:{near} and 1:{far}.</source>
            <translation>{layer} wird bei 1:{scale} nicht gezeichnet: QGIS zeichnet den Layer nur zwischen 1:{near} und 1:{far}.</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>{layer} is not drawn at 1:{scale}: QGIS draws it only closer than 1:{far} (zoom in).</source>
            <translation>{layer} wird bei 1:{scale} nicht gezeichnet: QGIS zeichnet den Layer erst näher als 1:{far} (hineinzoomen).</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>{layer} is not drawn at 1:{scale}: QGIS draws it only from 1:{near} outwards (zoom out).</source>
            <translation>{layer} wird bei 1:{scale} nicht gezeichnet: QGIS zeichnet den Layer erst ab 1:{near} (herauszoomen).</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Vernissage</source>
            <translation>Vernissage</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Page {page}: {note}</source>
            <translation>Seite {page}: {note}</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Handout written: {path}</source>
            <translation>Handout geschrieben: {path}</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Handout (PDF)</source>
            <translation>Handout als PDF</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Film written: {mp4} and {gif}</source>
            <translation>Film geschrieben: {mp4} und {gif}</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Film (MP4 and GIF)</source>
            <translation>Film (MP4 und GIF)</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>MP4 videos (*.mp4)</source>
            <translation>MP4-Videos (*.mp4)</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Missing layers (the rest of the station is shown): {names}</source>
            <translation>Fehlende Layer (der Rest der Station wird gezeigt): {names}</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Take view from map</source>
            <translation>Ansicht aus der Karte übernehmen</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Move up</source>
            <translation>Nach oben</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Move down</source>
            <translation>Nach unten</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Present</source>
            <translation>Präsentieren</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Full-screen presenter view (Esc returns)</source>
            <translation>Präsentationsansicht im Vollbild (Esc kehrt zurück)</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Handout (PDF)…</source>
            <translation>Handout als PDF…</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>The whole tour as a PDF, one page per station, through a print layout you can also edit</source>
            <translation>Die ganze Tour als PDF, eine Seite je Station, über ein Drucklayout, das Sie auch bearbeiten können</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <location filename="../gui/vernissage_whatif.py" />
            <source>What if…</source>
            <translation>Was wäre, wenn…</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Parking what-ifs live: a site's spaces, parking guidance, day and hour</source>
            <translation>Park-Szenarien live: Stellplätze eines Standorts, Parkleitsystem, Tag und Stunde</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Film…</source>
            <translation>Film erstellen…</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>The station's time range as MP4 and animated GIF, caption and clock burnt in</source>
            <translation>Der Zeitraum der Station als MP4 und animiertes GIF, mit eingeblendetem Titel und Uhrzeit</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source> frames/s</source>
            <translation> Bilder/s</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <location filename="../gui/vernissage_whatif.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>One or two sentences for the audience</source>
            <translation>Ein oder zwei Sätze für das Publikum</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Title ({language})</source>
            <translation>Titel ({language})</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>Text ({language})</source>
            <translation>Text ({language})</translation>
        </message>
        <message>
            <location filename="../gui/vernissage.py" />
            <source>(no title)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_demo.py" />
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../scripts/demo.py" />
            <source>Emerging hot spots</source>
            <translation>Entstehende Hotspots</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_demo.py" />
            <source>What if half the drivers used parking guidance?</source>
            <translation>Was wäre, wenn die Hälfte der Fahrer ein Parkleitsystem nutzte?</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_demo.py" />
            <source>Barrier-free route</source>
            <translation>Barrierefreier Weg</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_film.py" />
            <source>No video encoder: install ffmpeg (on Debian and Ubuntu: apt install ffmpeg) or the Python package imageio-ffmpeg to export films.</source>
            <translation>Kein Video-Encoder: Installieren Sie ffmpeg (unter Debian und Ubuntu: apt install ffmpeg) oder das Python-Paket imageio-ffmpeg, um Filme zu exportieren.</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_film.py" />
            <source>The film was canceled.</source>
            <translation>Der Film wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_film.py" />
            <source>The encoder took longer than {s} s.</source>
            <translation>Der Encoder brauchte länger als {s} s.</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_film.py" />
            <source>The encoder failed: {error}</source>
            <translation>Der Encoder ist gescheitert: {error}</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_film.py" />
            <source>Encoding the Vernissage film</source>
            <translation>Vernissage-Film wird kodiert</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_film.py" />
            <source>This station has no time range to film: take it again with the Temporal Controller on.</source>
            <translation>Diese Station hat keinen Zeitraum zum Filmen: Übernehmen Sie die Ansicht erneut bei eingeschalteter Zeitsteuerung.</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_handout.py" />
            <source>Vernissage handout</source>
            <translation>Vernissage-Handout</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_handout.py" />
            <location filename="../gui/vernissage_presenter.py" />
            <source>Station {number} of {count}</source>
            <translation>Station {number} von {count}</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_handout.py" />
            <source>Legend</source>
            <translation>Legende</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_presenter.py" />
            <source>few reports</source>
            <translation>wenige Meldungen</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_presenter.py" />
            <source>many reports</source>
            <translation>viele Meldungen</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Search traffic: {before} → {after} vehicle-km per hour ({change} %)</source>
            <translation>Parksuchverkehr: {before} → {after} Fahrzeug-km pro Stunde ({change} %)</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Mean search time: {before} → {after} min</source>
            <translation>Mittlere Suchzeit: {before} → {after} min</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Searching longer than 5 minutes: {before} % → {after} %</source>
            <translation>Länger als 5 Minuten auf Suche: {before} % → {after} %</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>CO₂: {before} → {after} kg per hour</source>
            <translation>CO₂: {before} → {after} kg pro Stunde</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Parking what-if</source>
            <translation>Park-Szenario</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>(no site)</source>
            <translation>(kein Standort)</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Pick a parking site (in the list or on the map) and add or remove spaces or close it, remove street bays on the map, or set a share of drivers using parking guidance.</source>
            <translation>Wählen Sie einen Parkstandort (in der Liste oder auf der Karte) und fügen Sie Stellplätze hinzu, entfernen Sie welche oder schließen Sie ihn, entfernen Sie Straßenstellplätze auf der Karte, oder stellen Sie einen Anteil von Fahrern mit Parkleitsystem ein.</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>The project has no streets, parking sites and occupancy readings of a store: open the demo project or add the Heilbronn layers.</source>
            <translation>Das Projekt hat keine Straßen, Parkstandorte und Belegungsmessungen eines Speichers: Öffnen Sie das Demoprojekt oder fügen Sie die Heilbronn-Layer hinzu.</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Calculating…</source>
            <translation>Wird berechnet…</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Calculate a what-if first.</source>
            <translation>Berechnen Sie zuerst ein Szenario.</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Save the project first: the what-if is stored beside it.</source>
            <translation>Speichern Sie zuerst das Projekt: Das Szenario wird daneben abgelegt.</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>The what-if could not be stored in {path}: {message}</source>
            <translation>Das Szenario konnte nicht in {path} gespeichert werden: {message}</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Saved as a station of the tour.</source>
            <translation>Als Station der Tour gespeichert.</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>{site} closed</source>
            <translation>{site} geschlossen</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>{site} {change} spaces</source>
            <translation>{site} {change} Stellplätze</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>{count} street bays removed</source>
            <translation>{count} Straßenstellplätze entfernt</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>{share} % guided</source>
            <translation>{share} % mit Parkleitsystem</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>What if: {what}</source>
            <translation>Was wäre, wenn: {what}</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>The what-if was canceled.</source>
            <translation>Das Szenario wurde abgebrochen.</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>What if: change of search traffic</source>
            <translation>Was wäre, wenn: Änderung des Parksuchverkehrs</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>No parking site there: click on a site's symbol.</source>
            <translation>Dort ist kein Parkstandort: Klicken Sie auf das Symbol eines Standorts.</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>No street parking there: click on a street bay's symbol.</source>
            <translation>Dort ist kein Straßenparkplatz: Klicken Sie auf das Symbol eines Straßenstellplatzes.</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>On the map</source>
            <translation>Auf der Karte</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Parking site</source>
            <translation>Parkstandort</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source> spaces</source>
            <translation> Stellplätze</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Spaces added (+) or removed (−)</source>
            <translation>Stellplätze dazu (+) oder weg (−)</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Close it</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Remove street bays on the map</source>
            <translation>Straßenstellplätze auf der Karte entfernen</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Drivers using parking guidance</source>
            <translation>Fahrer mit Parkleitsystem</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <location filename="../toolbelt/local_time.py" />
            <source>yyyy-MM-dd</source>
            <translation>dd.MM.yyyy</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source> h</source>
            <translation> Uhr</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Day and hour (Heilbronn time)</source>
            <translation>Tag und Stunde (Heilbronner Zeit)</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Calculate</source>
            <translation>Berechnen</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <location filename="../gui/vernissage_whatif.py" />
            <source>Save as station</source>
            <translation>Als Station speichern</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>These tasks did not end when the plugin unloaded: {tasks}</source>
            <translation>Diese Aufgaben endeten nicht, als die Erweiterung entladen wurde: {tasks}</translation>
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
            <source>Import citizen reports (Open311)…</source>
            <translation>Bürgeranliegen importieren (Open311)…</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Import or update citizen reports from an Open311 server or a saved response into a GeoPackage, in the background.</source>
            <translation>Bürgeranliegen von einem Open311-Server oder aus einer gespeicherten Antwort im Hintergrund in ein GeoPackage importieren oder aktualisieren.</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Import floorplan…</source>
            <translation>Grundriss importieren…</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Import a building floorplan (IMDF, OpenStreetMap indoor or a CAD export) into a GeoPackage, in the background.</source>
            <translation>Einen Gebäudegrundriss (IMDF, OpenStreetMap-Indoor oder CAD-Export) im Hintergrund in ein GeoPackage importieren.</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Show the panel that shows one level of a building at a time on every floorplan layer.</source>
            <translation>Zeigt das Fenster, das auf allen Grundriss-Layern jeweils ein Geschoss eines Gebäudes anzeigt.</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Live parking…</source>
            <translation>Parken live…</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Show the occupancy of parking sites from a live feed, refreshed in the background.</source>
            <translation>Zeigt die Belegung der Parkplätze aus einem Live-Datendienst, im Hintergrund aktualisiert.</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Vernissage (guided tour)…</source>
            <translation>Vernissage (geführte Tour)…</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Show the panel of the project's guided tour: stations with captions, presented full screen with a clicker.</source>
            <translation>Zeigt das Bedienfeld der geführten Tour des Projekts: Stationen mit Bildunterschriften, im Vollbild mit einem Presenter vorgeführt.</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Publish as open data…</source>
            <translation>Als Open Data veröffentlichen…</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Publish citizen reports, parking and floorplans from a store as open data (privacy rules applied, DCAT-AP.de metadata), in the background.</source>
            <translation>Bürgeranliegen, Parkdaten und Gebäudepläne aus einem Datenspeicher als Open Data veröffentlichen (mit Datenschutzregeln und DCAT-AP.de-Metadaten), im Hintergrund.</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Serve open data to a hackathon…</source>
            <translation>Offene Daten für einen Hackathon bereitstellen…</translation>
        </message>
        <message>
            <location filename="../plugin.py" />
            <source>Serve a publication on this computer with QGIS Server: OGC API – Features, landing page and DCAT-AP.de catalogue.</source>
            <translation>Eine Veröffentlichung auf diesem Rechner mit QGIS Server bereitstellen: OGC API – Features, Startseite und DCAT-AP.de-Katalog.</translation>
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
            <location filename="../publish/folder.py" />
            <source>The folder {folder} cannot be created ({error}). Choose a folder you may write to.</source>
            <translation>Der Ordner {folder} kann nicht angelegt werden ({error}). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <location filename="../publish/folder.py" />
            <source>{folder} is a file, not a folder. Choose a folder for the publication.</source>
            <translation>{folder} ist eine Datei, kein Ordner. Wählen Sie einen Ordner für die Veröffentlichung.</translation>
        </message>
        <message>
            <location filename="../publish/folder.py" />
            <source>The folder {folder} is not writable. Choose a folder you may write to, or ask for write access.</source>
            <translation>In den Ordner {folder} kann nicht geschrieben werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder lassen Sie sich Schreibrechte geben.</translation>
        </message>
        <message>
            <location filename="../publish/folder.py" />
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source> and {count} more</source>
            <translation> und {count} weitere</translation>
        </message>
        <message>
            <location filename="../publish/folder.py" />
            <source>The folder {folder} already holds files that are not an open-data publication of this plugin ({files}). Nothing was written. Choose an empty folder, or the folder of an earlier publication.</source>
            <translation>Der Ordner {folder} enthält bereits Dateien, die keine Open-Data-Veröffentlichung dieser Erweiterung sind ({files}). Es wurde nichts geschrieben. Wählen Sie einen leeren Ordner oder den Ordner einer früheren Veröffentlichung.</translation>
        </message>
        <message>
            <location filename="../publish/folder.py" />
            <source>The publication folder {folder} holds files the publication did not write ({files}). Nothing was written. Move them elsewhere and publish again.</source>
            <translation>Der Veröffentlichungsordner {folder} enthält Dateien, die nicht von der Veröffentlichung stammen ({files}). Es wurde nichts geschrieben. Verschieben Sie diese Dateien und veröffentlichen Sie erneut.</translation>
        </message>
        <message>
            <location filename="../publish/privacy.py" />
            <source>k = {k} protects nobody: with k = 1 a report may be alone in its cell, and its published position is then the reporter's (often their home). Choose k = {minimum} or more ({usual} is usual).</source>
            <translation>k = {k} schützt niemanden: Bei k = 1 kann ein Anliegen allein in seiner Zelle liegen, und seine veröffentlichte Position ist dann die der meldenden Person (oft ihre Wohnung). Wählen Sie k = {minimum} oder mehr (üblich ist {usual}).</translation>
        </message>
        <message>
            <location filename="../publish/publisher.py" />
            <source>Nothing to publish: {reasons}. Import data into the store first.</source>
            <translation>Nichts zu veröffentlichen: {reasons}. Importieren Sie zuerst Daten in den Datenspeicher.</translation>
        </message>
        <message>
            <location filename="../publish/publisher.py" />
            <source>Nothing can be written into {folder} ({error}). Choose a folder you may write to.</source>
            <translation>In den Ordner {folder} kann nichts geschrieben werden ({error}). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <location filename="../publish/publisher.py" />
            <source>Writing the publication into {folder} failed ({error}: {file}). Free space or close the program that holds the file, then publish again.</source>
            <translation>Das Schreiben der Veröffentlichung in {folder} ist fehlgeschlagen ({error}: {file}). Schaffen Sie Platz oder schließen Sie das Programm, das die Datei geöffnet hat, und veröffentlichen Sie dann erneut.</translation>
        </message>
        <message>
            <location filename="../publish/publisher.py" />
            <source>Choose at least one of the datasets {known}.</source>
            <translation>Wählen Sie mindestens einen der Datensätze {known}.</translation>
        </message>
        <message>
            <location filename="../publish/publisher.py" />
            <source>The cell size must be greater than 0 m.</source>
            <translation>Die Zellengröße muss größer als 0 m sein.</translation>
        </message>
        <message>
            <location filename="../publish/publisher.py" />
            <source>Unknown licence {licence}; choose one of {known}.</source>
            <translation>Unbekannte Lizenz {licence}; wählen Sie eine von {known}.</translation>
        </message>
        <message>
            <location filename="../publish/publisher.py" />
            <source>The base URL must start with http:// or https://, not “{url}”.</source>
            <translation>Die Basis-URL muss mit http:// oder https:// beginnen, nicht „{url}“.</translation>
        </message>
        <message>
            <location filename="../publish/publisher.py" />
            <source>the store has no citizen reports</source>
            <translation>der Datenspeicher enthält keine Bürgeranliegen</translation>
        </message>
        <message>
            <location filename="../publish/publisher.py" />
            <source>the store has no parking sites</source>
            <translation>der Datenspeicher enthält keine Parkplätze</translation>
        </message>
        <message>
            <location filename="../publish/publisher.py" />
            <source>the store has no floorplans</source>
            <translation>der Datenspeicher enthält keine Gebäudepläne</translation>
        </message>
        <message>
            <location filename="../publish/serve.py" />
            <source>Port {port} on {host} is already in use (another server, or an open-data server started before). Choose another port: {hint}</source>
            <translation>Port {port} auf {host} ist bereits belegt (ein anderer Server oder ein zuvor gestarteter Open-Data-Server). Wählen Sie einen anderen Port: {hint}</translation>
        </message>
        <message>
            <location filename="../publish/serve.py" />
            <source>The server cannot listen on {host}:{port}: {error}</source>
            <translation>Der Server kann nicht auf {host}:{port} lauschen: {error}</translation>
        </message>
        <message>
            <location filename="../publish/serve.py" />
            <source>{folder} has no server project {project}: publish into it first.</source>
            <translation>{folder} hat kein Serverprojekt {project}: Veröffentlichen Sie zuerst in diesen Ordner.</translation>
        </message>
        <message>
            <location filename="../publish/serve.py" />
            <source>QGIS Server (qgis_mapserver) is not installed. On Debian and Ubuntu: sudo apt-get install qgis-server-bin qgis-server-wfs3; on Windows: the “qgis-server” package of the OSGeo4W installer.</source>
            <translation>QGIS Server (qgis_mapserver) ist nicht installiert. Unter Debian und Ubuntu: sudo apt-get install qgis-server-bin qgis-server-wfs3; unter Windows: das Paket „qgis-server“ des OSGeo4W-Installationsprogramms.</translation>
        </message>
        <message>
            <location filename="../publish/serve.py" />
            <source>{program} cannot be started: {error}</source>
            <translation>{program} kann nicht gestartet werden: {error}</translation>
        </message>
        <message>
            <location filename="../publish/serve.py" />
            <source>QGIS Server stopped at start-up:
{log}</source>
            <translation>QGIS Server hat sich beim Start beendet:
{log}</translation>
        </message>
        <message>
            <location filename="../publish/serve.py" />
            <source>QGIS Server could not load the plugin's server part:
{log}</source>
            <translation>QGIS Server konnte den Serverteil der Erweiterung nicht laden:
{log}</translation>
        </message>
        <message>
            <location filename="../publish/serve.py" />
            <source>QGIS Server did not answer within {seconds} s:
{log}</source>
            <translation>QGIS Server hat nicht innerhalb von {seconds} s geantwortet:
{log}</translation>
        </message>
        <message>
            <location filename="../publish/server_project.py" />
            <source>{folder} is not an open-data publication (it has no publication.json). Publish into it first with “Publish as open data…”.</source>
            <translation>{folder} ist keine Open-Data-Veröffentlichung (publication.json fehlt). Veröffentlichen Sie zuerst mit „Als Open Data veröffentlichen…“ in diesen Ordner.</translation>
        </message>
        <message>
            <location filename="../publish/server_project.py" />
            <source>Open data: Heilbronn</source>
            <translation>Offene Daten: Heilbronn</translation>
        </message>
        <message>
            <location filename="../publish/server_project.py" />
            <source>QGIS cannot read the table {table} of {path}.</source>
            <translation>QGIS kann die Tabelle {table} von {path} nicht lesen.</translation>
        </message>
        <message>
            <location filename="../publish/server_project.py" />
            <source>Citizen reports, parking and barrier-free floorplans, generalised to protect privacy. DCAT-AP.de catalogue: catalog.ttl, catalog.jsonld.</source>
            <translation>Bürgeranliegen, Parkdaten und barrierefreie Gebäudepläne, zum Schutz der Privatsphäre generalisiert. DCAT-AP.de-Katalog: catalog.ttl, catalog.jsonld.</translation>
        </message>
        <message>
            <location filename="../publish/server_project.py" />
            <source>The server project {path} cannot be written: {error}</source>
            <translation>Das Serverprojekt {path} kann nicht geschrieben werden: {error}</translation>
        </message>
        <message>
            <location filename="../publish/server_project.py" />
            <source>The server data {path} cannot be written: {error}</source>
            <translation>Die Daten für den Server {path} können nicht geschrieben werden: {error}</translation>
        </message>
        <message>
            <location filename="../publish/server_project.py" />
            <source>{path} cannot be opened.</source>
            <translation>{path} kann nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../publish/server_project.py" />
            <source>The table {table} of {path} cannot be copied for the server: {error}</source>
            <translation>Die Tabelle {table} aus {path} kann nicht für den Server kopiert werden: {error}</translation>
        </message>
        <message>
            <location filename="../publish/server_project.py" />
            <source>The table {table} holds a time without its offset; publish again.</source>
            <translation>Die Tabelle {table} enthält eine Zeit ohne ihre Zeitzone; veröffentlichen Sie erneut.</translation>
        </message>
        <message>
            <location filename="../publish/source.py" />
            <source>The store {store} does not exist. Choose the GeoPackage that the imports write to.</source>
            <translation>Den Datenspeicher {store} gibt es nicht. Wählen Sie das GeoPackage, in das die Importe schreiben.</translation>
        </message>
        <message>
            <location filename="../publish/source.py" />
            <source>{store} cannot be opened as a store (not a GeoPackage or PostGIS data source).</source>
            <translation>{store} kann nicht als Datenspeicher geöffnet werden (kein GeoPackage und keine PostGIS-Datenquelle).</translation>
        </message>
        <message>
            <location filename="../publish/source.py" />
            <source>{store} is not a Heilbronn Digital store: it has none of the store's layers (citizen_reports, parking_sites, indoor_spaces, …).</source>
            <translation>{store} ist kein Heilbronn-Digital-Datenspeicher: Er enthält keinen der Layer des Datenspeichers (citizen_reports, parking_sites, indoor_spaces, …).</translation>
        </message>
        <message>
            <location filename="../store/gpkg.py" />
            <source>Cannot create the folder of {store}: {error}</source>
            <translation>Der Ordner von {store} kann nicht angelegt werden: {error}</translation>
        </message>
        <message>
            <location filename="../store/gpkg.py" />
            <source>Cannot create the GeoPackage {store}: {error}. Check that the folder exists and may be written</source>
            <translation>Das GeoPackage {store} kann nicht angelegt werden: {error}. Prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
        </message>
        <message>
            <location filename="../store/gpkg.py" />
            <source>The store {path} is read-only. Make it writable, or copy it and import into the copy.</source>
            <translation>Der Speicher {path} ist schreibgeschützt. Heben Sie den Schreibschutz auf, oder kopieren Sie ihn und importieren Sie in die Kopie.</translation>
        </message>
        <message>
            <location filename="../store/gpkg.py" />
            <source>The folder {folder} is read-only, so the store {name} in it cannot be written (a GeoPackage needs to write a journal file beside it). Copy the store to a writable folder, or choose another.</source>
            <translation>Der Ordner {folder} ist schreibgeschützt, daher kann der Speicher {name} darin nicht beschrieben werden (ein GeoPackage muss daneben eine Journaldatei anlegen). Kopieren Sie den Speicher in einen beschreibbaren Ordner, oder wählen Sie einen anderen.</translation>
        </message>
        <message>
            <location filename="../store/gpkg.py" />
            <source>{store} is being written by another import or refresh and stayed locked for {seconds} s; try again when it has finished</source>
            <translation>In {store} schreibt gerade ein anderer Import oder eine andere Aktualisierung, und die Datei blieb {seconds} s gesperrt; versuchen Sie es erneut, wenn er fertig ist</translation>
        </message>
        <message>
            <location filename="../store/gpkg.py" />
            <source>{store} cannot be written (a read-only file or folder?): {error}. Choose a store in a folder you may write to</source>
            <translation>{store} kann nicht geschrieben werden (eine schreibgeschützte Datei oder ein schreibgeschützter Ordner?): {error}. Wählen Sie einen Datenspeicher in einem Ordner, in den Sie schreiben dürfen</translation>
        </message>
        <message>
            <location filename="../store/gpkg.py" />
            <source>Cannot open the GeoPackage {path} for writing: {error}</source>
            <translation>Das GeoPackage {path} kann nicht zum Schreiben geöffnet werden: {error}</translation>
        </message>
        <message>
            <location filename="../store/gpkg.py" />
            <source>Cannot open the GeoPackage {path} for reading: {error}</source>
            <translation>Das GeoPackage {path} kann nicht zum Lesen geöffnet werden: {error}</translation>
        </message>
        <message>
            <location filename="../store/gpkg.py" />
            <source>not a GeoPackage</source>
            <translation>kein GeoPackage</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Citizen reports</source>
            <translation>Bürgeranliegen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <location filename="../../processing_algs/publish_open_data.py" />
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
            <location filename="../toolbelt/field_aliases.py" />
            <location filename="../../processing_algs/import_parking.py" />
            <source>Parking sites</source>
            <translation>Parkstandorte</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <location filename="../../processing_algs/import_parking.py" />
            <source>Occupancy readings</source>
            <translation>Belegungsmessungen</translation>
        </message>
        <message>
            <location filename="../store/layers.py" />
            <source>Occupancy over time</source>
            <translation>Belegung im Zeitverlauf</translation>
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
            <location filename="../../processing_algs/indoor_route.py" />
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
            <location filename="../store/location.py" />
            <source>A password does not belong in the store text (it would be saved in projects and logs). Keep it in the QGIS authentication database and give its id as authcfg=…, or in pg_service.conf / .pgpass and give service=….</source>
            <translation>Ein Passwort gehört nicht in die Angabe des Datenspeichers (es würde in Projekten und Protokollen gespeichert). Bewahren Sie es in der QGIS-Authentifizierungsdatenbank auf und geben Sie deren ID als authcfg=… an, oder in pg_service.conf / .pgpass und geben Sie service=… an.</translation>
        </message>
        <message>
            <location filename="../store/location.py" />
            <source>{key}= is not a PostgreSQL connection key. Known: {known}.</source>
            <translation>{key}= ist kein Schlüssel einer PostgreSQL-Verbindung. Bekannt: {known}.</translation>
        </message>
        <message>
            <location filename="../store/location.py" />
            <source>The schema name “{name}” in “{store}” must be lowercase letters, digits and _ (starting with a letter), e.g. heilbronn_digital.</source>
            <translation>Der Schemaname „{name}“ in „{store}“ darf nur Kleinbuchstaben, Ziffern und _ enthalten (beginnend mit einem Buchstaben), z. B. heilbronn_digital.</translation>
        </message>
        <message>
            <location filename="../store/location.py" />
            <source>A store is a GeoPackage file ending in .gpkg, the name of a PostgreSQL connection saved in QGIS, or service=&lt;name&gt; from pg_service.conf (optionally with schema=&lt;schema&gt;, default heilbronn_digital).</source>
            <translation>Ein Datenspeicher ist eine GeoPackage-Datei mit der Endung .gpkg, der Name einer in QGIS gespeicherten PostgreSQL-Verbindung oder service=&lt;Name&gt; aus der pg_service.conf (optional mit schema=&lt;Schema&gt;, Vorgabe heilbronn_digital).</translation>
        </message>
        <message>
            <location filename="../store/location.py" />
            <source>“{store}” is not a store. {accepted}</source>
            <translation>„{store}“ ist kein Datenspeicher. {accepted}</translation>
        </message>
        <message>
            <location filename="../store/location.py" />
            <source>There is no PostgreSQL connection “{name}” saved in QGIS (saved: {saved}). A GeoPackage store must end in .gpkg; a PostgreSQL store is a saved connection name or service=&lt;name&gt;.</source>
            <translation>In QGIS ist keine PostgreSQL-Verbindung „{name}“ gespeichert (gespeichert: {saved}). Ein GeoPackage-Datenspeicher muss auf .gpkg enden; ein PostgreSQL-Datenspeicher ist der Name einer gespeicherten Verbindung oder service=&lt;Name&gt;.</translation>
        </message>
        <message>
            <location filename="../store/location.py" />
            <source>The authentication configuration {authcfg} of {store} is not in this QGIS profile's authentication database: create it (Settings ▸ Options ▸ Authentication) or give the store as a saved connection.</source>
            <translation>Die Authentifizierungskonfiguration {authcfg} von {store} ist nicht in der Authentifizierungsdatenbank dieses QGIS-Profils: Legen Sie sie an (Einstellungen ▸ Optionen ▸ Authentifizierung) oder geben Sie den Datenspeicher als gespeicherte Verbindung an.</translation>
        </message>
        <message>
            <location filename="../store/location.py" />
            <source>The authentication configuration {authcfg} of {store} could not be read (is the master password set?).</source>
            <translation>Die Authentifizierungskonfiguration {authcfg} von {store} kann nicht gelesen werden (ist das Master-Passwort gesetzt?).</translation>
        </message>
        <message>
            <location filename="../store/migrations.py" />
            <source>{store} has schema version {version}, written by a newer Heilbronn Digital than this one ({plugin}, schema {ours}). Update the plugin (Plugins ▸ Manage and Install Plugins) before you write to this store</source>
            <translation>{store} hat die Schemaversion {version}, geschrieben von einem neueren Heilbronn Digital als diesem ({plugin}, Schema {ours}). Aktualisieren Sie die Erweiterung (Erweiterungen ▸ Erweiterungen verwalten und installieren), bevor Sie in diesen Datenspeicher schreiben</translation>
        </message>
        <message>
            <location filename="../store/migrations.py" />
            <source>Created the store {store} (schema version {version}).</source>
            <translation>Datenspeicher {store} angelegt (Schemaversion {version}).</translation>
        </message>
        <message>
            <location filename="../store/migrations.py" />
            <source>Migrated the store {store} from schema version {old} to {new}: {changes}.</source>
            <translation>Datenspeicher {store} von Schemaversion {old} auf {new} umgestellt: {changes}.</translation>
        </message>
        <message>
            <location filename="../store/postgis.py" />
            <source>Cannot connect to {store}: {error}. Check the connection (host, port, database; the service in pg_service.conf) and its credentials (QGIS authentication database or .pgpass).</source>
            <translation>Keine Verbindung zu {store}: {error}. Prüfen Sie die Verbindung (Host, Port, Datenbank; den Dienst in der pg_service.conf) und ihre Zugangsdaten (QGIS-Authentifizierungsdatenbank oder .pgpass).</translation>
        </message>
        <message>
            <location filename="../store/postgis.py" />
            <source>no answer</source>
            <translation>keine Antwort</translation>
        </message>
        <message>
            <location filename="../store/postgis.py" />
            <source>PostGIS is not installed in the database of {store}. Ask its administrator to run CREATE EXTENSION postgis; in it (it needs a superuser)</source>
            <translation>PostGIS ist in der Datenbank von {store} nicht installiert. Bitten Sie die Administration, darin CREATE EXTENSION postgis; auszuführen (dafür braucht es einen Superuser)</translation>
        </message>
        <message>
            <location filename="../store/postgis.py" />
            <source>{store} is being written by another import or refresh for more than {seconds} s; try again when it has finished</source>
            <translation>In {store} schreibt seit mehr als {seconds} s ein anderer Import oder eine andere Aktualisierung; versuchen Sie es erneut, wenn er fertig ist</translation>
        </message>
        <message>
            <location filename="../store/postgis.py" />
            <source>The user of {store} may not create the schema {schema}. Ask the database administrator to create it for the writer role (CREATE SCHEMA {schema} AUTHORIZATION &lt;writer role&gt;;) or to grant CREATE on the database</source>
            <translation>Der Benutzer von {store} darf das Schema {schema} nicht anlegen. Bitten Sie die Datenbankadministration, es für die schreibende Rolle anzulegen (CREATE SCHEMA {schema} AUTHORIZATION &lt;schreibende Rolle&gt;;) oder CREATE auf der Datenbank zu gewähren</translation>
        </message>
        <message>
            <location filename="../store/postgis.py" />
            <source>The user of {store} may read this store but not change it ({reason}). Imports and live refreshes need a writer role (README: Shared store (PostGIS), Roles)</source>
            <translation>Der Benutzer von {store} darf diesen Datenspeicher lesen, aber nicht ändern ({reason}). Importe und Live-Aktualisierungen brauchen eine schreibende Rolle (README: Shared store (PostGIS), Roles)</translation>
        </message>
        <message>
            <location filename="../store/postgis.py" />
            <source>The connection to {store} was lost in the middle of the write ({reason}); PostgreSQL rolled the unfinished transaction back: try again when the server is reachable</source>
            <translation>Die Verbindung zu {store} brach mitten im Schreiben ab ({reason}); PostgreSQL hat die unvollständige Transaktion zurückgerollt: Versuchen Sie es erneut, wenn der Server erreichbar ist</translation>
        </message>
        <message>
            <location filename="../store/postgis.py" />
            <source>The schema {schema} of {store} holds tables that are not a Heilbronn Digital store ({tables}). Choose another schema with schema=&lt;name&gt; in the store</source>
            <translation>Das Schema {schema} von {store} enthält Tabellen, die kein Heilbronn-Digital-Datenspeicher sind ({tables}). Wählen Sie mit schema=&lt;Name&gt; ein anderes Schema</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Data quality</source>
            <translation>Datenqualität</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Further source fields (JSON)</source>
            <translation>Weitere Felder der Quelle (JSON)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Municipality key</source>
            <translation>Gemeindeschlüssel</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>District code</source>
            <translation>Stadtteilnummer</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Population</source>
            <translation>Einwohner</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Water hardness</source>
            <translation>Wasserhärte</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Report id</source>
            <translation>Anliegen-ID</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Service code</source>
            <translation>Kategorie-Code</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Category of report</source>
            <translation>Anliegenkategorie</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Status notes</source>
            <translation>Bearbeitungsvermerk</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Agency responsible</source>
            <translation>Zuständige Stelle</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Reported (UTC)</source>
            <translation>Gemeldet (UTC)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Updated (UTC)</source>
            <translation>Aktualisiert (UTC)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Expected (UTC)</source>
            <translation>Erledigung erwartet (UTC)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Site id</source>
            <translation>Standort-ID</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Site type</source>
            <translation>Standortart</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Capacity</source>
            <translation>Stellplätze</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Capacity of the site</source>
            <translation>Stellplätze des Standorts</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Operator</source>
            <translation>Betreiber</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Free spaces (latest)</source>
            <translation>Freie Plätze (zuletzt)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Occupancy (latest, 0–1)</source>
            <translation>Belegung (zuletzt, 0–1)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Latest reading (UTC)</source>
            <translation>Letzte Messung (UTC)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Reading time (UTC)</source>
            <translation>Messzeitpunkt (UTC)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Free spaces</source>
            <translation>Freie Plätze</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Occupied spaces</source>
            <translation>Belegte Plätze</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Building id</source>
            <translation>Gebäude-ID</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Level id</source>
            <translation>Geschoss-ID</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Level (ordinal)</source>
            <translation>Geschoss (Ebene)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Short name</source>
            <translation>Kurzname</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Room id</source>
            <translation>Raum-ID</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Barrier-free (1/0)</source>
            <translation>Barrierefrei (1/0)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Door id</source>
            <translation>Tür-ID</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Width (m)</source>
            <translation>Breite (m)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Connector id</source>
            <translation>Verbindungs-ID</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Shaft id</source>
            <translation>Schacht-ID</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Amenity id</source>
            <translation>Einrichtungs-ID</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Hazard id</source>
            <translation>Gefahrenstellen-ID</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Buffer (m)</source>
            <translation>Puffer (m)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Leg</source>
            <translation>Abschnitt</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Length (m)</source>
            <translation>Länge (m)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Time (s)</source>
            <translation>Zeit (s)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Instruction (German)</source>
            <translation>Anweisung (Deutsch)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Instruction (English)</source>
            <translation>Anweisung (Englisch)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Cell id</source>
            <translation>Zellen-ID</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Count</source>
            <translation>Anzahl</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Neighbours</source>
            <translation>Nachbarn</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Gi* z-score</source>
            <translation>Gi*-z-Wert</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Gi* p-value</source>
            <translation>Gi*-p-Wert</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Hot/cold spot (confidence −3 … 3)</source>
            <translation>Hot-/Coldspot (Konfidenz −3 … 3)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Local Moran's I</source>
            <translation>Lokales Moran’s I</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Local Moran's I p-value</source>
            <translation>p-Wert des lokalen Moran’s I</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>LISA cluster</source>
            <translation>LISA-Cluster</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Pattern</source>
            <translation>Muster</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Trend z-score</source>
            <translation>Trend-z-Wert</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Trend p-value</source>
            <translation>Trend-p-Wert</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Time steps as hot spot</source>
            <translation>Zeitschritte als Hotspot</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Time steps as cold spot</source>
            <translation>Zeitschritte als Coldspot</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Segment id</source>
            <translation>Abschnitts-ID</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Network part</source>
            <translation>Netzteil</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Chance of a free space (0–1)</source>
            <translation>Chance auf einen freien Platz (0–1)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Chance from</source>
            <translation>Chance ermittelt aus</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Searching vehicles per hour</source>
            <translation>Suchende Fahrzeuge pro Stunde</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Search traffic (vehicle-km/h)</source>
            <translation>Suchverkehr (Fz-km/h)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Searching vehicles per hour, scenario</source>
            <translation>Suchende Fahrzeuge pro Stunde, Szenario</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Search traffic, scenario (vehicle-km/h)</source>
            <translation>Suchverkehr, Szenario (Fz-km/h)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Change in searching vehicles per hour</source>
            <translation>Änderung der suchenden Fahrzeuge pro Stunde</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Change in search traffic (vehicle-km/h)</source>
            <translation>Änderung des Suchverkehrs (Fz-km/h)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Measure (key)</source>
            <translation>Kennzahl (Schlüssel)</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Measure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <location filename="../../processing_algs/parking_search_outputs.py" />
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Baseline</source>
            <translation>Ausgangszustand</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <location filename="../../processing_algs/parking_search_outputs.py" />
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Scenario</source>
            <translation>Szenario</translation>
        </message>
        <message>
            <location filename="../toolbelt/field_aliases.py" />
            <source>Difference</source>
            <translation>Differenz</translation>
        </message>
        <message>
            <location filename="../toolbelt/local_time.py" />
            <source>CEST</source>
            <translation>MESZ</translation>
        </message>
        <message>
            <location filename="../toolbelt/local_time.py" />
            <source>CET</source>
            <translation>MEZ</translation>
        </message>
        <message>
            <location filename="../../processing_algs/base.py" />
            <source>Density and hotspots</source>
            <translation>Dichte und Hotspots</translation>
        </message>
        <message>
            <location filename="../../processing_algs/base.py" />
            <source>Import and sync</source>
            <translation>Import und Abgleich</translation>
        </message>
        <message>
            <location filename="../../processing_algs/base.py" />
            <source>Smart parking</source>
            <translation>Smart Parking</translation>
        </message>
        <message>
            <location filename="../../processing_algs/base.py" />
            <source>Indoor navigation</source>
            <translation>Indoor-Navigation</translation>
        </message>
        <message>
            <location filename="../../processing_algs/base.py" />
            <source>Open data</source>
            <translation>Offene Daten</translation>
        </message>
        <message>
            <location filename="../../processing_algs/base.py" />
            <source>A shapefile cuts field names to {limit} characters, and the style reads {fields} by its whole name. Choose a GeoPackage (.gpkg) output instead of {path}.</source>
            <translation>Ein Shapefile kürzt Feldnamen auf {limit} Zeichen, der Stil liest {fields} aber unter dem vollen Namen. Wählen Sie statt {path} eine GeoPackage-Ausgabe (.gpkg).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/common.py" />
            <source>Date/time field for the time window</source>
            <translation>Datums-/Zeitfeld für das Zeitfenster</translation>
        </message>
        <message>
            <location filename="../../processing_algs/common.py" />
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Time window start (Heilbronn time, inclusive)</source>
            <translation>Beginn des Zeitfensters (Ortszeit Heilbronn, einschließlich)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/common.py" />
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Time window end (Heilbronn time, exclusive)</source>
            <translation>Ende des Zeitfensters (Ortszeit Heilbronn, ausschließlich)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/common.py" />
            <source>“{value}” ({parameter}) is not a date and time. Write it as Heilbronn time, e.g. 2025-11-18 11:00, or with a zone, e.g. 2025-11-18T10:00:00Z.</source>
            <translation>„{value}“ ({parameter}) ist kein Datum mit Uhrzeit. Geben Sie es in Ortszeit Heilbronn an, z. B. 18.11.2025 11:00 oder 2025-11-18 11:00, oder mit Zeitzone, z. B. 2025-11-18T10:00:00Z.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/common.py" />
            <source>The filter expression is not valid: {error}</source>
            <translation>Der Filterausdruck ist ungültig: {error}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/common.py" />
            <source>The filter names the field “{field}”, which the layer does not have. Its fields are: {fields}.</source>
            <translation>Der Filter nennt das Feld „{field}“, das der Layer nicht hat. Seine Felder sind: {fields}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/common.py" />
            <source>A time window needs a date/time field: choose one under 'Date/time field for the time window'.</source>
            <translation>Ein Zeitfenster braucht ein Datums-/Zeitfeld: Wählen Sie eines unter „Datums-/Zeitfeld für das Zeitfenster“.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/common.py" />
            <source>Choose the store to import into: a GeoPackage file, e.g. the one your project's layers come from (it is created if it does not exist). A temporary file would be deleted when QGIS closes, and the imported data with it.</source>
            <translation>Wählen Sie den Datenspeicher, in den importiert wird: eine GeoPackage-Datei, z. B. die, aus der die Layer Ihres Projekts stammen (sie wird angelegt, wenn es sie noch nicht gibt). Eine temporäre Datei würde beim Beenden von QGIS gelöscht, und die importierten Daten mit ihr.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/common.py" />
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>The layer has no field “{field}”.</source>
            <translation>Der Layer hat kein Feld „{field}“.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/common.py" />
            <source>The field “{field}” holds {kind} values, not numbers. Choose a numeric field, or convert it with the Field Calculator (e.g. to_real("{field}")).</source>
            <translation>Das Feld „{field}“ enthält Werte vom Typ {kind}, keine Zahlen. Wählen Sie ein numerisches Feld oder wandeln Sie es mit dem Feldrechner um (z. B. to_real("{field}")).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/common.py" />
            <source>The layer's CRS {crs} is not in metres. It was reprojected to {utm} so that distances are in metres.</source>
            <translation>Das KBS {crs} des Layers rechnet nicht in Metern. Der Layer wurde nach {utm} umprojiziert, damit Abstände in Metern gelten.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Emerging hot spot analysis (space-time Gi*, Mann-Kendall)</source>
            <translation>Analyse entstehender Hotspots (Raum-Zeit-Gi*, Mann-Kendall)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>emerging hot spot,hotspot,space-time,trend,mann-kendall,getis-ord,gi*,new,intensifying,persistent,diminishing,sporadic,oscillating,historical</source>
            <translation>entstehender Hotspot,Hotspot,Raum-Zeit,Trend,Mann-Kendall,Getis-Ord,Gi*,neu,zunehmend,dauerhaft,abnehmend,sporadisch,oszillierend,historisch</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Finds where hot and cold spots of incidents are new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating or historical, like ArcGIS Pro's Emerging Hot Spot Analysis.

Points (optionally filtered by an expression and a time window) are counted per hexagon or square cell and per week, month, quarter or year. Every cell and time step is compared with its neighbours by Getis-Ord Gi*: the cells within the distance band in the same step and, with them, the same cells in the previous time steps (neighbourhood time steps). A bin is hot or cold at 90 % confidence, with false discovery rate correction. The Mann-Kendall test on each cell's Gi* z-scores tells whether clustering grows stronger or weaker (trend_z, trend_p).

Each cell gets one category (category, category_label) and the number of hot and cold time steps (hot_steps, cold_steps); cells without any incident are left out, as in ArcGIS. Leave the cell size and distance band empty to choose them as the hot spot analysis does; the values used are written to the log and to the output layer's metadata. Distances are metres: a layer in degrees is reprojected to its UTM zone first. At least 30 incidents and 10 time steps are needed.</source>
            <translation>Findet, wo Hotspots und Coldspots von Vorfällen neu, aufeinanderfolgend, zunehmend, dauerhaft, abnehmend, sporadisch, oszillierend oder historisch sind, wie die Analyse entstehender Hotspots (Emerging Hot Spot Analysis) von ArcGIS Pro.

Punkte (optional gefiltert nach einem Ausdruck und einem Zeitfenster) werden je Sechseck- oder Quadratzelle und je Woche, Monat, Quartal oder Jahr gezählt. Jede Zelle wird in jedem Zeitschritt mit ihren Nachbarn durch Getis-Ord Gi* verglichen: den Zellen innerhalb des Distanzbands im selben Zeitschritt und, mit ihnen, denselben Zellen in den vorangehenden Zeitschritten (Nachbarschafts-Zeitschritte). Ein Raum-Zeit-Fach ist mit 90 % Konfidenz heiß oder kalt, mit Korrektur der Falscherkennungsrate. Der Mann-Kendall-Test auf den Gi*-z-Werten jeder Zelle zeigt, ob die Häufung stärker oder schwächer wird (trend_z, trend_p).

Jede Zelle erhält eine Kategorie (category, category_label) und die Zahl ihrer heißen und kalten Zeitschritte (hot_steps, cold_steps); Zellen ganz ohne Vorfälle bleiben wie in ArcGIS außen vor. Bleiben Zellgröße und Distanzband leer, werden sie wie in der Hotspot-Analyse gewählt; die verwendeten Werte stehen im Protokoll und in den Metadaten des Ausgabelayers. Abstände sind Meter: Ein Layer in Grad wird zuerst in seine UTM-Zone umprojiziert. Es werden mindestens 30 Vorfälle und 10 Zeitschritte benötigt.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Incident points</source>
            <translation>Vorfallpunkte</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Date/time field</source>
            <translation>Datums-/Zeitfeld</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../processing_algs/hotspots.py" />
            <source>Only features matching this expression</source>
            <translation>Nur Objekte, die diesem Ausdruck entsprechen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Time step</source>
            <translation>Zeitschritt</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Quarter</source>
            <translation>Quartal</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Grid cell shape</source>
            <translation>Form der Rasterzellen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../processing_algs/hotspots.py" />
            <source>Hexagon</source>
            <translation>Sechseck</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../processing_algs/hotspots.py" />
            <source>Square</source>
            <translation>Quadrat</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../processing_algs/hotspots.py" />
            <source>Cell size in metres (empty: automatic)</source>
            <translation>Zellgröße in Metern (leer: automatisch)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../processing_algs/hotspots.py" />
            <source>Distance band in metres (empty: automatic)</source>
            <translation>Distanzband in Metern (leer: automatisch)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Neighbourhood time steps</source>
            <translation>Nachbarschafts-Zeitschritte</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../processing_algs/hotspots.py" />
            <source>Cell size used</source>
            <translation>Verwendete Zellgröße</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../processing_algs/hotspots.py" />
            <source>Distance band used</source>
            <translation>Verwendetes Distanzband</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Number of time steps</source>
            <translation>Anzahl der Zeitschritte</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Emerging hot spots need the date of each incident: choose a date or date/time field under 'Date/time field' (“{field}” is not one).</source>
            <translation>Entstehende Hotspots brauchen das Datum jedes Vorfalls: Wählen Sie unter „Datums-/Zeitfeld“ ein Datums- oder Datums-/Zeitfeld („{field}“ ist keines).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Only {count} incidents with a location and a date{where}: emerging hot spot analysis needs at least {minimum}. Widen the filter or use a larger area.</source>
            <translation>Nur {count} Vorfälle mit Ort und Datum{where}: Die Analyse entstehender Hotspots braucht mindestens {minimum}. Erweitern Sie den Filter oder nehmen Sie ein größeres Gebiet.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../processing_algs/hotspots.py" />
            <source> match the filter</source>
            <translation> entsprechen dem Filter</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>The incidents span only {steps} time steps; a trend needs at least {minimum}. Choose a shorter time step (e.g. month instead of quarter) or more data.</source>
            <translation>Die Vorfälle umfassen nur {steps} Zeitschritte; ein Trend braucht mindestens {minimum}. Wählen Sie einen kürzeren Zeitschritt (z. B. Monat statt Quartal) oder mehr Daten.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Emerging hot spots of “{layer}”: Gi* per cell and {step}, Mann–Kendall trend per cell.</source>
            <translation>Entstehende Hotspots von „{layer}“: Gi* je Zelle und {step}, Mann-Kendall-Trend je Zelle.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>{points} incidents in {cells} cells and {steps} time steps.</source>
            <translation>{points} Vorfälle in {cells} Zellen und {steps} Zeitschritten.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Time neighbours: {lags} time steps before and after.</source>
            <translation>Zeitliche Nachbarn: {lags} Zeitschritte davor und danach.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>{cells} cells × {steps} time steps with this distance band and {lags} neighbourhood time steps make more space-time neighbours than fit in memory. Choose a larger cell size, a smaller distance band or a longer time step.</source>
            <translation>{cells} Zellen × {steps} Zeitschritte ergeben mit diesem Distanzband und {lags} Nachbarschafts-Zeitschritten mehr Raum-Zeit-Nachbarn, als in den Speicher passen. Wählen Sie eine größere Zellgröße, ein kleineres Distanzband oder einen längeren Zeitschritt.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>Every cell holds the same number of incidents in every time step, so nothing stands out. Try a smaller cell size or a shorter time step.</source>
            <translation>Jede Zelle enthält in jedem Zeitschritt gleich viele Vorfälle, also sticht nichts hervor. Versuchen Sie eine kleinere Zellgröße oder einen kürzeren Zeitschritt.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>week</source>
            <translation>Woche</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>month</source>
            <translation>Monat</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>quarter</source>
            <translation>Quartal</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>year</source>
            <translation>Jahr</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <source>{count} features without geometry or date were skipped.</source>
            <translation>{count} Objekte ohne Geometrie oder Datum wurden übersprungen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>No pattern detected</source>
            <translation>Kein Muster erkannt</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>New hot spot</source>
            <translation>Neuer Hotspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>Consecutive hot spot</source>
            <translation>Aufeinanderfolgender Hotspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>Intensifying hot spot</source>
            <translation>Zunehmender Hotspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>Persistent hot spot</source>
            <translation>Dauerhafter Hotspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>Diminishing hot spot</source>
            <translation>Abnehmender Hotspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>Sporadic hot spot</source>
            <translation>Sporadischer Hotspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>Oscillating hot spot</source>
            <translation>Oszillierender Hotspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>Historical hot spot</source>
            <translation>Historischer Hotspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>New cold spot</source>
            <translation>Neuer Coldspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>Consecutive cold spot</source>
            <translation>Aufeinanderfolgender Coldspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>Intensifying cold spot</source>
            <translation>Zunehmender Coldspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>Persistent cold spot</source>
            <translation>Dauerhafter Coldspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>Diminishing cold spot</source>
            <translation>Abnehmender Coldspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>Sporadic cold spot</source>
            <translation>Sporadischer Coldspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>Oscillating cold spot</source>
            <translation>Oszillierender Coldspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/emerging_hotspots.py" />
            <location filename="../../styles/emerging_hotspots.qml" />
            <source>Historical cold spot</source>
            <translation>Historischer Coldspot</translation>
        </message>
        <message>
            <location filename="../../processing_algs/heatmap_output.py" />
            <source>The heatmap could not be written to {path}: {error}. Check that the folder exists and is writable, or choose a GeoTIFF (.tif) output.</source>
            <translation>Die Heatmap konnte nicht nach {path} geschrieben werden: {error}. Prüfen Sie, ob der Ordner existiert und beschreibbar ist, oder wählen Sie eine GeoTIFF-Ausgabe (.tif).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/heatmap_output.py" />
            <source>The heatmap style could not be applied; the raster is written without it.</source>
            <translation>Der Heatmap-Stil konnte nicht angewendet werden; das Raster wurde ohne ihn geschrieben.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/heatmap_output.py" />
            <source>A radius of {radius} m grows the raster that far beyond the points on every side: with pixels of {pixel} m it would have {rows} × {cols} = {cells} cells, more than the {limit} this algorithm accepts. Choose a radius of at most {fits} m.</source>
            <translation>Ein Radius von {radius} m vergrößert das Raster auf jeder Seite so weit über die Punkte hinaus: Mit Pixeln von {pixel} m hätte es {rows} × {cols} = {cells} Zellen, mehr als die {limit}, die dieser Algorithmus annimmt. Wählen Sie einen Radius von höchstens {fits} m.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/heatmap_output.py" />
            <source>A pixel size of {pixel} would make a raster of {rows} × {cols} = {cells} cells, more than the {limit} this algorithm accepts. Choose a larger pixel size, e.g. {suggestion}.</source>
            <translation>Eine Pixelgröße von {pixel} ergäbe ein Raster mit {rows} × {cols} = {cells} Zellen, mehr als die {limit}, die dieser Algorithmus annimmt. Wählen Sie eine größere Pixelgröße, z. B. {suggestion}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hot_spot_common.py" />
            <source>All incidents are at the same place, so there is no pattern to find.</source>
            <translation>Alle Vorfälle liegen am selben Ort, daher gibt es kein Muster zu finden.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hot_spot_common.py" />
            <source>Automatic cell size: {size} m, twice the mean distance between neighbouring incidents (about one incident per cell if they were spread at random).</source>
            <translation>Automatische Zellgröße: {size} m, der doppelte mittlere Abstand zwischen benachbarten Vorfällen (etwa ein Vorfall je Zelle, wären sie zufällig verteilt).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hot_spot_common.py" />
            <source>Cell size enlarged to {size} m to keep the grid within about {limit} cells.</source>
            <translation>Zellgröße auf {size} m vergrößert, damit das Raster bei etwa {limit} Zellen bleibt.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hot_spot_common.py" />
            <source>A cell size of {size} m would make about {cells} cells, more than the {limit} this algorithm accepts. Choose a larger cell size (e.g. {suggestion} m) or leave it empty.</source>
            <translation>Eine Zellgröße von {size} m ergäbe etwa {cells} Zellen, mehr als die {limit}, die dieser Algorithmus annimmt. Wählen Sie eine größere Zellgröße (z. B. {suggestion} m) oder lassen Sie das Feld leer.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hot_spot_common.py" />
            <source>Cell size: {size} m.</source>
            <translation>Zellgröße: {size} m.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hot_spot_common.py" />
            <source>Distance band: {band} m.</source>
            <translation>Distanzband: {band} m.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hot_spot_common.py" />
            <source>The cells are so dense that even the smallest distance band that gives every cell a neighbour ({band} m) links more pairs of cells than fit in memory. Choose a larger cell size, or a distance band.</source>
            <translation>Die Zellen liegen so dicht, dass schon das kleinste Distanzband, das jeder Zelle einen Nachbarn gibt ({band} m), mehr Zellpaare verbindet, als in den Speicher passen. Wählen Sie eine größere Zellgröße oder ein Distanzband.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hot_spot_common.py" />
            <source>Distance bands tried (global Moran's I z-score): {bands}.</source>
            <translation>Geprüfte Distanzbänder (z-Wert des globalen Moran's I): {bands}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hot_spot_common.py" />
            <source>Automatic distance band: {band} m, the first peak of spatial autocorrelation.</source>
            <translation>Automatisches Distanzband: {band} m, der erste Gipfel der räumlichen Autokorrelation.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hot_spot_common.py" />
            <source>Automatic distance band: {band} m, the strongest spatial autocorrelation (no peak).</source>
            <translation>Automatisches Distanzband: {band} m, die stärkste räumliche Autokorrelation (kein Gipfel).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hot_spot_common.py" />
            <source>Automatic distance band: {band} m, the mean distance to the nearest neighbours (no significant spatial autocorrelation at any distance tried).</source>
            <translation>Automatisches Distanzband: {band} m, der mittlere Abstand zu den nächsten Nachbarn (bei keinem geprüften Abstand signifikante räumliche Autokorrelation).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hot_spot_common.py" />
            <source>A distance band of {band} m links up to {pairs} pairs of the {cells} cells{steps}, which needs about {need} GB of memory, more than the {budget} GB an analysis may use here. Choose a distance band of at most {fits} m, a larger cell size, or leave the band empty for the automatic one.</source>
            <translation>Ein Distanzband von {band} m verbindet bis zu {pairs} Paare der {cells} Zellen{steps}; das braucht etwa {need} GB Arbeitsspeicher, mehr als die {budget} GB, die eine Analyse hier nutzen darf. Wählen Sie ein Distanzband von höchstens {fits} m, eine größere Zellgröße, oder lassen Sie das Band für die automatische Wahl leer.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hot_spot_common.py" />
            <source> in each of {steps} time steps</source>
            <translation> in jedem der {steps} Zeitschritte</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>Hot spot analysis (Getis-Ord Gi*, Local Moran's I)</source>
            <translation>Hotspot-Analyse (Getis-Ord Gi*, lokales Moran's I)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>hotspot,hot spot,cold spot,getis-ord,gi*,lisa,local moran,cluster,optimized hot spot analysis</source>
            <translation>Hotspot,Hot Spot,Coldspot,Cold Spot,Getis-Ord,Gi*,LISA,lokales Moran,Cluster,optimierte Hotspot-Analyse</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>Finds where incidents concentrate more than chance would explain (hot spots) and where they are rarer (cold spots), like ArcGIS Pro's Optimized Hot Spot Analysis.

Points (optionally weighted, filtered by an expression and a time window) are counted into a hexagon or square grid; polygons (e.g. districts) are analysed with the value of a field. Every cell is compared with its neighbours within the distance band by Getis-Ord Gi* (gi_z, gi_p, gi_bin from -3 = cold spot with 99 % confidence to +3 = hot spot with 99 % confidence) and by Local Moran's I (lisa_i, lisa_p, lisa_cluster HH, LL, HL, LH).

Leave the cell size empty to derive it from the distances between incidents, and the distance band empty to find it by incremental spatial autocorrelation (the first peak, else the maximum, else the mean distance to the nearest neighbours); the chosen values are written to the log and to the output layer's metadata, and returned as outputs. Distances are metres: a layer in degrees is reprojected to its UTM zone first.

p-values are two-sided, from the normal distribution or, with permutations, from conditional permutations (seeded, so results repeat). The false discovery rate correction (on by default) keeps chance hot spots out of the bins when many cells are tested. At least 30 incidents are needed.</source>
            <translation>Findet, wo sich Vorfälle stärker häufen, als der Zufall erklären kann (Hotspots), und wo sie seltener sind (Coldspots), wie die optimierte Hotspot-Analyse von ArcGIS Pro.

Punkte (optional gewichtet, gefiltert nach einem Ausdruck und einem Zeitfenster) werden in einem Sechseck- oder Quadratraster gezählt; Polygone (z. B. Stadtteile) werden mit dem Wert eines Feldes untersucht. Jede Zelle wird mit ihren Nachbarn innerhalb des Distanzbands verglichen, mit Getis-Ord Gi* (gi_z, gi_p, gi_bin von -3 = Coldspot mit 99 % Konfidenz bis +3 = Hotspot mit 99 % Konfidenz) und mit dem lokalen Moran's I (lisa_i, lisa_p, lisa_cluster HH, LL, HL, LH).

Bleibt die Zellgröße leer, wird sie aus den Abständen zwischen den Vorfällen bestimmt; bleibt das Distanzband leer, wird es durch inkrementelle räumliche Autokorrelation gefunden (der erste Gipfel, sonst das Maximum, sonst der mittlere Abstand zu den nächsten Nachbarn). Die gewählten Werte stehen im Protokoll und in den Metadaten des Ausgabelayers und werden als Ausgaben zurückgegeben. Abstände sind Meter: Ein Layer in Grad wird zuerst in seine UTM-Zone umprojiziert.

p-Werte sind zweiseitig, aus der Normalverteilung oder, mit Permutationen, aus bedingten Permutationen (mit Startwert, also wiederholbar). Die Korrektur der Falscherkennungsrate (standardmäßig an) hält zufällige Hotspots aus den Klassen heraus, wenn viele Zellen getestet werden. Es werden mindestens 30 Vorfälle benötigt.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>Incident points or polygons</source>
            <translation>Vorfälle als Punkte oder Polygone</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>Weight (points) or value (polygons) field</source>
            <translation>Feld für Gewicht (Punkte) oder Wert (Polygone)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>Grid cell shape (points)</source>
            <translation>Form der Rasterzellen (Punkte)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>Correct for multiple testing (false discovery rate)</source>
            <translation>Für multiples Testen korrigieren (Falscherkennungsrate)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>Permutations (0: analytic p-values)</source>
            <translation>Permutationen (0: analytische p-Werte)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>Random seed of the permutations</source>
            <translation>Startwert des Zufallsgenerators für die Permutationen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>Polygons need a value to compare: choose a numeric field under 'Weight (points) or value (polygons) field', e.g. the number of reports per district.</source>
            <translation>Polygone brauchen einen Wert zum Vergleichen: Wählen Sie unter „Feld für Gewicht (Punkte) oder Wert (Polygone)“ ein numerisches Feld, z. B. die Zahl der Anliegen je Stadtteil.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>Getis-Ord Gi* and Local Moran's I of “{layer}”.</source>
            <translation>Getis-Ord Gi* und lokales Moran's I von „{layer}“.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>{count} cells have no neighbour within the distance band {band} m; their statistics rest on themselves alone. A larger distance band avoids this.</source>
            <translation>{count} Zellen haben innerhalb des Distanzbands {band} m keinen Nachbarn; ihre Statistik beruht nur auf ihnen selbst. Ein größeres Distanzband vermeidet das.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>No cell is significant. With {permutations} permutations no p-value can be below {smallest}, which the false discovery rate correction over {cells} cells may reject: more permutations, or analytic p-values (0), can tell.</source>
            <translation>Keine Zelle ist signifikant. Mit {permutations} Permutationen kann kein p-Wert unter {smallest} liegen, was die Korrektur der Falscherkennungsrate über {cells} Zellen verwerfen kann: Mehr Permutationen oder analytische p-Werte (0) schaffen Klarheit.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>p-values from {permutations} conditional permutations (seed {seed}).</source>
            <translation>p-Werte aus {permutations} bedingten Permutationen (Startwert {seed}).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>p-values from the normal distribution (analytic).</source>
            <translation>p-Werte aus der Normalverteilung (analytisch).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>False discovery rate correction: on.</source>
            <translation>Korrektur der Falscherkennungsrate: an.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>False discovery rate correction: off.</source>
            <translation>Korrektur der Falscherkennungsrate: aus.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>{hot} hot spot and {cold} cold spot cells at 90 % confidence or more, of {cells}.</source>
            <translation>{hot} Hotspot- und {cold} Coldspot-Zellen mit mindestens 90 % Konfidenz, von {cells}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <location filename="../../processing_algs/kernel_density.py" />
            <source>{count} features without geometry were skipped.</source>
            <translation>{count} Objekte ohne Geometrie wurden übersprungen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>Only {count} incidents{where}: hot spot analysis needs at least {minimum} to tell a concentration from chance. Widen the time window or the filter, or use a larger area.</source>
            <translation>Nur {count} Vorfälle{where}: Die Hotspot-Analyse braucht mindestens {minimum}, um eine Häufung vom Zufall zu unterscheiden. Erweitern Sie das Zeitfenster oder den Filter oder nehmen Sie ein größeres Gebiet.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source> match the filter and time window</source>
            <translation> entsprechen dem Filter und dem Zeitfenster</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>{points} incidents in {cells} {shape} cells.</source>
            <translation>{points} Vorfälle in {cells} {shape} Zellen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>hexagonal</source>
            <translation>sechseckigen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>square</source>
            <translation>quadratischen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>The input's own hot spot fields are replaced by new ones.</source>
            <translation>Die Hotspot-Felder der Eingabe werden durch neue ersetzt.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>{count} polygons without geometry or without a value in “{field}” were skipped.</source>
            <translation>{count} Polygone ohne Geometrie oder ohne Wert in „{field}“ wurden übersprungen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>Only {count} polygons with a value{where}: hot spot analysis needs at least {minimum}. Use smaller areas (or points on a grid) to have enough.</source>
            <translation>Nur {count} Polygone mit Wert{where}: Die Hotspot-Analyse braucht mindestens {minimum}. Nehmen Sie kleinere Gebiete (oder Punkte in einem Raster), um genug zu haben.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>{count} polygons with a value in “{field}”; distances between them are measured between their centroids.</source>
            <translation>{count} Polygone mit einem Wert in „{field}“; Abstände zwischen ihnen werden zwischen ihren Schwerpunkten gemessen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>Every polygon has the same value, so no place stands out: there are no hot or cold spots to find. Check the value field.</source>
            <translation>Alle Polygone haben denselben Wert, kein Ort hebt sich ab: Es gibt keine Hot- oder Coldspots zu finden. Prüfen Sie das Wertfeld.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/hotspots.py" />
            <source>Every cell holds the same number of incidents, so no place stands out: there are no hot or cold spots to find. Try a smaller cell size.</source>
            <translation>Alle Zellen enthalten gleich viele Vorfälle, kein Ort hebt sich ab: Es gibt keine Hot- oder Coldspots zu finden. Versuchen Sie eine kleinere Zellgröße.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>Import citizen reports (Open311)</source>
            <translation>Bürgeranliegen importieren (Open311)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>open311,georeport,citizen reports,anliegen,maengelmelder,import,sync</source>
            <translation>open311,georeport,bürgeranliegen,bürgermeldungen,anliegen,mängelmelder,import,abgleich</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>Imports citizen reports (service requests) from an Open311 GeoReport v2 endpoint, or from a saved requests response (JSON or XML), into the layer citizen_reports of a store: a GeoPackage (created if it does not exist) or a shared PostGIS store (a saved PostgreSQL connection or service=…).

A sync asks the server in windows of at most 90 days and splits a window until its answer is complete (servers return at most 1,000 reports per query); servers with the page/page_size extension are paged. Running it again asks only for reports updated since the last sync from the same endpoint and updates them by endpoint and service_request_id: nothing is duplicated, and each status a report had is kept in the table citizen_report_history. Without a start date, a first sync fetches the last 90 days and a re-run starts at the oldest stored report. A server that returns fewer than 1,000 reports per query without saying so needs its limit under 'Most reports the server returns per query'.

If the server fails, answers with an error or a web page, or the answer is cut off, nothing in the store changes. An API key belongs in an authentication configuration. E-mail addresses, names and phone numbers some servers send are not stored unless you tick 'Include personal data'. The start date is Heilbronn local time; timestamps from the server without a time zone are read as UTC.</source>
            <translation>Importiert Bürgeranliegen (Service Requests) von einer Open311-GeoReport-v2-Schnittstelle oder aus einer gespeicherten Antwort (JSON oder XML) in die Ebene citizen_reports eines Datenspeichers: eines GeoPackage (wird angelegt, wenn es noch nicht existiert) oder eines gemeinsamen PostGIS-Datenspeichers (eine gespeicherte PostgreSQL-Verbindung oder service=…).

Ein Abgleich fragt den Server in Zeitfenstern von höchstens 90 Tagen ab und teilt ein Fenster so lange, bis seine Antwort vollständig ist (Server liefern höchstens 1.000 Anliegen pro Anfrage); Server mit der Erweiterung page/page_size werden seitenweise abgefragt. Ein erneuter Lauf fragt nur nach Anliegen, die sich seit dem letzten Abgleich desselben Endpunkts geändert haben, und aktualisiert sie anhand von Endpunkt und service_request_id: Nichts wird doppelt gespeichert, und jeder Status eines Anliegens bleibt in der Tabelle citizen_report_history erhalten. Ohne Startdatum holt ein erster Abgleich die letzten 90 Tage, ein erneuter Lauf beginnt beim ältesten gespeicherten Anliegen. Liefert ein Server stillschweigend weniger als 1.000 Anliegen pro Anfrage, tragen Sie seine Grenze unter „Höchstzahl an Anliegen, die der Server pro Anfrage liefert“ ein.

Fällt der Server aus, antwortet er mit einem Fehler oder einer Webseite oder bricht die Antwort ab, bleibt der Datenspeicher unverändert. Ein API-Schlüssel gehört in eine Authentifizierungskonfiguration. E-Mail-Adressen, Namen und Telefonnummern, die manche Server mitsenden, werden nur gespeichert, wenn Sie „Personenbezogene Daten übernehmen“ ankreuzen. Das Startdatum gilt in Ortszeit Heilbronn; Zeitangaben des Servers ohne Zeitzone gelten als UTC.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>Open311 endpoint URL (GeoReport v2 base)</source>
            <translation>Open311-Endpunkt-URL (GeoReport-v2-Basis)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>…or a saved requests response (JSON or XML)</source>
            <translation>…oder eine gespeicherte Antwort mit Anliegen (JSON oder XML)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>jurisdiction_id</source>
            <translation>jurisdiction_id</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <location filename="../../processing_algs/import_parking.py" />
            <source>Authentication (API key)</source>
            <translation>Authentifizierung (API-Schlüssel)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>Reports requested since (Heilbronn time)</source>
            <translation>Anliegen eingegangen seit (Ortszeit Heilbronn)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>Include personal data (e-mail, names, phone)</source>
            <translation>Personenbezogene Daten übernehmen (E-Mail, Namen, Telefon)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <location filename="../../processing_algs/import_parking.py" />
            <source>Timeout per request (seconds)</source>
            <translation>Zeitlimit pro Anfrage (Sekunden)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>Most reports the server returns per query</source>
            <translation>Höchstzahl an Anliegen, die der Server pro Anfrage liefert</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>Reports received</source>
            <translation>Empfangene Anliegen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>New reports</source>
            <translation>Neue Anliegen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>Updated reports</source>
            <translation>Aktualisierte Anliegen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>Give either an Open311 endpoint URL or a saved response file (not both).</source>
            <translation>Geben Sie entweder eine Open311-Endpunkt-URL oder eine gespeicherte Antwortdatei an (nicht beides).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>Personal data is stored as the server sends it. Keep the store confidential and delete the data when it is no longer needed.</source>
            <translation>Personenbezogene Daten werden so gespeichert, wie der Server sie sendet. Behandeln Sie den Datenspeicher vertraulich und löschen Sie die Daten, sobald sie nicht mehr gebraucht werden.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>Syncing {source} into {store}.</source>
            <translation>Gleiche {source} mit {store} ab.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <location filename="../../processing_algs/import_floorplan.py" />
            <location filename="../../processing_algs/import_parking.py" />
            <source>Canceled: the store is unchanged.</source>
            <translation>Abgebrochen: Der Datenspeicher ist unverändert.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <location filename="../../processing_algs/import_floorplan.py" />
            <location filename="../../processing_algs/import_parking.py" />
            <source>{error} The store is unchanged.</source>
            <translation>{error} Der Datenspeicher ist unverändert.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>Asked only for reports updated after {since}.</source>
            <translation>Nur nach Anliegen gefragt, die nach {since} geändert wurden.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>{received} reports received: {inserted} new, {updated} updated, {history} status changes recorded ({queries} queries).</source>
            <translation>{received} Anliegen empfangen: {inserted} neu, {updated} aktualisiert, {history} Statusänderungen festgehalten ({queries} Anfragen).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>Reports stored without a position because theirs is no place on Earth: {count} (e.g. report {example}). The original values are kept in extra_json; correct them at the source.</source>
            <translation>Ohne Position gespeicherte Anliegen, weil ihre Position kein Ort auf der Erde ist: {count} (z. B. Anliegen {example}). Die Originalwerte stehen in extra_json; korrigieren Sie sie an der Quelle.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <location filename="../../processing_algs/import_parking.py" />
            <source>Note: {note}</source>
            <translation>Hinweis: {note}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <location filename="../../processing_algs/import_parking.py" />
            <source>Left out: {problem}</source>
            <translation>Ausgelassen: {problem}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>… and {count} more reports skipped.</source>
            <translation>… und {count} weitere Anliegen übersprungen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>Report {note}.</source>
            <translation>Anliegen {note}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_citizen_reports.py" />
            <source>… and {count} more reports with a value kept only in extra_json.</source>
            <translation>… und {count} weitere Anliegen mit einem Wert, der nur in extra_json erhalten blieb.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>Import floorplan (IMDF, OSM indoor, CAD)</source>
            <translation>Grundriss importieren (IMDF, OSM-Indoor, CAD)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>imdf,osm,openstreetmap,indoor,floorplan,grundriss,gebäude,cad,import</source>
            <translation>imdf,osm,openstreetmap,indoor,grundriss,gebäude,innenraum,cad,import</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>Imports a building floorplan into the indoor layers of a store (a GeoPackage, or a shared PostGIS store: a saved PostgreSQL connection or service=…) (buildings, levels, spaces, doors, elevators and stairs, amenities), in ETRS89 / UTM 32N. The store is created if it does not exist.

Formats: an IMDF archive (.zip) or folder (choose its manifest.json); an OpenStreetMap file (.osm) with Simple Indoor Tagging (indoor=room, corridor, area, level; level=* with lists such as 0;1 and ranges such as -1-2; door=*, highway=elevator, wheelchair=*); or a plain GeoJSON or GeoPackage from a CAD export, where you name the field with the level (numbers or EG, 1. OG, UG) and optionally the field with the room type. 'Detect' decides by the file name.

A CAD drawing of one floor (DXF, or converted to GeoJSON) has no level field: give its level instead. Closed polylines become rooms, their CAD layer names (such as A_Raum_Flur or A_Treppe) give the room type, and lines on layers that are no doors (facades, walls) are counted, not imported.

Ids are kept from the source with a prefix, so importing the same source again updates its records instead of adding them twice. Everything is written in one transaction: if the import fails, the store is unchanged.

What cannot be used is left out and listed in the log, naming the record: spaces without a level, doors that touch no space, unreadable levels. Invalid outlines are repaired, unknown room types stored as 'room', two levels with one ordinal reported. Elevators, stairs, escalators and ramps that overlap on different levels are linked as one shaft.

The building id and name replace those of a source with one building or none (plain files, OSM files without a building outline).</source>
            <translation>Importiert einen Gebäudegrundriss in die Innenraum-Layer eines Datenspeichers (eines GeoPackage oder eines gemeinsamen PostGIS-Datenspeichers: eine gespeicherte PostgreSQL-Verbindung oder service=…) (Gebäude, Ebenen, Räume, Türen, Aufzüge und Treppen, Einrichtungen) in ETRS89 / UTM 32N. Der Speicher wird angelegt, falls er noch nicht existiert.

Formate: ein IMDF-Archiv (.zip) oder -Ordner (wählen Sie dessen manifest.json); eine OpenStreetMap-Datei (.osm) mit Simple Indoor Tagging (indoor=room, corridor, area, level; level=* mit Listen wie 0;1 und Bereichen wie -1-2; door=*, highway=elevator, wheelchair=*); oder ein einfaches GeoJSON bzw. GeoPackage aus einem CAD-Export, bei dem Sie das Feld mit der Ebene (Zahlen oder EG, 1. OG, UG) und optional das Feld mit der Raumart angeben. „Erkennen“ entscheidet anhand des Dateinamens.

Eine CAD-Zeichnung eines Geschosses (DXF oder daraus umgewandeltes GeoJSON) hat kein Feld mit der Ebene: Geben Sie stattdessen ihre Ebene an. Geschlossene Polylinien werden Räume, ihre CAD-Layernamen (etwa A_Raum_Flur oder A_Treppe) geben die Raumart an, und Linien auf Layern, die keine Türen sind (Fassaden, Wände), werden gezählt, nicht importiert.

Die IDs der Quelle bleiben mit einem Präfix erhalten: Ein erneuter Import derselben Quelle aktualisiert deren Datensätze, statt sie doppelt anzulegen. Alles wird in einer Transaktion geschrieben: Schlägt der Import fehl, bleibt der Speicher unverändert.

Was nicht verwendbar ist, wird weggelassen und im Protokoll mit dem betroffenen Datensatz aufgeführt: Räume ohne Ebene, Türen, die keinen Raum berühren, unlesbare Ebenen. Ungültige Umrisse werden repariert, unbekannte Raumarten als „room“ gespeichert, zwei Ebenen mit derselben Ordnungszahl gemeldet. Aufzüge, Treppen, Rolltreppen und Rampen, die sich auf verschiedenen Ebenen überlagern, werden zu einem Schacht verbunden.

Gebäude-ID und -Name ersetzen die der Quelle, wenn diese höchstens ein Gebäude enthält (einfache Dateien, OSM-Dateien ohne Gebäudeumriss).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>Detect from the file name</source>
            <translation>Am Dateinamen erkennen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>IMDF (archive or folder)</source>
            <translation>IMDF (Archiv oder Ordner)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>OpenStreetMap indoor (.osm)</source>
            <translation>OpenStreetMap-Indoor (.osm)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>Plain GeoJSON/GeoPackage (CAD export)</source>
            <translation>Einfaches GeoJSON/GeoPackage (CAD-Export)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>Floorplan file (for an IMDF folder: its manifest.json)</source>
            <translation>Grundrissdatei (bei einem IMDF-Ordner: dessen manifest.json)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>Floorplans (*.zip *.json *.geojson *.osm *.pbf *.gpkg);;All files (*)</source>
            <translation>Grundrisse (*.zip *.json *.geojson *.osm *.pbf *.gpkg);;Alle Dateien (*)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>Level field (plain files only)</source>
            <translation>Feld mit der Ebene (nur einfache Dateien)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>Level of the whole file (plain files without a level field, e.g. EG or 1. OG)</source>
            <translation>Ebene der ganzen Datei (einfache Dateien ohne Ebenenfeld, z. B. EG oder 1. OG)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>Room type field (plain files only)</source>
            <translation>Feld mit der Raumart (nur einfache Dateien)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>Building id (replaces the source's)</source>
            <translation>Gebäude-ID (ersetzt die der Quelle)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>Building name (replaces the source's)</source>
            <translation>Gebäudename (ersetzt den der Quelle)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>{layer}: records written</source>
            <translation>{layer}: geschriebene Datensätze</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>Records left out</source>
            <translation>Weggelassene Datensätze</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>Records repaired</source>
            <translation>Reparierte Datensätze</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>The floorplan {path} does not exist.</source>
            <translation>Der Grundriss {path} existiert nicht.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>Nothing in {path} could be imported (left out: {count}; the first reason: {reason})</source>
            <translation>In {path} war nichts importierbar (weggelassen: {count}; erster Grund: {reason})</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>{file} is not a readable .zip archive ({error}). Export or download it again.</source>
            <translation>{file} ist kein lesbares .zip-Archiv ({error}). Exportieren oder laden Sie es noch einmal herunter.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>The format of {file} cannot be told from its name: choose it under 'Format'.</source>
            <translation>Das Format von {file} lässt sich am Namen nicht erkennen: Bitte wählen Sie es unter „Format“.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>{source}: {counts} ({new} new, {updated} updated); {skipped} left out, {repaired} repaired.</source>
            <translation>{source}: {counts} ({new} neu, {updated} aktualisiert); {skipped} weggelassen, {repaired} repariert.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>Not imported (the store has no layer for them): {kinds}.</source>
            <translation>Nicht importiert (der Speicher hat keinen Layer dafür): {kinds}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_floorplan.py" />
            <source>… and {count} more.</source>
            <translation>… und {count} weitere.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Import parking occupancy</source>
            <translation>Parkplatzbelegung importieren</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>parking,parken,occupancy,belegung,parkapi,goldbeck,sensorthings,frost,datex,ogc api,geojson,csv,import,sync</source>
            <translation>parken,parking,belegung,occupancy,parkhaus,parkapi,goldbeck,sensorthings,frost,datex,ogc api,geojson,csv,import,abgleich</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Imports parking sites and their occupancy from a feed (http or https URL) or a saved file into the layers parking_sites and parking_occupancy of a store: a GeoPackage (created if it does not exist) or a shared PostGIS store (a saved PostgreSQL connection or service=…).

Formats: ParkAPI (v1 city JSON or GeoJSON, v3 parking sites); GOLDBECK facilities, with the occupancies as second source; OGC SensorThings (FROST), given as service root or Things URL, following its pages, with all readings in the time window or else the latest one; DATEX II v2 parking status, with the static parking table as second source; GeoJSON or OGC API Features with occupancy properties (German or English names); CSV with a WKB or lon/lat column. 'Detect' recognises the format from the data.

Readings are matched by site and time: running the import again, or with an overlapping time window, never duplicates a reading, and a site's latest free count only moves forward in time. Times without a time zone, in the feed and in the time window, are Heilbronn local time (Europe/Berlin, summer time included); the store keeps UTC.

Feeds often break their own rules. A doubtful record is kept and its problems are named in the quality column (e.g. no_position, placeholder_capacity, unknown_state). If the server fails, answers with an error or a web page, or the answer is cut off, nothing in the store changes. An API key belongs in an authentication configuration.

A GeoJSON or CSV feed with its own field names, or a SensorThings server whose Datastreams are named in its own words: name the fields for id, name, capacity, free spaces, occupied spaces and time under the advanced parameters. The log says which field was read for each and which were not found.

A site the feed reports closed is stored as closed: no free space, and nobody counted as parked. The map draws it as closed.</source>
            <translation>Importiert Parkplätze und ihre Belegung aus einem Datendienst (http- oder https-URL) oder einer gespeicherten Datei in die Layer parking_sites und parking_occupancy eines Datenspeichers: eines GeoPackage (wird angelegt, wenn es ihn noch nicht gibt) oder eines gemeinsamen PostGIS-Datenspeichers (eine gespeicherte PostgreSQL-Verbindung oder service=…).

Formate: ParkAPI (v1-Stadtdaten als JSON oder GeoJSON, v3-Parkplätze); GOLDBECK-Anlagen, mit den Belegungen als zweiter Quelle; OGC SensorThings (FROST), angegeben als Dienstadresse oder Things-URL, alle Seiten werden abgerufen, mit allen Messwerten im Zeitfenster oder sonst dem neuesten; DATEX II v2 Parkstatus, mit der statischen Parkplatztabelle als zweiter Quelle; GeoJSON oder OGC API Features mit Belegungsattributen (deutsche oder englische Namen); CSV mit einer WKB- oder Längen-/Breitengrad-Spalte. „Aus den Daten erkennen“ bestimmt das Format selbst.

Messwerte werden über Parkplatz und Zeitpunkt zugeordnet: Ein erneuter Import oder ein überlappendes Zeitfenster verdoppelt keinen Messwert, und die zuletzt gemeldete Zahl freier Plätze eines Parkplatzes geht nie in der Zeit zurück. Zeiten ohne Zeitzone, im Datendienst wie im Zeitfenster, gelten als Ortszeit Heilbronn (Europe/Berlin, einschließlich Sommerzeit); der Speicher hält UTC.

Datendienste halten sich oft nicht an ihre eigenen Regeln. Ein zweifelhafter Datensatz bleibt erhalten; seine Mängel stehen in der Spalte quality (z. B. no_position, placeholder_capacity, unknown_state). Wenn der Server ausfällt, mit einem Fehler oder einer Webseite antwortet oder die Antwort abbricht, bleibt der Speicher unverändert. Ein API-Schlüssel gehört in eine Authentifizierungskonfiguration.

Ein GeoJSON- oder CSV-Datendienst mit eigenen Feldnamen oder ein SensorThings-Server, dessen Datastreams in eigenen Worten benannt sind: Nennen Sie die Felder für ID, Name, Kapazität, freie Plätze, belegte Plätze und Zeit unter den erweiterten Parametern. Das Protokoll sagt, welches Feld für jedes gelesen wurde und welche nicht gefunden wurden.

Ein Parkplatz, den der Datendienst als geschlossen meldet, wird als geschlossen gespeichert: kein freier Platz, und niemand zählt als geparkt. Die Karte zeigt ihn als geschlossen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>URL or file</source>
            <translation>URL oder Datei</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Second URL or file (GOLDBECK occupancies, DATEX II parking table)</source>
            <translation>Zweite URL oder Datei (GOLDBECK-Belegungen, DATEX-II-Parkplatztabelle)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Readings from (Heilbronn time, inclusive)</source>
            <translation>Messwerte ab (Ortszeit Heilbronn, einschließlich)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Readings until (Heilbronn time, exclusive)</source>
            <translation>Messwerte bis (Ortszeit Heilbronn, ausschließlich)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Sites received</source>
            <translation>Empfangene Parkplätze</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Readings received</source>
            <translation>Empfangene Messwerte</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>New readings</source>
            <translation>Neue Messwerte</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Updated readings</source>
            <translation>Aktualisierte Messwerte</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Give the URL or file to import from.</source>
            <translation>Geben Sie die URL oder Datei an, aus der importiert werden soll.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>The second URL or file is used only for GOLDBECK and DATEX II; it is ignored.</source>
            <translation>Die zweite URL oder Datei wird nur für GOLDBECK und DATEX II verwendet; sie wird ignoriert.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>The time window is empty: its start must be before its end.</source>
            <translation>Das Zeitfenster ist leer: Sein Beginn muss vor seinem Ende liegen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Importing {source} into {store}.</source>
            <translation>{source} wird in {store} importiert.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>The parking data could not be written to {store}: {error}. The store is unchanged.</source>
            <translation>Die Parkdaten konnten nicht in {store} geschrieben werden: {error}. Der Speicher ist unverändert.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Field names: id (GeoJSON, CSV)</source>
            <translation>Feldnamen: ID (GeoJSON, CSV)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Field names: name (GeoJSON, CSV)</source>
            <translation>Feldnamen: Name (GeoJSON, CSV)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Field names: capacity (GeoJSON, CSV; SensorThings Datastream)</source>
            <translation>Feldnamen: Kapazität (GeoJSON, CSV; SensorThings-Datastream)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Field names: free spaces (GeoJSON, CSV; SensorThings Datastream)</source>
            <translation>Feldnamen: freie Plätze (GeoJSON, CSV; SensorThings-Datastream)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Field names: occupied spaces (GeoJSON, CSV; SensorThings Datastream)</source>
            <translation>Feldnamen: belegte Plätze (GeoJSON, CSV; SensorThings-Datastream)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>Field names: time (GeoJSON, CSV)</source>
            <translation>Feldnamen: Zeit (GeoJSON, CSV)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>{sites} sites received ({sites_new} new, {sites_updated} updated); {readings} readings ({readings_new} new, {readings_updated} already stored and updated).</source>
            <translation>{sites} Parkplätze empfangen ({sites_new} neu, {sites_updated} aktualisiert); {readings} Messwerte ({readings_new} neu, {readings_updated} bereits gespeichert und aktualisiert).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>{count} records are marked “{flag}” in the quality column.</source>
            <translation>{count} Datensätze sind in der Spalte quality mit „{flag}“ markiert.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/import_parking.py" />
            <source>… and {count} more records left out.</source>
            <translation>… und {count} weitere Datensätze ausgelassen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Indoor route (barrier-free, around hazards)</source>
            <translation>Route im Gebäude (barrierefrei, um Gefahrenstellen)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>indoor,route,routing,navigation,barrier-free,wheelchair,elevator,floorplan,wayfinding</source>
            <translation>innen,gebäude,route,routing,navigation,barrierefrei,rollstuhl,aufzug,grundriss,wegeleitung</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Finds the fastest way through the floorplans of a venue, from a room (by name or id) or a point on a level to a room or a point, across levels and buildings.

Paths run from door to door through each space and stay inside it, bending around corners; elevators, stairs, escalators and ramps with the same shaft_id join the levels. Hazards, grown by their buffer_m, are avoided in every mode.

Barrier-free: no stairs or escalators, no door narrower than the minimum width (a door of unknown width only when marked accessible), no space, door or connector marked inaccessible (accessible = 0). When there is no barrier-free route, the message names what blocks it.

Outputs: the route as lines per level (building_id, level_id, ordinal, leg, length_m, time_s), so a level filter shows the right part; step-by-step instructions in German and English (also in the log); total length and time. Times use the walking speed, or the wheelchair speed when barrier-free, plus fixed times for elevators (wait and ride), stairs, escalators and ramps.</source>
            <translation>Findet den schnellsten Weg durch die Grundrisse eines Standorts, von einem Raum (nach Name oder ID) oder einem Punkt auf einer Ebene zu einem Raum oder Punkt, über Ebenen und Gebäude hinweg.

Wege führen von Tür zu Tür durch jeden Raum und bleiben darin, um Ecken herum; Aufzüge, Treppen, Rolltreppen und Rampen mit derselben shaft_id verbinden die Ebenen. Gefahrenstellen, vergrößert um ihren buffer_m, werden in jedem Modus umgangen.

Barrierefrei: keine Treppen oder Rolltreppen, keine Tür schmaler als die Mindestbreite (eine Tür unbekannter Breite nur, wenn sie als zugänglich markiert ist), kein Raum, keine Tür und kein Verbindungselement, das als nicht zugänglich markiert ist (accessible = 0). Gibt es keinen barrierefreien Weg, nennt die Meldung, was ihn versperrt.

Ergebnisse: die Route als Linien je Ebene (building_id, level_id, ordinal, leg, length_m, time_s), sodass ein Ebenenfilter den richtigen Teil zeigt; eine Wegbeschreibung Schritt für Schritt auf Deutsch und Englisch (auch im Protokoll); Gesamtlänge und -zeit. Die Zeiten rechnen mit der Gehgeschwindigkeit, barrierefrei mit der Rollstuhlgeschwindigkeit, dazu feste Zeiten für Aufzüge (Warten und Fahrt), Treppen, Rolltreppen und Rampen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Spaces (rooms, corridors)</source>
            <translation>Räume (Zimmer, Flure)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Openings (doors)</source>
            <translation>Öffnungen (Türen)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Vertical connectors (elevators, stairs)</source>
            <translation>Vertikale Verbindungen (Aufzüge, Treppen)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Destination</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>{which}: room (name or space_id)</source>
            <translation>{which}: Raum (Name oder space_id)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>{which}: point (instead of a room)</source>
            <translation>{which}: Punkt (statt eines Raums)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>{which}: level of the point (ordinal)</source>
            <translation>{which}: Ebene des Punkts (ordinal)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Barrier-free (wheelchair)</source>
            <translation>Barrierefrei (Rollstuhl)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Minimum door width, barrier-free (m)</source>
            <translation>Mindestbreite der Türen, barrierefrei (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Walking speed (m/s)</source>
            <translation>Gehgeschwindigkeit (m/s)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Wheelchair speed (m/s)</source>
            <translation>Rollstuhlgeschwindigkeit (m/s)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <location filename="../../scripts/demo.py" />
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Route instructions (all levels)</source>
            <translation>Wegbeschreibung (alle Geschosse)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Route length (m)</source>
            <translation>Länge der Route (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Route time (s)</source>
            <translation>Dauer der Route (s)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Instructions</source>
            <translation>Wegbeschreibung</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>destination</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Choose the {which}: a room (name or space_id) or a point with its level.</source>
            <translation>Wählen Sie {which}: einen Raum (Name oder space_id) oder einen Punkt mit seiner Ebene.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>The floorplan is in a geographic CRS (degrees). It was reprojected to {crs} so that distances are in metres.</source>
            <translation>Der Grundriss liegt in einem geographischen KBS (Grad) vor. Er wurde nach {crs} umprojiziert, damit Entfernungen in Metern gelten.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>Route: {length} m, {minutes} min ({mode}).</source>
            <translation>Route: {length} m, {minutes} min ({mode}).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>barrier-free</source>
            <translation>barrierefrei</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>walking</source>
            <translation>zu Fuß</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>No room has the name or space_id “{room}” (the {which}). Did you mean {rooms}?</source>
            <translation>Kein Raum hat den Namen oder die space_id „{room}“ ({which}). Meinten Sie {rooms}?</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>No room has the name or space_id “{room}” (the {which}), nor one like it. Choose the room from the list in the dialog, or check its name in the spaces layer, e.g. “{example}”.</source>
            <translation>Kein Raum hat den Namen oder die space_id „{room}“ ({which}), auch kein ähnlicher. Wählen Sie den Raum aus der Liste im Dialog, oder prüfen Sie seinen Namen im Raum-Layer, z. B. „{example}“.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>{count} spaces are called “{room}” (the {which}). Give the space_id of the one you mean instead: {ids}.</source>
            <translation>{count} Räume heißen „{room}“ ({which}). Geben Sie stattdessen die space_id des gemeinten Raums an: {ids}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>The {which} point ({x}, {y}) lies in no space of level {level}. Pick a point inside a room or corridor of that level, or check the level (ordinal).</source>
            <translation>Der Punkt ({which}) ({x}, {y}) liegt in keinem Raum der Ebene {level}. Wählen Sie einen Punkt in einem Raum oder Flur dieser Ebene, oder prüfen Sie die Ebene (ordinal).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>{count} openings touch no space on their level and are left out: {ids}.</source>
            <translation>{count} Öffnungen berühren keinen Raum ihrer Ebene und werden weggelassen: {ids}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>{count} connectors lie in no space of their level and are left out: {ids}.</source>
            <translation>{count} Verbindungselemente liegen in keinem Raum ihrer Ebene und werden weggelassen: {ids}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>{count} connectors have no partner with the same shaft_id on another level and lead nowhere: {ids}.</source>
            <translation>{count} Verbindungselemente haben auf keiner anderen Ebene ein Gegenstück mit derselben shaft_id und führen nirgendwohin: {ids}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>from {start} to {end}</source>
            <translation>von {start} nach {end}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>There is no route {journey}: no door, connector or entrance joins them in the floorplan. Check that the doors touch both spaces and that connectors of one elevator or staircase share a shaft_id.</source>
            <translation>Es gibt keinen Weg {journey}: Keine Tür, kein Aufzug und kein Eingang verbindet sie im Grundriss. Prüfen Sie, ob die Türen beide Räume berühren und ob die Verbindungselemente eines Aufzugs oder Treppenhauses dieselbe shaft_id haben.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>There is no barrier-free route {journey}. The way would need: {reasons}. Choose other places, open these, or route without 'Barrier-free'.</source>
            <translation>Es gibt keinen barrierefreien Weg {journey}. Der Weg bräuchte: {reasons}. Wählen Sie andere Orte, machen Sie diese Stellen zugänglich, oder berechnen Sie die Route ohne „Barrierefrei“.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>There is no barrier-free route {journey} around the hazards. It is blocked by: {reasons}. Remove the hazard once it is cleared, or lower its buffer_m.</source>
            <translation>Es gibt keinen barrierefreien Weg {journey} um die Gefahrenstellen herum. Er ist versperrt durch: {reasons}. Entfernen Sie die Gefahrenstelle, sobald sie beseitigt ist, oder verringern Sie ihren buffer_m.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>There is no route {journey} around the hazards. It is blocked by: {reasons}. Remove the hazard once it is cleared, or lower its buffer_m.</source>
            <translation>Es gibt keinen Weg {journey} um die Gefahrenstellen herum. Er ist versperrt durch: {reasons}. Entfernen Sie die Gefahrenstelle, sobald sie beseitigt ist, oder verringern Sie ihren buffer_m.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>the space {name} is marked inaccessible</source>
            <translation>der Raum {name} ist als nicht zugänglich markiert</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>the door {id} on level {ordinal}</source>
            <translation>die Tür {id} auf Ebene {ordinal}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>{door} is marked inaccessible</source>
            <translation>{door} ist als nicht zugänglich markiert</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>{door} is only {width} m wide</source>
            <translation>{door} ist nur {width} m breit</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>{door} has no known width and is not marked accessible</source>
            <translation>{door} hat keine bekannte Breite und ist nicht als zugänglich markiert</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>“{name}” ({kind}, {id}) on level {ordinal}</source>
            <translation>„{name}“ ({kind}, {id}) auf Ebene {ordinal}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>{connector} cannot be used with a wheelchair</source>
            <translation>{connector} ist mit dem Rollstuhl nicht benutzbar</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>{connector} is marked inaccessible (closed)</source>
            <translation>{connector} ist als nicht zugänglich markiert (gesperrt)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>the hazard “{name}” ({id}) on level {ordinal}</source>
            <translation>die Gefahrenstelle „{name}“ ({id}) auf Ebene {ordinal}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>elevator</source>
            <translation>Aufzug</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>stairs</source>
            <translation>Treppe</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>escalator</source>
            <translation>Rolltreppe</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route.py" />
            <source>ramp</source>
            <translation>Rampe</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route_input.py" />
            <source>The layer “{layer}” shows only some levels ({subset}), and the route cannot lift that filter: it uses only what the layer shows. Show all levels to route across them.</source>
            <translation>Der Layer „{layer}“ zeigt nur einige Ebenen ({subset}), und die Route kann diesen Filter nicht aufheben: Sie nutzt nur, was der Layer zeigt. Zeigen Sie alle Ebenen, um über sie hinweg zu routen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route_input.py" />
            <source>The layer “{layer}” shows only some levels ({subset}); the route uses every level.</source>
            <translation>Der Layer „{layer}“ zeigt nur einige Ebenen ({subset}); die Route nutzt alle Ebenen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route_input.py" />
            <source>The layer “{layer}” has edits that are not saved yet; the route reads the saved floorplan. Save the edits to route with them.</source>
            <translation>Der Layer „{layer}“ hat noch nicht gespeicherte Änderungen; die Route liest den gespeicherten Grundriss. Speichern Sie die Änderungen, damit die Route sie berücksichtigt.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route_input.py" />
            <source>The layer “{layer}” has no field “{field}”. Floorplan layers need the store's fields (building_id, level_id, ordinal, …): import the floorplan with the plugin's importer, or add the field.</source>
            <translation>Der Layer „{layer}“ hat kein Feld „{field}“. Grundriss-Layer brauchen die Felder des Datenspeichers (building_id, level_id, ordinal, …): Importieren Sie den Grundriss mit dem Import des Plugins, oder fügen Sie das Feld hinzu.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route_input.py" />
            <source>{count} features of “{layer}” have no geometry or no level (ordinal) and are left out of the route.</source>
            <translation>{count} Objekte von „{layer}“ haben keine Geometrie oder keine Ebene (ordinal) und bleiben bei der Route außen vor.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/indoor_route_input.py" />
            <source>The spaces layer “{layer}” has no polygons with a level (ordinal): there is no floorplan to route in.</source>
            <translation>Der Raum-Layer „{layer}“ enthält keine Polygone mit einer Ebene (ordinal): Es gibt keinen Grundriss für eine Route.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Kernel density (fast heatmap)</source>
            <translation>Kerndichte (schnelle Heatmap)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>heatmap,kde,kernel density,density,hotspot,points,raster</source>
            <translation>Heatmap,KDE,Kerndichte,Dichte,Hotspot,Punkte,Raster</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Creates a density (heatmap) raster from a point layer, like QGIS's Heatmap (Kernel Density Estimation) but many times faster on large layers.

The output grid has the same size, extent and georeferencing as QGIS's heatmap and raw values agree with it; scaled values integrate to 1 per unit of weight. Points can be filtered by an expression and by a time window on a date/time field. Radius and pixel size are metres: a point layer whose CRS is not in metres (degrees, feet) is reprojected to its UTM zone first.

Method: 'auto' computes few points exactly like QGIS and many points by linear binning and FFT convolution (error below 0.1 % of the maximum for realistic data; the uniform kernel's hard edge is blurred by one pixel). 'exact' forces the exact computation.

The output is styled from transparent (no density) to dark red.</source>
            <translation>Erstellt aus einem Punktlayer ein Dichteraster (Heatmap) wie die QGIS-Heatmap (Kerndichteschätzung), auf großen Layern aber um ein Vielfaches schneller.

Das Ausgaberaster hat dieselbe Größe, Ausdehnung und Georeferenzierung wie die QGIS-Heatmap, und die Rohwerte stimmen mit ihr überein; skalierte Werte ergeben integriert 1 je Gewichtseinheit. Punkte lassen sich mit einem Ausdruck und mit einem Zeitfenster auf einem Datums-/Zeitfeld filtern. Radius und Pixelgröße sind Meter: Ein Punktlayer, dessen KBS nicht in Metern rechnet (Grad, Fuß), wird zuerst in seine UTM-Zone umprojiziert.

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
            <source>Radius in metres</source>
            <translation>Radius in Metern</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Radius from field (metres)</source>
            <translation>Radius aus Feld (Meter)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Output raster pixel size in metres</source>
            <translation>Pixelgröße des Ausgaberasters in Metern</translation>
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
            <location filename="../../scripts/demo.py" />
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
            <source>Raster of {rows} × {cols} cells, {points} points.</source>
            <translation>Raster mit {rows} × {cols} Zellen, {points} Punkte.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>A radius of {radius} m is far below the pixel size of {pixel} m: the binned method would need more than {limit} lattice nodes per pixel and work for hours. Choose the automatic or exact method, or smaller pixels.</source>
            <translation>Ein Radius von {radius} m liegt weit unter der Pixelgröße von {pixel} m: Das Verfahren „Gerastert (FFT)“ bräuchte mehr als {limit} Gitterknoten je Pixel und würde stundenlang rechnen. Wählen Sie das automatische oder das exakte Verfahren, oder kleinere Pixel.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>Density</source>
            <translation>Dichte</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>high ({value})</source>
            <translation>hoch ({value})</translation>
        </message>
        <message>
            <location filename="../../processing_algs/kernel_density.py" />
            <source>none (0)</source>
            <translation>keine (0)</translation>
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
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>Parking destinations</source>
            <translation>Parkziele</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>With a profile table the destinations need a field of arrivals per day and a field naming their profile; “{field}” is not among the destinations' fields. Choose them under 'Arrivals per day' and 'Profile of each destination'.</source>
            <translation>Mit einer Tagesganglinien-Tabelle brauchen die Ziele ein Feld mit den Ankünften pro Tag und ein Feld, das ihre Ganglinie nennt; „{field}“ ist kein Feld der Ziele. Wählen Sie die Felder unter „Ankünfte pro Tag“ und „Ganglinie jedes Ziels“.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>feature {fid}</source>
            <translation>Objekt {fid}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>{count} destinations have no position and are left out: {names}.</source>
            <translation>{count} Ziele haben keine Lage und bleiben unberücksichtigt: {names}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>{count} destinations have no arrivals in “{field}” (empty, not a number or negative) and count as 0 arrivals: {names}. Enter their arrivals to include them.</source>
            <translation>{count} Ziele haben in „{field}“ keine Ankünfte (leer, keine Zahl oder negativ) und zählen mit 0 Ankünften: {names}. Tragen Sie ihre Ankünfte ein, um sie einzubeziehen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>{count} destinations name a profile that is not in the profile table and get no arrivals: {names}. Known profiles: {profiles}.</source>
            <translation>{count} Ziele nennen eine Ganglinie, die nicht in der Ganglinien-Tabelle steht, und erhalten keine Ankünfte: {names}. Bekannte Ganglinien: {profiles}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>{count} of {total} destinations are farther than {tolerance} m from the street network and are left out (e.g. {where}). Check their position or raise the snap tolerance.</source>
            <translation>{count} von {total} Zielen liegen mehr als {tolerance} m vom Straßennetz entfernt und bleiben unberücksichtigt (z. B. {where}). Prüfen Sie ihre Lage oder erhöhen Sie die Fangtoleranz.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>{count} destinations with {arrivals} arrivals per hour in the time window.</source>
            <translation>{count} Ziele mit {arrivals} Ankünften pro Stunde im Zeitfenster.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>The profile table needs the fields profile, hour_from, hour_to and share (and may have days: weekday, saturday, sunday); “{field}” is missing.</source>
            <translation>Die Ganglinien-Tabelle braucht die Felder profile, hour_from, hour_to und share (und kann days haben: weekday, saturday, sunday); „{field}“ fehlt.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>row {fid} ({profile})</source>
            <translation>Zeile {fid} ({profile})</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>{count} profile rows are left out: they need a profile, hours with 0 ≤ hour_from &lt; hour_to ≤ 24 and a share of 0 or more: {rows}.</source>
            <translation>{count} Zeilen der Ganglinien bleiben unberücksichtigt: Sie brauchen eine Ganglinie, Stunden mit 0 ≤ hour_from &lt; hour_to ≤ 24 und einen Anteil von 0 oder mehr: {rows}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>{count} profile rows name days other than weekday, saturday or sunday and are used for every day: {rows}.</source>
            <translation>{count} Zeilen der Ganglinien nennen andere Tage als weekday, saturday oder sunday und gelten für jeden Tag: {rows}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>Profile {trimmed} overlaps {kept}: the overlapping hours are taken from {kept}, and {trimmed} keeps only its own hours (with its share per hour).</source>
            <translation>Ganglinie {trimmed} überschneidet sich mit {kept}: Die gemeinsamen Stunden kommen aus {kept}, {trimmed} behält nur seine übrigen Stunden (mit seinem Anteil pro Stunde).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>Profile “{profile}” ({days}) has no row for {start}–{stop} h: no arrivals are assumed then.</source>
            <translation>Ganglinie „{profile}“ ({days}) hat keine Zeile für {start}–{stop} Uhr: Für diese Zeit werden keine Ankünfte angenommen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>The shares of the profiles {profiles} add up to more than 20 and are read as percent.</source>
            <translation>Die Anteile der Ganglinien {profiles} ergeben zusammen mehr als 20 und werden als Prozent gelesen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>The scenario table needs a site id field and a capacity change field (e.g. site_id and capacity_change); “{field}” is not in it.</source>
            <translation>Die Szenariotabelle braucht ein Feld mit der Standort-ID und eines mit der Kapazitätsänderung (z. B. site_id und capacity_change); „{field}“ ist nicht darin enthalten.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>row {fid}</source>
            <translation>Zeile {fid}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>{count} scenario rows name no known parking site or have no capacity change and are ignored: {sites}.</source>
            <translation>{count} Szenariozeilen nennen keinen bekannten Parkstandort oder keine Kapazitätsänderung und werden nicht berücksichtigt: {sites}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>The scenario removes {removed} spaces from “{site}”, which has {capacity}: the site is taken as closed (no spaces).</source>
            <translation>Das Szenario nimmt „{site}“ {removed} Stellplätze weg, es hat aber nur {capacity}: Der Standort gilt als geschlossen (keine Stellplätze).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>Scenario: {added} spaces added, {removed} removed, {closed} sites closed.</source>
            <translation>Szenario: {added} Stellplätze hinzugefügt, {removed} entfernt, {closed} Standorte geschlossen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>{label} is not a number: 0 % is assumed.</source>
            <translation>{label} ist keine Zahl: 0 % wird angenommen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_inputs.py" />
            <source>{label} is {value} %, outside 0–100 %: {bound} % is assumed.</source>
            <translation>{label} beträgt {value} % und liegt außerhalb von 0–100 %: {bound} % wird angenommen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_outputs.py" />
            <source>Local time (Heilbronn)</source>
            <translation>Ortszeit (Heilbronn)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_outputs.py" />
            <source>Search traffic (vehicle-km per hour)</source>
            <translation>Parksuchverkehr (Fz-km pro Stunde)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <location filename="../../scripts/demo_parking.py" />
            <source>Parking search traffic</source>
            <translation>Parksuchverkehr</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>parking,search traffic,cruising,parksuchverkehr,occupancy,scenario,what if,guidance,parkleitsystem,simulation,co2,garage</source>
            <translation>Parken,Parksuchverkehr,Parksuche,Parksuchverkehr,Belegung,Szenario,Was wäre wenn,Parkleitsystem,Parkleitsystem,Simulation,CO2,Parkhaus</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Estimates on which street segments drivers search for a parking space, from the occupancy measured by sensors and garage counters, and what a change would do: spaces added or removed, a site closed, more drivers using parking guidance.

Drivers head for destinations (with arrivals per hour, or per day with a time-of-day profile table); without destinations every site is one, with the arrivals its readings imply (corrected where the site was full). A driver searches the segments in order of network distance from the destination, within the walking tolerance, and gives up after the give-up distance.

Simulation (default): drivers arrive one after the other and take a space if the sensors report one free at that moment and no earlier driver took it; guided drivers go straight to the nearest site reported free. Runs are repeated until the totals are known to ±2 %. Analytical estimate: a segment offers a space with the share of readings that had one, and drivers do not compete (fast, but blind to crowding).

Outputs: segments with search vehicles and vehicle-km per hour, a heatmap, a summary (search traffic, mean, median and 90th percentile search time, shares searching longer than 2 and 5 minutes, CO₂, share giving up), search times per destination, and per quarter hour of the window (or of the whole day) a time-enabled segment layer, a table and a chart. With a scenario every output holds the baseline, the scenario and the difference.

Times are Heilbronn local time where typed; the store keeps UTC.</source>
            <translation>Schätzt, auf welchen Straßenabschnitten Autofahrer einen Parkplatz suchen – aus der Belegung, die Sensoren und Parkhauszähler messen –, und was eine Änderung bewirken würde: Stellplätze hinzu oder weg, ein Standort geschlossen, mehr Fahrer mit Parkleitsystem.

Die Fahrer steuern Ziele an (mit Ankünften pro Stunde oder pro Tag mit einer Tabelle der Tagesganglinien); ohne Ziele ist jeder Standort ein Ziel, mit den Ankünften, die seine Messwerte ergeben (korrigiert, wo der Standort voll war). Ein Fahrer sucht die Abschnitte in der Reihenfolge ihrer Netzentfernung vom Ziel ab, innerhalb der Fußwegtoleranz, und gibt nach der Abbruchdistanz auf.

Simulation (Standard): Die Fahrer kommen nacheinander an und nehmen einen Stellplatz, wenn die Sensoren in diesem Moment einen freien melden und kein früherer Fahrer ihn genommen hat; Fahrer mit Parkleitsystem fahren direkt zum nächsten als frei gemeldeten Standort. Die Läufe werden wiederholt, bis die Summen auf ±2 % genau sind. Analytische Schätzung: Ein Abschnitt bietet einen Stellplatz mit dem Anteil der Messwerte, die einen hatten, und die Fahrer konkurrieren nicht (schnell, aber blind für Gedränge).

Ergebnisse: Abschnitte mit suchenden Fahrzeugen und Fz-km pro Stunde, eine Heatmap, eine Zusammenfassung (Parksuchverkehr, mittlere Suchzeit, Median und 90. Perzentil, Anteile mit mehr als 2 und 5 Minuten Suche, CO₂, Anteil der Aufgebenden), Suchzeiten je Ziel und je Viertelstunde des Zeitfensters (oder des ganzen Tages) ein zeitgesteuerter Abschnittslayer, eine Tabelle und ein Diagramm. Mit einem Szenario enthält jedes Ergebnis Bestand, Szenario und Differenz.

Eingegebene Zeiten sind Heilbronner Ortszeit; der Datenspeicher führt UTC.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Street network (lines)</source>
            <translation>Straßennetz (Linien)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Streets drivers search (expression; the others, e.g. pedestrian zones, only count for walking; empty: all)</source>
            <translation>Straßen, die Fahrer absuchen (Ausdruck; die übrigen, z. B. Fußgängerzonen, zählen nur für den Fußweg; leer: alle)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Parking sites (site_id, capacity, occupancy_latest)</source>
            <translation>Parkstandorte (site_id, capacity, occupancy_latest)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Occupancy readings (site_id, observed_at, free, occupied)</source>
            <translation>Belegungsmesswerte (site_id, observed_at, free, occupied)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Only readings matching this expression</source>
            <translation>Nur Messwerte, die diesem Ausdruck entsprechen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Every quarter hour of the whole day of the window start</source>
            <translation>Jede Viertelstunde des ganzen Tages des Fensterbeginns</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Destinations (empty: demand observed at the sites)</source>
            <translation>Ziele (leer: an den Standorten beobachtete Nachfrage)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Arrivals per hour (empty: 1 per destination)</source>
            <translation>Ankünfte pro Stunde (leer: 1 je Ziel)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Time-of-day profiles (profile, hour_from, hour_to, share, days)</source>
            <translation>Tagesganglinien (profile, hour_from, hour_to, share, days)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Profile of each destination</source>
            <translation>Ganglinie jedes Ziels</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Arrivals per day (with profiles)</source>
            <translation>Ankünfte pro Tag (mit Ganglinien)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Simulation (drivers compete for spaces)</source>
            <translation>Simulation (Fahrer konkurrieren um Stellplätze)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Analytical estimate (fast, no competition)</source>
            <translation>Analytische Schätzung (schnell, ohne Konkurrenz)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Drivers using parking guidance (%)</source>
            <translation>Fahrer mit Parkleitsystem (%)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Snap tolerance to the street network</source>
            <translation>Fangtoleranz zum Straßennetz</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Cruising speed while searching (km/h)</source>
            <translation>Geschwindigkeit bei der Parkplatzsuche (km/h)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Give-up distance (search distance before giving up)</source>
            <translation>Abbruchdistanz (Suchstrecke, nach der aufgegeben wird)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Walking tolerance (network distance to destination)</source>
            <translation>Fußwegtoleranz (Netzentfernung zum Ziel)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>CO₂ emissions (g per vehicle-km)</source>
            <translation>CO₂-Emissionen (g je Fahrzeug-km)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Scenario: capacity changes per site</source>
            <translation>Szenario: Kapazitätsänderungen je Standort</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Scenario site id field</source>
            <translation>Feld mit der Standort-ID im Szenario</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Scenario capacity change field (+ added, − removed, “closed”)</source>
            <translation>Szenario: Feld der Kapazitätsänderung (+ hinzu, − weg, „closed“ für geschlossen)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Scenario: drivers using parking guidance (%) (empty: as in the baseline)</source>
            <translation>Szenario: Fahrer mit Parkleitsystem (%) (leer: wie im Bestand)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Random seed of the simulation</source>
            <translation>Startwert des Zufallsgenerators der Simulation</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Heatmap radius</source>
            <translation>Radius der Heatmap</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Heatmap pixel size</source>
            <translation>Pixelgröße der Heatmap</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <location filename="../../scripts/demo_parking.py" />
            <source>Parking search traffic per segment</source>
            <translation>Parksuchverkehr je Abschnitt</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <location filename="../../scripts/demo_parking.py" />
            <source>Heatmap of parking search traffic</source>
            <translation>Heatmap des Parksuchverkehrs</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Parking search summary</source>
            <translation>Übersicht Parksuchverkehr</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Search times per destination</source>
            <translation>Suchzeiten je Ziel</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Search traffic per segment and quarter hour (time-enabled)</source>
            <translation>Parksuchverkehr je Abschnitt und Viertelstunde (zeitgesteuert)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Search traffic per quarter hour (table)</source>
            <translation>Parksuchverkehr je Viertelstunde (Tabelle)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Chart of search traffic per quarter hour</source>
            <translation>Diagramm des Parksuchverkehrs je Viertelstunde</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>PNG image (*.png);;SVG image (*.svg)</source>
            <translation>PNG-Bild (*.png);;SVG-Bild (*.svg)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Simulation runs</source>
            <translation>Simulationsläufe</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>The share of drivers using parking guidance</source>
            <translation>Der Anteil der Fahrer mit Parkleitsystem</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>The scenario's share of drivers using parking guidance</source>
            <translation>Der Anteil der Fahrer mit Parkleitsystem im Szenario</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>The street layer has no lines, so there is no network to search on. Choose a layer with the streets of the area.</source>
            <translation>Der Straßenlayer enthält keine Linien, es gibt also kein Netz, auf dem gesucht werden kann. Wählen Sie einen Layer mit den Straßen des Gebiets.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>The street lines could not be joined into a network: {error}. Repair the layer (e.g. with 'Fix geometries') and try again.</source>
            <translation>Die Straßenlinien ließen sich nicht zu einem Netz verbinden: {error}. Reparieren Sie den Layer (z. B. mit „Geometrien reparieren“) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>invalid geometry</source>
            <translation>ungültige Geometrie</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Street network: {edges} segments between {nodes} junctions, {km} km.</source>
            <translation>Straßennetz: {edges} Abschnitte zwischen {nodes} Knoten, {km} km.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>The expression for the streets drivers search is not valid: {error}</source>
            <translation>Der Ausdruck für die abgesuchten Straßen ist ungültig: {error}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Drivers search {count} of {total} segments ({km} km); the others only count for walking.</source>
            <translation>Die Fahrer suchen auf {count} von {total} Abschnitten ({km} km); die übrigen zählen nur für den Fußweg.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>“{layer}”, chosen as parking sites, has no field “site_id”, which links the sites to their readings. Choose the store's layer “{sites}” or add that field.</source>
            <translation>„{layer}“, als Parkstandorte gewählt, hat kein Feld „site_id“, das die Standorte mit ihren Messwerten verbindet. Wählen Sie den Layer „{sites}“ des Datenspeichers oder ergänzen Sie das Feld.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Site “{site}” has no position and is left out.</source>
            <translation>Der Standort „{site}“ hat keine Lage und wird ausgelassen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>{count} parking sites are farther than {tolerance} m from the street network and are left out: {sites}. Check their position or raise the snap tolerance.</source>
            <translation>{count} Parkstandorte liegen weiter als {tolerance} m vom Straßennetz entfernt und werden ausgelassen: {sites}. Prüfen Sie ihre Lage oder erhöhen Sie die Fangtoleranz.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>No occupancy readings given: every site falls back to its latest occupancy rate (1 − o^c).</source>
            <translation>Keine Belegungsmesswerte angegeben: Für jeden Standort wird seine letzte Belegungsquote verwendet (1 − o^c).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>“{layer}”, chosen as occupancy readings, has no field “{field}”. Choose the store's table “{readings}” (site_id, observed_at, free, occupied, capacity).</source>
            <translation>„{layer}“, als Belegungsmessungen gewählt, hat kein Feld „{field}“. Wählen Sie die Tabelle „{readings}“ des Datenspeichers (site_id, observed_at, free, occupied, capacity).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>The occupancy readings have no field “{field}” for the time of a reading. Choose it under 'Date/time field for the time window'.</source>
            <translation>Die Belegungsmesswerte haben kein Feld „{field}“ für den Zeitpunkt eines Messwerts. Wählen Sie es unter „Datums-/Zeitfeld für das Zeitfenster“.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Readings of {count} sites that are not among the snapped parking sites were ignored: {sites}.</source>
            <translation>Messwerte von {count} Standorten, die nicht unter den ans Netz gefangenen Parkstandorten sind, wurden nicht berücksichtigt: {sites}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>{count} readings without a time or without free spaces (nor occupied spaces and capacity) were ignored.</source>
            <translation>{count} Messwerte ohne Zeitpunkt oder ohne freie Plätze (und ohne belegte Plätze und Kapazität) wurden nicht berücksichtigt.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>{count} readings of {sites} sites in the time window.</source>
            <translation>{count} Messwerte von {sites} Standorten im Zeitfenster.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>For every quarter hour of a whole day, name the day: set the time window start to a moment of that day.</source>
            <translation>Für jede Viertelstunde eines ganzen Tages nennen Sie den Tag: Setzen Sie den Beginn des Zeitfensters auf einen Zeitpunkt dieses Tages.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>The time window ends before it starts. Set its end after its start.</source>
            <translation>Das Zeitfenster endet, bevor es beginnt. Setzen Sie das Ende nach den Beginn.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Demand from the arrivals the sites' readings imply (increases of occupied spaces plus the departures their turnover implies): {arrivals} vehicles per hour in the time window.</source>
            <translation>Nachfrage aus den Ankünften, die die Messwerte der Standorte ergeben (Zunahmen der belegten Stellplätze plus die Abfahrten aus ihrem Umschlag): {arrivals} Fahrzeuge pro Stunde im Zeitfenster.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>{count} sites were full in part of the window; while full they keep the arrival rate of the hour before they filled: {sites}.</source>
            <translation>{count} Standorte waren in einem Teil des Zeitfensters voll; solange sie voll sind, behalten sie die Ankunftsrate der Stunde, bevor sie sich füllten: {sites}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>{count} sites were full in every reading, so their demand before they filled is unknown: only the arrivals that refill their departures are counted, a lower bound: {sites}. Give destinations for a demand that does not depend on supply.</source>
            <translation>{count} Standorte waren bei jedem Messwert voll, ihre Nachfrage vor dem Füllen ist also unbekannt: Gezählt werden nur die Ankünfte, die frei werdende Plätze wieder füllen – eine Untergrenze: {sites}. Geben Sie Ziele an für eine Nachfrage, die nicht vom Angebot abhängt.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>No arrivals were observed in the time window, so nobody searches. Give destinations with arrivals per hour, or a window with readings.</source>
            <translation>Im Zeitfenster wurden keine Ankünfte beobachtet, also sucht niemand. Geben Sie Ziele mit Ankünften pro Stunde an oder ein Zeitfenster mit Messwerten.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Search traffic</source>
            <translation>Suchverkehr</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>{value} vehicle-km/h per km²</source>
            <translation>{value} Fz-km/h je km²</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>no search traffic</source>
            <translation>kein Suchverkehr</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Parking search traffic, {day}</source>
            <translation>Parksuchverkehr, {day}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>The chart could not be written to {path}: {error}. Choose another file.</source>
            <translation>Das Diagramm konnte nicht nach {path} geschrieben werden: {error}. Wählen Sie eine andere Datei.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>The street network falls into {count} parts that are not connected; the largest holds {share} of its length. Drivers search only within the part of their destination ({elsewhere} destinations lie outside the largest part). Connect the streets (snap their ends) if the parts are joined in reality.</source>
            <translation>Das Straßennetz zerfällt in {count} nicht verbundene Teile; der größte umfasst {share} seiner Länge. Gesucht wird nur im Teil des jeweiligen Ziels ({elsewhere} Ziele liegen außerhalb des größten Teils). Verbinden Sie die Straßen (fangen Sie ihre Enden), wenn die Teile in Wirklichkeit zusammenhängen.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>The time window {start} – {end} holds no occupancy readings of the sites. Every site falls back to its latest occupancy rate (1 − o^c); choose a window within the readings for measured values.</source>
            <translation>Im Zeitfenster {start} – {end} liegen keine Belegungsmesswerte der Standorte. Für jeden Standort wird seine letzte Belegungsquote verwendet (1 − o^c); wählen Sie für gemessene Werte ein Zeitfenster innerhalb der Messwerte.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>{count} parking sites have neither readings in the time window nor a capacity and latest occupancy, and are left out: {sites}. Enter their capacity, or import their readings.</source>
            <translation>{count} Parkstandorte haben weder Messwerte im Zeitfenster noch eine Kapazität und letzte Belegung und werden ausgelassen: {sites}. Tragen Sie ihre Kapazität ein oder importieren Sie ihre Messwerte.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>{count} parking sites have no readings in the time window; their chance of a free space is 1 − o^c from their latest occupancy rate o and capacity c (a snapshot, and optimistic where spaces fill together): {sites}.</source>
            <translation>{count} Parkstandorte haben keine Messwerte im Zeitfenster; ihre Chance auf einen freien Platz ist 1 − o^c aus ihrer letzten Belegungsquote o und Kapazität c (eine Momentaufnahme, und zu günstig, wo sich die Plätze gemeinsam füllen): {sites}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>No site's occupancy fell in the readings around the window, so no dwell time can be derived: parked cars are assumed to stay for the whole window.</source>
            <translation>In den Messwerten um das Zeitfenster ist die Belegung keines Standorts gesunken, eine Parkdauer lässt sich also nicht ableiten: Geparkte Autos bleiben annahmegemäß das ganze Zeitfenster.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>{count} sites had no departures (no fall of their occupancy) in the readings around the window, so their dwell time cannot be derived: the mean dwell time of the other sites, {hours} h, is assumed: {sites}.</source>
            <translation>{count} Standorte hatten in den Messwerten um das Zeitfenster keine Abfahrten (ihre Belegung sank nie), ihre Parkdauer lässt sich also nicht ableiten: Angenommen wird die mittlere Parkdauer der übrigen Standorte, {hours} h: {sites}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Simulation: {runs} runs; the totals are known to {precision} (95 % confidence interval; baseline first).</source>
            <translation>Simulation: {runs} Läufe; die Summen sind auf {precision} genau (95-%-Konfidenzintervall; Bestand zuerst).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>After {runs} runs a total is still known only to {precision}: few drivers search, so single runs differ much. Read small totals with care.</source>
            <translation>Nach {runs} Läufen ist eine Summe nur auf {precision} genau: Wenige Fahrer suchen, einzelne Läufe weichen daher stark ab. Lesen Sie kleine Summen mit Vorsicht.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Arrivals</source>
            <translation>Ankünfte</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>vehicles/h</source>
            <translation>Fz/h</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Total search traffic</source>
            <translation>Parksuchverkehr insgesamt</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>vehicle-km/h</source>
            <translation>Fz-km/h</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Mean search distance per arrival</source>
            <translation>Mittlere Suchstrecke je Ankunft</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Mean search time per arrival</source>
            <translation>Mittlere Suchzeit je Ankunft</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Median search time</source>
            <translation>Median der Suchzeit</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>90th percentile of search time</source>
            <translation>90. Perzentil der Suchzeit</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Share of arrivals searching longer than 2 minutes</source>
            <translation>Anteil der Ankünfte mit mehr als 2 Minuten Suche</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Share of arrivals searching longer than 5 minutes</source>
            <translation>Anteil der Ankünfte mit mehr als 5 Minuten Suche</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>CO₂ from searching</source>
            <translation>CO₂ aus der Parksuche</translation>
        </message>
        <message>
            <location filename="../../processing_algs/parking_search_traffic.py" />
            <source>Share of arrivals giving up</source>
            <translation>Anteil der Ankünfte, die aufgeben</translation>
        </message>
        <message>
            <location filename="../../processing_algs/provider.py" />
            <source>Heilbronn Digital: analyses for the digital city</source>
            <translation>Heilbronn Digital: Analysen für die digitale Stadt</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Publish as open data</source>
            <translation>Als Open Data veröffentlichen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>open data,dcat,dcat-ap.de,govdata,privacy,k-anonymity,geojson,csv,hackathon,ogc api features</source>
            <translation>open data,offene daten,dcat,dcat-ap.de,govdata,datenschutz,k-anonymität,geojson,csv,hackathon,ogc api features</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Writes a publication folder from a store: citizen reports, parking and barrier-free floorplans as GeoJSON (RFC 7946), CSV (UTF-8) and GeoPackage, each dataset with a README (German and English) and a privacy report, the whole described in DCAT-AP.de 3.0 (catalog.ttl, catalog.jsonld) with a landing page (index.html) and a QGIS Server project (opendata.qgs) for “Serve open data to a hackathon…”.

Privacy: only category, status and a coarse time of a report are published, never names, e-mail addresses, phone numbers, addresses, free text or the report system's ids. Positions are snapped to grid squares or counted per hexagon and month (or week); a cell with fewer than k reports is left out. Times become Heilbronn days or hours. Parking sites cover at least k spaces: single bays are published only as part of their street segment. Floorplans: public spaces only.

Publishing again into the same folder updates it: the issue date stays, the modification date changes for the datasets whose content changed. A folder with other files is refused.</source>
            <translation>Schreibt aus einem Datenspeicher einen Veröffentlichungsordner: Bürgeranliegen, Parkdaten und barrierefreie Gebäudepläne als GeoJSON (RFC 7946), CSV (UTF-8) und GeoPackage, jeder Datensatz mit einer README (Deutsch und Englisch) und einem Datenschutzbericht, das Ganze beschrieben in DCAT-AP.de 3.0 (catalog.ttl, catalog.jsonld), mit einer Startseite (index.html) und einem QGIS-Server-Projekt (opendata.qgs) für „Offene Daten für einen Hackathon bereitstellen…“.

Datenschutz: Von einem Anliegen werden nur Kategorie, Bearbeitungsstand und eine grobe Zeit veröffentlicht, nie Namen, E-Mail-Adressen, Telefonnummern, Adressen, Freitexte oder Kennungen des Meldesystems. Positionen werden auf Rasterquadrate gesetzt oder je Sechseck und Monat (oder Woche) gezählt; eine Zelle mit weniger als k Anliegen entfällt. Zeiten werden zu Heilbronner Tagen oder Stunden. Parkstandorte umfassen mindestens k Stellplätze: Einzelstellplätze erscheinen nur als Teil ihres Straßenabschnitts. Gebäudepläne: nur öffentliche Bereiche.

Erneutes Veröffentlichen in denselben Ordner aktualisiert ihn: Das Veröffentlichungsdatum bleibt, das Änderungsdatum ändert sich bei den Datensätzen, deren Inhalt sich geändert hat. Ein Ordner mit anderen Dateien wird abgelehnt.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Store (GeoPackage)</source>
            <translation>Datenspeicher (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Datasets</source>
            <translation>Datensätze</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>k: fewest reports (or parking spaces) a published cell holds</source>
            <translation>k: Mindestzahl an Anliegen (oder Stellplätzen) einer veröffentlichten Zelle</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Positions of citizen reports</source>
            <translation>Positionen der Bürgeranliegen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Snapped to grid squares (one point per report)</source>
            <translation>Auf Rasterquadrate gesetzt (ein Punkt je Anliegen)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Counted per hexagon and period</source>
            <translation>Gezählt je Sechseck und Zeitraum</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Cell size in metres (square side, hexagon width)</source>
            <translation>Zellengröße in Metern (Quadratseite, Sechseckbreite)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Period of the hexagon counts</source>
            <translation>Zeitraum der Sechseck-Zählungen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Time of a report (grid squares)</source>
            <translation>Zeit eines Anliegens (Rasterquadrate)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Hour</source>
            <translation>Stunde</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Keep descriptions (e-mail addresses, phone numbers, links and known names removed)</source>
            <translation>Beschreibungen behalten (ohne E-Mail-Adressen, Telefonnummern, Links und bekannte Namen)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Parking occupancy</source>
            <translation>Parkplatzbelegung</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Time series per quarter hour</source>
            <translation>Zeitreihe je Viertelstunde</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Hourly profile per weekday</source>
            <translation>Stundenprofil je Wochentag</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>URL the folder will be served at</source>
            <translation>URL, unter der der Ordner bereitgestellt wird</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Publisher</source>
            <translation>Herausgeber</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Publisher's web site</source>
            <translation>Website des Herausgebers</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>DCAT-AP.de contributor id (dcatde:contributorID)</source>
            <translation>DCAT-AP.de-Bereitsteller-ID (dcatde:contributorID)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Contact point</source>
            <translation>Ansprechstelle</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Contact e-mail</source>
            <translation>Kontakt-E-Mail</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Contact web page</source>
            <translation>Kontakt-Webseite</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>DCAT-AP.de catalogue (Turtle)</source>
            <translation>DCAT-AP.de-Katalog (Turtle)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Reports published</source>
            <translation>Veröffentlichte Anliegen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Reports left out with their cell</source>
            <translation>Mit ihrer Zelle weggelassene Anliegen</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Canceled: the folder is as it was.</source>
            <translation>Abgebrochen: Der Ordner ist unverändert.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>The contact point needs an e-mail address or a web page (DCAT-AP.de asks for one of them).</source>
            <translation>Die Ansprechstelle braucht eine E-Mail-Adresse oder eine Webseite (DCAT-AP.de verlangt eines davon).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Floorplans (barrier-free information)</source>
            <translation>Gebäudepläne (Barrierefreiheit)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>{dataset}: not published, {reason}.</source>
            <translation>{dataset}: nicht veröffentlicht, {reason}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>{dataset}: every cell holds fewer than k = {k} records, so nothing was published. Choose larger cells or a smaller k.</source>
            <translation>{dataset}: Jede Zelle enthält weniger als k = {k} Datensätze, daher wurde nichts veröffentlicht. Wählen Sie größere Zellen oder ein kleineres k.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/publish_open_data.py" />
            <source>Published {count} files into {folder}; catalogue: catalog.ttl, landing page: index.html.</source>
            <translation>{count} Dateien in {folder} veröffentlicht; Katalog: catalog.ttl, Startseite: index.html.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/run_feeds.py" />
            <source>Run the configured feeds (feed service)</source>
            <translation>Eingerichtete Datendienste abgleichen (Abgleichdienst)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/run_feeds.py" />
            <source>feed service,sync,cron,systemd,unattended,postgis,open311,parking</source>
            <translation>abgleichdienst,abgleich,cron,systemd,unbeaufsichtigt,postgis,open311,parken</translation>
        </message>
        <message>
            <location filename="../../processing_algs/run_feeds.py" />
            <source>Runs every feed of a configuration file once — Open311 endpoints and parking feeds, each into its store (a GeoPackage or a shared PostGIS store) — and writes a line per feed to the log file. Meant for GIS staff who keep a shared store current without an open QGIS: run it with qgis_process from a systemd timer or cron (README: Shared store (PostGIS), Feed service).

Each feed runs in its own transaction: a feed that fails leaves its store as it was, is logged with the reason, and the others still run; the algorithm then fails, so qgis_process exits with a non-zero code. Running it again neither duplicates nor loses a record. API keys and database passwords belong in the QGIS authentication database (authcfg = … in the file), never in the file.</source>
            <translation>Gleicht jeden Datendienst einer Konfigurationsdatei einmal ab — Open311-Schnittstellen und Parkdaten, jeweils in ihren Datenspeicher (ein GeoPackage oder einen gemeinsamen PostGIS-Datenspeicher) — und schreibt je Datendienst eine Zeile in die Protokolldatei. Gedacht für GIS-Fachleute, die einen gemeinsamen Datenspeicher ohne geöffnetes QGIS aktuell halten: Starten Sie es mit qgis_process aus einem systemd-Timer oder cron (README: Shared store (PostGIS), Feed service).

Jeder Datendienst läuft in einer eigenen Transaktion: Ein fehlschlagender Datendienst lässt seinen Datenspeicher unverändert, wird mit dem Grund protokolliert, und die anderen laufen weiter; danach schlägt der Algorithmus fehl, sodass qgis_process mit einem Fehlercode endet. Ein erneuter Lauf verdoppelt keinen Datensatz und verliert keinen. API-Schlüssel und Datenbankpasswörter gehören in die QGIS-Authentifizierungsdatenbank (authcfg = … in der Datei), nie in die Datei.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/run_feeds.py" />
            <source>Feed configuration (.ini)</source>
            <translation>Konfiguration der Datendienste (.ini)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/run_feeds.py" />
            <source>Log file (appended; empty: the one in the configuration)</source>
            <translation>Protokolldatei (wird fortgeschrieben; leer: die aus der Konfiguration)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/run_feeds.py" />
            <source>Log files (*.log *.txt)</source>
            <translation>Protokolldateien (*.log *.txt)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/run_feeds.py" />
            <source>Feeds run</source>
            <translation>Abgeglichene Datendienste</translation>
        </message>
        <message>
            <location filename="../../processing_algs/run_feeds.py" />
            <source>Feeds failed</source>
            <translation>Fehlgeschlagene Datendienste</translation>
        </message>
        <message>
            <location filename="../../processing_algs/run_feeds.py" />
            <source>{failed} of {count} feeds failed: {names}.{log}</source>
            <translation>{failed} von {count} Datendiensten fehlgeschlagen: {names}.{log}</translation>
        </message>
        <message>
            <location filename="../../processing_algs/run_feeds.py" />
            <source> See the log {path}.</source>
            <translation> Siehe das Protokoll {path}.</translation>
        </message>
        <message>
            <location filename="../../processing_algs/run_feeds.py" />
            <source>The log file {path} cannot be written: {error}. Choose another LOG.</source>
            <translation>Die Protokolldatei {path} kann nicht geschrieben werden: {error}. Wählen Sie eine andere Protokolldatei (LOG).</translation>
        </message>
        <message>
            <location filename="../../processing_algs/store_outputs.py" />
            <source>Store (GeoPackage, or a PostgreSQL connection / service=…)</source>
            <translation>Datenspeicher (GeoPackage oder PostgreSQL-Verbindung / service=…)</translation>
        </message>
        <message>
            <location filename="../../processing_algs/store_outputs.py" />
            <source>A GeoPackage file (.gpkg, created when missing), the name of a PostgreSQL connection saved in QGIS, or service=&lt;name&gt; from pg_service.conf; add schema=&lt;name&gt; for another schema than heilbronn_digital. Passwords come from the QGIS authentication database or pg_service.conf, never from this text.</source>
            <translation>Eine GeoPackage-Datei (.gpkg, wird angelegt, wenn sie fehlt), der Name einer in QGIS gespeicherten PostgreSQL-Verbindung oder service=&lt;Name&gt; aus der pg_service.conf; mit schema=&lt;Name&gt; ein anderes Schema als heilbronn_digital. Passwörter kommen aus der QGIS-Authentifizierungsdatenbank oder der pg_service.conf, nie aus diesem Text.</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>QGIS desktop</source>
            <translation>QGIS-Desktop</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>starting with the demo project (profile in {profiles})</source>
            <translation>startet mit dem Demoprojekt (Profil in {profiles})</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>Heilbronn Digital demo</source>
            <translation>Demo von Heilbronn Digital</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>(no display: the QGIS desktop is not started; run `make demo` in a desktop session to open it)</source>
            <translation>(kein Bildschirm: Der QGIS-Desktop wird nicht gestartet; `make demo` in einer Desktop-Sitzung öffnet ihn)</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>rendered map</source>
            <translation>Gerenderte Karte</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>hot spot map</source>
            <translation>Karte der Hotspots</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>emerging hot spot map</source>
            <translation>Karte der entstehenden Hotspots</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>heatmap (GeoTIFF + .qml)</source>
            <translation>Heatmap (GeoTIFF + .qml)</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>hot spots (GeoPackage)</source>
            <translation>Hotspots (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>emerging hot spots (GeoPackage)</source>
            <translation>Entstehende Hotspots (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>project with the analyses</source>
            <translation>Projekt mit den Analysen</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>demo project</source>
            <translation>Demoprojekt</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>demo GeoPackage</source>
            <translation>Demo-GeoPackage</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>indoor route map</source>
            <translation>Karte der Route im Gebäude</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>indoor route (GeoPackage)</source>
            <translation>Route im Gebäude (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../../scripts/demo.py" />
            <source>indoor route steps (CSV)</source>
            <translation>Schritte der Route im Gebäude (CSV)</translation>
        </message>
        <message>
            <location filename="../../scripts/demo_parking.py" />
            <source>parking search map</source>
            <translation>Karte des Parksuchverkehrs</translation>
        </message>
        <message>
            <location filename="../../scripts/demo_parking.py" />
            <source>parking search (GeoPackage)</source>
            <translation>Parksuchverkehr (GeoPackage)</translation>
        </message>
        <message>
            <location filename="../../scripts/demo_parking.py" />
            <source>parking search heatmap</source>
            <translation>Heatmap des Parksuchverkehrs</translation>
        </message>
        <message>
            <location filename="../../scripts/demo_parking.py" />
            <source>parking search summary</source>
            <translation>Übersicht Parksuchverkehr</translation>
        </message>
        <message>
            <location filename="../../scripts/demo_parking.py" />
            <source>search times per destination</source>
            <translation>Suchzeiten je Ziel</translation>
        </message>
        <message>
            <location filename="../../scripts/demo_parking.py" />
            <source>parking guidance curve</source>
            <translation>Kurve Parkleitsystem</translation>
        </message>
        <message>
            <location filename="../../scripts/demo_parking.py" />
            <source>parking search per quarter hour</source>
            <translation>Parksuchverkehr je Viertelstunde</translation>
        </message>
        <message>
            <location filename="../../scripts/demo_parking.py" />
            <source>… as a table</source>
            <translation>… als Tabelle</translation>
        </message>
        <message>
            <location filename="../../scripts/demo_parking.py" />
            <source>… as a time-enabled layer</source>
            <translation>… als zeitgesteuerter Layer</translation>
        </message>
        <message>
            <location filename="../../scripts/demo_parking.py" />
            <source>parking search theory plot</source>
            <translation>Diagramm Theorie der Parksuche</translation>
        </message>
        <message>
            <location filename="../../scripts/demo_vernissage.py" />
            <source>Vernissage handout (PDF)</source>
            <translation>Vernissage-Handout (PDF)</translation>
        </message>
        <message>
            <location filename="../../scripts/demo_vernissage.py" />
            <source>Vernissage film (MP4)</source>
            <translation>Vernissage-Film (MP4)</translation>
        </message>
        <message>
            <location filename="../../scripts/demo_vernissage.py" />
            <source>Vernissage film (GIF)</source>
            <translation>Vernissage-Film (GIF)</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>Road damage</source>
            <translation>Straßenschaden</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>Street lighting</source>
            <translation>Beleuchtung</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>Litter / illegal dumping</source>
            <translation>Müll/Illegale Ablagerung</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>Graffiti</source>
            <translation>Graffiti</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>Green space</source>
            <translation>Grünfläche</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>Traffic sign</source>
            <translation>Verkehrszeichen</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>Playground</source>
            <translation>Spielplatz</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>Cycle path</source>
            <translation>Radweg</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>Winter service</source>
            <translation>Winterdienst</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>Other</source>
            <translation>Sonstige</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>Reported:</source>
            <translation>Gemeldet:</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>Updated:</source>
            <translation>Aktualisiert:</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>resolved</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <location filename="../../styles/citizen_reports.qml" />
            <source>Expected by:</source>
            <translation>Erwartet bis:</translation>
        </message>
        <message>
            <location filename="../../styles/hotspots.qml" />
            <source>Hot spot, 99 % confidence</source>
            <translation>Hotspot, 99 % Konfidenz</translation>
        </message>
        <message>
            <location filename="../../styles/hotspots.qml" />
            <source>Hot spot, 95 % confidence</source>
            <translation>Hotspot, 95 % Konfidenz</translation>
        </message>
        <message>
            <location filename="../../styles/hotspots.qml" />
            <source>Hot spot, 90 % confidence</source>
            <translation>Hotspot, 90 % Konfidenz</translation>
        </message>
        <message>
            <location filename="../../styles/hotspots.qml" />
            <location filename="../../styles/hotspots_lisa.qml" />
            <source>Not significant</source>
            <translation>Nicht signifikant</translation>
        </message>
        <message>
            <location filename="../../styles/hotspots.qml" />
            <source>Cold spot, 90 % confidence</source>
            <translation>Coldspot, 90 % Konfidenz</translation>
        </message>
        <message>
            <location filename="../../styles/hotspots.qml" />
            <source>Cold spot, 95 % confidence</source>
            <translation>Coldspot, 95 % Konfidenz</translation>
        </message>
        <message>
            <location filename="../../styles/hotspots.qml" />
            <source>Cold spot, 99 % confidence</source>
            <translation>Coldspot, 99 % Konfidenz</translation>
        </message>
        <message>
            <location filename="../../styles/hotspots_lisa.qml" />
            <source>High-high cluster</source>
            <translation>Hoch-Hoch-Cluster</translation>
        </message>
        <message>
            <location filename="../../styles/hotspots_lisa.qml" />
            <source>High-low outlier</source>
            <translation>Hoch-Niedrig-Ausreißer</translation>
        </message>
        <message>
            <location filename="../../styles/hotspots_lisa.qml" />
            <source>Low-high outlier</source>
            <translation>Niedrig-Hoch-Ausreißer</translation>
        </message>
        <message>
            <location filename="../../styles/hotspots_lisa.qml" />
            <source>Low-low cluster</source>
            <translation>Niedrig-Niedrig-Cluster</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_amenities.qml" />
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_amenities.qml" />
            <source>Toilet</source>
            <translation>WC</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_amenities.qml" />
            <source>Accessible toilet</source>
            <translation>WC barrierefrei</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_amenities.qml" />
            <source>Exit</source>
            <translation>Ausgang</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_amenities.qml" />
            <source>Defibrillator (AED)</source>
            <translation>Defibrillator (AED)</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_amenities.qml" />
            <source>First aid</source>
            <translation>Erste Hilfe</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_amenities.qml" />
            <source>Drinking water</source>
            <translation>Trinkwasser</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_amenities.qml" />
            <source>Telephone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_amenities.qml" />
            <source>Waste bin</source>
            <translation>Abfall</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_amenities.qml" />
            <location filename="../../styles/indoor_spaces.qml" />
            <source>other</source>
            <translation>sonstige</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_connectors.qml" />
            <source>Elevator (blue ring: accessible)</source>
            <translation>Aufzug (blauer Ring: barrierefrei)</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_connectors.qml" />
            <location filename="../../styles/indoor_spaces.qml" />
            <source>Stairs</source>
            <translation>Treppe</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_connectors.qml" />
            <location filename="../../styles/indoor_spaces.qml" />
            <source>Escalator</source>
            <translation>Rolltreppe</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_connectors.qml" />
            <source>Ramp (blue ring: accessible)</source>
            <translation>Rampe (blauer Ring: barrierefrei)</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_connectors.qml" />
            <source>(accessible)</source>
            <translation>(barrierefrei)</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_hazards.qml" />
            <source>Keep clear:</source>
            <translation>Abstand halten:</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_hazards.qml" />
            <location filename="../../styles/indoor_openings.qml" />
            <source>m</source>
            <translation>m</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_openings.qml" />
            <source>accessible (clear width 0.90 m or more)</source>
            <translation>barrierefrei (ab 0,90 m lichte Breite)</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_openings.qml" />
            <source>too narrow for wheelchairs or not accessible</source>
            <translation>zu schmal für Rollstühle oder nicht barrierefrei</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_openings.qml" />
            <source>too narrow</source>
            <translation>zu schmal</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_openings.qml" />
            <source>Emergency exit</source>
            <translation>Notausgang</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_openings.qml" />
            <source>Entrance</source>
            <translation>Eingang</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_openings.qml" />
            <source>Door / passage</source>
            <translation>Tür / Durchgang</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_openings.qml" />
            <source>clear width</source>
            <translation>lichte Breite</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_openings.qml" />
            <source>too narrow for wheelchairs</source>
            <translation>zu schmal für Rollstühle</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_spaces.qml" />
            <source>Room</source>
            <translation>Raum</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_spaces.qml" />
            <source>Office</source>
            <translation>Büro</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_spaces.qml" />
            <source>Foyer</source>
            <translation>Foyer</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_spaces.qml" />
            <source>Corridor</source>
            <translation>Flur</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_spaces.qml" />
            <source>Walkway / passage</source>
            <translation>Gang / Durchgang</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_spaces.qml" />
            <source>Elevator (blue outline: accessible)</source>
            <translation>Aufzug (blau umrandet: barrierefrei)</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_spaces.qml" />
            <source>Ramp (blue outline: accessible)</source>
            <translation>Rampe (blau umrandet: barrierefrei)</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_spaces.qml" />
            <source>Toilet (blue outline: accessible)</source>
            <translation>WC (blau umrandet: barrierefrei)</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_spaces.qml" />
            <source>not public</source>
            <translation>nicht öffentlich</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_spaces.qml" />
            <source>Storage</source>
            <translation>Lager</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_spaces.qml" />
            <source>Outdoor area</source>
            <translation>Außenbereich</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_spaces.qml" />
            <source>level</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <location filename="../../styles/indoor_spaces.qml" />
            <source>not accessible</source>
            <translation>nicht barrierefrei</translation>
        </message>
        <message>
            <location filename="../../styles/parking_destinations.qml" />
            <source>Retail</source>
            <translation>Einzelhandel</translation>
        </message>
        <message>
            <location filename="../../styles/parking_destinations.qml" />
            <source>Offices (employees)</source>
            <translation>Büros (Beschäftigte)</translation>
        </message>
        <message>
            <location filename="../../styles/parking_destinations.qml" />
            <source>Public authorities</source>
            <translation>Behörden</translation>
        </message>
        <message>
            <location filename="../../styles/parking_destinations.qml" />
            <source>Culture and leisure</source>
            <translation>Kultur und Freizeit</translation>
        </message>
        <message>
            <location filename="../../styles/parking_destinations.qml" />
            <source>Restaurants and cafés</source>
            <translation>Gastronomie</translation>
        </message>
        <message>
            <location filename="../../styles/parking_destinations.qml" />
            <source>Hospital and doctors</source>
            <translation>Klinik und Ärzte</translation>
        </message>
        <message>
            <location filename="../../styles/parking_destinations.qml" />
            <source>Railway station</source>
            <translation>Bahnhof</translation>
        </message>
        <message>
            <location filename="../../styles/parking_destinations.qml" />
            <source>Weekly market</source>
            <translation>Wochenmarkt</translation>
        </message>
        <message>
            <location filename="../../styles/parking_destinations.qml" />
            <source>other destinations</source>
            <translation>andere</translation>
        </message>
        <message>
            <location filename="../../styles/parking_destinations.qml" />
            <source>arrivals on a working day</source>
            <translation>Ankünfte am Werktag</translation>
        </message>
        <message>
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>Multi-storey and underground car parks</source>
            <translation>Parkhäuser und Tiefgaragen</translation>
        </message>
        <message>
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>free (below 50 %)</source>
            <translation>frei (unter 50 %)</translation>
        </message>
        <message>
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>50–75 % occupied</source>
            <translation>50–75 % belegt</translation>
        </message>
        <message>
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>75–90 % occupied</source>
            <translation>75–90 % belegt</translation>
        </message>
        <message>
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>full (90 % and more)</source>
            <translation>voll (ab 90 %)</translation>
        </message>
        <message>
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>On-street parking with sensors</source>
            <translation>Straßenparken mit Sensoren</translation>
        </message>
        <message>
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>closed</source>
            <translation>geschlossen</translation>
        </message>
        <message>
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>Free:</source>
            <translation>Frei:</translation>
        </message>
        <message>
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>of</source>
            <translation>von</translation>
        </message>
        <message>
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>As of:</source>
            <translation>Stand:</translation>
        </message>
        <message>
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>Car park</source>
            <translation>Parkhaus</translation>
        </message>
        <message>
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>Park + Ride</source>
            <translation>Park + Ride</translation>
        </message>
        <message>
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>On-street parking</source>
            <translation>Straßenparken</translation>
        </message>
        <message>
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>% occupied)</source>
            <translation>% belegt)</translation>
        </message>
        <message>
            <location filename="../../styles/parking_occupancy_map.qml" />
            <location filename="../../styles/parking_sites.qml" />
            <source>(Heilbronn time)</source>
            <translation>Uhr</translation>
        </message>
        <message>
            <location filename="../../styles/parking_search_periods.qml" />
            <location filename="../../styles/parking_search_segments.qml" />
            <source>0 – 0.5</source>
            <translation>0 – 0,5</translation>
        </message>
        <message>
            <location filename="../../styles/parking_search_periods.qml" />
            <location filename="../../styles/parking_search_segments.qml" />
            <source>0.5 – 2</source>
            <translation>0,5 – 2</translation>
        </message>
    </context>
</TS>
