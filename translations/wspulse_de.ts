<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppProfile</name>
    <message>
        <location filename="../core/application/appprofile.cpp" line="161"/>
        <source> (ack id %1)</source>
        <translation> (Ack-ID %1)</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="164"/>
        <source>connect %1</source>
        <translation>Verbinden %1</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="166"/>
        <source>disconnect %1</source>
        <translation>Trennen %1</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="178"/>
        <source> (binary attachments: %1)</source>
        <translation> (binäre Anhänge: %1)</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="186"/>
        <source>ack %1: %2</source>
        <translation>Ack %1: %2</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="190"/>
        <source>connect error: %1</source>
        <translation>Verbindungsfehler: %1</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="219"/>
        <source>graphql-ws: bad request (invalid message)</source>
        <translation>graphql-ws: ungültige Anfrage (ungültige Nachricht)</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="220"/>
        <source>graphql-ws: unauthorized</source>
        <translation>graphql-ws: nicht autorisiert</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="221"/>
        <source>graphql-ws: forbidden</source>
        <translation>graphql-ws: verboten</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="223"/>
        <source>graphql-ws: subprotocol not acceptable</source>
        <translation>graphql-ws: Subprotokoll nicht annehmbar</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="225"/>
        <source>graphql-ws: connection initialisation timeout (no connection_init reached the server in time)</source>
        <translation>graphql-ws: Zeitüberschreitung bei der Verbindungsinitialisierung (kein connection_init erreichte den Server rechtzeitig)</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="229"/>
        <source>graphql-ws: subscriber for this id already exists</source>
        <translation>graphql-ws: für diese ID gibt es bereits einen Abonnenten</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="231"/>
        <source>graphql-ws: too many initialisation requests</source>
        <translation>graphql-ws: zu viele Initialisierungsanfragen</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="232"/>
        <source>graphql-ws: terminated</source>
        <translation>graphql-ws: beendet</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="234"/>
        <source>graphql-ws: internal server error</source>
        <translation>graphql-ws: interner Serverfehler</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="236"/>
        <source>graphql-ws: connection acknowledgement timeout</source>
        <translation>graphql-ws: Zeitüberschreitung bei der Verbindungsbestätigung</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="258"/>
        <source>&quot;%1&quot; is not PATTERN=&gt;REPLY</source>
        <translation>„%1“ ist nicht MUSTER=&gt;ANTWORT</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="261"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="317"/>
        <source>connection accepted</source>
        <translation>Verbindung angenommen</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="318"/>
        <source>unacceptable protocol version</source>
        <translation>nicht annehmbare Protokollversion</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="319"/>
        <source>identifier rejected</source>
        <translation>Kennung abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="320"/>
        <source>server unavailable</source>
        <translation>Server nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="321"/>
        <source>bad user name or password</source>
        <translation>falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="322"/>
        <source>not authorized</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="325"/>
        <source>return code %1</source>
        <translation>Rückgabecode %1</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="360"/>
        <source>reserved packet type %1</source>
        <translation>reservierter Pakettyp %1</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="367"/>
        <source>PUBLISH (malformed)</source>
        <translation>PUBLISH (fehlerhaft)</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="370"/>
        <location filename="../core/application/appprofile.cpp" line="398"/>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="372"/>
        <source>, id %1</source>
        <translation>, ID %1</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="376"/>
        <source>, retained</source>
        <translation>, gespeichert (retained)</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="382"/>
        <source>%1 bytes: %2</source>
        <translation>%1 Bytes: %2</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="392"/>
        <source>%1 id %2</source>
        <translation>%1 ID %2</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="397"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="399"/>
        <location filename="../core/application/appprofile.cpp" line="413"/>
        <source>%1 id %2: %3</source>
        <translation>%1 ID %2: %3</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="432"/>
        <source>incomplete MQTT packet (%1 bytes)</source>
        <translation>unvollständiges MQTT-Paket (%1 Bytes)</translation>
    </message>
</context>
<context>
    <name>ChatBinding</name>
    <message>
        <location filename="../ui/chatbinding.cpp" line="27"/>
        <source>connected to %1</source>
        <translation>verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../ui/chatbinding.cpp" line="32"/>
        <source>disconnected: %1</source>
        <translation>getrennt: %1</translation>
    </message>
    <message>
        <location filename="../ui/chatbinding.cpp" line="45"/>
        <source>unsent in the last run, sent again: %1</source>
        <translation>im letzten Lauf nicht gesendet, erneut gesendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/chatbinding.cpp" line="94"/>
        <source>cannot connect: %1</source>
        <translation>keine Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message numerus="yes">
        <location filename="../ui/chatmodel.cpp" line="85"/>
        <source>… %n more bytes</source>
        <translation>
            <numerusform>… %n weiteres Byte</numerusform>
            <numerusform>… %n weitere Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chatmodel.cpp" line="100"/>
        <source>binary, %n bytes: </source>
        <translation>
            <numerusform>binär, %n Byte: </numerusform>
            <numerusform>binär, %n Bytes: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chatmodel.cpp" line="102"/>
        <source>binary, %n bytes:</source>
        <translation>
            <numerusform>binär, %n Byte:</numerusform>
            <numerusform>binär, %n Bytes:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="127"/>
        <source>Here now: %1</source>
        <translation>Jetzt hier: %1</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="144"/>
        <source>%1 is now %2</source>
        <translation>%1 heißt jetzt %2</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="148"/>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="150"/>
        <source>%1 left</source>
        <translation>%1 hat den Chat verlassen</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="293"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="299"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="301"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="308"/>
        <source>Queued: waiting for the connection</source>
        <translation>In der Warteschlange: wartet auf die Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="310"/>
        <source>Sent: waiting for the server&apos;s acknowledgement</source>
        <translation>Gesendet: wartet auf die Bestätigung des Servers</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="312"/>
        <source>Delivered: acknowledged after %1</source>
        <translation>Zugestellt: bestätigt nach %1</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="314"/>
        <source>Failed: not acknowledged</source>
        <translation>Fehlgeschlagen: nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../ui/chatpane.cpp" line="63"/>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="66"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="69"/>
        <source>delivered in %1</source>
        <translation>zugestellt in %1</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="72"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="206"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="213"/>
        <source>Copy as &amp;JSON lines</source>
        <translation>Als &amp;JSON-Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="221"/>
        <source>&amp;Resend</source>
        <translation>E&amp;rneut senden</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="228"/>
        <source>Co&amp;llapse</source>
        <translation>Zu&amp;klappen</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="228"/>
        <source>E&amp;xpand</source>
        <translation>&amp;Aufklappen</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="233"/>
        <source>Show &amp;milliseconds</source>
        <translation>&amp;Millisekunden anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="252"/>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="253"/>
        <source>Send the message in the composer now and again at this interval, each a normal message with its delivery or reply time, until unticked</source>
        <translation>Die Nachricht im Eingabefeld jetzt und dann in diesem Abstand erneut senden, jede eine normale Nachricht mit ihrer Zustell- oder Antwortzeit, bis das Häkchen entfernt wird</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="255"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="256"/>
        <source>Repeat interval in seconds</source>
        <translation>Wiederholungsabstand in Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="257"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="258"/>
        <source>Send (Enter); Shift+Enter adds a line</source>
        <translation>Senden (Enter); Umschalt+Enter fügt eine Zeile ein</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="259"/>
        <source>Type a message: Enter sends, Shift+Enter adds a line</source>
        <translation>Nachricht eingeben: Enter sendet, Umschalt+Enter fügt eine Zeile ein</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="260"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="261"/>
        <source>Chat messages</source>
        <translation>Chat-Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="262"/>
        <source>Keeps the last %1 messages</source>
        <translation>Behält die letzten %1 Nachrichten</translation>
    </message>
</context>
<context>
    <name>ChatProtocol</name>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="31"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="43"/>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>„%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="53"/>
        <location filename="../core/chat/chatprotocol.cpp" line="59"/>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>„%1“ muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="79"/>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="83"/>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="118"/>
        <source>a name must not be empty</source>
        <translation>ein Name darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="120"/>
        <source>a name has at most %1 characters</source>
        <translation>ein Name hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="123"/>
        <source>a name must not contain control characters</source>
        <translation>ein Name darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="144"/>
        <source>&quot;id&quot; must not be empty</source>
        <translation>„id“ darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="146"/>
        <source>&quot;id&quot; is longer than 128 characters</source>
        <translation>„id“ ist länger als 128 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="159"/>
        <location filename="../core/chat/chatprotocol.cpp" line="200"/>
        <source>unknown type &quot;%1&quot;</source>
        <translation>unbekannter Typ „%1“</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="180"/>
        <source>&quot;history&quot; must be a list</source>
        <translation>„history“ muss eine Liste sein</translation>
    </message>
</context>
<context>
    <name>ChatStore</name>
    <message>
        <location filename="../core/chat/chatstore.cpp" line="41"/>
        <source>&quot;%1&quot; is not a history limit: a number of messages (10000) or of days (30d); 0 keeps everything</source>
        <translation>„%1“ ist keine Verlaufsgrenze: eine Anzahl Nachrichten (10000) oder Tage (30d); 0 behält alles</translation>
    </message>
    <message>
        <location filename="../core/chat/chatstore.cpp" line="61"/>
        <location filename="../core/chat/outboxstore.cpp" line="45"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/chat/chatstore.cpp" line="70"/>
        <location filename="../core/chat/outboxstore.cpp" line="57"/>
        <source>cannot write in %1</source>
        <translation>in %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/chat/chatstore.cpp" line="74"/>
        <source>%1 is in use by another wspulse (pid %2)</source>
        <translation>%1 wird von einem anderen wspulse benutzt (PID %2)</translation>
    </message>
    <message>
        <location filename="../core/chat/sqlitefile.cpp" line="21"/>
        <source>not a wspulse database (%1)</source>
        <translation>keine wspulse-Datenbank (%1)</translation>
    </message>
    <message>
        <location filename="../core/chat/sqlitefile.cpp" line="23"/>
        <source>the database is damaged (%1)</source>
        <translation>die Datenbank ist beschädigt (%1)</translation>
    </message>
    <message>
        <location filename="../core/chat/sqlitefile.cpp" line="33"/>
        <source>made by a newer wspulse (schema %1; this one knows up to %2); left as it is</source>
        <translation>von einem neueren wspulse angelegt (Schema %1; dieses kennt bis %2); unverändert gelassen</translation>
    </message>
    <message>
        <location filename="../core/chat/sqlitefile.cpp" line="45"/>
        <source>cannot upgrade the schema from %1: %2</source>
        <translation>das Schema kann nicht von %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/chat/sqlitefile.cpp" line="77"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/chat/outboxstore.cpp" line="56"/>
        <source>%1 is in use by another wspulse</source>
        <translation>%1 wird von einem anderen wspulse benutzt</translation>
    </message>
