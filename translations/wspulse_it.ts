<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AppProfile</name>
    <message>
        <location filename="../core/application/appprofile.cpp" line="161"/>
        <source> (ack id %1)</source>
        <translation> (id ack %1)</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="164"/>
        <source>connect %1</source>
        <translation>connessione %1</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="166"/>
        <source>disconnect %1</source>
        <translation>disconnessione %1</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="178"/>
        <source> (binary attachments: %1)</source>
        <translation> (allegati binari: %1)</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="186"/>
        <source>ack %1: %2</source>
        <translation>ack %1: %2</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="190"/>
        <source>connect error: %1</source>
        <translation>errore di connessione: %1</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="219"/>
        <source>graphql-ws: bad request (invalid message)</source>
        <translation>graphql-ws: richiesta non valida (messaggio non valido)</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="220"/>
        <source>graphql-ws: unauthorized</source>
        <translation>graphql-ws: non autorizzato</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="221"/>
        <source>graphql-ws: forbidden</source>
        <translation>graphql-ws: vietato</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="223"/>
        <source>graphql-ws: subprotocol not acceptable</source>
        <translation>graphql-ws: sottoprotocollo non accettabile</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="225"/>
        <source>graphql-ws: connection initialisation timeout (no connection_init reached the server in time)</source>
        <translation>graphql-ws: timeout di inizializzazione della connessione (nessun connection_init ha raggiunto il server in tempo)</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="229"/>
        <source>graphql-ws: subscriber for this id already exists</source>
        <translation>graphql-ws: esiste già un sottoscrittore per questo id</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="231"/>
        <source>graphql-ws: too many initialisation requests</source>
        <translation>graphql-ws: troppe richieste di inizializzazione</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="232"/>
        <source>graphql-ws: terminated</source>
        <translation>graphql-ws: terminata</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="234"/>
        <source>graphql-ws: internal server error</source>
        <translation>graphql-ws: errore interno del server</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="236"/>
        <source>graphql-ws: connection acknowledgement timeout</source>
        <translation>graphql-ws: timeout della conferma di connessione</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="258"/>
        <source>&quot;%1&quot; is not PATTERN=&gt;REPLY</source>
        <translation>«%1» non è SCHEMA=&gt;RISPOSTA</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="261"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="317"/>
        <source>connection accepted</source>
        <translation>connessione accettata</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="318"/>
        <source>unacceptable protocol version</source>
        <translation>versione del protocollo non accettabile</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="319"/>
        <source>identifier rejected</source>
        <translation>identificatore rifiutato</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="320"/>
        <source>server unavailable</source>
        <translation>server non disponibile</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="321"/>
        <source>bad user name or password</source>
        <translation>nome utente o password errati</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="322"/>
        <source>not authorized</source>
        <translation>non autorizzato</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="325"/>
        <source>return code %1</source>
        <translation>codice di ritorno %1</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="360"/>
        <source>reserved packet type %1</source>
        <translation>tipo di pacchetto riservato %1</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="367"/>
        <source>PUBLISH (malformed)</source>
        <translation>PUBLISH (malformato)</translation>
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
        <translation>, id %1</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="376"/>
        <source>, retained</source>
        <translation>, conservato (retained)</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="382"/>
        <source>%1 bytes: %2</source>
        <translation>%1 byte: %2</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="392"/>
        <source>%1 id %2</source>
        <translation>%1 id %2</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="397"/>
        <source>refused</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="399"/>
        <location filename="../core/application/appprofile.cpp" line="413"/>
        <source>%1 id %2: %3</source>
        <translation>%1 id %2: %3</translation>
    </message>
    <message>
        <location filename="../core/application/appprofile.cpp" line="432"/>
        <source>incomplete MQTT packet (%1 bytes)</source>
        <translation>pacchetto MQTT incompleto (%1 byte)</translation>
    </message>
</context>
<context>
    <name>ChatBinding</name>
    <message>
        <location filename="../ui/chatbinding.cpp" line="27"/>
        <source>connected to %1</source>
        <translation>connesso a %1</translation>
    </message>
    <message>
        <location filename="../ui/chatbinding.cpp" line="32"/>
        <source>disconnected: %1</source>
        <translation>disconnesso: %1</translation>
    </message>
    <message>
        <location filename="../ui/chatbinding.cpp" line="45"/>
        <source>unsent in the last run, sent again: %1</source>
        <translation>non inviati nell&apos;ultima esecuzione, rinviati: %1</translation>
    </message>
    <message>
        <location filename="../ui/chatbinding.cpp" line="94"/>
        <source>cannot connect: %1</source>
        <translation>impossibile connettersi: %1</translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message numerus="yes">
        <location filename="../ui/chatmodel.cpp" line="85"/>
        <source>… %n more bytes</source>
        <translation>
            <numerusform>… %n byte in più</numerusform>
            <numerusform>… %n byte in più</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chatmodel.cpp" line="100"/>
        <source>binary, %n bytes: </source>
        <translation>
            <numerusform>binario, %n byte: </numerusform>
            <numerusform>binario, %n byte: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chatmodel.cpp" line="102"/>
        <source>binary, %n bytes:</source>
        <translation>
            <numerusform>binario, %n byte:</numerusform>
            <numerusform>binario, %n byte:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="127"/>
        <source>Here now: %1</source>
        <translation>Presenti ora: %1</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="144"/>
        <source>%1 is now %2</source>
        <translation>%1 ora si chiama %2</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="148"/>
        <source>%1 joined</source>
        <translation>%1 è entrato</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="150"/>
        <source>%1 left</source>
        <translation>%1 è uscito</translation>
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
        <translation>In coda: attende la connessione</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="310"/>
        <source>Sent: waiting for the server&apos;s acknowledgement</source>
        <translation>Inviato: attende la conferma del server</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="312"/>
        <source>Delivered: acknowledged after %1</source>
        <translation>Consegnato: confermato dopo %1</translation>
    </message>
    <message>
        <location filename="../ui/chatmodel.cpp" line="314"/>
        <source>Failed: not acknowledged</source>
        <translation>Non riuscito: non confermato</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../ui/chatpane.cpp" line="63"/>
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="66"/>
        <source>sent</source>
        <translation>inviato</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="69"/>
        <source>delivered in %1</source>
        <translation>consegnato in %1</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="72"/>
        <source>FAILED</source>
        <translation>NON RIUSCITO</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="206"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="213"/>
        <source>Copy as &amp;JSON lines</source>
        <translation>Copia come righe &amp;JSON</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="221"/>
        <source>&amp;Resend</source>
        <translation>&amp;Rinvia</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="228"/>
        <source>Co&amp;llapse</source>
        <translation>Co&amp;mprimi</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="228"/>
        <source>E&amp;xpand</source>
        <translation>&amp;Espandi</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="233"/>
        <source>Show &amp;milliseconds</source>
        <translation>Mostra i &amp;millisecondi</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="252"/>
        <source>Repeat every</source>
        <translation>Ripeti ogni</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="253"/>
        <source>Send the message in the composer now and again at this interval, each a normal message with its delivery or reply time, until unticked</source>
        <translation>Invia il messaggio nel compositore ora e di nuovo a questo intervallo, ognuno un messaggio normale con il suo tempo di consegna o di risposta, finché non viene deselezionato</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="255"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="256"/>
        <source>Repeat interval in seconds</source>
        <translation>Intervallo di ripetizione in secondi</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="257"/>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="258"/>
        <source>Send (Enter); Shift+Enter adds a line</source>
        <translation>Invia (Invio); Maiusc+Invio aggiunge una riga</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="259"/>
        <source>Type a message: Enter sends, Shift+Enter adds a line</source>
        <translation>Scrivi un messaggio: Invio invia, Maiusc+Invio aggiunge una riga</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="260"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="261"/>
        <source>Chat messages</source>
        <translation>Messaggi della chat</translation>
    </message>
    <message>
        <location filename="../ui/chatpane.cpp" line="262"/>
        <source>Keeps the last %1 messages</source>
        <translation>Conserva gli ultimi %1 messaggi</translation>
    </message>
</context>
<context>
    <name>ChatProtocol</name>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="31"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«%1» deve essere una stringa</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="43"/>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>«%1» deve essere un numero intero</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="53"/>
        <location filename="../core/chat/chatprotocol.cpp" line="59"/>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>«%1» deve essere un elenco di stringhe</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="79"/>
        <source>not JSON: %1</source>
        <translation>non è JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="83"/>
        <source>expected a JSON object</source>
        <translation>atteso un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="118"/>
        <source>a name must not be empty</source>
        <translation>un nome non può essere vuoto</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="120"/>
        <source>a name has at most %1 characters</source>
        <translation>un nome ha al massimo %1 caratteri</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="123"/>
        <source>a name must not contain control characters</source>
        <translation>un nome non può contenere caratteri di controllo</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="144"/>
        <source>&quot;id&quot; must not be empty</source>
        <translation>«id» non può essere vuoto</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="146"/>
        <source>&quot;id&quot; is longer than 128 characters</source>
        <translation>«id» è più lungo di 128 caratteri</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="159"/>
        <location filename="../core/chat/chatprotocol.cpp" line="200"/>
        <source>unknown type &quot;%1&quot;</source>
        <translation>tipo sconosciuto «%1»</translation>
    </message>
    <message>
        <location filename="../core/chat/chatprotocol.cpp" line="180"/>
        <source>&quot;history&quot; must be a list</source>
        <translation>«history» deve essere un elenco</translation>
    </message>
</context>
<context>
    <name>ChatStore</name>
    <message>
        <location filename="../core/chat/chatstore.cpp" line="41"/>
        <source>&quot;%1&quot; is not a history limit: a number of messages (10000) or of days (30d); 0 keeps everything</source>
        <translation>&quot;%1&quot; non è un limite della cronologia: un numero di messaggi (10000) o di giorni (30d); 0 conserva tutto</translation>
    </message>
    <message>
        <location filename="../core/chat/chatstore.cpp" line="61"/>
        <location filename="../core/chat/outboxstore.cpp" line="45"/>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatstore.cpp" line="70"/>
        <location filename="../core/chat/outboxstore.cpp" line="57"/>
        <source>cannot write in %1</source>
        <translation>impossibile scrivere in %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatstore.cpp" line="74"/>
        <source>%1 is in use by another wspulse (pid %2)</source>
        <translation>%1 è in uso da un altro wspulse (pid %2)</translation>
    </message>
    <message>
        <location filename="../core/chat/sqlitefile.cpp" line="21"/>
        <source>not a wspulse database (%1)</source>
        <translation>non è un database di wspulse (%1)</translation>
    </message>
    <message>
        <location filename="../core/chat/sqlitefile.cpp" line="23"/>
        <source>the database is damaged (%1)</source>
        <translation>il database è danneggiato (%1)</translation>
    </message>
    <message>
        <location filename="../core/chat/sqlitefile.cpp" line="33"/>
        <source>made by a newer wspulse (schema %1; this one knows up to %2); left as it is</source>
        <translation>creato da un wspulse più recente (schema %1; questo conosce fino a %2); lasciato com&apos;è</translation>
    </message>
    <message>
        <location filename="../core/chat/sqlitefile.cpp" line="45"/>
        <source>cannot upgrade the schema from %1: %2</source>
        <translation>impossibile aggiornare lo schema da %1: %2</translation>
    </message>
    <message>
        <location filename="../core/chat/sqlitefile.cpp" line="77"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/chat/outboxstore.cpp" line="56"/>
        <source>%1 is in use by another wspulse</source>
        <translation>%1 è in uso da un altro wspulse</translation>
    </message>
