<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>The qmuc service with its admin window.</source>
        <translation>Der qmuc-Dienst mit seinem Verwaltungsfenster.</translation>
    </message>
    <message>
        <source>qmuc admin</source>
        <translation>qmuc-Verwaltung</translation>
    </message>
    <message>
        <source>The configuration cannot be used:

%1</source>
        <translation>Die Konfiguration kann nicht verwendet werden:

%1</translation>
    </message>
</context>
<context>
    <name>qmuc::ComponentConnection</name>
    <message>
        <source>The server closed the stream.</source>
        <translation>Der Server hat den Stream geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer the handshake within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde auf den Handshake geantwortet.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden auf den Handshake geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Authenticating</source>
        <translation>Authentifizierung läuft</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Waiting to reconnect</source>
        <translation>Warten auf erneute Verbindung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server rejected the component secret for %1 (wrong secret).</source>
        <translation>Der Server hat das Komponenten-Geheimnis für %1 abgelehnt (falsches Geheimnis).</translation>
    </message>
    <message>
        <source>Another component is already connected as %1.</source>
        <translation>Eine andere Komponente ist bereits als %1 verbunden.</translation>
    </message>
    <message>
        <source>The server does not know the component domain %1; declare it as a component in the server&apos;s configuration.</source>
        <translation>Der Server kennt die Komponenten-Domain %1 nicht; sie muss in der Konfiguration des Servers als Komponente eingetragen werden.</translation>
    </message>
    <message>
        <source>The server ended the stream with the error &apos;%1&apos;.</source>
        <translation>Der Server hat den Stream mit dem Fehler „%1“ beendet.</translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>The server sent data that is not valid XMPP (%1: %2).</source>
        <translation>Der Server hat Daten gesendet, die kein gültiges XMPP sind (%1: %2).</translation>
    </message>
    <message>
        <source>Connection refused by %1: is the server running with its component port open?</source>
        <translation>Verbindung von %1 abgelehnt: Läuft der Server, und ist sein Komponenten-Port geöffnet?</translation>
    </message>
    <message>
        <source>The server host %1 was not found.</source>
        <translation>Der Server-Host %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation>Netzwerkfehler bei %1: %2</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
</context>
<context>
    <name>qmuc::MucService</name>
    <message>
        <source>Unknown IQ type.</source>
        <translation>Unbekannter IQ-Typ.</translation>
    </message>
    <message>
        <source>No such node.</source>
        <translation>Dieser Knoten existiert nicht.</translation>
    </message>
</context>
<context>
    <name>qmuc::Settings</name>
    <message>
        <source>Host name or address of the XMPP server&apos;s component port.</source>
        <translation>Hostname oder Adresse des Komponenten-Ports des XMPP-Servers.</translation>
    </message>
    <message>
        <source>The server&apos;s component port (XEP-0114).</source>
        <translation>Der Komponenten-Port des Servers (XEP-0114).</translation>
    </message>
    <message>
        <source>The service&apos;s domain, declared as a component on the server (e.g. conference.example.org).</source>
        <translation>Die Domain des Dienstes, auf dem Server als Komponente eingetragen (z. B. conference.example.org).</translation>
    </message>
    <message>
        <source>File holding the component secret (the QMUC_SECRET environment variable overrides it).</source>
        <translation>Datei mit dem Komponenten-Geheimnis (die Umgebungsvariable QMUC_SECRET hat Vorrang).</translation>
    </message>
    <message>
        <source>Directory for qmuc&apos;s data (rooms and archive).</source>
        <translation>Verzeichnis für die Daten von qmuc (Räume und Archiv).</translation>
    </message>
    <message>
        <source>Least severe log messages shown: debug, info, warning or error.</source>
        <translation>Niedrigste Schweregradstufe der angezeigten Protokollmeldungen: debug, info, warning oder error.</translation>
    </message>
    <message>
        <source>The service&apos;s name in service discovery.</source>
        <translation>Der Name des Dienstes in der Diensterkennung (Service Discovery).</translation>
    </message>
    <message>
        <source>Seconds between whitespace keepalives to the server (0 turns them off).</source>
        <translation>Sekunden zwischen den Whitespace-Keepalives an den Server (0 schaltet sie ab).</translation>
    </message>
    <message>
        <source>Largest stanza accepted from the server, in KiB; a larger one ends the stream.</source>
        <translation>Größte vom Server angenommene Stanza in KiB; eine größere beendet den Stream.</translation>
    </message>
    <message>
        <source>no component domain is set (component/domain or --domain)</source>
        <translation>keine Komponenten-Domain festgelegt (component/domain oder --domain)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain</source>
        <translation>„%1“ ist keine gültige Domain</translation>
    </message>
    <message>
        <source>no server host is set (server/host or --host)</source>
        <translation>kein Server-Host festgelegt (server/host oder --host)</translation>
    </message>
    <message>
        <source>Read settings from the INI file FILE (options given here override it).</source>
        <translation>Einstellungen aus der INI-Datei FILE lesen (hier angegebene Optionen haben Vorrang).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>„%1“ ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of debug, info, warning, error</source>
        <translation>„%1“ ist keiner der Werte debug, info, warning, error</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1</source>
        <translation>Konfigurationsdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not a valid INI file</source>
        <translation>%1 ist keine gültige INI-Datei</translation>
    </message>
    <message>
        <source>%1: unknown setting &apos;%2&apos;</source>
        <translation>%1: unbekannte Einstellung „%2“</translation>
    </message>
    <message>
        <source>cannot write the configuration file %1</source>
        <translation>Konfigurationsdatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no component secret: set QMUC_SECRET or a secret file (component/secret_file or --secret-file)</source>
        <translation>kein Komponenten-Geheimnis: QMUC_SECRET oder eine Geheimnisdatei festlegen (component/secret_file oder --secret-file)</translation>
    </message>
    <message>
        <source>cannot read the secret file %1: %2</source>
        <translation>Geheimnisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the secret file %1 is empty</source>
        <translation>die Geheimnisdatei %1 ist leer</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::MainWindow</name>
    <message>
        <source>qmuc admin — %1</source>
        <translation>qmuc-Verwaltung — %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Component domain:</source>
        <translation>Komponenten-Domain:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Server says:</source>
        <translation>Meldung des Servers:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Connect to the server now</source>
        <translation>Jetzt mit dem Server verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About qmuc</source>
        <translation>Ü&amp;ber qmuc</translation>
    </message>
    <message>
        <source>About qmuc</source>
        <translation>Über qmuc</translation>
    </message>
    <message>
        <source>&lt;h3&gt;qmuc %1&lt;/h3&gt;&lt;p&gt;Multi-user chat (XEP-0045) for any XMPP server, as an external component (XEP-0114).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;qmuc %1&lt;/h3&gt;&lt;p&gt;Mehrbenutzer-Chat (XEP-0045) für jeden XMPP-Server, als externe Komponente (XEP-0114).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Dienst</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