</context>
<context>
    <name>Close</name>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="267"/>
        <source>a proxy in front answered HTTP %1 %2: it could not get an answer from the server behind it</source>
        <translation>ein vorgeschalteter Proxy antwortete HTTP %1 %2: er bekam keine Antwort vom Server dahinter</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="270"/>
        <source>the server refused the upgrade: HTTP %1 %2</source>
        <translation>der Server lehnte das Upgrade ab: HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="274"/>
        <source>, answered by %1</source>
        <translation>, beantwortet von %1</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="278"/>
        <source>connection refused: nothing listens on that port</source>
        <translation>Verbindung abgelehnt: auf diesem Port lauscht niemand</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="280"/>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="282"/>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="284"/>
        <source>the peer&apos;s host or a proxy closed TCP without a WebSocket close</source>
        <translation>der Host der Gegenseite oder ein Proxy hat TCP ohne WebSocket-Close geschlossen</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="286"/>
        <source>the connection was reset (an abort, or a path or middlebox that gave up)</source>
        <translation>die Verbindung wurde zurückgesetzt (ein Abbruch, oder ein Pfad oder eine Middlebox hat aufgegeben)</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="289"/>
        <source>the network timed out</source>
        <translation>Zeitüberschreitung im Netzwerk</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="291"/>
        <source>the proxy %1 refused our credentials (HTTP 407): check the proxy&apos;s user and password</source>
        <translation>der Proxy %1 hat unsere Anmeldedaten abgelehnt (HTTP 407): Benutzer und Passwort des Proxys prüfen</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="296"/>
        <source>the proxy %1 refused to open a tunnel to the server (HTTP 403 or 405): its rules do not allow this host or port</source>
        <translation>der Proxy %1 hat den Tunnel zum Server verweigert (HTTP 403 oder 405): seine Regeln erlauben diesen Host oder Port nicht</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="301"/>
        <source>the proxy %1 could not find the server&apos;s host (HTTP 404)</source>
        <translation>der Proxy %1 hat den Host des Servers nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="304"/>
        <source>the proxy %1 could not connect to the server (HTTP 503)</source>
        <translation>der Proxy %1 konnte keine Verbindung zum Server herstellen (HTTP 503)</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="307"/>
        <source>cannot reach the proxy %1: %2</source>
        <translation>der Proxy %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="309"/>
        <source>the proxy %1 closed the connection before the tunnel was open</source>
        <translation>der Proxy %1 hat die Verbindung geschlossen, bevor der Tunnel offen war</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="313"/>
        <source>the proxy failed: %1</source>
        <translation>der Proxy ist gescheitert: %1</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="314"/>
        <source>the proxy %1 answered CONNECT with an error (such as 502 or 500: it could not reach the server)</source>
        <translation>der Proxy %1 hat CONNECT mit einem Fehler beantwortet (etwa 502 oder 500: er hat den Server nicht erreicht)</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="319"/>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="321"/>
        <source>Qt&apos;s own 5 s read timeout for a partly received frame</source>
        <translation>Qts eigener Lese-Timeout von 5 s für einen teilweise empfangenen Frame</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="323"/>
        <source>Qt closed it: %1</source>
        <translation>Qt hat sie geschlossen: %1</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="325"/>
        <source>no answer within the connect timeout</source>
        <translation>keine Antwort innerhalb des Verbindungs-Timeouts</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="30"/>
        <source>--url: empty URL</source>
        <translation>--url: leere URL</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="32"/>
        <source>--url: &quot;%1&quot; is not a valid URL: %2</source>
        <translation>--url: „%1“ ist keine gültige URL: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="36"/>
        <source>--url: &quot;%1&quot; must start with ws:// or wss://</source>
        <translation>--url: „%1“ muss mit ws:// oder wss:// beginnen</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="38"/>
        <source>--url: &quot;%1&quot; has no host</source>
        <translation>--url: „%1“ nennt keinen Host</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="48"/>
        <source>Watch and tune the health of WebSocket connections while chatting over them.</source>
        <translation>Den Zustand von WebSocket-Verbindungen beobachten und einstellen, während man darüber chattet.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="54"/>
        <source>Connect to this ws:// or wss:// server instead of the embedded one.</source>
        <translation>Mit diesem ws://- oder wss://-Server statt dem eingebetteten verbinden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="56"/>
        <location filename="../app/commandline.cpp" line="267"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="59"/>
        <source>No window: JSON lines on stdout, stdin lines are sent.</source>
        <translation>Ohne Fenster: JSON-Zeilen auf stdout, Zeilen von stdin werden gesendet.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="61"/>
        <source>Run only the server.</source>
        <translation>Nur den Server ausführen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="64"/>
        <source>Headless: end after this many seconds.</source>
        <translation>Ohne Fenster: nach so vielen Sekunden enden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="65"/>
        <location filename="../app/commandline.cpp" line="306"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="67"/>
        <source>Serve: address to listen on.</source>
        <translation>Server: Adresse, auf der gelauscht wird.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="68"/>
        <source>ADDR</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="70"/>
        <source>Serve: port to listen on.</source>
        <translation>Server: Port, auf dem gelauscht wird.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="71"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="74"/>
        <source>Start from a preset: defaults, development, production, high-latency.</source>
        <translation>Von einer Vorgabe ausgehen: defaults, development, production, high-latency.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="76"/>
        <location filename="../app/commandline.cpp" line="83"/>
        <location filename="../app/commandline.cpp" line="89"/>
        <location filename="../app/commandline.cpp" line="96"/>
        <location filename="../app/commandline.cpp" line="193"/>
        <location filename="../app/commandline.cpp" line="275"/>
        <location filename="../app/commandline.cpp" line="280"/>
        <location filename="../app/commandline.cpp" line="308"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="79"/>
        <source>Read parameters from this INI file (keys like ping_interval).</source>
        <translation>Parameter aus dieser INI-Datei lesen (Schlüssel wie ping_interval).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="80"/>
        <location filename="../app/commandline.cpp" line="251"/>
        <location filename="../app/commandline.cpp" line="255"/>
        <location filename="../app/commandline.cpp" line="259"/>
        <location filename="../app/commandline.cpp" line="288"/>
        <location filename="../app/commandline.cpp" line="292"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="82"/>
        <source>Chat: display name to ask the server for.</source>
        <translation>Chat: Anzeigename, der beim Server erbeten wird.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="86"/>
        <source>Offer this subprotocol in the upgrade instead of the chat protocol (repeat for more, in order of preference).</source>
        <translation>Dieses Subprotokoll statt des Chat-Protokolls im Upgrade anbieten (wiederholen für mehrere, in Reihenfolge der Präferenz).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="92"/>
        <source>Raw mode: a reply is the first JSON message whose top-level field NAME has the same value as in the message sent (default: the first message received after it).</source>
        <translation>Rohmodus: eine Antwort ist die erste JSON-Nachricht, deren Feld NAME auf oberster Ebene denselben Wert hat wie in der gesendeten Nachricht (Standard: die erste danach empfangene Nachricht).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="99"/>
        <source>Custom profile: the application ping to send every WS_APP_PING_INTERVAL; {seq} and {ts_ms} are replaced.</source>
        <translation>Eigenes Profil: der Anwendungs-Ping, der alle WS_APP_PING_INTERVAL gesendet wird; {seq} und {ts_ms} werden ersetzt.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="102"/>
        <source>TEMPLATE</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="105"/>
        <source>Custom profile: a regular expression that recognises the answer to our ping.</source>
        <translation>Eigenes Profil: ein regulärer Ausdruck, der die Antwort auf unseren Ping erkennt.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="107"/>
        <source>REGEX</source>
        <translation>REGEX</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="110"/>
        <source>Custom profile: answer a server frame that matches PATTERN with REPLY (repeat for more rules).</source>
        <translation>Eigenes Profil: einen Server-Frame, der auf MUSTER passt, mit ANTWORT beantworten (wiederholen für weitere Regeln).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="113"/>
        <source>PATTERN=&gt;REPLY</source>
        <translation>MUSTER=&gt;ANTWORT</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="116"/>
        <source>Headless and soak mode: send TEXT every SECONDS from the start (each connection, in soak mode), like /every; one argument, e.g. &quot;5 hello&quot;.</source>
        <translation>Headless- und Soak-Modus: TEXT von Beginn an alle SEKUNDEN senden (im Soak-Modus jede Verbindung), wie /every; ein Argument, z. B. &quot;5 hallo&quot;.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="119"/>
        <source>&quot;SECONDS TEXT&quot;</source>
        <translation>&quot;SEKUNDEN TEXT&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="125"/>
        <source>[ADDR:]PORT</source>
        <translation>[ADRESSE:]PORT</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="128"/>
        <source>Headless mode: watch this endpoint too, under this name (repeat for more; instead of --url). Events and metrics carry the name.</source>
        <translation>Headless-Modus: auch diesen Endpunkt unter diesem Namen überwachen (für mehrere wiederholen; statt --url). Ereignisse und Metriken tragen den Namen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="131"/>
        <source>NAME=URL</source>
        <translation>NAME=URL</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="134"/>
        <source>Server: chat messages replayed to a client that joins (default 100).</source>
        <translation>Server: Chat-Nachrichten, die einem neuen Client nachgereicht werden (Standard 100).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="136"/>
        <location filename="../app/commandline.cpp" line="159"/>
        <location filename="../app/commandline.cpp" line="163"/>
        <location filename="../app/commandline.cpp" line="189"/>
        <location filename="../app/commandline.cpp" line="198"/>
        <location filename="../app/commandline.cpp" line="202"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="139"/>
        <source>Server: keep the chat (messages, their ids) in DIR/chat.sqlite, so that a restart loses nothing; &quot;none&quot; keeps it in memory only (default: the application&apos;s data folder, &quot;chat&quot;).</source>
        <translation>Server: den Chat (Nachrichten, ihre IDs) in DIR/chat.sqlite behalten, damit ein Neustart nichts verliert; „none“ behält ihn nur im Speicher (Standard: der Datenordner der Anwendung, „chat“).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="143"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="146"/>
        <source>Server: how much of the kept chat stays, in messages (100000, the default) or days (30d); 0 keeps everything. Older rows are deleted in the background.</source>
        <translation>Server: wie viel vom behaltenen Chat bleibt, in Nachrichten (100000, Standard) oder Tagen (30d); 0 behält alles. Ältere Zeilen werden im Hintergrund gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="149"/>
        <source>N|Nd</source>
        <translation>N|Nd</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="152"/>
        <source>Keep unacknowledged chat messages in memory only (by default they are kept in a file per server and sent again at the next start).</source>
        <translation>Unbestätigte Chatnachrichten nur im Speicher halten (standardmäßig stehen sie in einer Datei je Server und werden beim nächsten Start erneut gesendet).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="157"/>
        <source>Server: connections accepted at once; the next is closed with 1013 (default 1000).</source>
        <translation>Server: gleichzeitig angenommene Verbindungen; die nächste wird mit 1013 geschlossen (Standard 1000).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="162"/>
        <source>Server: chat messages per second per connection (default 100).</source>
        <translation>Server: Chat-Nachrichten pro Sekunde und Verbindung (Standard 100).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="166"/>
        <source>Server: comma-separated Origin values accepted on the handshake (default: any).</source>
        <translation>Server: kommagetrennte Origin-Werte, die beim Handshake angenommen werden (Standard: alle).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="168"/>
        <location filename="../app/commandline.cpp" line="208"/>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="171"/>
        <source>Language of the interface (it, de, en), instead of the system&apos;s.</source>
        <translation>Sprache der Oberfläche (it, de, en) statt der des Systems.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="172"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="175"/>
        <source>Link simulator: added latency in ms, both ways or UP,DOWN.</source>
        <translation>Verbindungssimulator: zusätzliche Latenz in ms, für beide Richtungen oder als HOCH,RUNTER.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="176"/>
        <location filename="../app/commandline.cpp" line="180"/>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="179"/>
        <source>Link simulator: jitter in ms (+/-), both ways or UP,DOWN.</source>
        <translation>Verbindungssimulator: Jitter in ms (+/-), für beide Richtungen oder als HOCH,RUNTER.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="183"/>
        <source>Link simulator: bandwidth cap in bytes per second, both ways or UP,DOWN (0: none).</source>
        <translation>Verbindungssimulator: Bandbreitengrenze in Bytes pro Sekunde, für beide Richtungen oder als HOCH,RUNTER (0: keine).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="188"/>
        <source>Link simulator: seed of the jitter, to repeat a run.</source>
        <translation>Verbindungssimulator: Startwert des Jitters, um einen Lauf zu wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="192"/>
        <source>Link simulator: start from lan, 4g, 3g, satellite or lossy-wifi.</source>
        <translation>Verbindungssimulator: von lan, 4g, 3g, satellite oder lossy-wifi ausgehen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="196"/>
        <source>Headless soak mode: open N supervised connections and print a summary every second.</source>
        <translation>Dauertest ohne Fenster: N überwachte Verbindungen öffnen und jede Sekunde eine Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="201"/>
        <source>Soak mode: connections opened per second (default 200).</source>
        <translation>Dauertest: pro Sekunde geöffnete Verbindungen (Standard 200).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="205"/>
        <source>Headless and serve: print only these events (timeout,closed) or all but these (-ping,-pong).</source>
        <translation>Headless und Server: nur diese Ereignisse ausgeben (timeout,closed) oder alle außer diesen (-ping,-pong).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="211"/>
        <source>Print the parameter table (Markdown) and exit.</source>
        <translation>Die Parametertabelle (Markdown) ausgeben und beenden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="223"/>
        <source>Connection: </source>
        <translation>Verbindung: </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="227"/>
        <source>add this header to the upgrade request (repeat for more).</source>
        <translation>diesen Header in die Upgrade-Anfrage aufnehmen (für mehrere wiederholen).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="228"/>
        <source>&quot;NAME: VALUE&quot;</source>
        <translation>&quot;NAME: WERT&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="231"/>
        <source>the Origin header to send.</source>
        <translation>der zu sendende Origin-Header.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="232"/>
        <source>ORIGIN</source>
        <translation>ORIGIN</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="236"/>
        <source>send &quot;Authorization: Bearer TOKEN&quot; (or set WSPULSE_BEARER).</source>
        <translation>&quot;Authorization: Bearer TOKEN&quot; senden (oder WSPULSE_BEARER setzen).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="238"/>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="242"/>
        <source>HTTP basic authentication (or set WSPULSE_BASIC).</source>
        <translation>HTTP-Basic-Authentifizierung (oder WSPULSE_BASIC setzen).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="243"/>
        <source>USER:PASSWORD</source>
        <translation>BENUTZER:PASSWORT</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="246"/>
        <source>the Cookie header (or set WSPULSE_COOKIE).</source>
        <translation>der Cookie-Header (oder WSPULSE_COOKIE setzen).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="247"/>
        <source>&quot;NAME=VALUE; ...&quot;</source>
        <translation>&quot;NAME=WERT; ...&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="250"/>
        <source>trust this certificate authority for wss:// too.</source>
        <translation>dieser Zertifizierungsstelle für wss:// zusätzlich vertrauen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="254"/>
        <source>client certificate (PEM) for mutual TLS.</source>
        <translation>Client-Zertifikat (PEM) für gegenseitiges TLS.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="258"/>
        <source>its private key (PEM, unencrypted).</source>
        <translation>sein privater Schlüssel (PEM, unverschlüsselt).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="263"/>
        <source>go through this proxy: http://[USER:PASS@]HOST:PORT, socks5://, socks5h://, or none (default: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them).</source>
        <translation>über diesen Proxy gehen: http://[BENUTZER:PASS@]HOST:PORT, socks5://, socks5h:// oder none (Standard: https_proxy, http_proxy, all_proxy und no_proxy, wie curl sie liest).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="272"/>
        <source>Use this saved connection (URL, headers, auth, proxy, subprotocols, parameters, link conditions); other options given override its values.</source>
        <translation>Diese gespeicherte Verbindung verwenden (URL, Header, Anmeldung, Proxy, Subprotokolle, Parameter, Simulatorbedingungen); weitere angegebene Optionen haben Vorrang.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="278"/>
        <source>Save what this command line describes as a connection under NAME, and exit.</source>
        <translation>Das von dieser Befehlszeile Beschriebene als Verbindung unter NAME speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="282"/>
        <source>List the saved connections.</source>
        <translation>Die gespeicherten Verbindungen auflisten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="285"/>
        <source>Write the saved connections (or only --connection NAME) to FILE, without their secrets unless --with-secrets.</source>
        <translation>Die gespeicherten Verbindungen (oder nur --connection NAME) in DATEI schreiben, ohne Geheimnisse außer mit --with-secrets.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="291"/>
        <source>Add the connections in FILE (an export) to the saved ones.</source>
        <translation>Die Verbindungen aus DATEI (einem Export) zu den gespeicherten hinzufügen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="295"/>
        <source>--export-connections: include tokens, passwords and cookies.</source>
        <translation>--export-connections: Token, Passwörter und Cookies einschließen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="303"/>
        <source>[%1; env %2; default %3]</source>
        <translation>[%1; Umgebung %2; Standard %3]</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="382"/>
        <source>--subprotocol: &quot;%1&quot; is not a valid subprotocol name</source>
        <translation>--subprotocol: „%1“ ist kein gültiger Subprotokollname</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="395"/>
        <source>--app-ping-text needs --app-pong-match to know its answer</source>
        <translation>--app-ping-text braucht --app-pong-match, um seine Antwort zu erkennen</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="412"/>
        <source>--send-every: needs --headless</source>
        <translation>--send-every: braucht --headless</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="433"/>
        <source>%1: &quot;%2&quot; is not a target name (letters, digits, _ . -)</source>
        <translation>%1: &quot;%2&quot; ist kein Zielname (Buchstaben, Ziffern, _ . -)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="440"/>
        <source>%1: the name &quot;%2&quot; is used twice</source>
        <translation>%1: der Name &quot;%2&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="454"/>
        <source>--target: say NAME=URL, not &quot;%1&quot;</source>
        <translation>--target: Form NAME=URL, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="476"/>
        <source>%1 [target.%2] %3: unknown parameter</source>
        <translation>%1 [target.%2] %3: unbekannter Parameter</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="494"/>
        <source>--target: use either --url or --target</source>
        <translation>--target: entweder --url oder --target verwenden</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="514"/>
        <source>%1 [connection] %2: not a connection key (headers, origin, proxy, ca, client_cert, client_key, subprotocols; secrets go in the environment)</source>
        <translation>%1 [connection] %2: kein Verbindungsschlüssel (headers, origin, proxy, ca, client_cert, client_key, subprotocols; Geheimnisse gehören in die Umgebung)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="565"/>
        <source>--bearer and --basic: one Authorization header, choose one</source>
        <translation>--bearer und --basic: nur ein Authorization-Header, eines wählen</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="640"/>
        <source>--save-connection: the name is empty</source>
        <translation>--save-connection: der Name ist leer</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="647"/>
        <source>--reply-id-field: the field name is empty</source>
        <translation>--reply-id-field: der Feldname ist leer</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="674"/>
        <source>--data: a folder, or &quot;none&quot;</source>
        <translation>--data: ein Ordner oder „none“</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="692"/>
        <source>--target: soak mode (--connections) takes --url</source>
        <translation>--target: der Soak-Modus (--connections) nimmt --url</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="694"/>
        <source>--connections: soak mode needs --headless</source>
        <translation>--connections: der Dauertest braucht --headless</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="699"/>
        <source>--ramp: &quot;%1&quot; is not a positive number of connections per second</source>
        <translation>--ramp: „%1“ ist keine positive Zahl von Verbindungen pro Sekunde</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="721"/>
        <source>--link-preset: unknown preset &quot;%1&quot;</source>
        <translation>--link-preset: unbekannte Vorgabe „%1“</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="735"/>
        <source>--%1: &quot;%2&quot; is not a whole number from 0 to %3, or two of them as UP,DOWN</source>
        <translation>--%1: „%2“ ist keine ganze Zahl von 0 bis %3 und auch kein Paar HOCH,RUNTER</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="755"/>
        <source>--link-seed: &quot;%1&quot; is not a whole number</source>
        <translation>--link-seed: „%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="185"/>
        <location filename="../app/commandline.cpp" line="307"/>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="122"/>
        <source>Serve Prometheus metrics at http://ADDR:PORT/metrics (ADDR defaults to 127.0.0.1), in every mode.</source>
        <translation>Prometheus-Metriken unter http://ADRESSE:PORT/metrics anbieten (ADRESSE ist standardmäßig 127.0.0.1), in jedem Modus.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="326"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="333"/>
        <source>--headless and --serve cannot be combined</source>
        <translation>--headless und --serve lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="348"/>
        <source>--duration: &quot;%1&quot; is not a positive number of seconds</source>
        <translation>--duration: „%1“ ist keine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="356"/>
        <source>--bind: &quot;%1&quot; is not an IP address</source>
        <translation>--bind: „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="363"/>
        <source>--port: &quot;%1&quot; is not a port number (0-65535)</source>
        <translation>--port: „%1“ ist keine Portnummer (0–65535)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="491"/>
        <source>--target and a profile&apos;s [targets]: need --headless</source>
        <translation>--target und der Abschnitt [targets] eines Profils: brauchen --headless</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="655"/>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>--%1: „%2“ ist keine ganze Zahl von %3 bis %4</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../ui/connectionbar.cpp" line="24"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="24"/>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="25"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="25"/>
        <source>closing</source>
        <translation>schließt</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="26"/>
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="121"/>
        <source>&quot;%1&quot; is not a ws:// or wss:// URL with a host</source>
        <translation>„%1“ ist keine ws://- oder wss://-URL mit Host</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="170"/>
        <source>Connected to %1, not to this URL: Enter switches to it</source>
        <translation>Verbunden mit %1, nicht mit dieser URL: Enter wechselt dorthin</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="200"/>
        <source>retrying</source>
        <translation>neuer Versuch</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="239"/>
        <source>Cannot connect (attempt %1): %2</source>
        <translation>Keine Verbindung (Versuch %1): %2</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="242"/>
        <source>then 1 failed attempt: %1</source>
        <translation>danach 1 gescheiterter Versuch: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="243"/>
        <source>then %1 failed attempts: %2</source>
        <translation>danach %1 gescheiterte Versuche: %2</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="252"/>
        <source>next in %1 s</source>
        <translation>nächster in %1 s</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="287"/>
        <source>Display name (now: %1)</source>
        <translation>Anzeigename (jetzt: %1)</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="313"/>
        <source>%1; latency alert: slow</source>
        <translation>%1; Latenzalarm: langsam</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="329"/>
        <source>Embedded</source>
        <translation>Eingebettet</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="320"/>
        <source>Connection state: %1</source>
        <translation>Verbindungszustand: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="321"/>
        <location filename="../ui/connectionbar.cpp" line="353"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="321"/>
        <location filename="../ui/connectionbar.cpp" line="353"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="326"/>
        <source>ws:// or wss:// URL of the server</source>
        <translation>ws://- oder wss://-URL des Servers</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="327"/>
        <source>ws://host:port/path</source>
        <translation>ws://host:port/pfad</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="328"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="330"/>
        <source>Chat through wspulse&apos;s own server on this machine</source>
        <translation>Über den eigenen Server von wspulse auf diesem Rechner chatten</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="287"/>
        <location filename="../ui/connectionbar.cpp" line="332"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