</context>
<context>
    <name>Close</name>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="267"/>
        <source>a proxy in front answered HTTP %1 %2: it could not get an answer from the server behind it</source>
        <translation>un proxy davanti ha risposto HTTP %1 %2: non ha ottenuto risposta dal server dietro di esso</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="270"/>
        <source>the server refused the upgrade: HTTP %1 %2</source>
        <translation>il server ha rifiutato l&apos;upgrade: HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="274"/>
        <source>, answered by %1</source>
        <translation>, risposta di %1</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="278"/>
        <source>connection refused: nothing listens on that port</source>
        <translation>connessione rifiutata: nessuno è in ascolto su quella porta</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="280"/>
        <source>host not found</source>
        <translation>host non trovato</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="282"/>
        <source>the TLS handshake failed</source>
        <translation>l&apos;handshake TLS è fallito</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="284"/>
        <source>the peer&apos;s host or a proxy closed TCP without a WebSocket close</source>
        <translation>l&apos;host del peer o un proxy ha chiuso TCP senza una chiusura WebSocket</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="286"/>
        <source>the connection was reset (an abort, or a path or middlebox that gave up)</source>
        <translation>la connessione è stata reimpostata (un&apos;interruzione, o un percorso o un middlebox che ha rinunciato)</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="289"/>
        <source>the network timed out</source>
        <translation>timeout della rete</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="291"/>
        <source>the proxy %1 refused our credentials (HTTP 407): check the proxy&apos;s user and password</source>
        <translation>il proxy %1 ha rifiutato le nostre credenziali (HTTP 407): controlla utente e password del proxy</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="296"/>
        <source>the proxy %1 refused to open a tunnel to the server (HTTP 403 or 405): its rules do not allow this host or port</source>
        <translation>il proxy %1 ha rifiutato di aprire un tunnel verso il server (HTTP 403 o 405): le sue regole non consentono questo host o porta</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="301"/>
        <source>the proxy %1 could not find the server&apos;s host (HTTP 404)</source>
        <translation>il proxy %1 non ha trovato l&apos;host del server (HTTP 404)</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="304"/>
        <source>the proxy %1 could not connect to the server (HTTP 503)</source>
        <translation>il proxy %1 non è riuscito a connettersi al server (HTTP 503)</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="307"/>
        <source>cannot reach the proxy %1: %2</source>
        <translation>impossibile raggiungere il proxy %1: %2</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="309"/>
        <source>the proxy %1 closed the connection before the tunnel was open</source>
        <translation>il proxy %1 ha chiuso la connessione prima che il tunnel fosse aperto</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="313"/>
        <source>the proxy failed: %1</source>
        <translation>il proxy è fallito: %1</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="314"/>
        <source>the proxy %1 answered CONNECT with an error (such as 502 or 500: it could not reach the server)</source>
        <translation>il proxy %1 ha risposto a CONNECT con un errore (come 502 o 500: non ha raggiunto il server)</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="319"/>
        <source>network error: %1</source>
        <translation>errore di rete: %1</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="321"/>
        <source>Qt&apos;s own 5 s read timeout for a partly received frame</source>
        <translation>il timeout di lettura di 5 s di Qt per un frame ricevuto in parte</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="323"/>
        <source>Qt closed it: %1</source>
        <translation>Qt l&apos;ha chiusa: %1</translation>
    </message>
    <message>
        <location filename="../core/supervision/closeclassifier.cpp" line="325"/>
        <source>no answer within the connect timeout</source>
        <translation>nessuna risposta entro il timeout di connessione</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="30"/>
        <source>--url: empty URL</source>
        <translation>--url: URL vuoto</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="32"/>
        <source>--url: &quot;%1&quot; is not a valid URL: %2</source>
        <translation>--url: «%1» non è un URL valido: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="36"/>
        <source>--url: &quot;%1&quot; must start with ws:// or wss://</source>
        <translation>--url: «%1» deve iniziare con ws:// o wss://</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="38"/>
        <source>--url: &quot;%1&quot; has no host</source>
        <translation>--url: «%1» non indica un host</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="48"/>
        <source>Watch and tune the health of WebSocket connections while chatting over them.</source>
        <translation>Osserva e regola la salute delle connessioni WebSocket mentre ci si chatta sopra.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="54"/>
        <source>Connect to this ws:// or wss:// server instead of the embedded one.</source>
        <translation>Connettiti a questo server ws:// o wss:// invece che a quello integrato.</translation>
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
        <translation>Senza finestra: righe JSON su stdout, le righe di stdin vengono inviate.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="61"/>
        <source>Run only the server.</source>
        <translation>Esegui solo il server.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="64"/>
        <source>Headless: end after this many seconds.</source>
        <translation>Senza finestra: termina dopo questi secondi.</translation>
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
        <translation>Server: indirizzo su cui ascoltare.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="68"/>
        <source>ADDR</source>
        <translation>INDIRIZZO</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="70"/>
        <source>Serve: port to listen on.</source>
        <translation>Server: porta su cui ascoltare.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="71"/>
        <source>PORT</source>
        <translation>PORTA</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="74"/>
        <source>Start from a preset: defaults, development, production, high-latency.</source>
        <translation>Parti da un preset: defaults, development, production, high-latency.</translation>
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
        <translation>NOME</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="79"/>
        <source>Read parameters from this INI file (keys like ping_interval).</source>
        <translation>Leggi i parametri da questo file INI (chiavi come ping_interval).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="80"/>
        <location filename="../app/commandline.cpp" line="251"/>
        <location filename="../app/commandline.cpp" line="255"/>
        <location filename="../app/commandline.cpp" line="259"/>
        <location filename="../app/commandline.cpp" line="288"/>
        <location filename="../app/commandline.cpp" line="292"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="82"/>
        <source>Chat: display name to ask the server for.</source>
        <translation>Chat: nome visualizzato da chiedere al server.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="86"/>
        <source>Offer this subprotocol in the upgrade instead of the chat protocol (repeat for more, in order of preference).</source>
        <translation>Offre questo sottoprotocollo nell&apos;upgrade al posto del protocollo di chat (ripetere per altri, in ordine di preferenza).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="92"/>
        <source>Raw mode: a reply is the first JSON message whose top-level field NAME has the same value as in the message sent (default: the first message received after it).</source>
        <translation>Modalità grezza: una risposta è il primo messaggio JSON il cui campo NAME di primo livello ha lo stesso valore del messaggio inviato (predefinito: il primo messaggio ricevuto dopo di esso).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="99"/>
        <source>Custom profile: the application ping to send every WS_APP_PING_INTERVAL; {seq} and {ts_ms} are replaced.</source>
        <translation>Profilo personalizzato: il ping applicativo da inviare ogni WS_APP_PING_INTERVAL; {seq} e {ts_ms} vengono sostituiti.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="102"/>
        <source>TEMPLATE</source>
        <translation>MODELLO</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="105"/>
        <source>Custom profile: a regular expression that recognises the answer to our ping.</source>
        <translation>Profilo personalizzato: un&apos;espressione regolare che riconosce la risposta al nostro ping.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="107"/>
        <source>REGEX</source>
        <translation>REGEX</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="110"/>
        <source>Custom profile: answer a server frame that matches PATTERN with REPLY (repeat for more rules).</source>
        <translation>Profilo personalizzato: risponde a un frame del server che corrisponde a SCHEMA con RISPOSTA (ripetere per altre regole).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="113"/>
        <source>PATTERN=&gt;REPLY</source>
        <translation>SCHEMA=&gt;RISPOSTA</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="116"/>
        <source>Headless and soak mode: send TEXT every SECONDS from the start (each connection, in soak mode), like /every; one argument, e.g. &quot;5 hello&quot;.</source>
        <translation>Modalità headless e soak: invia TESTO ogni SECONDI dall&apos;avvio (ogni connessione, in modalità soak), come /every; un solo argomento, ad es. &quot;5 ciao&quot;.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="119"/>
        <source>&quot;SECONDS TEXT&quot;</source>
        <translation>&quot;SECONDI TESTO&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="125"/>
        <source>[ADDR:]PORT</source>
        <translation>[INDIRIZZO:]PORTA</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="128"/>
        <source>Headless mode: watch this endpoint too, under this name (repeat for more; instead of --url). Events and metrics carry the name.</source>
        <translation>Modalità headless: osserva anche questo endpoint, con questo nome (ripetere per altri; al posto di --url). Eventi e metriche riportano il nome.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="131"/>
        <source>NAME=URL</source>
        <translation>NOME=URL</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="134"/>
        <source>Server: chat messages replayed to a client that joins (default 100).</source>
        <translation>Server: messaggi di chat riproposti a un client che entra (predefinito 100).</translation>
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
        <translation>Server: conserva la chat (messaggi, i loro id) in DIR/chat.sqlite, così un riavvio non perde nulla; &quot;none&quot; la tiene solo in memoria (predefinito: la cartella dati dell&apos;applicazione, &quot;chat&quot;).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="143"/>
        <source>DIR</source>
        <translation>CARTELLA</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="146"/>
        <source>Server: how much of the kept chat stays, in messages (100000, the default) or days (30d); 0 keeps everything. Older rows are deleted in the background.</source>
        <translation>Server: quanta chat conservata resta, in messaggi (100000, il predefinito) o giorni (30d); 0 conserva tutto. Le righe più vecchie sono cancellate in background.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="149"/>
        <source>N|Nd</source>
        <translation>N|Nd</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="152"/>
        <source>Keep unacknowledged chat messages in memory only (by default they are kept in a file per server and sent again at the next start).</source>
        <translation>Tieni i messaggi di chat non confermati solo in memoria (di norma sono conservati in un file per server e rinviati al prossimo avvio).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="157"/>
        <source>Server: connections accepted at once; the next is closed with 1013 (default 1000).</source>
        <translation>Server: connessioni accettate contemporaneamente; la successiva viene chiusa con 1013 (predefinito 1000).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="162"/>
        <source>Server: chat messages per second per connection (default 100).</source>
        <translation>Server: messaggi di chat al secondo per connessione (predefinito 100).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="166"/>
        <source>Server: comma-separated Origin values accepted on the handshake (default: any).</source>
        <translation>Server: valori di Origin separati da virgole accettati nell&apos;handshake (predefinito: tutti).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="168"/>
        <location filename="../app/commandline.cpp" line="208"/>
        <source>LIST</source>
        <translation>ELENCO</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="171"/>
        <source>Language of the interface (it, de, en), instead of the system&apos;s.</source>
        <translation>Lingua dell&apos;interfaccia (it, de, en) invece di quella del sistema.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="172"/>
        <source>CODE</source>
        <translation>CODICE</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="175"/>
        <source>Link simulator: added latency in ms, both ways or UP,DOWN.</source>
        <translation>Simulatore di collegamento: latenza aggiunta in ms, in entrambe le direzioni o come SU,GIÙ.</translation>
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
        <translation>Simulatore di collegamento: jitter in ms (+/-), in entrambe le direzioni o come SU,GIÙ.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="183"/>
        <source>Link simulator: bandwidth cap in bytes per second, both ways or UP,DOWN (0: none).</source>
        <translation>Simulatore di collegamento: limite di banda in byte al secondo, in entrambe le direzioni o come SU,GIÙ (0: nessuno).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="188"/>
        <source>Link simulator: seed of the jitter, to repeat a run.</source>
        <translation>Simulatore di collegamento: seme del jitter, per ripetere un&apos;esecuzione.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="192"/>
        <source>Link simulator: start from lan, 4g, 3g, satellite or lossy-wifi.</source>
        <translation>Simulatore di collegamento: parti da lan, 4g, 3g, satellite o lossy-wifi.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="196"/>
        <source>Headless soak mode: open N supervised connections and print a summary every second.</source>
        <translation>Prova di carico senza finestra: apre N connessioni sorvegliate e stampa un riepilogo ogni secondo.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="201"/>
        <source>Soak mode: connections opened per second (default 200).</source>
        <translation>Prova di carico: connessioni aperte al secondo (predefinito 200).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="205"/>
        <source>Headless and serve: print only these events (timeout,closed) or all but these (-ping,-pong).</source>
        <translation>Headless e server: stampa solo questi eventi (timeout,closed) o tutti tranne questi (-ping,-pong).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="211"/>
        <source>Print the parameter table (Markdown) and exit.</source>
        <translation>Stampa la tabella dei parametri (Markdown) ed esci.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="223"/>
        <source>Connection: </source>
        <translation>Connessione: </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="227"/>
        <source>add this header to the upgrade request (repeat for more).</source>
        <translation>aggiungi questo header alla richiesta di upgrade (ripeti per altri).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="228"/>
        <source>&quot;NAME: VALUE&quot;</source>
        <translation>&quot;NOME: VALORE&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="231"/>
        <source>the Origin header to send.</source>
        <translation>l&apos;header Origin da inviare.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="232"/>
        <source>ORIGIN</source>
        <translation>ORIGIN</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="236"/>
        <source>send &quot;Authorization: Bearer TOKEN&quot; (or set WSPULSE_BEARER).</source>
        <translation>invia &quot;Authorization: Bearer TOKEN&quot; (oppure imposta WSPULSE_BEARER).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="238"/>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="242"/>
        <source>HTTP basic authentication (or set WSPULSE_BASIC).</source>
        <translation>autenticazione HTTP basic (oppure imposta WSPULSE_BASIC).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="243"/>
        <source>USER:PASSWORD</source>
        <translation>UTENTE:PASSWORD</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="246"/>
        <source>the Cookie header (or set WSPULSE_COOKIE).</source>
        <translation>l&apos;header Cookie (oppure imposta WSPULSE_COOKIE).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="247"/>
        <source>&quot;NAME=VALUE; ...&quot;</source>
        <translation>&quot;NOME=VALORE; ...&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="250"/>
        <source>trust this certificate authority for wss:// too.</source>
        <translation>fidati anche di questa autorità di certificazione per wss://.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="254"/>
        <source>client certificate (PEM) for mutual TLS.</source>
        <translation>certificato client (PEM) per TLS reciproco.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="258"/>
        <source>its private key (PEM, unencrypted).</source>
        <translation>la sua chiave privata (PEM, non cifrata).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="263"/>
        <source>go through this proxy: http://[USER:PASS@]HOST:PORT, socks5://, socks5h://, or none (default: https_proxy, http_proxy, all_proxy and no_proxy, as curl reads them).</source>
        <translation>passa da questo proxy: http://[UTENTE:PASS@]HOST:PORTA, socks5://, socks5h:// oppure none (predefinito: https_proxy, http_proxy, all_proxy e no_proxy, come li legge curl).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="272"/>
        <source>Use this saved connection (URL, headers, auth, proxy, subprotocols, parameters, link conditions); other options given override its values.</source>
        <translation>Usa questa connessione salvata (URL, header, autenticazione, proxy, sottoprotocolli, parametri, condizioni del simulatore); le altre opzioni indicate prevalgono.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="278"/>
        <source>Save what this command line describes as a connection under NAME, and exit.</source>
        <translation>Salva ciò che questa riga di comando descrive come connessione con il nome NOME, poi esci.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="282"/>
        <source>List the saved connections.</source>
        <translation>Elenca le connessioni salvate.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="285"/>
        <source>Write the saved connections (or only --connection NAME) to FILE, without their secrets unless --with-secrets.</source>
        <translation>Scrivi le connessioni salvate (o solo --connection NOME) in FILE, senza i segreti salvo --with-secrets.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="291"/>
        <source>Add the connections in FILE (an export) to the saved ones.</source>
        <translation>Aggiungi le connessioni di FILE (un export) a quelle salvate.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="295"/>
        <source>--export-connections: include tokens, passwords and cookies.</source>
        <translation>--export-connections: includi token, password e cookie.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="303"/>
        <source>[%1; env %2; default %3]</source>
        <translation>[%1; variabile %2; predefinito %3]</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="382"/>
        <source>--subprotocol: &quot;%1&quot; is not a valid subprotocol name</source>
        <translation>--subprotocol: «%1» non è un nome di sottoprotocollo valido</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="395"/>
        <source>--app-ping-text needs --app-pong-match to know its answer</source>
        <translation>--app-ping-text richiede --app-pong-match per riconoscere la sua risposta</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="412"/>
        <source>--send-every: needs --headless</source>
        <translation>--send-every: richiede --headless</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="433"/>
        <source>%1: &quot;%2&quot; is not a target name (letters, digits, _ . -)</source>
        <translation>%1: &quot;%2&quot; non è un nome di destinazione (lettere, cifre, _ . -)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="440"/>
        <source>%1: the name &quot;%2&quot; is used twice</source>
        <translation>%1: il nome &quot;%2&quot; è usato due volte</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="454"/>
        <source>--target: say NAME=URL, not &quot;%1&quot;</source>
        <translation>--target: forma NOME=URL, non &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="476"/>
        <source>%1 [target.%2] %3: unknown parameter</source>
        <translation>%1 [target.%2] %3: parametro sconosciuto</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="494"/>
        <source>--target: use either --url or --target</source>
        <translation>--target: usare --url oppure --target</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="514"/>
        <source>%1 [connection] %2: not a connection key (headers, origin, proxy, ca, client_cert, client_key, subprotocols; secrets go in the environment)</source>
        <translation>%1 [connection] %2: non è una chiave di connessione (headers, origin, proxy, ca, client_cert, client_key, subprotocols; i segreti vanno nell&apos;ambiente)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="565"/>
        <source>--bearer and --basic: one Authorization header, choose one</source>
        <translation>--bearer e --basic: un solo header Authorization, scegline uno</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="640"/>
        <source>--save-connection: the name is empty</source>
        <translation>--save-connection: il nome è vuoto</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="647"/>
        <source>--reply-id-field: the field name is empty</source>
        <translation>--reply-id-field: il nome del campo è vuoto</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="674"/>
        <source>--data: a folder, or &quot;none&quot;</source>
        <translation>--data: una cartella, oppure &quot;none&quot;</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="692"/>
        <source>--target: soak mode (--connections) takes --url</source>
        <translation>--target: la modalità soak (--connections) usa --url</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="694"/>
        <source>--connections: soak mode needs --headless</source>
        <translation>--connections: la prova di carico richiede --headless</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="699"/>
        <source>--ramp: &quot;%1&quot; is not a positive number of connections per second</source>
        <translation>--ramp: «%1» non è un numero positivo di connessioni al secondo</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="721"/>
        <source>--link-preset: unknown preset &quot;%1&quot;</source>
        <translation>--link-preset: preset sconosciuto «%1»</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="735"/>
        <source>--%1: &quot;%2&quot; is not a whole number from 0 to %3, or two of them as UP,DOWN</source>
        <translation>--%1: «%2» non è un numero intero da 0 a %3, né una coppia SU,GIÙ</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="755"/>
        <source>--link-seed: &quot;%1&quot; is not a whole number</source>
        <translation>--link-seed: «%1» non è un numero intero</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="185"/>
        <location filename="../app/commandline.cpp" line="307"/>
        <source>BYTES</source>
        <translation>BYTE</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="122"/>
        <source>Serve Prometheus metrics at http://ADDR:PORT/metrics (ADDR defaults to 127.0.0.1), in every mode.</source>
        <translation>Espone le metriche Prometheus su http://INDIRIZZO:PORTA/metrics (INDIRIZZO predefinito 127.0.0.1), in ogni modalità.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="326"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argomento inatteso «%1»</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="333"/>
        <source>--headless and --serve cannot be combined</source>
        <translation>--headless e --serve non si possono combinare</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="348"/>
        <source>--duration: &quot;%1&quot; is not a positive number of seconds</source>
        <translation>--duration: «%1» non è un numero positivo di secondi</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="356"/>
        <source>--bind: &quot;%1&quot; is not an IP address</source>
        <translation>--bind: «%1» non è un indirizzo IP</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="363"/>
        <source>--port: &quot;%1&quot; is not a port number (0-65535)</source>
        <translation>--port: «%1» non è un numero di porta (0-65535)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="491"/>
        <source>--target and a profile&apos;s [targets]: need --headless</source>
        <translation>--target e la sezione [targets] di un profilo: richiedono --headless</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="655"/>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation>--%1: «%2» non è un numero intero da %3 a %4</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <location filename="../ui/connectionbar.cpp" line="24"/>
        <source>disconnected</source>
        <translation>disconnesso</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="24"/>
        <source>connecting</source>
        <translation>in connessione</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="25"/>
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="25"/>
        <source>closing</source>
        <translation>in chiusura</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="26"/>
        <source>reconnecting</source>
        <translation>in riconnessione</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="121"/>
        <source>&quot;%1&quot; is not a ws:// or wss:// URL with a host</source>
        <translation>«%1» non è un URL ws:// o wss:// con un host</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="170"/>
        <source>Connected to %1, not to this URL: Enter switches to it</source>
        <translation>Connesso a %1, non a questo URL: Invio passa a questo</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="200"/>
        <source>retrying</source>
        <translation>nuovo tentativo</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="239"/>
        <source>Cannot connect (attempt %1): %2</source>
        <translation>Connessione impossibile (tentativo %1): %2</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="242"/>
        <source>then 1 failed attempt: %1</source>
        <translation>poi 1 tentativo fallito: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="243"/>
        <source>then %1 failed attempts: %2</source>
        <translation>poi %1 tentativi falliti: %2</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="252"/>
        <source>next in %1 s</source>
        <translation>prossimo tra %1 s</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="287"/>
        <source>Display name (now: %1)</source>
        <translation>Nome visualizzato (ora: %1)</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="313"/>
        <source>%1; latency alert: slow</source>
        <translation>%1; allarme di latenza: lenta</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="329"/>
        <source>Embedded</source>
        <translation>Integrato</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="320"/>
        <source>Connection state: %1</source>
        <translation>Stato della connessione: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="321"/>
        <location filename="../ui/connectionbar.cpp" line="353"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="321"/>
        <location filename="../ui/connectionbar.cpp" line="353"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="326"/>
        <source>ws:// or wss:// URL of the server</source>
        <translation>URL ws:// o wss:// del server</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="327"/>
        <source>ws://host:port/path</source>
        <translation>ws://host:porta/percorso</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="328"/>
        <source>Server URL</source>
        <translation>URL del server</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="330"/>
        <source>Chat through wspulse&apos;s own server on this machine</source>
        <translation>Chatta tramite il server di wspulse su questa macchina</translation>
    </message>
    <message>
        <location filename="../ui/connectionbar.cpp" line="287"/>
        <location filename="../ui/connectionbar.cpp" line="332"/>
        <source>Display name</source>
        <translation>Nome visualizzato</translation>
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
        <translation>Diagnostica</translation>
    </message>
    <message>
        <location filename="../ui/connectiondetail.cpp" line="75"/>
        <source>Graph</source>
        <translation>Grafico</translation>
    </message>
    <message>
        <location filename="../ui/connectiondetail.cpp" line="76"/>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <location filename="../ui/connectiondetail.cpp" line="77"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../ui/connectiondetail.cpp" line="78"/>
        <source>Link</source>
        <translation>Collegamento</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="38"/>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="39"/>
        <source>to save it: a name</source>
        <translation>per salvarla: un nome</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="40"/>
        <source>ws://host:port/path</source>
        <translation>ws://host:porta/percorso</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="41"/>
        <source>One per line: Name: value</source>
        <translation>Uno per riga: Nome: valore</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="44"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="45"/>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="45"/>
        <source>Bearer token</source>
        <translation>Token bearer</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="45"/>
        <source>Basic (user and password)</source>
        <translation>Basic (utente e password)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="46"/>
        <source>user</source>
        <translation>utente</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="49"/>
        <source>name=value; ...</source>
        <translation>nome=valore; ...</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="50"/>
        <source>in order of preference, comma-separated</source>
        <translation>in ordine di preferenza, separati da virgole</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="51"/>
        <source>from the environment or the system; none: direct</source>
        <translation>dall&apos;ambiente o dal sistema; none: diretta</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="58"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="69"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
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
        <translation>&amp;Autenticazione:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="81"/>
        <source>Coo&amp;kie:</source>
        <translation>Coo&amp;kie:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="82"/>
        <source>&amp;Subprotocols:</source>
        <translation>&amp;Sottoprotocolli:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="83"/>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="84"/>
        <source>Certificate authority (PEM)</source>
        <translation>Autorità di certificazione (PEM)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="84"/>
        <source>Certificate au&amp;thority:</source>
        <translation>Autori&amp;tà di certificazione:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="85"/>
        <source>Client &amp;certificate:</source>
        <translation>&amp;Certificato client:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="86"/>
        <source>Client certificate (PEM)</source>
        <translation>Certificato client (PEM)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="87"/>
        <source>Client key (PEM)</source>
        <translation>Chiave client (PEM)</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="87"/>
        <source>Client ke&amp;y:</source>
        <translation>Chia&amp;ve client:</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="94"/>
        <source>Connect</source>
        <translation>Connetti</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="107"/>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="107"/>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="158"/>
        <source>URL: &quot;%1&quot; is not a ws:// or wss:// URL with a host</source>
        <translation>URL: «%1» non è un URL ws:// o wss:// con un host</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="167"/>
        <source>Headers: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="178"/>
        <source>Authentication: the token is empty</source>
        <translation>Autenticazione: il token è vuoto</translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.cpp" line="183"/>
        <source>Authentication: the user is empty</source>
        <translation>Autenticazione: l&apos;utente è vuoto</translation>
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
        <translation>una connessione senza nome</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="94"/>
        <source>connection %1: &quot;%2&quot; is not a ws:// or wss:// URL</source>
        <translation>connessione %1: &quot;%2&quot; non è un URL ws:// o wss://</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="103"/>
        <source>connection %1: %2</source>
        <translation>connessione %1: %2</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="121"/>
        <source>connection %1: %2 is not a parameter</source>
        <translation>connessione %1: %2 non è un parametro</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="208"/>
        <source>saved secrets are kept in %1, readable only by you (no platform keychain: %2)</source>
        <translation>i segreti salvati sono in %1, leggibile solo da te (nessun portachiavi di sistema: %2)</translation>
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
        <translation>%1: non è un file di connessioni salvate (%2)</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="250"/>
        <source>cannot read the saved secrets: %1</source>
        <translation>impossibile leggere i segreti salvati: %1</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="263"/>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="273"/>
        <source>%1: cannot make it private</source>
        <translation>%1: impossibile renderlo privato</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="324"/>
        <source>no saved connection named &quot;%1&quot; (saved: %2)</source>
        <translation>nessuna connessione salvata con nome &quot;%1&quot; (salvate: %2)</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="326"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="357"/>
        <source>a connection needs a name</source>
        <translation>una connessione ha bisogno di un nome</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="372"/>
        <source>no saved connection named &quot;%1&quot;</source>
        <translation>nessuna connessione salvata con nome &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="380"/>
        <source>a connection named &quot;%1&quot; exists already</source>
        <translation>esiste già una connessione con nome &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="418"/>
        <source>not a wspulse connections file%1</source>
        <translation>non è un file di connessioni di wspulse%1</translation>
    </message>
    <message>
        <location filename="../core/session/connectionstore.cpp" line="421"/>
        <source>written by a newer wspulse (format version %1): not imported</source>
        <translation>scritto da un wspulse più recente (versione di formato %1): non importato</translation>
    </message>
    <message>
        <location filename="../core/session/secretkeychain.cpp" line="103"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>il portachiavi non ha risposto entro %1 s</translation>
    </message>
    <message>
        <location filename="../core/session/secretkeychain.cpp" line="142"/>
        <source>the keychain is switched off (WSPULSE_KEYCHAIN=0)</source>
        <translation>il portachiavi è disattivato (WSPULSE_KEYCHAIN=0)</translation>
    </message>
    <message>
        <location filename="../core/session/secretkeychain.cpp" line="166"/>
        <source>the keychain entry %1 is not wspulse&apos;s</source>
        <translation>la voce del portachiavi %1 non è di wspulse</translation>
    </message>
    <message>
        <location filename="../core/session/secretkeychain.cpp" line="172"/>
        <location filename="../core/session/secretkeychain.cpp" line="193"/>
        <source>built without QtKeychain</source>
        <translation>compilato senza QtKeychain</translation>
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
        <translation>ancora aperta</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="81"/>
        <source>another timeout</source>
        <translation>altro timeout</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="83"/>
        <source>closed by us</source>
        <translation>chiusa da noi</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="85"/>
        <source>closed by the peer</source>
        <translation>chiusa dall&apos;altro capo</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="87"/>
        <source>lost in the network</source>
        <translation>persa nella rete</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="89"/>
        <source>cut by an intermediary</source>
        <translation>tagliata da un intermediario</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="91"/>
        <source>closed by Qt</source>
        <translation>chiusa da Qt</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="93"/>
        <source>failed to connect</source>
        <translation>connessione fallita</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="102"/>
        <source>idle timeout</source>
        <translation>timeout di inattività</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="104"/>
        <source>pong timeout</source>
        <translation>timeout del pong</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="106"/>
        <source>lifetime limit</source>
        <translation>limite di durata</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="108"/>
        <source>send stall</source>
        <translation>invio bloccato</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="110"/>
        <source>connect timeout</source>
        <translation>timeout di connessione</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="112"/>
        <source>application pong timeout</source>
        <translation>timeout del pong dell&apos;applicazione</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="114"/>
        <source>server heartbeat stopped</source>
        <translation>heartbeat del server interrotto</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="123"/>
        <source>idle</source>
        <translation>inattività</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="125"/>
        <source>pong</source>
        <translation>pong</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="127"/>
        <source>lifetime</source>
        <translation>durata</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="129"/>
        <source>stall</source>
        <translation>blocco</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="131"/>
        <source>connect</source>
        <translation>apertura</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="133"/>
        <source>app pong</source>
        <translation>pong app</translation>
    </message>
    <message>
        <location filename="../ui/connectionending.cpp" line="135"/>
        <source>heartbeat</source>
        <translation>heartbeat</translation>
    </message>
</context>
<context>
    <name>Event</name>
    <message>
        <location filename="../core/events/event.cpp" line="256"/>
        <source>not JSON: %1</source>
        <translation>non è JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/events/event.cpp" line="258"/>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <location filename="../core/events/event.cpp" line="262"/>
        <source>unknown or missing &quot;event&quot;</source>
        <translation>«event» mancante o sconosciuto</translation>
    </message>
    <message>
        <location filename="../core/events/event.cpp" line="266"/>
        <source>missing numeric &quot;t_ms&quot;</source>
        <translation>manca «t_ms» numerico</translation>
    </message>
    <message>
        <location filename="../core/events/event.cpp" line="269"/>
        <source>missing or invalid &quot;ts&quot;</source>
        <translation>«ts» mancante o non valido</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="112"/>
        <source>Time</source>
        <translation>Orario</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="114"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ui/eventlogmodel.cpp" line="116"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>EventLogPane</name>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="60"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="108"/>
        <source>All events (%1)…</source>
        <translation>Tutti gli eventi (%1)…</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="109"/>
        <source>Shown events only (%1)…</source>
        <translation>Solo gli eventi mostrati (%1)…</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="181"/>
        <location filename="../ui/eventlogpane.cpp" line="284"/>
        <source>All connections</source>
        <translation>Tutte le connessioni</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="223"/>
        <source>Export events</source>
        <translation>Esporta eventi</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="224"/>
        <source>JSON lines (*.jsonl);;CSV (*.csv)</source>
        <translation>Righe JSON (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="276"/>
        <source>Kinds</source>
        <translation>Tipi</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="277"/>
        <source>Show or hide kinds of events</source>
        <translation>Mostra o nascondi tipi di eventi</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="280"/>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="280"/>
        <source>Warnings and errors</source>
        <translation>Avvisi ed errori</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="280"/>
        <source>Errors only</source>
        <translation>Solo errori</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="282"/>
        <source>Minimum severity</source>
        <translation>Gravità minima</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="285"/>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="286"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="287"/>
        <location filename="../ui/eventlogpane.cpp" line="288"/>
        <source>Search events</source>
        <translation>Cerca negli eventi</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="289"/>
        <source>Selected event</source>
        <translation>Evento selezionato</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="290"/>
        <source>Select an event to see all of it here</source>
        <translation>Selezionare un evento per vederlo qui per intero</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="291"/>
        <source>Copy as JSON line</source>
        <translation>Copia come riga JSON</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="292"/>
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
    <message>
        <location filename="../ui/eventlogpane.cpp" line="293"/>
        <source>Event log</source>
        <translation>Registro eventi</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <location filename="../core/events/event.cpp" line="47"/>
        <source>no event names given</source>
        <translation>nessun nome di evento indicato</translation>
    </message>
    <message>
        <location filename="../core/events/event.cpp" line="55"/>
        <source>either name the events to keep or, each with &apos;-&apos;, the ones to leave out; not both</source>
        <translation>indica gli eventi da tenere oppure, ciascuno con &apos;-&apos;, quelli da escludere; non entrambi</translation>
    </message>
    <message>
        <location filename="../core/events/event.cpp" line="65"/>
        <source>unknown event &quot;%1&quot; (known: %2)</source>
        <translation>evento sconosciuto &quot;%1&quot; (noti: %2)</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <location filename="../ui/graphpanel.cpp" line="96"/>
        <source>retry %1</source>
        <translation>tentativo %1</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="99"/>
        <source>slow ack</source>
        <translation>conferma lenta</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/graphpanel.cpp" line="125"/>
        <source>cut after %1 of quiet (%n such cuts)</source>
        <translation>
            <numerusform>tagliata dopo %1 di silenzio (%n taglio così)</numerusform>
            <numerusform>tagliata dopo %1 di silenzio (%n tagli così)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="138"/>
        <source>code %1</source>
        <translation>codice %1</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="141"/>
        <source>by us</source>
        <translation>da noi</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="142"/>
        <source>by the peer</source>
        <translation>dall&apos;altro capo</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="143"/>
        <source>by the network</source>
        <translation>dalla rete</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="145"/>
        <source>%1 after %2</source>
        <translation>%1 dopo %2</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="162"/>
        <source>Zoomed: %1</source>
        <translation>Ingrandito: %1</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="171"/>
        <source>&amp;Window:</source>
        <translation>&amp;Finestra:</translation>
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
        <translation>Tutto il conservato</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="175"/>
        <source>&amp;Log scale</source>
        <translation>Scala &amp;logaritmica</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="176"/>
        <source>Follow &amp;now</source>
        <translation>Segui &amp;ora</translation>
    </message>
    <message>
        <location filename="../ui/graphpanel.cpp" line="178"/>
        <source>Back to the latest samples after zooming (wheel) or panning (drag); double-click does the same</source>
        <translation>Torna ai campioni più recenti dopo lo zoom (rotella) o lo spostamento (trascinamento); il doppio clic fa lo stesso</translation>
    </message>
</context>
<context>
    <name>Handshake</name>
    <message>
        <location filename="../core/session/handshake.cpp" line="39"/>
        <source>--header &quot;%1&quot;: say &quot;Name: value&quot;</source>
        <translation>--header &quot;%1&quot;: usa la forma &quot;Nome: valore&quot;</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="46"/>
        <source>--header &quot;%1&quot;: &quot;%2&quot; is not a header name</source>
        <translation>--header &quot;%1&quot;: &quot;%2&quot; non è un nome di header</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="50"/>
        <source>--header %1: a value cannot contain a line break</source>
        <translation>--header %1: un valore non può contenere un a capo</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="56"/>
        <source>--header %1: the handshake sets this header itself%2</source>
        <translation>--header %1: l&apos;handshake imposta questo header da sé%2</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="59"/>
        <source> (use --subprotocol)</source>
        <translation> (usa --subprotocol)</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="62"/>
        <source>--header Origin: use --origin</source>
        <translation>--header Origin: usa --origin</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="78"/>
        <source>--basic: say USER:PASSWORD</source>
        <translation>--basic: usa la forma UTENTE:PASSWORD</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="95"/>
        <source>this build has no TLS</source>
        <translation>questa build non ha TLS</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="108"/>
        <source>--ca %1: %2</source>
        <translation>--ca %1: %2</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="113"/>
        <source>--ca %1: no certificate in it (PEM or DER)</source>
        <translation>--ca %1: nessun certificato al suo interno (PEM o DER)</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="117"/>
        <source>--client-cert and --client-key go together</source>
        <translation>--client-cert e --client-key vanno insieme</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="121"/>
        <source>--client-cert %1: %2</source>
        <translation>--client-cert %1: %2</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="124"/>
        <source>--client-cert %1: no PEM certificate in it</source>
        <translation>--client-cert %1: nessun certificato PEM al suo interno</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="128"/>
        <source>--client-key %1: %2</source>
        <translation>--client-key %1: %2</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="133"/>
        <source>--client-key %1: no unencrypted RSA or EC key in PEM form</source>
        <translation>--client-key %1: nessuna chiave RSA o EC non cifrata in formato PEM</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="219"/>
        <source>proxy %1: only http://, socks5:// and socks5h:// proxies are supported</source>
        <translation>proxy %1: sono supportati solo proxy http://, socks5:// e socks5h://</translation>
    </message>
    <message>
        <location filename="../core/session/handshake.cpp" line="227"/>
        <source>proxy %1: not a URL with a host</source>
        <translation>proxy %1: non è un URL con un host</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../app/headlessrunner.cpp" line="137"/>
        <source>/set: unknown parameter &quot;%1&quot;</source>
        <translation>/set: parametro sconosciuto «%1»</translation>
    </message>
    <message>
        <location filename="../app/headlessrunner.cpp" line="157"/>
        <source>%1: say up, down or both</source>
        <translation>%1: indica up, down o both</translation>
    </message>
    <message>
        <location filename="../app/headlessrunner.cpp" line="177"/>
        <source>/link preset: unknown preset &quot;%1&quot;</source>
        <translation>/link preset: preset sconosciuto «%1»</translation>
    </message>
    <message>
        <location filename="../app/headlessrunner.cpp" line="195"/>
        <source>/link: use latency|jitter|bandwidth VALUE[,DOWN] or preset NAME</source>
        <translation>/link: usa latency|jitter|bandwidth VALORE[,GIÙ] oppure preset NOME</translation>
    </message>
    <message>
        <location filename="../app/headlessrunner.cpp" line="238"/>
        <source>unknown command &quot;%1&quot;; known: /set NAME VALUE, /name NAME, /every SECONDS TEXT, /stop, /close, /open, /freeze, /thaw, /drop, /link; &quot;//text&quot; sends &quot;/text&quot;</source>
        <translation>comando sconosciuto «%1»; noti: /set NOME VALORE, /name NOME, /every SECONDI TESTO, /stop, /close, /open, /freeze, /thaw, /drop, /link; «//testo» invia «/testo»</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../ui/healthpanel.cpp" line="47"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="48"/>
        <source>Connection age</source>
        <translation>Età della connessione</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="49"/>
        <source>Idle</source>
        <translation>Inattività</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="50"/>
        <source>Next ping</source>
        <translation>Prossimo ping</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="51"/>
        <source>Unanswered pings</source>
        <translation>Ping senza risposta</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="52"/>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="53"/>
        <source>Latency (ms)</source>
        <translation>Latenza (ms)</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="54"/>
        <source>Application (ms)</source>
        <translation>Applicazione (ms)</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="55"/>
        <source>Latency alerts</source>
        <translation>Allarmi di latenza</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="56"/>
        <source>Traffic</source>
        <translation>Traffico</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="57"/>
        <source>Timeouts</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="120"/>
        <source>%1 s to %2</source>
        <translation>%1 s a %2</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="120"/>
        <source>%1 off</source>
        <translation>%1 disattivato</translation>
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
        <translation>tra %1 s</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="130"/>
        <source>pings off</source>
        <translation>ping disattivati</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="133"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="134"/>
        <source>%1, oldest waiting %2 s of %3 s</source>
        <translation>%1, il più vecchio attende da %2 s su %3 s</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="143"/>
        <source>no check yet</source>
        <translation>nessun controllo ancora</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="144"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="145"/>
        <source>nothing arrived (misses in a row: %1)</source>
        <translation>non è arrivato nulla (mancati di fila: %1)</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="149"/>
        <source>no samples yet</source>
        <translation>nessun campione ancora</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="150"/>
        <source>now %1 · min %2 · mean %3 · p50 %4 · p95 %5 · max %6 · jitter %7</source>
        <translation>ora %1 · min %2 · media %3 · p50 %4 · p95 %5 · max %6 · jitter %7</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="157"/>
        <source>%1: no samples yet</source>
        <translation>%1: ancora nessun campione</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="158"/>
        <source>%1 RTT p50 %2 · p95 %3 · max %4</source>
        <translation>%1 RTT p50 %2 · p95 %3 · max %4</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="163"/>
        <source>reply p50 %1 · p95 %2 · max %3 (%4 replies)</source>
        <translation>risposta p50 %1 · p95 %2 · max %3 (%4 risposte)</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="166"/>
        <source>no application profile, no replies timed</source>
        <translation>nessun profilo applicativo, nessuna risposta misurata</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="169"/>
        <source>%1 above %2 s (pings %3, acks %4)</source>
        <translation>%1 sopra %2 s (ping %3, conferme %4)</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="175"/>
        <source>messages %1 in / %2 out · %3 / %4 bytes · pings %5, pongs %6, missed %7 · reconnects %8</source>
        <translation>messaggi %1 in arrivo / %2 in uscita · %3 / %4 byte · ping %5, pong %6, persi %7 · riconnessioni %8</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="184"/>
        <source>idle %1 · pong %2 · lifetime %3 · message %4 · connect %5</source>
        <translation>inattività %1 · pong %2 · durata %3 · messaggio %4 · connessione %5</translation>
    </message>
    <message>
        <location filename="../ui/healthpanel.cpp" line="193"/>
        <source>app pong %1 · app heartbeat %2</source>
        <translation>pong app %1 · heartbeat app %2</translation>
    </message>
</context>
<context>
    <name>LatencyGraph</name>
    <message>
        <location filename="../ui/latencygraph.cpp" line="65"/>
        <source>Latency graph</source>
        <translation>Grafico della latenza</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/latencygraph.cpp" line="582"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="659"/>
        <source>ping</source>
        <translation>ping</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="661"/>
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="663"/>
        <source>application</source>
        <translation>applicazione</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="665"/>
        <source>reply</source>
        <translation>risposta</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="667"/>
        <source>alert %1</source>
        <translation>allarme %1</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="721"/>
        <source>%1 · ping %2: %3</source>
        <translation>%1 · ping %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="722"/>
        <source>%1 · ping: %2</source>
        <translation>%1 · ping: %2</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="725"/>
        <source>%1 · application ping: %2</source>
        <translation>%1 · ping dell&apos;applicazione: %2</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="728"/>
        <source>%1 · reply: %2</source>
        <translation>%1 · risposta: %2</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="732"/>
        <source>queued behind our own data: not a network sample</source>
        <translation>in coda dietro i nostri dati: non è un campione della rete</translation>
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
            <numerusform>… e %n altro</numerusform>
            <numerusform>… e altri %n</numerusform>
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
        <translation>aperta dalle %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/latencygraph.cpp" line="764"/>
        <source>open %1 – %2 (%3) · %4
%5</source>
        <translation>aperta %1 – %2 (%3) · %4
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
        <translation>Nessuna condizione aggiunta</translation>
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
        <translation>Satellite</translation>
    </message>
    <message>
        <location filename="../core/link/linksimulator.cpp" line="20"/>
        <source>Lossy Wi-Fi</source>
        <translation>Wi-Fi con perdite</translation>
    </message>
    <message>
        <location filename="../core/link/linksimulator.cpp" line="156"/>
        <source>link simulator: connections dropped: %1</source>
        <translation>simulatore di collegamento: connessioni interrotte: %1</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <location filename="../ui/linkpanel.cpp" line="113"/>
        <source>A local SOCKS5 proxy: the URL, TLS name and certificate checks stay the server&apos;s. Switching it on or off reconnects; the conditions below apply live.</source>
        <translation>Un proxy SOCKS5 locale: URL, nome TLS e verifica del certificato restano quelli del server. Attivarlo o disattivarlo riconnette; le condizioni qui sotto valgono subito.</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="121"/>
        <source>Link preset</source>
        <translation>Preset di collegamento</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="122"/>
        <source>Apply preset</source>
        <translation>Applica preset</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="123"/>
        <source>Drop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="124"/>
        <source>Cut every connection through the link, both sides at once</source>
        <translation>Taglia ogni connessione che passa dal simulatore, entrambi i lati insieme</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="125"/>
        <source>Latency</source>
        <translation>Latenza</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="126"/>
        <source>Jitter ±</source>
        <translation>Jitter ±</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="112"/>
        <source>Route through the link simulator</source>
        <translation>Passa dal simulatore di collegamento</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="127"/>
        <source>Bandwidth</source>
        <translation>Banda</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="128"/>
        <source>0: no limit</source>
        <translation>0: nessun limite</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="129"/>
        <source>Freeze</source>
        <translation>Congela</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="130"/>
        <source>Up ↑</source>
        <translation>Su ↑</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="131"/>
        <source>Up (to the server)</source>
        <translation>Su (verso il server)</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="132"/>
        <source>Down ↓</source>
        <translation>Giù ↓</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="133"/>
        <source>Down (from the server)</source>
        <translation>Giù (dal server)</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="136"/>
        <source>%1 latency</source>
        <translation>%1 latenza</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="137"/>
        <source>%1 jitter</source>
        <translation>%1 jitter</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="138"/>
        <source>%1 bandwidth</source>
        <translation>%1 banda</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="139"/>
        <source>%1 frozen</source>
        <translation>%1 congelato</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="140"/>
        <source>frozen</source>
        <translation>congelato</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="141"/>
        <source>Hold every byte, keep TCP up: a half-open path</source>
        <translation>Trattieni ogni byte, tieni aperto TCP: un percorso semiaperto</translation>
    </message>
    <message>
        <location filename="../ui/linkpanel.cpp" line="143"/>
        <source>Memory held is bounded (%1 KiB per connection): a fast sender facing a frozen or narrow link is slowed by TCP backpressure.</source>
        <translation>La memoria trattenuta è limitata (%1 KiB per connessione): un mittente veloce davanti a un collegamento congelato o stretto viene rallentato dalla contropressione di TCP.</translation>
    </message>
</context>
<context>
    <name>LiveValue</name>
    <message>
        <location filename="../ui/livevalue.cpp" line="76"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>by us</source>
        <translation>da noi</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>by the peer</source>
        <translation>dal peer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>by the network</source>
        <translation>dalla rete</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>Last close: %1 “%2” %3</source>
        <translation>Ultima chiusura: %1 «%2» %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>The connection has been idle for %1 s: this closes it at once.</source>
        <translation>La connessione è inattiva da %1 s: questo la chiude subito.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>The connection is %1 s old: this closes it at once.</source>
        <translation>La connessione ha %1 s: questo la chiude subito.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="169"/>
        <source>A ping has waited %1 s for its pong: this closes the connection at once.</source>
        <translation>Un ping attende il suo pong da %1 s: questo chiude subito la connessione.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>Metrics for Prometheus at %1</source>
        <translation>Metriche per Prometheus su %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>Metrics for Prometheus at %1, reachable from the network</source>
        <translation>Metriche per Prometheus su %1, raggiungibili dalla rete</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Metrics for Prometheus</source>
        <translation>Metriche per Prometheus</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>Serve GET /metrics on [address:]port (the address is 127.0.0.1 unless given):</source>
        <translation>Espone GET /metrics su [indirizzo:]porta (senza indirizzo 127.0.0.1):</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>Timed out: %1</source>
        <translation>Scaduto: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="320"/>
        <source>%1 after %2</source>
        <translation>%1 dopo %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="382"/>
        <source>no answer within the connect timeout (%1 ms)</source>
        <translation>nessuna risposta entro il timeout di connessione (%1 ms)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="398"/>
        <source>Certificate not trusted</source>
        <translation>Certificato non attendibile</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="399"/>
        <source>The certificate of %1 failed verification:
%2</source>
        <translation>Il certificato di %1 non ha superato la verifica:
%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>Subject: %1
Issuer: %2
Valid: %3 to %4
SHA-256: %5</source>
        <translation>Soggetto: %1
Emittente: %2
Valido: da %3 a %4
SHA-256: %5</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source>Trust this certificate for %1</source>
        <translation>Considera attendibile questo certificato per %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="457"/>
        <source>Exported %n connection(s), without their secrets</source>
        <translation>
            <numerusform>%n connessione esportata, senza i suoi segreti</numerusform>
            <numerusform>%n connessioni esportate, senza i loro segreti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="468"/>
        <source>Imported: %1</source>
        <translation>Importate: %1</translation>
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
        <translation>&amp;Opzioni di connessione…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="494"/>
        <source>Open sa&amp;ved connection</source>
        <translation>Apri connessione sal&amp;vata</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="495"/>
        <source>De&amp;lete saved connection</source>
        <translation>E&amp;limina connessione salvata</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="496"/>
        <source>&amp;Watch saved connection beside this one</source>
        <translation>&amp;Osserva una connessione salvata accanto a questa</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="497"/>
        <source>Watched connections</source>
        <translation>Connessioni osservate</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>Watched: %1</source>
        <translation>Osservata: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="500"/>
        <source>Watched connection</source>
        <translation>Connessione osservata</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="501"/>
        <source>All connections&apos; events</source>
        <translation>Eventi di tutte le connessioni</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="502"/>
        <source>&amp;Rename saved connection</source>
        <translation>&amp;Rinomina connessione salvata</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="503"/>
        <source>D&amp;uplicate saved connection</source>
        <translation>D&amp;uplica connessione salvata</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <source>&amp;Export saved connections…</source>
        <translation>&amp;Esporta connessioni salvate…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="506"/>
        <source>&amp;Import saved connections…</source>
        <translation>&amp;Importa connessioni salvate…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="507"/>
        <source>Health</source>
        <translation>Diagnostica</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="508"/>
        <source>Graph and timeline</source>
        <translation>Grafico e cronologia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="510"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="511"/>
        <source>Link simulator</source>
        <translation>Simulatore di collegamento</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="512"/>
        <source>&amp;Connection</source>
        <translation>&amp;Connessione</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="515"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="516"/>
        <source>&amp;Send message</source>
        <translation>&amp;Invia messaggio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="517"/>
        <source>&amp;Focus chat</source>
        <translation>&amp;Vai alla chat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="518"/>
        <source>C&amp;lear event log</source>
        <translation>Svuota il &amp;registro eventi</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="519"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="520"/>
        <source>Serve &amp;metrics for Prometheus…</source>
        <translation>Esponi le &amp;metriche per Prometheus…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="559"/>
        <source>Deleted the saved connection %1</source>
        <translation>Connessione salvata %1 eliminata</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="594"/>
        <source>connection %1</source>
        <translation>connessione salvata %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>Duplicate %1</source>
        <translation>Duplica %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="634"/>
        <source>Rename %1</source>
        <translation>Rinomina %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="635"/>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="636"/>
        <source>%1 copy</source>
        <translation>%1 copia</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="640"/>
        <source>Duplicated %1 as %2</source>
        <translation>%1 duplicata come %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="640"/>
        <source>Renamed %1 to %2</source>
        <translation>%1 rinominata in %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="719"/>
        <source>Saved as %1</source>
        <translation>Salvata come %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="720"/>
        <source>Saved as %1; %2</source>
        <translation>Salvata come %1; %2</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <location filename="../core/prometheus/metricsendpoint.cpp" line="22"/>
        <source>&quot;%1&quot; is not [ADDRESS:]PORT (e.g. 9464 or 0.0.0.0:9464)</source>
        <translation>&quot;%1&quot; non è [INDIRIZZO:]PORTA (ad es. 9464 o 0.0.0.0:9464)</translation>
    </message>
    <message>
        <location filename="../core/prometheus/metricsendpoint.cpp" line="35"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>&quot;%1&quot; non è un indirizzo IP</translation>
    </message>
    <message>
        <location filename="../core/prometheus/metricsendpoint.cpp" line="52"/>
        <source>cannot serve metrics on %1:%2: %3</source>
        <translation>impossibile esporre le metriche su %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <location filename="../core/config/parameters.cpp" line="17"/>
        <source>Ping interval</source>
        <translation>Intervallo di ping</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="22"/>
        <source>Pong timeout</source>
        <translation>Timeout del pong</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="23"/>
        <source>A ping unanswered this long after it actually left, with no inbound byte meanwhile, means the peer or path is dead: the socket is aborted and wspulse reconnects.</source>
        <translation>Un ping senza risposta per questo tempo dopo la sua effettiva partenza, senza byte in arrivo nel frattempo, significa che il peer o il percorso è morto: il socket viene interrotto e wspulse si riconnette.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="28"/>
        <source>Idle timeout</source>
        <translation>Timeout di inattività</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="29"/>
        <source>Closes (1000 &quot;idle timeout&quot;) when no byte moved in either direction for this long; pings and pongs count. No automatic reconnect: the next message sent reopens.</source>
        <translation>Chiude (1000 «idle timeout») quando per questo tempo nessun byte si è mosso in nessuna direzione; ping e pong contano. Nessuna riconnessione automatica: il prossimo messaggio inviato riapre.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="34"/>
        <source>Connection lifetime</source>
        <translation>Durata della connessione</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="35"/>
        <source>Maximum lifetime of one connection, counted from open; then a graceful close (1001 &quot;max lifetime&quot;) and an immediate reconnect.</source>
        <translation>Durata massima di una connessione, dall&apos;apertura; poi una chiusura ordinata (1001 «max lifetime») e una riconnessione immediata.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="39"/>
        <source>Send stall timeout</source>
        <translation>Timeout di invio bloccato</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="40"/>
        <source>A send is stalled when its bytes wait to be written and no byte drains for this long; the socket is aborted, unsent messages are requeued.</source>
        <translation>Un invio è bloccato quando i suoi byte attendono di essere scritti e per questo tempo non ne esce nessuno; il socket viene interrotto e i messaggi non inviati tornano in coda.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="44"/>
        <source>Heartbeat interval</source>
        <translation>Intervallo di heartbeat</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="45"/>
        <source>Period of the health check: says whether anything arrived since the previous check; a miss is a warning, never a close.</source>
        <translation>Periodo del controllo di salute: dice se è arrivato qualcosa dal controllo precedente; un mancato arrivo è un avviso, mai una chiusura.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="49"/>
        <source>Connect timeout</source>
        <translation>Timeout di connessione</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="50"/>
        <source>TCP, TLS and the upgrade handshake must finish within this, else a reconnect attempt.</source>
        <translation>TCP, TLS e l&apos;handshake di upgrade devono concludersi entro questo tempo, altrimenti si tenta una riconnessione.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="54"/>
        <source>Reconnect delay</source>
        <translation>Ritardo di riconnessione</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="55"/>
        <source>First reconnect delay; doubles per failed attempt with +/-20 % jitter. 0 switches automatic reconnect off.</source>
        <translation>Primo ritardo di riconnessione; raddoppia a ogni tentativo fallito, con +/-20 % di variazione casuale. 0 disattiva la riconnessione automatica.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="59"/>
        <source>Reconnect delay cap</source>
        <translation>Tetto del ritardo di riconnessione</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="60"/>
        <source>Upper bound of the reconnect delay.</source>
        <translation>Limite superiore del ritardo di riconnessione.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="62"/>
        <source>Maximum message size</source>
        <translation>Dimensione massima dei messaggi</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="63"/>
        <source>A larger inbound message closes the connection with 1009. 0 removes the limit.</source>
        <translation>Un messaggio in arrivo più grande chiude la connessione con 1009. 0 toglie il limite.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="67"/>
        <source>Latency alert</source>
        <translation>Allarme di latenza</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="68"/>
        <source>A ping round trip or a message&apos;s send-to-acknowledgement time above this is flagged with a warning.</source>
        <translation>Un&apos;andata e ritorno di ping o un tempo tra invio e conferma di un messaggio oltre questo valore viene segnalato con un avviso.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="72"/>
        <source>Application profile</source>
        <translation>Profilo applicativo</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="84"/>
        <source>Application-level ping period (graphql-ws: our ping; mqtt: our PINGREQ, and the keep-alive announced in CONNECT, rounded up to whole seconds; engineio: the server&apos;s ping period, taken from its open packet unless set). Timed apart from protocol pings.</source>
        <translation>Periodo di ping a livello applicativo (graphql-ws: il nostro ping; mqtt: il nostro PINGREQ e il keep-alive annunciato in CONNECT, arrotondato ai secondi interi; engineio: il periodo di ping del server, preso dal suo pacchetto open se non impostato). Misurato separatamente dai ping di protocollo.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="83"/>
        <source>App ping interval</source>
        <translation>Intervallo ping app</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="18"/>
        <source>A ping is sent as the connection opens and then every interval; each pong is one round-trip sample timed by wspulse with microsecond resolution.</source>
        <translation>Un ping viene inviato all&apos;apertura della connessione e poi a ogni intervallo; ogni pong è un campione di andata e ritorno misurato da wspulse con risoluzione al microsecondo.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="73"/>
        <source>The keepalive the server runs above WebSocket: engineio (Socket.IO 4 / Engine.IO v4: answers the server&apos;s pings, watches that they keep coming), graphql-ws (graphql-transport-ws: connection_init, pings both ways), mqtt (MQTT 3.1.1: CONNECT with a keep-alive, PINGREQ/PINGRESP), custom (--app-ping-text, --app-pong-match, --app-answer), or none. auto chooses one where the URL (/socket.io/?EIO=4), the negotiated subprotocol or the server&apos;s first frame makes it certain.</source>
        <translation>Il keepalive che il server esegue sopra WebSocket: engineio (Socket.IO 4 / Engine.IO v4: risponde ai ping del server, controlla che continuino ad arrivare), graphql-ws (graphql-transport-ws: connection_init, ping in entrambe le direzioni), mqtt (MQTT 3.1.1: CONNECT con un keep-alive, PINGREQ/PINGRESP), custom (--app-ping-text, --app-pong-match, --app-answer) o none. auto ne sceglie uno dove l&apos;URL (/socket.io/?EIO=4), il sottoprotocollo negoziato o il primo frame del server lo rendono certo.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="90"/>
        <source>App pong timeout</source>
        <translation>Timeout pong app</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="91"/>
        <source>An application ping unanswered this long closes and reconnects (timeout app_pong); engineio: the server&apos;s ping overdue by this long (its own pingTimeout unless set) is timeout app_heartbeat.</source>
        <translation>Un ping applicativo senza risposta per questo tempo chiude e riconnette (timeout app_pong); engineio: il ping del server in ritardo di questo tempo (il suo pingTimeout se non impostato) è il timeout app_heartbeat.</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="140"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="142"/>
        <source>bytes</source>
        <translation>byte</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="183"/>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="184"/>
        <source>off</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="222"/>
        <source>Defaults</source>
        <translation>Predefiniti</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="223"/>
        <source>Development</source>
        <translation>Sviluppo</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="224"/>
        <source>Production</source>
        <translation>Produzione</translation>
    </message>
    <message>
        <location filename="../core/config/parameters.cpp" line="225"/>
        <source>High latency</source>
        <translation>Alta latenza</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <location filename="../ui/settingseditor.cpp" line="21"/>
        <source>default</source>
        <translation>predefinito</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="23"/>
        <source>preset</source>
        <translation>preset</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="25"/>
        <source>profile</source>
        <translation>profilo</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="27"/>
        <source>environment</source>
        <translation>ambiente</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="29"/>
        <source>flag</source>
        <translation>opzione</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="31"/>
        <source>edited</source>
        <translation>modificato</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="105"/>
        <source>%1 Press Enter again to apply.</source>
        <translation>%1 Premere di nuovo Invio per applicare.</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="177"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="178"/>
        <source>0 (off) or %1 to %2 %3</source>
        <translation>0 (disattivato) oppure da %1 a %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="178"/>
        <source>%1 to %2 %3</source>
        <translation>da %1 a %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/settingseditor.cpp" line="185"/>
        <source>Where the value in force came from</source>
        <translation>Da dove viene il valore in vigore</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../ui/settingspanel.cpp" line="160"/>
        <source>Warning: %1</source>
        <translation>Attenzione: %1</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="168"/>
        <source>This connection</source>
        <translation>Questa connessione</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="169"/>
        <source>Embedded server</source>
        <translation>Server integrato</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="170"/>
        <source>The embedded chat server&apos;s own timers, applied to each client it serves</source>
        <translation>I timer propri del server di chat integrato, applicati a ogni client che serve</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="171"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="177"/>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="180"/>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="181"/>
        <source>Reset</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="182"/>
        <source>Back to the built-in defaults</source>
        <translation>Torna ai valori predefiniti</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="183"/>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="185"/>
        <source>Profile name</source>
        <translation>Nome del profilo</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="186"/>
        <source>Load</source>
        <translation>Carica</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="187"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
<context>
    <name>SoakRunner</name>
    <message>
        <location filename="../app/soakrunner.cpp" line="102"/>
        <source>cannot start the embedded server: %1</source>
        <translation>impossibile avviare il server integrato: %1</translation>
    </message>
</context>
<context>
    <name>WatchedConnectionsModel</name>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="40"/>
        <source>%1 is watched already</source>
        <translation>%1 è già osservata</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="42"/>
        <source>%1 has no URL</source>
        <translation>%1 non ha un URL</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="47"/>
        <source>connection %1</source>
        <translation>connessione salvata %1</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="68"/>
        <source>cannot connect: %1</source>
        <translation>impossibile connettersi: %1</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="164"/>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="166"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="168"/>
        <source>RTT now</source>
        <translation>RTT ora</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="170"/>
        <source>RTT p95</source>
        <translation>RTT p95</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="172"/>
        <source>Last close</source>
        <translation>Ultima chiusura</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="174"/>
        <source>Reconnects</source>
        <translation>Riconnessioni</translation>
    </message>
</context>
<context>
    <name>WatchedConnectionsView</name>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="198"/>
        <source>Show details</source>
        <translation>Mostra dettagli</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="199"/>
        <source>Open in the window</source>
        <translation>Apri nella finestra</translation>
    </message>
    <message>
        <location filename="../ui/watchedconnections.cpp" line="204"/>
        <source>Stop watching</source>
        <translation>Smetti di osservare</translation>
    </message>
</context>
<context>
    <name>WatchedDetails</name>
    <message>
        <location filename="../ui/connectiondetail.cpp" line="147"/>
        <source>Choose a watched connection to see its chat, health, graph, events, settings and link.</source>
        <translation>Scegli una connessione osservata per vederne chat, diagnostica, grafico, eventi, impostazioni e collegamento.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="87"/>
        <source>wspulse: cannot keep the chat: %1</source>
        <translation>wspulse: impossibile conservare la chat: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="94"/>
        <source>wspulse: cannot listen on %1:%2: %3</source>
        <translation>wspulse: impossibile ascoltare su %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="102"/>
        <source>wspulse: warning: serving on %1, reachable from the network</source>
        <translation>wspulse: attenzione: server su %1, raggiungibile dalla rete</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="184"/>
        <source>imported: %1</source>
        <translation>importate: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="199"/>
        <source>saved connection &quot;%1&quot; in %2</source>
        <translation>connessione &quot;%1&quot; salvata in %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="292"/>
        <source>no display for the window (DISPLAY is not set); use --headless or --serve</source>
        <translation>nessuno schermo per la finestra (DISPLAY non è impostato); usare --headless o --serve</translation>
    </message>
    <message>
        <location filename="../app/metricsserving.cpp" line="19"/>
        <source>warning: metrics served on %1, reachable from the network (they name the servers watched)</source>
        <translation>attenzione: metriche esposte su %1, raggiungibili dalla rete (nominano i server osservati)</translation>
    </message>
</context>
<context>
    <name>wspulse::AppKeepalive</name>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="64"/>
        <source>chosen while connected</source>
        <translation>scelto durante la connessione</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="143"/>
        <source>application profile %1: %2</source>
        <translation>profilo applicativo %1: %2</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="163"/>
        <source>chosen</source>
        <translation>scelto</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="167"/>
        <source>the server accepted the subprotocol %1</source>
        <translation>il server ha accettato il sottoprotocollo %1</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="170"/>
        <source>the URL is an Engine.IO v4 endpoint</source>
        <translation>l&apos;URL è un endpoint Engine.IO v4</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="234"/>
        <source>the server&apos;s first frame is an Engine.IO open packet</source>
        <translation>il primo frame del server è un pacchetto open di Engine.IO</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="320"/>
        <source>Socket.IO refused the namespace: %1</source>
        <translation>Socket.IO ha rifiutato il namespace: %1</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="376"/>
        <location filename="../core/application/appkeepalive.cpp" line="481"/>
        <source>the MQTT broker refused CONNECT: %1</source>
        <translation>il broker MQTT ha rifiutato CONNECT: %1</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="463"/>
        <source>the application&apos;s handshake</source>
        <translation>l&apos;handshake dell&apos;applicazione</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="465"/>
        <source>the server never answered %1 within WS_APP_PONG_TIMEOUT (%2 s)</source>
        <translation>il server non ha mai risposto a %1 entro WS_APP_PONG_TIMEOUT (%2 s)</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="489"/>
        <source>the MQTT broker dropped us %1 s after its last answer (it allows 1.5 x the keep-alive of %2 s without a packet from us): ours did not reach it</source>
        <translation>il broker MQTT ci ha scollegati %1 s dopo la sua ultima risposta (consente 1,5 volte il keep-alive di %2 s senza un nostro pacchetto): i nostri non l&apos;hanno raggiunto</translation>
    </message>
    <message>
        <location filename="../core/application/appkeepalive.cpp" line="509"/>
        <source>the Engine.IO server closed %1 s after its last ping: our answer did not reach it within its pingTimeout (%2 s)</source>
        <translation>il server Engine.IO ha chiuso %1 s dopo il suo ultimo ping: la nostra risposta non l&apos;ha raggiunto entro il suo pingTimeout (%2 s)</translation>
    </message>
</context>
<context>
    <name>wspulse::ChatClient</name>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="27"/>
        <source>no hello within %1 ms of opening</source>
        <translation>nessun hello entro %1 ms dall&apos;apertura</translation>
    </message>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="110"/>
        <source>raw mode: the server did not negotiate %1; text is sent as typed and frames are shown as they come</source>
        <translation>modalità grezza: il server non ha negoziato %1; il testo viene inviato così com&apos;è e i frame mostrati come arrivano</translation>
    </message>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="144"/>
        <source>raw mode: the server accepted %1 but does not speak it (%2); text is sent as typed and frames are shown as they come</source>
        <translation>modalità grezza: il server ha accettato %1 ma non lo parla (%2); il testo è inviato come digitato e i frame sono mostrati come arrivano</translation>
    </message>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="210"/>
        <source>message %1 failed: sent %2 times without an acknowledgement</source>
        <translation>messaggio %1 non riuscito: inviato %2 volte senza conferma</translation>
    </message>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="289"/>
        <source>its first frame is not a hello: &quot;%1&quot;</source>
        <translation>il suo primo frame non è un hello: «%1»</translation>
    </message>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="321"/>
        <source>message acknowledged after %1 ms, above WS_LATENCY_ALERT</source>
        <translation>messaggio confermato dopo %1 ms, oltre WS_LATENCY_ALERT</translation>
    </message>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="333"/>
        <source>server: %1</source>
        <translation>server: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatclient.cpp" line="343"/>
        <source>bad frame from the server: %1</source>
        <translation>frame errato dal server: %1</translation>
    </message>
</context>
<context>
    <name>wspulse::ChatServer</name>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="27"/>
        <source>refused a connection from origin &quot;%1&quot;</source>
        <translation>rifiutata una connessione dall&apos;origine «%1»</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="62"/>
        <source>refused: already %1 connections</source>
        <translation>rifiutata: già %1 connessioni</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="74"/>
        <source>binary frames are not part of %1</source>
        <translation>i frame binari non fanno parte di %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="101"/>
        <source>closed %1: rate limit exceeded</source>
        <translation>chiuso %1: limite di frequenza superato</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="106"/>
        <source>rate limit: at most %1 messages per second</source>
        <translation>limite di frequenza: al massimo %1 messaggi al secondo</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="128"/>
        <source>cannot read the history: %1</source>
        <translation>impossibile leggere la cronologia: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="159"/>
        <source>cannot store a message: %1</source>
        <translation>impossibile salvare un messaggio: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="186"/>
        <source>cannot store messages: %1</source>
        <translation>impossibile salvare i messaggi: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/chatserver.cpp" line="259"/>
        <source>bad request: %1</source>
        <translation>richiesta errata: %1</translation>
    </message>
</context>
<context>
    <name>wspulse::EventRecorder</name>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="152"/>
        <source>WS_PONG_TIMEOUT (%1 s) is shorter than a round trip already seen (%2 ms)</source>
        <translation>WS_PONG_TIMEOUT (%1 s) è più breve di un&apos;andata e ritorno già osservata (%2 ms)</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="162"/>
        <source>ping round trip %1 ms is above WS_LATENCY_ALERT (%2 s)</source>
        <translation>andata e ritorno del ping di %1 ms oltre WS_LATENCY_ALERT (%2 s)</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="181"/>
        <source>heartbeat: nothing arrived since the previous check (%1 in a row)</source>
        <translation>heartbeat: non è arrivato nulla dal controllo precedente (%1 di fila)</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="195"/>
        <source>Qt closed the connection itself: a partly received frame got no byte for 5 s (QWebSocket&apos;s fixed read timeout, not a wspulse setting)</source>
        <translation>Qt ha chiuso la connessione da sé: un frame ricevuto in parte non ha avuto byte per 5 s (il timeout di lettura fisso di QWebSocket, non un&apos;impostazione di wspulse)</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="197"/>
        <source>Qt closed the connection itself: %1</source>
        <translation>Qt ha chiuso la connessione da sé: %1</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="201"/>
        <source>the peer closed with a code Qt refuses as invalid (1012-2999, e.g. 1012 &quot;service restart&quot; or 1013 &quot;try again later&quot;); Qt reports 1002 and loses the real code and reason</source>
        <translation>il peer ha chiuso con un codice che Qt rifiuta come non valido (1012-2999, p. es. 1012 «service restart» o 1013 «try again later»); Qt riporta 1002 e perde il codice e il motivo reali</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="228"/>
        <source>the connection was cut %1 times after about %2 s of silence: typical of a proxy or load balancer idle timeout (nginx proxy_read_timeout, 60 s by default; AWS ALB 60 s; Cloudflare 100 s; HAProxy timeout tunnel); a ping interval below %2 s keeps it open</source>
        <translation>la connessione è stata tagliata %1 volte dopo circa %2 s di silenzio: tipico del timeout di inattività di un proxy o di un bilanciatore di carico (nginx proxy_read_timeout, 60 s predefiniti; AWS ALB 60 s; Cloudflare 100 s; HAProxy timeout tunnel); un intervallo di ping sotto %2 s la tiene aperta</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="243"/>
        <source>connecting to %1 failed: %2</source>
        <translation>connessione a %1 non riuscita: %2</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="257"/>
        <source>accepting the certificate of %1 you chose to trust despite: %2</source>
        <translation>accetto il certificato di %1 che hai scelto di considerare attendibile nonostante: %2</translation>
    </message>
    <message>
        <location filename="../core/supervision/eventrecorder.cpp" line="267"/>
        <source>TLS: the certificate of %1 was refused: %2</source>
        <translation>TLS: il certificato di %1 è stato rifiutato: %2</translation>
    </message>
</context>
<context>
    <name>wspulse::MessageRepeater</name>
    <message>
        <location filename="../core/chat/messagerepeater.cpp" line="29"/>
        <source>say SECONDS TEXT</source>
        <translation>forma: SECONDI TESTO</translation>
    </message>
    <message>
        <location filename="../core/chat/messagerepeater.cpp" line="33"/>
        <source>say SECONDS TEXT (&quot;%1&quot; is not a number)</source>
        <translation>forma: SECONDI TESTO (&quot;%1&quot; non è un numero)</translation>
    </message>
    <message>
        <location filename="../core/chat/messagerepeater.cpp" line="35"/>
        <source>the interval must be %1 to %2 s</source>
        <translation>l&apos;intervallo deve essere da %1 a %2 s</translation>
    </message>
    <message>
        <location filename="../core/chat/messagerepeater.cpp" line="60"/>
        <source>repeat: nothing to send</source>
        <translation>ripeti: niente da inviare</translation>
    </message>
    <message>
        <location filename="../core/chat/messagerepeater.cpp" line="62"/>
        <location filename="../core/chat/messagerepeater.cpp" line="80"/>
        <source>repeat: the interval must be %1 to %2 s</source>
        <translation>ripeti: l&apos;intervallo deve essere da %1 a %2 s</translation>
    </message>
</context>
<context>
    <name>wspulse::OutboxKeeper</name>
    <message>
        <location filename="../core/chat/outboxstore.cpp" line="125"/>
        <source>the outbox file failed (%1); unsent messages are kept in memory only</source>
        <translation>il file della posta in uscita non funziona (%1); i messaggi non inviati restano solo in memoria</translation>
    </message>
    <message>
        <location filename="../core/chat/outboxstore.cpp" line="170"/>
        <source>cannot keep unsent messages across runs: %1; they are kept in memory only</source>
        <translation>impossibile conservare i messaggi non inviati tra esecuzioni: %1; restano solo in memoria</translation>
    </message>
    <message>
        <location filename="../core/chat/outboxstore.cpp" line="175"/>
        <source>cannot read the outbox: %1</source>
        <translation>impossibile leggere la posta in uscita: %1</translation>
    </message>
    <message>
        <location filename="../core/chat/outboxstore.cpp" line="185"/>
        <source>unsent in an earlier run, sent again: %1</source>
        <translation>non inviati in un&apos;esecuzione precedente, rinviati: %1</translation>
    </message>
</context>
<context>
    <name>wspulse::ReplyTimer</name>
    <message>
        <location filename="../core/application/replytimer.cpp" line="135"/>
        <source>a reply came %1 ms after its message, above WS_LATENCY_ALERT</source>
        <translation>una risposta è arrivata %1 ms dopo il suo messaggio, sopra WS_LATENCY_ALERT</translation>
    </message>
</context>
<context>
    <name>wspulse::Session</name>
    <message>
        <location filename="../core/session/session.cpp" line="134"/>
        <source>cannot start the embedded server: %1</source>
        <translation>impossibile avviare il server integrato: %1</translation>
    </message>
</context>
<context>
    <name>wspulse::Settings</name>
    <message>
        <location filename="../core/config/settings.cpp" line="56"/>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1: «%2» non è uno di %3</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="62"/>
        <source>%1: empty value; expected a number of %2</source>
        <translation>%1: valore vuoto; serve un numero in %2</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="67"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: «%2» non è un numero</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="69"/>
        <source>%1: &quot;%2&quot; is not a finite number</source>
        <translation>%1: «%2» non è un numero finito</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="71"/>
        <source>%1: %2 is negative</source>
        <translation>%1: %2 è negativo</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="73"/>
        <source>%1: %2 is not a whole number of %3</source>
        <translation>%1: %2 non è un numero intero di %3</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="76"/>
        <source>%1: 0 is not allowed; the smallest value is %2 %3</source>
        <translation>%1: 0 non è ammesso; il valore minimo è %2 %3</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="81"/>
        <source>%1: %2 is too small; the smallest value is %3 %4</source>
        <translation>%1: %2 è troppo piccolo; il valore minimo è %3 %4</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="83"/>
        <source>%1: %2 is too small; the smallest value is %3 %4 (0 switches it off)</source>
        <translation>%1: %2 è troppo piccolo; il valore minimo è %3 %4 (0 lo disattiva)</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="86"/>
        <source>%1: %2 is too large; the largest value is %3 %4</source>
        <translation>%1: %2 è troppo grande; il valore massimo è %3 %4</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="137"/>
        <source>unknown preset &quot;%1&quot;; known presets: %2</source>
        <translation>preset sconosciuto «%1»; preset noti: %2</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="186"/>
        <source>profile %1: cannot read the file</source>
        <translation>profilo %1: impossibile leggere il file</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="189"/>
        <source>profile %1: not a valid INI file</source>
        <translation>profilo %1: non è un file INI valido</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="201"/>
        <source>profile %1: %2</source>
        <translation>profilo %1: %2</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="203"/>
        <source>%1: unknown parameter</source>
        <translation>%1: parametro sconosciuto</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="228"/>
        <source>WS_IDLE_TIMEOUT (%1 s) is not longer than WS_PING_INTERVAL (%2 s): a quiet connection is closed as idle before a keep-alive ping can keep it open</source>
        <translation>WS_IDLE_TIMEOUT (%1 s) non è più lungo di WS_PING_INTERVAL (%2 s): una connessione silenziosa viene chiusa per inattività prima che un ping di keep-alive possa tenerla aperta</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="234"/>
        <source>WS_PONG_TIMEOUT has no effect while WS_PING_INTERVAL is 0 (no pings are sent)</source>
        <translation>WS_PONG_TIMEOUT non ha effetto finché WS_PING_INTERVAL è 0 (non si inviano ping)</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="237"/>
        <source>WS_CONNECTION_TIMEOUT (%1 s) is not longer than WS_PING_INTERVAL (%2 s): connections end before their first ping</source>
        <translation>WS_CONNECTION_TIMEOUT (%1 s) non è più lungo di WS_PING_INTERVAL (%2 s): le connessioni finiscono prima del loro primo ping</translation>
    </message>
    <message>
        <location filename="../core/config/settings.cpp" line="243"/>
        <source>WS_RECONNECT_MAX_DELAY (%1 s) is below WS_RECONNECT_DELAY (%2 s): every reconnect waits %1 s</source>
        <translation>WS_RECONNECT_MAX_DELAY (%1 s) è inferiore a WS_RECONNECT_DELAY (%2 s): ogni riconnessione attende %1 s</translation>
    </message>
</context>
<context>
    <name>wspulse::SettingsImplications</name>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="49"/>
        <source>A dead peer goes unnoticed for up to %1 (ping interval + pong timeout).</source>
        <translation>Un peer morto passa inosservato per un massimo di %1 (intervallo di ping + timeout del pong).</translation>
    </message>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="52"/>
        <source>A dead peer is %1 by pings (ping interval or pong timeout is off).</source>
        <translation>Un peer morto non viene %1 dai ping (intervallo di ping o timeout del pong disattivato).</translation>
    </message>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="53"/>
        <source>never detected</source>
        <translation>mai rilevato</translation>
    </message>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="56"/>
        <source>A quiet connection is never closed as idle.</source>
        <translation>Una connessione silenziosa non viene mai chiusa per inattività.</translation>
    </message>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="60"/>
        <source>A quiet connection stays open: keep-alive pings every %1 s count as activity.</source>
        <translation>Una connessione silenziosa resta aperta: i ping di keep-alive ogni %1 s contano come attività.</translation>
    </message>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="63"/>
        <source>A quiet connection closes after %1.</source>
        <translation>Una connessione silenziosa si chiude dopo %1.</translation>
    </message>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="71"/>
        <source>%1 would cut a quiet connection before a ping keeps it open.</source>
        <translation>%1 taglierebbe una connessione silenziosa prima che un ping la tenga aperta.</translation>
    </message>
    <message>
        <location filename="../core/config/settingsimplications.cpp" line="75"/>
        <source>A partly received frame that stalls is closed by Qt itself after 5 s (1001), before longer idle or pong timeouts can act.</source>
        <translation>Un frame ricevuto in parte che si blocca viene chiuso da Qt stesso dopo 5 s (1001), prima che timeout di inattività o di pong più lunghi possano agire.</translation>
    </message>
</context>
</TS>