</context>
<context>
    <name>ConnectionDetail</name>
    <message>
        <location filename="../ui/connectiondetail.cpp" line="72"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/connectiondetail.cpp" line="73"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../ui/connectiondetail.cpp" line="74"/>
        <source>Health</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/connectiondetail.cpp" line="75"/>
        <source>Graph</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/connectiondetail.cpp" line="76"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/connectiondetail.cpp" line="77"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/connectiondetail.cpp" line="78"/>
        <source>Link</source>
        <translation>Strecke</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="38"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="39"/>
        <source>to save it: a name</source>
        <translation>zum Speichern: ein Name</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="40"/>
        <source>ws://host:port/path</source>
        <translation>ws://host:port/pfad</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="41"/>
        <source>One per line: Name: value</source>
        <translation>Einer pro Zeile: Name: Wert</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="44"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="45"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="45"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="45"/>
        <source>Basic (user and password)</source>
        <translation>Basic (Benutzer und Passwort)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="46"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="49"/>
        <source>name=value; ...</source>
        <translation>name=wert; ...</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="50"/>
        <source>in order of preference, comma-separated</source>
        <translation>nach Vorzug geordnet, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="51"/>
        <source>from the environment or the system; none: direct</source>
        <translation>aus der Umgebung oder dem System; none: direkt</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="58"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="70"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="71"/>
        <source>&amp;Headers:</source>
        <translation>&amp;Header:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="72"/>
        <source>&amp;Origin:</source>
        <translation>&amp;Origin:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="80"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="81"/>
        <source>Coo&amp;kie:</source>
        <translation>Coo&amp;kie:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="82"/>
        <source>&amp;Subprotocols:</source>
        <translation>&amp;Subprotokolle:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="83"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="84"/>
        <source>Certificate authority (PEM)</source>
        <translation>Zertifizierungsstelle (PEM)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="84"/>
        <source>Certificate au&amp;thority:</source>
        <translation>Zer&amp;tifizierungsstelle:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="85"/>
        <source>Client &amp;certificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="86"/>
        <source>Client certificate (PEM)</source>
        <translation>Client-Zertifikat (PEM)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="87"/>
        <source>Client key (PEM)</source>
        <translation>Client-Schlüssel (PEM)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="87"/>
        <source>Client ke&amp;y:</source>
        <translation>Client-Schlüsse&amp;l:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="94"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="107"/>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="107"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="158"/>
        <source>URL: &quot;%1&quot; is not a ws:// or wss:// URL with a host</source>
        <translation>URL: „%1“ ist keine ws://- oder wss://-URL mit Host</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="167"/>
        <source>Headers: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="178"/>
        <source>Authentication: the token is empty</source>
        <translation>Anmeldung: das Token ist leer</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="183"/>
        <source>Authentication: the user is empty</source>
        <translation>Anmeldung: der Benutzer ist leer</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="197"/>
        <source>Proxy: %1</source>
        <translation>Proxy: %1</translation>
    </message>
</context>
<context>
    <name>Connections</name>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="90"/>
        <source>a connection without a name</source>
        <translation>eine Verbindung ohne Namen</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="94"/>
        <source>connection %1: &quot;%2&quot; is not a ws:// or wss:// URL</source>
        <translation>Verbindung %1: &quot;%2&quot; ist keine ws://- oder wss://-URL</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="103"/>
        <source>connection %1: %2</source>
        <translation>Verbindung %1: %2</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="121"/>
        <source>connection %1: %2 is not a parameter</source>
        <translation>Verbindung %1: %2 ist kein Parameter</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="208"/>
        <source>saved secrets are kept in %1, readable only by you (no platform keychain: %2)</source>
        <translation>gespeicherte Geheimnisse liegen in %1, nur für Sie lesbar (kein Schlüsselbund des Systems: %2)</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="222"/>
        <location filename="../core/session/connectionstore.cpp" line="270"/>
        <location filename="../core/session/connectionstore.cpp" line="276"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="229"/>
        <source>%1: not a saved-connections file (%2)</source>
        <translation>%1: keine Datei gespeicherter Verbindungen (%2)</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="250"/>
        <source>cannot read the saved secrets: %1</source>
        <translation>die gespeicherten Geheimnisse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="263"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="273"/>
        <source>%1: cannot make it private</source>
        <translation>%1: kann nicht privat gemacht werden</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="324"/>
        <source>no saved connection named &quot;%1&quot; (saved: %2)</source>
        <translation>keine gespeicherte Verbindung namens &quot;%1&quot; (gespeichert: %2)</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="326"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="357"/>
        <source>a connection needs a name</source>
        <translation>eine Verbindung braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="372"/>
        <source>no saved connection named &quot;%1&quot;</source>
        <translation>keine gespeicherte Verbindung namens &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="380"/>
        <source>a connection named &quot;%1&quot; exists already</source>
        <translation>eine Verbindung namens &quot;%1&quot; gibt es schon</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="418"/>
        <source>not a wspulse connections file%1</source>
        <translation>keine wspulse-Verbindungsdatei%1</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="421"/>
        <source>written by a newer wspulse (format version %1): not imported</source>
        <translation>von einem neueren wspulse geschrieben (Formatversion %1): nicht importiert</translation>
    </message>
    <message>
        <location filename="../core/session/secretkeychain.cpp" line="103"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <location filename="../core/session/secretkeychain.cpp" line="142"/>
        <source>the keychain is switched off (WSPULSE_KEYCHAIN=0)</source>
        <translation>der Schlüsselbund ist abgeschaltet (WSPULSE_KEYCHAIN=0)</translation>
    </message>
    <message>
        <location filename="../core/session/secretkeychain.cpp" line="166"/>
        <source>the keychain entry %1 is not wspulse&apos;s</source>
        <translation>der Schlüsselbund-Eintrag %1 gehört nicht zu wspulse</translation>
    </message>
    <message>
        <location filename="../core/session/secretkeychain.cpp" line="172"/>
        <location filename="../core/session/secretkeychain.cpp" line="193"/>
        <source>built without QtKeychain</source>
        <translation>ohne QtKeychain gebaut</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../ui/durationtext.cpp" line="8"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../ui/durationtext.cpp" line="10"/>
        <location filename="../ui/durationtext.cpp" line="12"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/durationtext.cpp" line="14"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/durationtext.cpp" line="16"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>Ending</name>
    <message>
        <location filename="../ui/connectionending.cpp" line="73"/>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="81"/>
        <source>another timeout</source>
        <translation>anderes Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="83"/>
        <source>closed by us</source>
        <translation>von uns geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="85"/>
        <source>closed by the peer</source>
        <translation>von der Gegenstelle geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="87"/>
        <source>lost in the network</source>
        <translation>im Netz verloren</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="89"/>
        <source>cut by an intermediary</source>
        <translation>von einem Zwischenglied getrennt</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="91"/>
        <source>closed by Qt</source>
        <translation>von Qt geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="93"/>
        <source>failed to connect</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="102"/>
        <source>idle timeout</source>
        <translation>Leerlauf-Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="104"/>
        <source>pong timeout</source>
        <translation>Pong-Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="106"/>
        <source>lifetime limit</source>
        <translation>Lebensdauer-Grenze</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="108"/>
        <source>send stall</source>
        <translation>Sendestau</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="110"/>
        <source>connect timeout</source>
        <translation>Verbindungs-Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="112"/>
        <source>application pong timeout</source>
        <translation>Anwendungs-Pong-Zeitlimit</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="114"/>
        <source>server heartbeat stopped</source>
        <translation>Server-Heartbeat ausgeblieben</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="123"/>
        <source>idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="125"/>
        <source>pong</source>
        <translation>Pong</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="127"/>
        <source>lifetime</source>
        <translation>Lebensdauer</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="129"/>
        <source>stall</source>
        <translation>Stau</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="131"/>
        <source>connect</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="133"/>
        <source>app pong</source>
        <translation>App-Pong</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="135"/>
        <source>heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <location filename="../core/events/event.cpp" line="256"/>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/events/event.cpp" line="258"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/events/event.cpp" line="262"/>
        <source>unknown or missing &quot;event&quot;</source>
        <translation>„event“ fehlt oder ist unbekannt</translation>
    </message>
    <message>
        <location filename="../core/events/event.cpp" line="266"/>
        <source>missing numeric &quot;t_ms&quot;</source>
        <translation>numerisches „t_ms“ fehlt</translation>
    </message>
    <message>
        <location filename="../core/events/event.cpp" line="269"/>
        <source>missing or invalid &quot;ts&quot;</source>
        <translation>„ts“ fehlt oder ist ungültig</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="112"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="114"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="116"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>EventLogPane</name>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="60"/>
        <source>cannot write %1: %2</source>
        <translation>%1 lässt sich nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="108"/>
        <source>All events (%1)…</source>
        <translation>Alle Ereignisse (%1)…</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="109"/>
        <source>Shown events only (%1)…</source>
        <translation>Nur angezeigte Ereignisse (%1)…</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="181"/>
        <location filename="../ui/eventlogpane.cpp" line="284"/>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="223"/>
        <source>Export events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="224"/>
        <source>JSON lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON-Zeilen (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="276"/>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="277"/>
        <source>Show or hide kinds of events</source>
        <translation>Arten von Ereignissen zeigen oder verbergen</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="280"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="280"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="280"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="282"/>
        <source>Minimum severity</source>
        <translation>Mindestschwere</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="285"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="286"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="287"/>
        <location filename="../ui/eventlogpane.cpp" line="288"/>
        <source>Search events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="289"/>
        <source>Selected event</source>
        <translation>Gewähltes Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="290"/>
        <source>Select an event to see all of it here</source>
        <translation>Ein Ereignis wählen, um es hier vollständig zu sehen</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="291"/>
        <source>Copy as JSON line</source>
        <translation>Als JSON-Zeile kopieren</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="292"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="293"/>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../core/events/event.cpp" line="47"/>
        <source>no event names given</source>
        <translation>keine Ereignisnamen angegeben</translation>
    </message>
    <message>
        <location filename="../core/events/event.cpp" line="55"/>
        <source>either name the events to keep or, each with &apos;-&apos;, the ones to leave out; not both</source>
        <translation>entweder die zu behaltenden Ereignisse nennen oder, jeweils mit &apos;-&apos;, die wegzulassenden; nicht beides</translation>
    </message>
    <message>
        <location filename="../core/events/event.cpp" line="65"/>
        <source>unknown event &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Ereignis „%1“ (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <location filename="../ui/graphpanel.cpp" line="96"/>
        <source>retry %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="99"/>
        <source>slow ack</source>
        <translation>langsame Bestätigung</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/graphpanel.cpp" line="125"/>
        <source>cut after %1 of quiet (%n such cuts)</source>
        <translation>
            <numerusform>getrennt nach %1 Stille (%n solcher Schnitt)</numerusform>
            <numerusform>getrennt nach %1 Stille (%n solche Schnitte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="138"/>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="141"/>
        <source>by us</source>
        <translation>von uns</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="142"/>
        <source>by the peer</source>
        <translation>von der Gegenstelle</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="143"/>
        <source>by the network</source>
        <translation>vom Netz</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="145"/>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="162"/>
        <source>Zoomed: %1</source>
        <translation>Gezoomt: %1</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="171"/>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="172"/>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="172"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="172"/>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="172"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="172"/>
        <source>All kept</source>
        <translation>Alles Gespeicherte</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="175"/>
        <source>&amp;Log scale</source>
        <translation>&amp;Logarithmisch</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="176"/>
        <source>Follow &amp;now</source>
        <translation>&amp;Jetzt folgen</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="178"/>
        <source>Back to the latest samples after zooming (wheel) or panning (drag); double-click does the same</source>
        <translation>Zurück zu den neuesten Messwerten nach Zoomen (Mausrad) oder Verschieben (Ziehen); ein Doppelklick tut dasselbe</translation>
    </message>
</context>
<context>
    <name>Handshake</name>
    <message>
        <location filename="../core/session/handshake.cpp" line="39"/>
        <source>--header &quot;%1&quot;: say &quot;Name: value&quot;</source>
        <translation>--header &quot;%1&quot;: Form &quot;Name: Wert&quot; verwenden</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="46"/>
        <source>--header &quot;%1&quot;: &quot;%2&quot; is not a header name</source>
        <translation>--header &quot;%1&quot;: &quot;%2&quot; ist kein Header-Name</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="50"/>
        <source>--header %1: a value cannot contain a line break</source>
        <translation>--header %1: ein Wert darf keinen Zeilenumbruch enthalten</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="56"/>
        <source>--header %1: the handshake sets this header itself%2</source>
        <translation>--header %1: der Handshake setzt diesen Header selbst%2</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="59"/>
        <source> (use --subprotocol)</source>
        <translation> (--subprotocol verwenden)</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="62"/>
        <source>--header Origin: use --origin</source>
        <translation>--header Origin: --origin verwenden</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="78"/>
        <source>--basic: say USER:PASSWORD</source>
        <translation>--basic: Form BENUTZER:PASSWORT verwenden</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="95"/>
        <source>this build has no TLS</source>
        <translation>dieser Build hat kein TLS</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="108"/>
        <source>--ca %1: %2</source>
        <translation>--ca %1: %2</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="113"/>
        <source>--ca %1: no certificate in it (PEM or DER)</source>
        <translation>--ca %1: kein Zertifikat darin (PEM oder DER)</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="117"/>
        <source>--client-cert and --client-key go together</source>
        <translation>--client-cert und --client-key gehören zusammen</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="121"/>
        <source>--client-cert %1: %2</source>
        <translation>--client-cert %1: %2</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="124"/>
        <source>--client-cert %1: no PEM certificate in it</source>
        <translation>--client-cert %1: kein PEM-Zertifikat darin</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="128"/>
        <source>--client-key %1: %2</source>
        <translation>--client-key %1: %2</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="133"/>
        <source>--client-key %1: no unencrypted RSA or EC key in PEM form</source>
        <translation>--client-key %1: kein unverschlüsselter RSA- oder EC-Schlüssel im PEM-Format</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="219"/>
        <source>proxy %1: only http://, socks5:// and socks5h:// proxies are supported</source>
        <translation>Proxy %1: nur http://-, socks5://- und socks5h://-Proxys werden unterstützt</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="227"/>
        <source>proxy %1: not a URL with a host</source>
        <translation>Proxy %1: keine URL mit Host</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../app/headlessrunner.cpp" line="137"/>
        <source>/set: unknown parameter &quot;%1&quot;</source>
        <translation>/set: unbekannter Parameter „%1“</translation>
    </message>
    <message>
        <location filename="../app/headlessrunner.cpp" line="157"/>
        <source>%1: say up, down or both</source>
        <translation>%1: up, down oder both angeben</translation>
    </message>
    <message>
        <location filename="../app/headlessrunner.cpp" line="177"/>
        <source>/link preset: unknown preset &quot;%1&quot;</source>
        <translation>/link preset: unbekannte Vorgabe „%1“</translation>
    </message>
    <message>
        <location filename="../app/headlessrunner.cpp" line="195"/>
        <source>/link: use latency|jitter|bandwidth VALUE[,DOWN] or preset NAME</source>
        <translation>/link: latency|jitter|bandwidth WERT[,RUNTER] oder preset NAME verwenden</translation>
    </message>
    <message>
        <location filename="../app/headlessrunner.cpp" line="238"/>
        <source>unknown command &quot;%1&quot;; known: /set NAME VALUE, /name NAME, /every SECONDS TEXT, /stop, /close, /open, /freeze, /thaw, /drop, /link; &quot;//text&quot; sends &quot;/text&quot;</source>
        <translation>unbekannter Befehl „%1“; bekannt: /set NAME WERT, /name NAME, /every SEKUNDEN TEXT, /stop, /close, /open, /freeze, /thaw, /drop, /link; „//text“ sendet „/text“</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../ui/healthpanel.cpp" line="47"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="48"/>
        <source>Connection age</source>
        <translation>Verbindungsalter</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="49"/>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="50"/>
        <source>Next ping</source>
        <translation>Nächster Ping</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="51"/>
        <source>Unanswered pings</source>
        <translation>Unbeantwortete Pings</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="52"/>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="53"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="54"/>
        <source>Application (ms)</source>
        <translation>Anwendung (ms)</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="55"/>
        <source>Latency alerts</source>
        <translation>Latenzalarme</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="56"/>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="57"/>
        <source>Timeouts</source>
        <translation>Zeitüberschreitungen</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="120"/>
        <source>%1 s to %2</source>
        <translation>%1 s bis %2</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="120"/>
        <source>%1 off</source>
        <translation>%1 aus</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="123"/>
        <location filename="../ui/healthpanel.cpp" line="126"/>
        <source>%1 s (%2)</source>
        <translation>%1 s (%2)</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="130"/>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="130"/>
        <source>pings off</source>
        <translation>Pings aus</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="133"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="134"/>
        <source>%1, oldest waiting %2 s of %3 s</source>
        <translation>%1, der älteste wartet %2 s von %3 s</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="143"/>
        <source>no check yet</source>
        <translation>noch keine Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="144"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="145"/>
        <source>nothing arrived (misses in a row: %1)</source>
        <translation>nichts angekommen (Ausfälle in Folge: %1)</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="149"/>
        <source>no samples yet</source>
        <translation>noch keine Messwerte</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="150"/>
        <source>now %1 · min %2 · mean %3 · p50 %4 · p95 %5 · max %6 · jitter %7</source>
        <translation>jetzt %1 · min %2 · Mittel %3 · p50 %4 · p95 %5 · max %6 · Jitter %7</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="157"/>
        <source>%1: no samples yet</source>
        <translation>%1: noch keine Messwerte</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="158"/>
        <source>%1 RTT p50 %2 · p95 %3 · max %4</source>
        <translation>%1 RTT p50 %2 · p95 %3 · max %4</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="163"/>
        <source>reply p50 %1 · p95 %2 · max %3 (%4 replies)</source>
        <translation>Antwort p50 %1 · p95 %2 · max %3 (%4 Antworten)</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="166"/>
        <source>no application profile, no replies timed</source>
        <translation>kein Anwendungsprofil, keine Antworten gemessen</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="169"/>
        <source>%1 above %2 s (pings %3, acks %4)</source>
        <translation>%1 über %2 s (Pings %3, Bestätigungen %4)</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="175"/>
        <source>messages %1 in / %2 out · %3 / %4 bytes · pings %5, pongs %6, missed %7 · reconnects %8</source>
        <translation>Nachrichten %1 ein / %2 aus · %3 / %4 Bytes · Pings %5, Pongs %6, verpasst %7 · Neuverbindungen %8</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="184"/>
        <source>idle %1 · pong %2 · lifetime %3 · message %4 · connect %5</source>
        <translation>Leerlauf %1 · Pong %2 · Dauer %3 · Nachricht %4 · Aufbau %5</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="193"/>
        <source>app pong %1 · app heartbeat %2</source>
        <translation>App-Pong %1 · App-Heartbeat %2</translation>
    </message>
</context>
<context>
    <name>LatencyGraph</name>
    <message>
        <location filename="../ui/latencygraph.cpp" line="65"/>
        <source>Latency graph</source>
        <translation>Latenzgraph</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/latencygraph.cpp" line="582"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="659"/>
        <source>ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="661"/>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="663"/>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="665"/>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="667"/>
        <source>alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="721"/>
        <source>%1 · ping %2: %3</source>
        <translation>%1 · Ping %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="722"/>
        <source>%1 · ping: %2</source>
        <translation>%1 · Ping: %2</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="725"/>
        <source>%1 · application ping: %2</source>
        <translation>%1 · Anwendungs-Ping: %2</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="728"/>
        <source>%1 · reply: %2</source>
        <translation>%1 · Antwort: %2</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="732"/>
        <source>queued behind our own data: not a network sample</source>
        <translation>hinter unseren eigenen Daten eingereiht: kein Messwert des Netzes</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="747"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/latencygraph.cpp" line="749"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="760"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="763"/>
        <source>open since %1 (%2)</source>
        <translation>offen seit %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="764"/>
        <source>open %1 – %2 (%3) · %4
%5</source>
        <translation>offen %1 – %2 (%3) · %4
%5</translation>
    </message>
    <message>
        <location filename="../ui/graphaxis.cpp" line="102"/>
        <location filename="../ui/latencygraph.cpp" line="715"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../ui/graphaxis.cpp" line="104"/>
        <location filename="../ui/latencygraph.cpp" line="716"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/graphaxis.cpp" line="105"/>
        <location filename="../ui/latencygraph.cpp" line="717"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Link</name>
    <message>
        <location filename="../core/link/linksimulator.cpp" line="14"/>
        <source>No added conditions</source>
        <translation>Keine zusätzlichen Bedingungen</translation>
    </message>
    <message>
        <location filename="../core/link/linksimulator.cpp" line="15"/>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <location filename="../core/link/linksimulator.cpp" line="16"/>
        <source>4G</source>
        <translation>4G</translation>
    </message>
    <message>
        <location filename="../core/link/linksimulator.cpp" line="17"/>
        <source>3G</source>
        <translation>3G</translation>
    </message>
    <message>
        <location filename="../core/link/linksimulator.cpp" line="18"/>
        <source>Satellite</source>
        <translation>Satellit</translation>
    </message>
    <message>
        <location filename="../core/link/linksimulator.cpp" line="20"/>
        <source>Lossy Wi-Fi</source>
        <translation>Verlustreiches WLAN</translation>
    </message>
    <message>
        <location filename="../core/link/linksimulator.cpp" line="156"/>
        <source>link simulator: connections dropped: %1</source>
        <translation>Verbindungssimulator: getrennte Verbindungen: %1</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <location filename="../ui/linkpanel.cpp" line="113"/>
        <source>A local SOCKS5 proxy: the URL, TLS name and certificate checks stay the server&apos;s. Switching it on or off reconnects; the conditions below apply live.</source>
        <translation>Ein lokaler SOCKS5-Proxy: URL, TLS-Name und Zertifikatsprüfung bleiben die des Servers. Ein- oder Ausschalten verbindet neu; die Bedingungen unten gelten sofort.</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="121"/>
        <source>Link preset</source>
        <translation>Verbindungsvorgabe</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="122"/>
        <source>Apply preset</source>
        <translation>Vorgabe anwenden</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="123"/>
        <source>Drop</source>
        <translation>Kappen</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="124"/>
        <source>Cut every connection through the link, both sides at once</source>
        <translation>Jede Verbindung über den Simulator kappen, beide Seiten zugleich</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="125"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="126"/>
        <source>Jitter ±</source>
        <translation>Jitter ±</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="112"/>
        <source>Route through the link simulator</source>
        <translation>Über den Verbindungssimulator leiten</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="127"/>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="128"/>
        <source>0: no limit</source>
        <translation>0: keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="129"/>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="130"/>
        <source>Up ↑</source>
        <translation>Hoch ↑</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="131"/>
        <source>Up (to the server)</source>
        <translation>Hoch (zum Server)</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="132"/>
        <source>Down ↓</source>
        <translation>Runter ↓</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="133"/>
        <source>Down (from the server)</source>
        <translation>Runter (vom Server)</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="136"/>
        <source>%1 latency</source>
        <translation>%1 Latenz</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="137"/>
        <source>%1 jitter</source>
        <translation>%1 Jitter</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="138"/>
        <source>%1 bandwidth</source>
        <translation>%1 Bandbreite</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="139"/>
        <source>%1 frozen</source>
        <translation>%1 eingefroren</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="140"/>
        <source>frozen</source>
        <translation>eingefroren</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="141"/>
        <source>Hold every byte, keep TCP up: a half-open path</source>
        <translation>Jedes Byte zurückhalten, TCP offen lassen: ein halboffener Pfad</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="143"/>
        <source>Memory held is bounded (%1 KiB per connection): a fast sender facing a frozen or narrow link is slowed by TCP backpressure.</source>
        <translation>Der belegte Speicher ist begrenzt (%1 KiB pro Verbindung): ein schneller Sender vor einer eingefrorenen oder schmalen Verbindung wird durch TCP-Gegendruck gebremst.</translation>
    </message>
</context>
<context>
    <name>LiveValue</name>
    <message>
        <location filename="../ui/livevalue.cpp" line="76"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>by us</source>
        <translation>von uns</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>by the peer</source>
        <translation>von der Gegenstelle</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>by the network</source>
        <translation>vom Netz</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Last close: %1 “%2” %3</source>
        <translation>Letztes Schließen: %1 „%2“ %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>The connection has been idle for %1 s: this closes it at once.</source>
        <translation>Die Verbindung ist seit %1 s still: das schließt sie sofort.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>The connection is %1 s old: this closes it at once.</source>
        <translation>Die Verbindung ist %1 s alt: das schließt sie sofort.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>A ping has waited %1 s for its pong: this closes the connection at once.</source>
        <translation>Ein Ping wartet seit %1 s auf sein Pong: das schließt die Verbindung sofort.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>Metrics for Prometheus at %1</source>
        <translation>Metriken für Prometheus unter %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>Metrics for Prometheus at %1, reachable from the network</source>
        <translation>Metriken für Prometheus unter %1, aus dem Netz erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Metrics for Prometheus</source>
        <translation>Metriken für Prometheus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Serve GET /metrics on [address:]port (the address is 127.0.0.1 unless given):</source>
        <translation>GET /metrics anbieten auf [Adresse:]Port (ohne Adresse 127.0.0.1):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>Timed out: %1</source>
        <translation>Zeitlimit: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>no answer within the connect timeout (%1 ms)</source>
        <translation>keine Antwort innerhalb des Verbindungs-Timeouts (%1 ms)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="399"/>
        <source>The certificate of %1 failed verification:
%2</source>
        <translation>Das Zertifikat von %1 hat die Prüfung nicht bestanden:
%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>Subject: %1
Issuer: %2
Valid: %3 to %4
SHA-256: %5</source>
        <translation>Inhaber: %1
Aussteller: %2
Gültig: %3 bis %4
SHA-256: %5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source>Trust this certificate for %1</source>
        <translation>Diesem Zertifikat für %1 vertrauen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="457"/>
        <source>Exported %n connection(s), without their secrets</source>
        <translation>
            <numerusform>%n Verbindung exportiert, ohne ihre Geheimnisse</numerusform>
            <numerusform>%n Verbindungen exportiert, ohne ihre Geheimnisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="468"/>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="492"/>
        <source>wspulse</source>
        <translation>wspulse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="492"/>
        <source>%1 — wspulse</source>
        <translation>%1 — wspulse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="493"/>
        <source>Connection &amp;options…</source>
        <translation>Verbindungs&amp;optionen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="494"/>
        <source>Open sa&amp;ved connection</source>
        <translation>Gespeicherte Verbindung ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>De&amp;lete saved connection</source>
        <translation>Gespeicherte Verbindung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>&amp;Watch saved connection beside this one</source>
        <translation>Gespeicherte Verbindung daneben &amp;beobachten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="497"/>
        <source>Watched connections</source>
        <translation>Beobachtete Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>Watched: %1</source>
        <translation>Beobachtet: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="500"/>
        <source>Watched connection</source>
        <translation>Beobachtete Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="501"/>
        <source>All connections&apos; events</source>
        <translation>Ereignisse aller Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="502"/>
        <source>&amp;Rename saved connection</source>
        <translation>Gespeicherte Verbindung &amp;umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="503"/>
        <source>D&amp;uplicate saved connection</source>
        <translation>Gespeicherte Verbindung &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <source>&amp;Export saved connections…</source>
        <translation>Gespeicherte Verbindungen &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="506"/>
        <source>&amp;Import saved connections…</source>
        <translation>Gespeicherte Verbindungen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="507"/>
        <source>Health</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>Graph and timeline</source>
        <translation>Diagramm und Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="511"/>
        <source>Link simulator</source>
        <translation>Verbindungssimulator</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="515"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>&amp;Send message</source>
        <translation>Nachricht &amp;senden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="517"/>
        <source>&amp;Focus chat</source>
        <translation>&amp;Chat fokussieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="518"/>
        <source>C&amp;lear event log</source>
        <translation>Ereignisprotokoll &amp;leeren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="520"/>
        <source>Serve &amp;metrics for Prometheus…</source>
        <translation>&amp;Metriken für Prometheus anbieten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="559"/>
        <source>Deleted the saved connection %1</source>
        <translation>Gespeicherte Verbindung %1 gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="594"/>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="636"/>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="640"/>
        <source>Duplicated %1 as %2</source>
        <translation>%1 als %2 dupliziert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="640"/>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="719"/>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="720"/>
        <source>Saved as %1; %2</source>
        <translation>Gespeichert als %1; %2</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../core/prometheus/metricsendpoint.cpp" line="22"/>
        <source>&quot;%1&quot; is not [ADDRESS:]PORT (e.g. 9464 or 0.0.0.0:9464)</source>
        <translation>&quot;%1&quot; ist nicht [ADRESSE:]PORT (z. B. 9464 oder 0.0.0.0:9464)</translation>
    </message>
    <message>
        <location filename="../core/prometheus/metricsendpoint.cpp" line="35"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>&quot;%1&quot; ist keine IP-Adresse</translation>
    </message>
    <message>
        <location filename="../core/prometheus/metricsendpoint.cpp" line="52"/>
        <source>cannot serve metrics on %1:%2: %3</source>
        <translation>Metriken können nicht auf %1:%2 angeboten werden: %3</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <location filename="../core/config/parameters.cpp" line="17"/>
        <source>Ping interval</source>
        <translation>Ping-Intervall</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="22"/>
        <source>Pong timeout</source>
        <translation>Pong-Zeitlimit</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="23"/>
        <source>A ping unanswered this long after it actually left, with no inbound byte meanwhile, means the peer or path is dead: the socket is aborted and wspulse reconnects.</source>
        <translation>Bleibt ein Ping so lange nach dem tatsächlichen Absenden unbeantwortet, ohne dass inzwischen ein Byte ankam, gilt die Gegenstelle oder der Pfad als tot: der Socket wird abgebrochen und wspulse verbindet neu.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="28"/>
        <source>Idle timeout</source>
        <translation>Leerlauf-Zeitlimit</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="29"/>
        <source>Closes (1000 &quot;idle timeout&quot;) when no byte moved in either direction for this long; pings and pongs count. No automatic reconnect: the next message sent reopens.</source>
        <translation>Schließt (1000 „idle timeout“), wenn so lange in keiner Richtung ein Byte floss; Pings und Pongs zählen mit. Kein automatisches Neuverbinden: die nächste gesendete Nachricht öffnet wieder.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="34"/>
        <source>Connection lifetime</source>
        <translation>Verbindungsdauer</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="35"/>
        <source>Maximum lifetime of one connection, counted from open; then a graceful close (1001 &quot;max lifetime&quot;) and an immediate reconnect.</source>
        <translation>Höchstdauer einer Verbindung ab dem Öffnen; danach ein geordnetes Schließen (1001 „max lifetime“) und sofortiges Neuverbinden.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="39"/>
        <source>Send stall timeout</source>
        <translation>Sendestau-Zeitlimit</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="40"/>
        <source>A send is stalled when its bytes wait to be written and no byte drains for this long; the socket is aborted, unsent messages are requeued.</source>
        <translation>Ein Senden staut sich, wenn seine Bytes auf das Schreiben warten und so lange kein Byte abfließt; der Socket wird abgebrochen, ungesendete Nachrichten kommen zurück in die Warteschlange.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="44"/>
        <source>Heartbeat interval</source>
        <translation>Heartbeat-Intervall</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="45"/>
        <source>Period of the health check: says whether anything arrived since the previous check; a miss is a warning, never a close.</source>
        <translation>Periode der Zustandsprüfung: meldet, ob seit der letzten Prüfung etwas ankam; ein Ausbleiben ist eine Warnung, nie ein Schließen.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="49"/>
        <source>Connect timeout</source>
        <translation>Verbindungsaufbau-Zeitlimit</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="50"/>
        <source>TCP, TLS and the upgrade handshake must finish within this, else a reconnect attempt.</source>
        <translation>TCP, TLS und der Upgrade-Handshake müssen in dieser Zeit fertig sein, sonst folgt ein neuer Verbindungsversuch.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="54"/>
        <source>Reconnect delay</source>
        <translation>Neuverbindungs-Verzögerung</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="55"/>
        <source>First reconnect delay; doubles per failed attempt with +/-20 % jitter. 0 switches automatic reconnect off.</source>
        <translation>Erste Wartezeit vor dem Neuverbinden; verdoppelt sich je fehlgeschlagenem Versuch, mit +/-20 % Streuung. 0 schaltet das automatische Neuverbinden ab.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="59"/>
        <source>Reconnect delay cap</source>
        <translation>Obergrenze der Neuverbindungs-Verzögerung</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="60"/>
        <source>Upper bound of the reconnect delay.</source>
        <translation>Obergrenze der Wartezeit vor dem Neuverbinden.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="62"/>
        <source>Maximum message size</source>
        <translation>Maximale Nachrichtengröße</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="63"/>
        <source>A larger inbound message closes the connection with 1009. 0 removes the limit.</source>
        <translation>Eine größere eingehende Nachricht schließt die Verbindung mit 1009. 0 hebt die Grenze auf.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="67"/>
        <source>Latency alert</source>
        <translation>Latenzalarm</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="68"/>
        <source>A ping round trip or a message&apos;s send-to-acknowledgement time above this is flagged with a warning.</source>
        <translation>Eine Ping-Umlaufzeit oder die Zeit vom Senden bis zur Bestätigung einer Nachricht oberhalb dieses Werts wird mit einer Warnung markiert.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="72"/>
        <source>Application profile</source>
        <translation>Anwendungsprofil</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="84"/>
        <source>Application-level ping period (graphql-ws: our ping; mqtt: our PINGREQ, and the keep-alive announced in CONNECT, rounded up to whole seconds; engineio: the server&apos;s ping period, taken from its open packet unless set). Timed apart from protocol pings.</source>
        <translation>Ping-Periode auf Anwendungsebene (graphql-ws: unser Ping; mqtt: unser PINGREQ und das in CONNECT angekündigte Keep-Alive, auf ganze Sekunden aufgerundet; engineio: die Ping-Periode des Servers, aus seinem Open-Paket, sofern nicht gesetzt). Getrennt von Protokoll-Pings gemessen.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="83"/>
        <source>App ping interval</source>
        <translation>App-Ping-Intervall</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="18"/>
        <source>A ping is sent as the connection opens and then every interval; each pong is one round-trip sample timed by wspulse with microsecond resolution.</source>
        <translation>Ein Ping wird beim Öffnen der Verbindung und dann in jedem Intervall gesendet; jedes Pong ist ein Umlaufzeit-Messwert, von wspulse mit Mikrosekunden-Auflösung gemessen.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="73"/>
        <source>The keepalive the server runs above WebSocket: engineio (Socket.IO 4 / Engine.IO v4: answers the server&apos;s pings, watches that they keep coming), graphql-ws (graphql-transport-ws: connection_init, pings both ways), mqtt (MQTT 3.1.1: CONNECT with a keep-alive, PINGREQ/PINGRESP), custom (--app-ping-text, --app-pong-match, --app-answer), or none. auto chooses one where the URL (/socket.io/?EIO=4), the negotiated subprotocol or the server&apos;s first frame makes it certain.</source>
        <translation>Das Keepalive, das der Server oberhalb von WebSocket betreibt: engineio (Socket.IO 4 / Engine.IO v4: beantwortet die Pings des Servers, überwacht, dass sie weiter kommen), graphql-ws (graphql-transport-ws: connection_init, Pings in beide Richtungen), mqtt (MQTT 3.1.1: CONNECT mit Keep-Alive, PINGREQ/PINGRESP), custom (--app-ping-text, --app-pong-match, --app-answer) oder none. auto wählt eines, wo die URL (/socket.io/?EIO=4), das ausgehandelte Subprotokoll oder der erste Frame des Servers es sicher macht.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="90"/>
        <source>App pong timeout</source>
        <translation>App-Pong-Timeout</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="91"/>
        <source>An application ping unanswered this long closes and reconnects (timeout app_pong); engineio: the server&apos;s ping overdue by this long (its own pingTimeout unless set) is timeout app_heartbeat.</source>
        <translation>Ein so lange unbeantworteter Anwendungs-Ping schließt und verbindet neu (Timeout app_pong); engineio: ein um so viel überfälliger Ping des Servers (sein eigenes pingTimeout, sofern nicht gesetzt) ist Timeout app_heartbeat.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="140"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="142"/>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="183"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="184"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="222"/>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="223"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="224"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="225"/>
        <source>High latency</source>
        <translation>Hohe Latenz</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <location filename="../ui/settingseditor.cpp" line="21"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="23"/>
        <source>preset</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="25"/>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="27"/>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="29"/>
        <source>flag</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="31"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="105"/>
        <source>%1 Press Enter again to apply.</source>
        <translation>%1 Zum Übernehmen noch einmal Enter drücken.</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="177"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="178"/>
        <source>0 (off) or %1 to %2 %3</source>
        <translation>0 (aus) oder %1 bis %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="178"/>
        <source>%1 to %2 %3</source>
        <translation>%1 bis %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="185"/>
        <source>Where the value in force came from</source>
        <translation>Woher der geltende Wert stammt</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../ui/settingspanel.cpp" line="160"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="168"/>
        <source>This connection</source>
        <translation>Diese Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="169"/>
        <source>Embedded server</source>
        <translation>Eingebetteter Server</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="170"/>
        <source>The embedded chat server&apos;s own timers, applied to each client it serves</source>
        <translation>Die eigenen Timer des eingebetteten Chat-Servers, für jeden Client, den er bedient</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="171"/>
        <source>Preset</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="177"/>
        <source>Custom</source>
        <translation>Eigene Werte</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="180"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="181"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="182"/>
        <source>Back to the built-in defaults</source>
        <translation>Zurück zu den eingebauten Standardwerten</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="183"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="185"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="186"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="187"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>SoakRunner</name>
    <message>
        <location filename="../app/soakrunner.cpp" line="102"/>
        <source>cannot start the embedded server: %1</source>
        <translation>der eingebettete Server lässt sich nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>WatchedConnectionsModel</name>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="40"/>
        <source>%1 is watched already</source>
        <translation>%1 wird schon beobachtet</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="42"/>
        <source>%1 has no URL</source>
        <translation>%1 hat keine URL</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="47"/>
        <source>connection %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="68"/>
        <source>cannot connect: %1</source>
        <translation>keine Verbindung: %1</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="164"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="166"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="168"/>
        <source>RTT now</source>
        <translation>RTT jetzt</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="170"/>
        <source>RTT p95</source>
        <translation>RTT p95</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="172"/>
        <source>Last close</source>
        <translation>Letzte Trennung</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="174"/>
        <source>Reconnects</source>
        <translation>Neuverbindungen</translation>
    </message>
</context>
<context>
    <name>WatchedConnectionsView</name>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="198"/>
        <source>Show details</source>
        <translation>Details zeigen</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="199"/>
        <source>Open in the window</source>
        <translation>Im Fenster öffnen</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="204"/>
        <source>Stop watching</source>
        <translation>Nicht mehr beobachten</translation>
    </message>
</context>
<context>
    <name>WatchedDetails</name>
    <message>
        <location filename="../ui/connectiondetail.cpp" line="147"/>
        <source>Choose a watched connection to see its chat, health, graph, events, settings and link.</source>
        <translation>Wählen Sie eine beobachtete Verbindung, um ihren Chat, ihre Diagnose, ihr Diagramm, ihre Ereignisse, Einstellungen und Strecke zu sehen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="87"/>
        <source>wspulse: cannot keep the chat: %1</source>
        <translation>wspulse: der Chat kann nicht behalten werden: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="94"/>
        <source>wspulse: cannot listen on %1:%2: %3</source>
        <translation>wspulse: kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="102"/>
        <source>wspulse: warning: serving on %1, reachable from the network</source>
        <translation>wspulse: Warnung: Server auf %1, aus dem Netz erreichbar</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="184"/>
        <source>imported: %1</source>
        <translation>importiert: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="199"/>
        <source>saved connection &quot;%1&quot; in %2</source>
        <translation>Verbindung &quot;%1&quot; in %2 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="292"/>
        <source>no display for the window (DISPLAY is not set); use --headless or --serve</source>
        <translation>kein Bildschirm für das Fenster (DISPLAY ist nicht gesetzt); --headless oder --serve verwenden</translation>
    </message>
    <message>
        <location filename="../app/metricsserving.cpp" line="19"/>
        <source>warning: metrics served on %1, reachable from the network (they name the servers watched)</source>
        <translation>Warnung: Metriken unter %1, aus dem Netz erreichbar (sie nennen die überwachten Server)</translation>
    </message>
</context>
<context>
    <name>wspulse::AppKeepalive</name>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="64"/>
        <source>chosen while connected</source>
        <translation>während der Verbindung gewählt</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="143"/>
        <source>application profile %1: %2</source>
        <translation>Anwendungsprofil %1: %2</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="163"/>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="167"/>
        <source>the server accepted the subprotocol %1</source>
        <translation>der Server hat das Subprotokoll %1 angenommen</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="170"/>
        <source>the URL is an Engine.IO v4 endpoint</source>
        <translation>die URL ist ein Engine.IO-v4-Endpunkt</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="234"/>
        <source>the server&apos;s first frame is an Engine.IO open packet</source>
        <translation>der erste Frame des Servers ist ein Engine.IO-Open-Paket</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="320"/>
        <source>Socket.IO refused the namespace: %1</source>
        <translation>Socket.IO hat den Namespace abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="376"/>
        <location filename="../core/application/appkeepalive.cpp" line="481"/>
        <source>the MQTT broker refused CONNECT: %1</source>
        <translation>der MQTT-Broker hat CONNECT abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="463"/>
        <source>the application&apos;s handshake</source>
        <translation>den Handshake der Anwendung</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="465"/>
        <source>the server never answered %1 within WS_APP_PONG_TIMEOUT (%2 s)</source>
        <translation>der Server hat %1 nicht innerhalb von WS_APP_PONG_TIMEOUT (%2 s) beantwortet</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="489"/>
        <source>the MQTT broker dropped us %1 s after its last answer (it allows 1.5 x the keep-alive of %2 s without a packet from us): ours did not reach it</source>
        <translation>der MQTT-Broker hat uns %1 s nach seiner letzten Antwort getrennt (er erlaubt das 1,5-Fache des Keep-Alive von %2 s ohne ein Paket von uns): unsere erreichten ihn nicht</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="509"/>
        <source>the Engine.IO server closed %1 s after its last ping: our answer did not reach it within its pingTimeout (%2 s)</source>
        <translation>der Engine.IO-Server schloss %1 s nach seinem letzten Ping: unsere Antwort erreichte ihn nicht innerhalb seines pingTimeout (%2 s)</translation>
    </message>
</context>
<context>
    <name>wspulse::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="27"/>
        <source>no hello within %1 ms of opening</source>
        <translation>kein hello innerhalb von %1 ms nach dem Öffnen</translation>
    </message>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="110"/>
        <source>raw mode: the server did not negotiate %1; text is sent as typed and frames are shown as they come</source>
        <translation>Rohmodus: der Server hat %1 nicht ausgehandelt; Text wird wie eingegeben gesendet und Frames werden gezeigt, wie sie kommen</translation>
    </message>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="144"/>
        <source>raw mode: the server accepted %1 but does not speak it (%2); text is sent as typed and frames are shown as they come</source>
        <translation>Rohmodus: der Server hat %1 angenommen, spricht es aber nicht (%2); Text wird wie eingegeben gesendet und Frames werden gezeigt, wie sie kommen</translation>
    </message>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="210"/>
        <source>message %1 failed: sent %2 times without an acknowledgement</source>
        <translation>Nachricht %1 fehlgeschlagen: %2-mal ohne Bestätigung gesendet</translation>
    </message>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="289"/>
        <source>its first frame is not a hello: &quot;%1&quot;</source>
        <translation>sein erster Frame ist kein hello: „%1“</translation>
    </message>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="321"/>
        <source>message acknowledged after %1 ms, above WS_LATENCY_ALERT</source>
        <translation>Nachricht nach %1 ms bestätigt, über WS_LATENCY_ALERT</translation>
    </message>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="333"/>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="343"/>
        <source>bad frame from the server: %1</source>
        <translation>fehlerhafter Frame vom Server: %1</translation>
    </message>
</context>
<context>
    <name>wspulse::ChatServer</name>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="27"/>
        <source>refused a connection from origin &quot;%1&quot;</source>
        <translation>Verbindung von Origin „%1“ abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="62"/>
        <source>refused: already %1 connections</source>
        <translation>abgelehnt: schon %1 Verbindungen</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="74"/>
        <source>binary frames are not part of %1</source>
        <translation>Binär-Frames gehören nicht zu %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="101"/>
        <source>closed %1: rate limit exceeded</source>
        <translation>%1 geschlossen: Ratenlimit überschritten</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="106"/>
        <source>rate limit: at most %1 messages per second</source>
        <translation>Ratenlimit: höchstens %1 Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="128"/>
        <source>cannot read the history: %1</source>
        <translation>der Verlauf kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="159"/>
        <source>cannot store a message: %1</source>
        <translation>eine Nachricht kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="186"/>
        <source>cannot store messages: %1</source>
        <translation>Nachrichten können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="259"/>
        <source>bad request: %1</source>
        <translation>fehlerhafte Anfrage: %1</translation>
    </message>
</context>
<context>
    <name>wspulse::EventRecorder</name>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="152"/>
        <source>WS_PONG_TIMEOUT (%1 s) is shorter than a round trip already seen (%2 ms)</source>
        <translation>WS_PONG_TIMEOUT (%1 s) ist kürzer als eine bereits gemessene Umlaufzeit (%2 ms)</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="162"/>
        <source>ping round trip %1 ms is above WS_LATENCY_ALERT (%2 s)</source>
        <translation>Ping-Umlaufzeit %1 ms liegt über WS_LATENCY_ALERT (%2 s)</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="181"/>
        <source>heartbeat: nothing arrived since the previous check (%1 in a row)</source>
        <translation>Heartbeat: seit der letzten Prüfung ist nichts angekommen (%1 in Folge)</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="195"/>
        <source>Qt closed the connection itself: a partly received frame got no byte for 5 s (QWebSocket&apos;s fixed read timeout, not a wspulse setting)</source>
        <translation>Qt hat die Verbindung selbst geschlossen: ein teilweise empfangener Frame bekam 5 s lang kein Byte (das feste Lese-Zeitlimit von QWebSocket, keine Einstellung von wspulse)</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="197"/>
        <source>Qt closed the connection itself: %1</source>
        <translation>Qt hat die Verbindung selbst geschlossen: %1</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="201"/>
        <source>the peer closed with a code Qt refuses as invalid (1012-2999, e.g. 1012 &quot;service restart&quot; or 1013 &quot;try again later&quot;); Qt reports 1002 and loses the real code and reason</source>
        <translation>die Gegenstelle schloss mit einem Code, den Qt als ungültig ablehnt (1012–2999, z. B. 1012 „service restart“ oder 1013 „try again later“); Qt meldet 1002, der echte Code und Grund gehen verloren</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="228"/>
        <source>the connection was cut %1 times after about %2 s of silence: typical of a proxy or load balancer idle timeout (nginx proxy_read_timeout, 60 s by default; AWS ALB 60 s; Cloudflare 100 s; HAProxy timeout tunnel); a ping interval below %2 s keeps it open</source>
        <translation>die Verbindung wurde %1-mal nach etwa %2 s Stille getrennt: typisch für das Leerlauf-Zeitlimit eines Proxys oder Load Balancers (nginx proxy_read_timeout, standardmäßig 60 s; AWS ALB 60 s; Cloudflare 100 s; HAProxy timeout tunnel); ein Ping-Intervall unter %2 s hält sie offen</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="243"/>
        <source>connecting to %1 failed: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="257"/>
        <source>accepting the certificate of %1 you chose to trust despite: %2</source>
        <translation>das Zertifikat von %1, dem Sie vertrauen, wird angenommen trotz: %2</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="267"/>
        <source>TLS: the certificate of %1 was refused: %2</source>
        <translation>TLS: das Zertifikat von %1 wurde abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>wspulse::MessageRepeater</name>
    <message>
        <location filename="../core/chat/messagerepeater.cpp" line="29"/>
        <source>say SECONDS TEXT</source>
        <translation>Form: SEKUNDEN TEXT</translation>
    </message>
    <message>
        <location filename="../core/chat/messagerepeater.cpp" line="33"/>
        <source>say SECONDS TEXT (&quot;%1&quot; is not a number)</source>
        <translation>Form: SEKUNDEN TEXT (&quot;%1&quot; ist keine Zahl)</translation>
    </message>
    <message>
        <location filename="../core/chat/messagerepeater.cpp" line="35"/>
        <source>the interval must be %1 to %2 s</source>
        <translation>das Intervall muss %1 bis %2 s betragen</translation>
    </message>
    <message>
        <location filename="../core/chat/messagerepeater.cpp" line="60"/>
        <source>repeat: nothing to send</source>
        <translation>Wiederholen: nichts zu senden</translation>
    </message>
    <message>
        <location filename="../core/chat/messagerepeater.cpp" line="62"/>
        <location filename="../core/chat/messagerepeater.cpp" line="80"/>
        <source>repeat: the interval must be %1 to %2 s</source>
        <translation>Wiederholen: der Abstand muss %1 bis %2 s betragen</translation>
    </message>
</context>
<context>
    <name>wspulse::OutboxKeeper</name>
    <message>
        <location filename="../core/chat/outboxstore.cpp" line="125"/>
        <source>the outbox file failed (%1); unsent messages are kept in memory only</source>
        <translation>die Ausgangsdatei ist fehlgeschlagen (%1); ungesendete Nachrichten bleiben nur im Speicher</translation>
    </message>
    <message>
        <location filename="../core/chat/outboxstore.cpp" line="170"/>
        <source>cannot keep unsent messages across runs: %1; they are kept in memory only</source>
        <translation>ungesendete Nachrichten können nicht über Läufe hinweg behalten werden: %1; sie bleiben nur im Speicher</translation>
    </message>
    <message>
        <location filename="../core/chat/outboxstore.cpp" line="175"/>
        <source>cannot read the outbox: %1</source>
        <translation>der Ausgang kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/outboxstore.cpp" line="185"/>
        <source>unsent in an earlier run, sent again: %1</source>
        <translation>in einem früheren Lauf nicht gesendet, erneut gesendet: %1</translation>
    </message>
</context>
<context>
    <name>wspulse::ReplyTimer</name>
    <message>
        <location filename="../core/application/replytimer.cpp" line="135"/>
        <source>a reply came %1 ms after its message, above WS_LATENCY_ALERT</source>
        <translation>eine Antwort kam %1 ms nach ihrer Nachricht, über WS_LATENCY_ALERT</translation>
    </message>
</context>
<context>
    <name>wspulse::Session</name>
    <message>
        <location filename="../core/session/session.cpp" line="134"/>
        <source>cannot start the embedded server: %1</source>
        <translation>der eingebettete Server lässt sich nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>wspulse::Settings</name>
    <message>
        <location filename="../core/config/settings.cpp" line="56"/>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1: „%2“ ist keiner von %3</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="62"/>
        <source>%1: empty value; expected a number of %2</source>
        <translation>%1: leerer Wert; erwartet wird eine Zahl in %2</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="67"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="69"/>
        <source>%1: &quot;%2&quot; is not a finite number</source>
        <translation>%1: „%2“ ist keine endliche Zahl</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="71"/>
        <source>%1: %2 is negative</source>
        <translation>%1: %2 ist negativ</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="73"/>
        <source>%1: %2 is not a whole number of %3</source>
        <translation>%1: %2 ist keine ganze Zahl in %3</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="76"/>
        <source>%1: 0 is not allowed; the smallest value is %2 %3</source>
        <translation>%1: 0 ist nicht erlaubt; der kleinste Wert ist %2 %3</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="81"/>
        <source>%1: %2 is too small; the smallest value is %3 %4</source>
        <translation>%1: %2 ist zu klein; der kleinste Wert ist %3 %4</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="83"/>
        <source>%1: %2 is too small; the smallest value is %3 %4 (0 switches it off)</source>
        <translation>%1: %2 ist zu klein; der kleinste Wert ist %3 %4 (0 schaltet ab)</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="86"/>
        <source>%1: %2 is too large; the largest value is %3 %4</source>
        <translation>%1: %2 ist zu groß; der größte Wert ist %3 %4</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="137"/>
        <source>unknown preset &quot;%1&quot;; known presets: %2</source>
        <translation>unbekannte Vorgabe „%1“; bekannte Vorgaben: %2</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="186"/>
        <source>profile %1: cannot read the file</source>
        <translation>Profil %1: die Datei ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="189"/>
        <source>profile %1: not a valid INI file</source>
        <translation>Profil %1: keine gültige INI-Datei</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="201"/>
        <source>profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="203"/>
        <source>%1: unknown parameter</source>
        <translation>%1: unbekannter Parameter</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="228"/>
        <source>WS_IDLE_TIMEOUT (%1 s) is not longer than WS_PING_INTERVAL (%2 s): a quiet connection is closed as idle before a keep-alive ping can keep it open</source>
        <translation>WS_IDLE_TIMEOUT (%1 s) ist nicht länger als WS_PING_INTERVAL (%2 s): eine ruhige Verbindung wird wegen Leerlaufs geschlossen, bevor ein Keep-alive-Ping sie offen halten kann</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="234"/>
        <source>WS_PONG_TIMEOUT has no effect while WS_PING_INTERVAL is 0 (no pings are sent)</source>
        <translation>WS_PONG_TIMEOUT wirkt nicht, solange WS_PING_INTERVAL 0 ist (es werden keine Pings gesendet)</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="237"/>
        <source>WS_CONNECTION_TIMEOUT (%1 s) is not longer than WS_PING_INTERVAL (%2 s): connections end before their first ping</source>
        <translation>WS_CONNECTION_TIMEOUT (%1 s) ist nicht länger als WS_PING_INTERVAL (%2 s): Verbindungen enden vor ihrem ersten Ping</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="243"/>
        <source>WS_RECONNECT_MAX_DELAY (%1 s) is below WS_RECONNECT_DELAY (%2 s): every reconnect waits %1 s</source>
        <translation>WS_RECONNECT_MAX_DELAY (%1 s) liegt unter WS_RECONNECT_DELAY (%2 s): jedes Neuverbinden wartet %1 s</translation>
    </message>
</context>
<context>
    <name>wspulse::SettingsImplications</name>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="49"/>
        <source>A dead peer goes unnoticed for up to %1 (ping interval + pong timeout).</source>
        <translation>Eine tote Gegenstelle bleibt bis zu %1 unbemerkt (Ping-Intervall + Pong-Zeitlimit).</translation>
    </message>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="52"/>
        <source>A dead peer is %1 by pings (ping interval or pong timeout is off).</source>
        <translation>Eine tote Gegenstelle wird durch Pings %1 (Ping-Intervall oder Pong-Zeitlimit ist aus).</translation>
    </message>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="53"/>
        <source>never detected</source>
        <translation>nie erkannt</translation>
    </message>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="56"/>
        <source>A quiet connection is never closed as idle.</source>
        <translation>Eine ruhige Verbindung wird nie wegen Leerlaufs geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="60"/>
        <source>A quiet connection stays open: keep-alive pings every %1 s count as activity.</source>
        <translation>Eine ruhige Verbindung bleibt offen: Keep-alive-Pings alle %1 s zählen als Aktivität.</translation>
    </message>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="63"/>
        <source>A quiet connection closes after %1.</source>
        <translation>Eine ruhige Verbindung schließt nach %1.</translation>
    </message>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="71"/>
        <source>%1 would cut a quiet connection before a ping keeps it open.</source>
        <translation>%1 würde eine ruhige Verbindung trennen, bevor ein Ping sie offen hält.</translation>
    </message>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="75"/>
        <source>A partly received frame that stalls is closed by Qt itself after 5 s (1001), before longer idle or pong timeouts can act.</source>
        <translation>Einen teilweise empfangenen Frame, der stockt, schließt Qt selbst nach 5 s (1001), bevor längere Leerlauf- oder Pong-Zeitlimits greifen.</translation>
    </message>
</context>
</TS>
