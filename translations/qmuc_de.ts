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
        <source>Attach to a running qmuc through its admin socket SOCKET (default: %1) instead of running the service here.</source>
        <translation>Sich über dessen Verwaltungs-Socket SOCKET (Standard: %1) mit einem laufenden qmuc verbinden, statt den Dienst hier auszuführen.</translation>
    </message>
    <message>
        <source>With --attach: the admin socket of the running qmuc.</source>
        <translation>Mit --attach: der Verwaltungs-Socket des laufenden qmuc.</translation>
    </message>
    <message>
        <source>Cannot attach to qmuc</source>
        <translation>Verbindung zu qmuc nicht möglich</translation>
    </message>
</context>
<context>
    <name>qmuc::AttachedLink</name>
    <message>
        <source>qmuc did not answer; the action may not have been taken.</source>
        <translation>qmuc hat nicht geantwortet; die Aktion wurde möglicherweise nicht ausgeführt.</translation>
    </message>
    <message>
        <source>No qmuc answers at %1: is it running, with its admin endpoint on ([admin] enabled)?</source>
        <translation>Unter %1 antwortet kein qmuc: Läuft er, mit eingeschaltetem Verwaltungszugang ([admin] enabled)?</translation>
    </message>
    <message>
        <source>Nothing answers at %1: qmuc is not running.</source>
        <translation>Unter %1 antwortet nichts: qmuc läuft nicht.</translation>
    </message>
    <message>
        <source>The user %1 may not open %2: only qmuc&apos;s user and group (qmuc) may.</source>
        <translation>Der Benutzer %1 darf %2 nicht öffnen: Nur der Benutzer und die Gruppe von qmuc (qmuc) dürfen es.</translation>
    </message>
    <message>
        <source>Cannot reach qmuc at %1: %2</source>
        <translation>qmuc unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The connection to qmuc at %1 was lost: the service stopped or restarted.</source>
        <translation>Die Verbindung zu qmuc unter %1 ist abgebrochen: Der Dienst wurde beendet oder neu gestartet.</translation>
    </message>
    <message>
        <source>qmuc at %1 refused the user %2: only the users and groups in its admin/allow setting may attach.</source>
        <translation>qmuc unter %1 hat den Benutzer %2 abgewiesen: Nur die Benutzer und Gruppen in seiner Einstellung admin/allow dürfen sich verbinden.</translation>
    </message>
    <message>
        <source>qmuc at %1 is another version, whose admin endpoint this window does not speak.</source>
        <translation>qmuc unter %1 ist eine andere Version, deren Verwaltungszugang dieses Fenster nicht versteht.</translation>
    </message>
    <message>
        <source>qmuc at %1 did not send its state.</source>
        <translation>qmuc unter %1 hat seinen Zustand nicht gesendet.</translation>
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
        <source>The server refused the component %1: the secret is wrong, or the server has no component of that name (ejabberd says the same for both).</source>
        <translation>Der Server hat die Komponente %1 abgewiesen: das Geheimnis ist falsch, oder der Server kennt keine Komponente dieses Namens (ejabberd meldet beides gleich).</translation>
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
    <name>qmuc::Database</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a database qmuc can read: %2</source>
        <translation>%1 ist keine Datenbank, die qmuc lesen kann: %2</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>die Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1: Qt SQL has no %2 driver here (Debian: libqt6sql6-psql)</source>
        <translation>%1 kann nicht geöffnet werden: Qt SQL hat hier keinen %2-Treiber (Debian: libqt6sql6-psql)</translation>
    </message>
</context>
<context>
    <name>qmuc::EventText</name>
    <message>
        <source>Room created</source>
        <translation>Raum erstellt</translation>
    </message>
    <message>
        <source>Room destroyed</source>
        <translation>Raum aufgelöst</translation>
    </message>
    <message>
        <source>Configuration changed</source>
        <translation>Konfiguration geändert</translation>
    </message>
    <message>
        <source>Configuration changed: %1</source>
        <translation>Konfiguration geändert: %1</translation>
    </message>
    <message>
        <source>%1 joined (%2, %3)</source>
        <translation>%1 hat den Raum betreten (%2, %3)</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation>%1 heißt jetzt %2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 hat jetzt die Rolle %2</translation>
    </message>
    <message>
        <source>%1 has the affiliation %2</source>
        <translation>%1 hat jetzt die Zugehörigkeit %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 hat den Raum verlassen</translation>
    </message>
    <message>
        <source>%1 was kicked</source>
        <translation>%1 wurde hinausgeworfen</translation>
    </message>
    <message>
        <source>%1 was banned</source>
        <translation>%1 wurde verbannt</translation>
    </message>
    <message>
        <source>%1 was disconnected</source>
        <translation>Die Verbindung von %1 wurde getrennt</translation>
    </message>
    <message>
        <source>%1 left: the room was destroyed</source>
        <translation>%1 hat den Raum verlassen: Der Raum wurde aufgelöst</translation>
    </message>
    <message>
        <source>The subject was cleared</source>
        <translation>Das Thema wurde gelöscht</translation>
    </message>
    <message>
        <source>%1 cleared the subject</source>
        <translation>%1 hat das Thema gelöscht</translation>
    </message>
    <message>
        <source>The subject is now “%1”</source>
        <translation>Das Thema lautet jetzt „%1“</translation>
    </message>
    <message>
        <source>%1 set the subject to “%2”</source>
        <translation>%1 hat das Thema in „%2“ geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Writing to the database works again</source>
        <translation>Das Schreiben in die Datenbank funktioniert wieder</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>outcast</source>
        <translation>verbannt</translation>
    </message>
    <message>
        <source>awaiting configuration</source>
        <translation>wartet auf Konfiguration</translation>
    </message>
    <message>
        <source>persistent</source>
        <translation>dauerhaft</translation>
    </message>
    <message>
        <source>members only</source>
        <translation>nur Mitglieder</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>moderated</source>
        <translation>moderiert</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>versteckt</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>%1 sends messages too fast; refused until they slow down</source>
        <translation>%1 sendet Nachrichten zu schnell; abgelehnt, bis es langsamer wird</translation>
    </message>
    <message>
        <source>%1 sends private messages too fast; refused until they slow down</source>
        <translation>%1 sendet private Nachrichten zu schnell; abgelehnt, bis es langsamer wird</translation>
    </message>
    <message>
        <source>%1 changes presence or nickname too fast; refused until they slow down</source>
        <translation>%1 ändert Anwesenheit oder Spitznamen zu schnell; abgelehnt, bis es langsamer wird</translation>
    </message>
    <message>
        <source>%1 sends requests to occupants too fast; refused until they slow down</source>
        <translation>%1 sendet Anfragen an Teilnehmer zu schnell; abgelehnt, bis es langsamer wird</translation>
    </message>
    <message>
        <source>%1 asks for voice too often; refused until they slow down</source>
        <translation>%1 bittet zu oft um Rederecht; abgelehnt, bis es langsamer wird</translation>
    </message>
    <message>
        <source>%1 sends invitations too fast; refused until they slow down</source>
        <translation>%1 sendet Einladungen zu schnell; abgelehnt, bis es langsamer wird</translation>
    </message>
    <message>
        <source>%1 was kicked for flooding</source>
        <translation>%1 wurde wegen Überflutung hinausgeworfen</translation>
    </message>
    <message>
        <source>%1 joins rooms too fast; refused until they slow down</source>
        <translation>%1 betritt Räume zu schnell; abgelehnt, bis es langsamer wird</translation>
    </message>
    <message>
        <source>%1 creates rooms too fast; refused until they slow down</source>
        <translation>%1 erstellt Räume zu schnell; abgelehnt, bis es langsamer wird</translation>
    </message>
    <message>
        <source>%1 gave too many wrong passwords; refused for a while</source>
        <translation>%1 hat zu viele falsche Passwörter angegeben; eine Weile abgelehnt</translation>
    </message>
    <message>
        <source>%1 may not create more rooms: the limit on rooms is reached</source>
        <translation>%1 darf keine weiteren Räume erstellen: die Grenze für Räume ist erreicht</translation>
    </message>
    <message>
        <source>%1 is on the block list; refused</source>
        <translation>%1 steht auf der Sperrliste; abgelehnt</translation>
    </message>
</context>
<context>
    <name>qmuc::Schema</name>
    <message>
        <source>%1 has schema version %2, newer than this qmuc understands (%3); use a newer qmuc</source>
        <translation>%1 hat die Schemaversion %2, neuer, als diese qmuc-Version versteht (%3); verwenden Sie ein neueres qmuc</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and needs upgrading to %3, but it is read-only</source>
        <translation>%1 hat die Schemaversion %2 und muss auf %3 aktualisiert werden, ist aber schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot upgrade %1 to schema version %2: %3</source>
        <translation>%1 kann nicht auf die Schemaversion %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>cannot upgrade %1: %2</source>
        <translation>%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist (qmuc creates it on first start)</source>
        <translation>%1 existiert nicht (qmuc legt die Datei beim ersten Start an)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the integrity check failed: %1</source>
        <translation>die Integritätsprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this qmuc understands (%2)</source>
        <translation>die Schemaversion %1 ist neuer, als diese qmuc-Version versteht (%2)</translation>
    </message>
    <message>
        <source>table %1 refers to rows that do not exist</source>
        <translation>die Tabelle %1 verweist auf Zeilen, die es nicht gibt</translation>
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
    <message>
        <source>Who may create rooms: anyone, or local (users of the server this service belongs to).</source>
        <translation>Wer Räume erstellen darf: anyone (alle) oder local (Benutzer des Servers, zu dem dieser Dienst gehört).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of anyone, local</source>
        <translation>„%1“ ist keiner der Werte anyone, local</translation>
    </message>
    <message>
        <source>A service administrator, with owner rights in every room (repeatable).</source>
        <translation>Ein Administrator des Dienstes, mit Besitzerrechten in jedem Raum (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bare JID (user@domain)</source>
        <translation>„%1“ ist keine JID ohne Ressource (user@domain)</translation>
    </message>
    <message>
        <source>How many recent messages a new room replays to people who join.</source>
        <translation>Anzahl der letzten Nachrichten, die ein neuer Raum Neuankömmlingen erneut anzeigt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of true, false</source>
        <translation>„%1“ ist keiner der Werte true, false</translation>
    </message>
    <message>
        <source>Whether new rooms archive their messages (owners can change it): true or false.</source>
        <translation>Ob neue Räume ihre Nachrichten archivieren (Besitzer können es ändern): true oder false.</translation>
    </message>
    <message>
        <source>Days archived messages are kept (0 keeps them forever).</source>
        <translation>Wie viele Tage archivierte Nachrichten aufbewahrt werden (0 bewahrt sie für immer auf).</translation>
    </message>
    <message>
        <source>Milliseconds between writes of the archive to disk; a crash loses at most this much.</source>
        <translation>Millisekunden zwischen den Schreibvorgängen des Archivs auf die Platte; bei einem Absturz geht höchstens so viel verloren.</translation>
    </message>
    <message>
        <source>Output waiting for the server, in KiB, above which qmuc stops reading until half of it is gone.</source>
        <translation>Auf den Server wartende Ausgabe in KiB, ab der qmuc nicht mehr liest, bis die Hälfte davon abgeflossen ist.</translation>
    </message>
    <message>
        <source>The largest room avatar (XEP-0486) owners may set, in KiB of image.</source>
        <translation>Das größte Raum-Avatarbild (XEP-0486), das Besitzer setzen dürfen, in KiB.</translation>
    </message>
    <message>
        <source>KiB of writes that may wait for a slow or failing disk; beyond it new messages are not archived.</source>
        <translation>KiB an Schreibvorgängen, die auf eine langsame oder fehlerhafte Festplatte warten dürfen; darüber hinaus werden neue Nachrichten nicht archiviert.</translation>
    </message>
    <message>
        <source>Groupchat messages one occupant may send, as N/SECONDS (0: no limit); more are refused.</source>
        <translation>Gruppennachrichten, die ein Teilnehmer senden darf, als N/SEKUNDEN (0: keine Grenze); weitere werden abgelehnt.</translation>
    </message>
    <message>
        <source>Private messages one occupant may send through a room, as N/SECONDS.</source>
        <translation>Private Nachrichten, die ein Teilnehmer über einen Raum senden darf, als N/SEKUNDEN.</translation>
    </message>
    <message>
        <source>Presence updates and nickname changes of one occupant, as N/SECONDS.</source>
        <translation>Anwesenheitsänderungen und Spitznamenwechsel eines Teilnehmers, als N/SEKUNDEN.</translation>
    </message>
    <message>
        <source>IQ requests one occupant may send to other occupants, as N/SECONDS.</source>
        <translation>IQ-Anfragen, die ein Teilnehmer an andere Teilnehmer senden darf, als N/SEKUNDEN.</translation>
    </message>
    <message>
        <source>Voice requests of one occupant, as N/SECONDS.</source>
        <translation>Bitten um Rederecht eines Teilnehmers, als N/SEKUNDEN.</translation>
    </message>
    <message>
        <source>Invitations one occupant may send, as N/SECONDS.</source>
        <translation>Einladungen, die ein Teilnehmer senden darf, als N/SEKUNDEN.</translation>
    </message>
    <message>
        <source>Room joins one user (bare JID) may make, as N/SECONDS.</source>
        <translation>Raumbeitritte, die ein Benutzer (reine JID) machen darf, als N/SEKUNDEN.</translation>
    </message>
    <message>
        <source>Room joins all users of one domain may make together, as N/SECONDS.</source>
        <translation>Raumbeitritte, die alle Benutzer einer Domain zusammen machen dürfen, als N/SEKUNDEN.</translation>
    </message>
    <message>
        <source>Rooms one user may create, as N/SECONDS.</source>
        <translation>Räume, die ein Benutzer erstellen darf, als N/SEKUNDEN.</translation>
    </message>
    <message>
        <source>Rooms all users of one domain may create together, as N/SECONDS.</source>
        <translation>Räume, die alle Benutzer einer Domain zusammen erstellen dürfen, als N/SEKUNDEN.</translation>
    </message>
    <message>
        <source>Wrong room passwords one user may give a room, as N/SECONDS; then every attempt is refused for a while.</source>
        <translation>Falsche Raumpasswörter, die ein Benutzer einem Raum geben darf, als N/SEKUNDEN; danach wird jeder Versuch eine Weile abgelehnt.</translation>
    </message>
    <message>
        <source>Stanzas refused in one burst after which the flooder is kicked from the room (0: never).</source>
        <translation>Abgelehnte Stanzas in einem Schwall, nach denen der Verursacher aus dem Raum geworfen wird (0: nie).</translation>
    </message>
    <message>
        <source>Rooms the service holds at most; further creations are refused.</source>
        <translation>Räume, die der Dienst höchstens hält; weitere Erstellungen werden abgelehnt.</translation>
    </message>
    <message>
        <source>Rooms one user may own before creating another is refused.</source>
        <translation>Räume, die ein Benutzer besitzen darf, bevor das Erstellen eines weiteren abgelehnt wird.</translation>
    </message>
    <message>
        <source>Occupants of a room whose owner set no maximum.</source>
        <translation>Teilnehmer eines Raums, dessen Besitzer kein Maximum festgelegt hat.</translation>
    </message>
    <message>
        <source>Devices one occupant may be in a room with at once.</source>
        <translation>Geräte, mit denen ein Teilnehmer gleichzeitig in einem Raum sein darf.</translation>
    </message>
    <message>
        <source>Largest message body relayed, in bytes of UTF-8.</source>
        <translation>Größter weitergeleiteter Nachrichtentext, in Bytes UTF-8.</translation>
    </message>
    <message>
        <source>Longest room subject, in bytes of UTF-8.</source>
        <translation>Längstes Raumthema, in Bytes UTF-8.</translation>
    </message>
    <message>
        <source>Longest nickname, in characters.</source>
        <translation>Längster Spitzname, in Zeichen.</translation>
    </message>
    <message>
        <source>Bytes of recent messages a room keeps to replay to people who join.</source>
        <translation>Bytes an letzten Nachrichten, die ein Raum für Neuankömmlinge aufbewahrt.</translation>
    </message>
    <message>
        <source>Seconds before a session that joins a room it is already in gets the occupants and history again.</source>
        <translation>Sekunden, bevor eine Sitzung, die einen Raum erneut betritt, in dem sie schon ist, Teilnehmer und Verlauf wieder erhält.</translation>
    </message>
    <message>
        <source>Rooms listed in one answer to disco#items without paging (XEP-0059); the answer says how to page on.</source>
        <translation>Räume in einer Antwort auf disco#items ohne Blättern (XEP-0059); die Antwort sagt, wie weitergeblättert wird.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rate such as 10/60 (at most 10 in 60 seconds), or 0 for no limit</source>
        <translation>&apos;%1&apos; ist keine Rate wie 10/60 (höchstens 10 in 60 Sekunden) und nicht 0 für keine Grenze</translation>
    </message>
    <message>
        <source>The publish-subscribe service (XEP-0060) of a real-time block list whose users may not join rooms, e.g. pubsub.example.org; empty for none.</source>
        <translation>Der Publish-Subscribe-Dienst (XEP-0060) einer Echtzeit-Sperrliste, deren Benutzer keine Räume betreten dürfen, z.&#xa0;B. pubsub.example.org; leer für keine.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JID without resource</source>
        <translation>„%1“ ist keine JID ohne Ressource</translation>
    </message>
    <message>
        <source>The block list&apos;s node: its item ids are the SHA-256 (hex) of blocked bare JIDs or domains.</source>
        <translation>Der Knoten der Sperrliste: Seine Eintrags-IDs sind die SHA-256-Werte (hexadezimal) gesperrter JIDs ohne Ressource oder Domains.</translation>
    </message>
    <message>
        <source>Entries of the block list kept at most; more are ignored, with a warning.</source>
        <translation>Höchstzahl der Einträge der Sperrliste, die behalten werden; weitere werden mit einer Warnung ignoriert.</translation>
    </message>
    <message>
        <source>Seconds before asking again a block list that refused (e.g. its node does not exist yet); doubled each time, up to an hour.</source>
        <translation>Sekunden, bevor eine Sperrliste, die abgelehnt hat (etwa weil ihr Knoten noch nicht existiert), erneut gefragt wird; verdoppelt sich jedes Mal, bis zu einer Stunde.</translation>
    </message>
    <message>
        <source>Whether qmuc offers its admin endpoint, the socket qmuc-admin --attach connects to: true or false.</source>
        <translation>Ob qmuc seinen Verwaltungszugang anbietet, den Socket, mit dem sich qmuc-admin --attach verbindet: true oder false.</translation>
    </message>
    <message>
        <source>The admin endpoint&apos;s Unix socket (mode 0660); empty: admin.sock in $RUNTIME_DIRECTORY, else $XDG_RUNTIME_DIR/qmuc, else /run/qmuc.</source>
        <translation>Der Unix-Socket des Verwaltungszugangs (Modus 0660); leer: admin.sock in $RUNTIME_DIRECTORY, sonst in $XDG_RUNTIME_DIR/qmuc, sonst in /run/qmuc.</translation>
    </message>
    <message>
        <source>A local user or @group who may attach to the admin endpoint (repeatable); none: whoever the socket&apos;s permissions let in.</source>
        <translation>Ein lokaler Benutzer oder eine @Gruppe, die sich mit dem Verwaltungszugang verbinden darf (mehrfach angebbar); keiner: wen die Rechte des Sockets zulassen.</translation>
    </message>
    <message>
        <source>Where rooms and archive live: sqlite (qmuc.sqlite in the data directory) or postgres (storage/postgres).</source>
        <translation>Wo Räume und Archiv liegen: sqlite (qmuc.sqlite im Datenverzeichnis) oder postgres (storage/postgres).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of sqlite, postgres</source>
        <translation>„%1“ ist weder sqlite noch postgres</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s libpq connection string: keyword and value pairs (service, or host, port, dbname, user); no password on the command line.</source>
        <translation>Die Verbindungsangabe für PostgreSQLs libpq: Paare aus Schlüsselwort und Wert (service, oder host, port, dbname, user); kein Passwort auf der Befehlszeile.</translation>
    </message>
    <message>
        <source>File holding PostgreSQL&apos;s password, if neither the service file nor PGPASSFILE gives it.</source>
        <translation>Datei mit dem Passwort für PostgreSQL, wenn weder die Dienstdatei noch PGPASSFILE es angibt.</translation>
    </message>
    <message>
        <source>With several qmuc instances on one PostgreSQL database: seconds after which an instance that stopped renewing its lease is taken for gone, and its occupants told.</source>
        <translation>Bei mehreren qmuc-Instanzen an einer PostgreSQL-Datenbank: Sekunden, nach denen eine Instanz, die ihre Frist nicht mehr erneuert, als beendet gilt und ihre Teilnehmer benachrichtigt werden.</translation>
    </message>
    <message>
        <source>storage/postgres: give the connection as keyword=value pairs (host=… dbname=…), not as a URI</source>
        <translation>storage/postgres: Geben Sie die Verbindung als Paare schlüsselwort=wert an (host=… dbname=…), nicht als URI</translation>
    </message>
    <message>
        <source>cannot read the PostgreSQL password file %1: %2</source>
        <translation>Die PostgreSQL-Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL password file %1 is empty</source>
        <translation>Die PostgreSQL-Passwortdatei %1 ist leer</translation>
    </message>
    <message>
        <source>--%1: a password on the command line is visible to every user of the machine; put it in the configuration file, a password file (--postgres-password-file), PGPASSFILE or a libpq service file</source>
        <translation>--%1: Ein Passwort auf der Befehlszeile sieht jeder Benutzer des Rechners; tragen Sie es in die Konfigurationsdatei, eine Passwortdatei (--postgres-password-file), PGPASSFILE oder eine libpq-Dienstdatei ein</translation>
    </message>
</context>
<context>
    <name>qmuc::Startup</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>there is no home directory for the data; set storage/data_dir or --data-dir</source>
        <translation>es gibt kein Home-Verzeichnis für die Daten; setzen Sie storage/data_dir oder --data-dir</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::ActivityChart</name>
    <message>
        <source>Messages and joins in the whole service, per minute, over the last hour</source>
        <translation>Nachrichten und Beitritte im ganzen Dienst, pro Minute, in der letzten Stunde</translation>
    </message>
    <message>
        <source>Last hour, per minute</source>
        <translation>Letzte Stunde, pro Minute</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>Beitritte</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>−60 min</source>
        <translation>−60 Min.</translation>
    </message>
    <message>
        <source>−30 min</source>
        <translation>−30 Min.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::AdminActions</name>
    <message>
        <source>&amp;Kick…</source>
        <translation>&amp;Hinauswerfen…</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Hinauswerfen</translation>
    </message>
    <message>
        <source>Remove the occupant from the room; they may come back (Del)</source>
        <translation>Teilnehmer aus dem Raum entfernen; eine Rückkehr bleibt möglich (Del)</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Verbannen…</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Verbannen</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Remove the occupant and keep their JID out of the room (Ctrl+B)</source>
        <translation>Teilnehmer entfernen und seine JID dauerhaft aus dem Raum aussperren (Ctrl+B)</translation>
    </message>
    <message>
        <source>Grant &amp;voice</source>
        <translation>&amp;Rederecht erteilen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Rederecht</translation>
    </message>
    <message>
        <source>Let the visitor speak in a moderated room</source>
        <translation>Dem Besucher erlauben, in einem moderierten Raum zu sprechen</translation>
    </message>
    <message>
        <source>Revoke v&amp;oice</source>
        <translation>Rederecht &amp;entziehen</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Make the participant a visitor, who may not speak in a moderated room</source>
        <translation>Teilnehmer zum Besucher machen, der in einem moderierten Raum nicht sprechen darf</translation>
    </message>
    <message>
        <source>Grant &amp;moderator</source>
        <translation>&amp;Moderatorrechte erteilen</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Let the occupant kick, grant voice and set the subject</source>
        <translation>Dem Teilnehmer erlauben, andere hinauszuwerfen, Rederecht zu erteilen und das Thema festzulegen</translation>
    </message>
    <message>
        <source>Revoke mo&amp;derator</source>
        <translation>Mo&amp;deratorrechte entziehen</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Herabstufen</translation>
    </message>
    <message>
        <source>Set &amp;affiliation</source>
        <translation>&amp;Zugehörigkeit festlegen</translation>
    </message>
    <message>
        <source>Set &amp;subject…</source>
        <translation>&amp;Thema festlegen…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Change the room&apos;s subject (Ctrl+T)</source>
        <translation>Thema des Raums ändern (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Destroy room…</source>
        <translation>Raum &amp;auflösen…</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>Remove everyone and delete the room (Ctrl+Shift+Del)</source>
        <translation>Alle entfernen und den Raum löschen (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 („%2“)</translation>
    </message>
    <message>
        <source>Kick %1</source>
        <translation>%1 hinauswerfen</translation>
    </message>
    <message>
        <source>Why is %1 being kicked? Everyone in the room will read it (optional):</source>
        <translation>Warum wird %1 hinausgeworfen? Alle im Raum können den Grund lesen (optional):</translation>
    </message>
    <message>
        <source>Kicked %1</source>
        <translation>%1 hinausgeworfen</translation>
    </message>
    <message>
        <source>Kicking %1</source>
        <translation>Hinauswurf von %1</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>%1 verbannen</translation>
    </message>
    <message>
        <source>Why is %1 (%2) being banned from the room? Everyone in the room will read it (optional):</source>
        <translation>Warum wird %1 (%2) aus dem Raum verbannt? Alle im Raum können den Grund lesen (optional):</translation>
    </message>
    <message>
        <source>Banned %1 (%2)</source>
        <translation>%1 (%2) verbannt</translation>
    </message>
    <message>
        <source>Banning %1</source>
        <translation>Verbannung von %1</translation>
    </message>
    <message>
        <source>Made %1 %2</source>
        <translation>%1 hat jetzt die Rolle %2</translation>
    </message>
    <message>
        <source>Making %1 %2</source>
        <translation>Vergabe der Rolle %2 an %1</translation>
    </message>
    <message>
        <source>Gave %1 the affiliation %2</source>
        <translation>%1 hat jetzt die Zugehörigkeit %2</translation>
    </message>
    <message>
        <source>Giving %1 the affiliation %2</source>
        <translation>Vergabe der Zugehörigkeit %2 an %1</translation>
    </message>
    <message>
        <source>Cleared the subject</source>
        <translation>Thema gelöscht</translation>
    </message>
    <message>
        <source>Set the subject to “%1”</source>
        <translation>Thema auf „%1“ gesetzt</translation>
    </message>
    <message>
        <source>Setting the subject</source>
        <translation>Festlegen des Themas</translation>
    </message>
    <message>
        <source>Destroyed %1</source>
        <translation>%1 aufgelöst</translation>
    </message>
    <message>
        <source>Destroying %1</source>
        <translation>Auflösung von %1</translation>
    </message>
    <message>
        <source>The room was not destroyed</source>
        <translation>Der Raum wurde nicht aufgelöst</translation>
    </message>
    <message>
        <source>Put on a &amp;hat…</source>
        <translation>&amp;Hut aufsetzen…</translation>
    </message>
    <message>
        <source>Hat</source>
        <translation>Hut</translation>
    </message>
    <message>
        <source>Give the occupant&apos;s user a title of this room&apos;s own that everyone sees (a hat)</source>
        <translation>Dem Benutzer des Teilnehmers einen raumeigenen Titel geben, den alle sehen (einen Hut)</translation>
    </message>
    <message>
        <source>&amp;Take off a hat…</source>
        <translation>Hut ab&amp;nehmen…</translation>
    </message>
    <message>
        <source>Take off hat</source>
        <translation>Hut abnehmen</translation>
    </message>
    <message>
        <source>Take one of the occupant&apos;s hats off again</source>
        <translation>Einen der Hüte des Teilnehmers wieder abnehmen</translation>
    </message>
    <message>
        <source>&amp;Retract recent messages…</source>
        <translation>Letzte Nachrichten &amp;zurückziehen…</translation>
    </message>
    <message>
        <source>Retract</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Retract everything the occupant sent to the room lately, for everyone and in the archive</source>
        <translation>Alles zurückziehen, was der Teilnehmer zuletzt in den Raum geschickt hat – für alle und im Archiv</translation>
    </message>
    <message>
        <source>Put the hat “%1” on %2</source>
        <translation>%2 den Hut „%1“ aufgesetzt</translation>
    </message>
    <message>
        <source>Putting a hat on %1</source>
        <translation>Aufsetzen eines Huts für %1</translation>
    </message>
    <message>
        <source>Took the hat “%1” off %2</source>
        <translation>%2 den Hut „%1“ abgenommen</translation>
    </message>
    <message>
        <source>Taking a hat off %1</source>
        <translation>Abnehmen eines Huts von %1</translation>
    </message>
    <message numerus="yes">
        <source>Retracted %n message(s) from %1</source>
        <translation>
            <numerusform>%n Nachricht von %1 zurückgezogen</numerusform>
            <numerusform>%n Nachrichten von %1 zurückgezogen</numerusform>
        </translation>
    </message>
    <message>
        <source>Retracting the messages of %1</source>
        <translation>Zurückziehen der Nachrichten von %1</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::AdminPrompts</name>
    <message>
        <source>Subject of %1</source>
        <translation>Thema von %1</translation>
    </message>
    <message>
        <source>New subject (empty to clear it):</source>
        <translation>Neues Thema (leer lassen, um es zu löschen):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Take a hat off %1</source>
        <translation>%1 einen Hut abnehmen</translation>
    </message>
    <message>
        <source>Hat to take off:</source>
        <translation>Abzunehmender Hut:</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::ConnectionPanel</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Server says</source>
        <translation>Meldung des Servers</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::DestroyRoomDialog</name>
    <message>
        <source>Destroy %1</source>
        <translation>%1 auflösen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Destroy the room %1?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its occupants (%2 right now) will be removed and told why. The room, its configuration and its affiliations will be gone; this cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Raum %1 auflösen?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Seine Teilnehmer (derzeit %2) werden entfernt und über den Grund informiert. Der Raum, seine Konfiguration und seine Zugehörigkeiten gehen verloren; dies kann nicht rückgängig gemacht werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shown to everyone in the room (optional)</source>
        <translation>Wird allen im Raum angezeigt (optional)</translation>
    </message>
    <message>
        <source>room@%1 (optional)</source>
        <translation>raum@%1 (optional)</translation>
    </message>
    <message>
        <source>A room the occupants are invited to go to instead</source>
        <translation>Ein Raum, in den die Teilnehmer stattdessen eingeladen werden</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Alternate venue:</source>
        <translation>Aus&amp;weichraum:</translation>
    </message>
    <message>
        <source>&amp;Destroy room</source>
        <translation>Raum auf&amp;lösen</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::FilteredView</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Show only the rows that contain this text</source>
        <translation>Nur Zeilen anzeigen, die diesen Text enthalten</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::HatDialog</name>
    <message>
        <source>Put a hat on %1</source>
        <translation>%1 einen Hut aufsetzen</translation>
    </message>
    <message>
        <source>Everyone in the room sees the hat&apos;s title beside %1 (%2), in this room only, until it is taken off again.</source>
        <translation>Alle im Raum sehen den Titel des Huts neben %1 (%2), nur in diesem Raum, bis er wieder abgenommen wird.</translation>
    </message>
    <message>
        <source>e.g. Host</source>
        <translation>z. B. Gastgeber</translation>
    </message>
    <message>
        <source>e.g. urn:example:hats:host</source>
        <translation>z. B. urn:example:hats:host</translation>
    </message>
    <message>
        <source>The name the hat is known by; putting on a hat with the same URI again changes its title</source>
        <translation>Der Name, unter dem der Hut bekannt ist; ein erneut aufgesetzter Hut mit derselben URI ändert seinen Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>&amp;Put on</source>
        <translation>&amp;Aufsetzen</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::MainWindow</name>
    <message>
        <source>qmuc admin — %1</source>
        <translation>qmuc-Verwaltung — %1</translation>
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
        <source>Close the connection to the server; every room stays as it is</source>
        <translation>Verbindung zum Server schließen; alle Räume bleiben unverändert</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear the log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <source>&amp;Occupant</source>
        <translation>&amp;Teilnehmer</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Occupants (%1)</source>
        <translation>Teilnehmer (%1)</translation>
    </message>
    <message>
        <source>Rooms (%1)</source>
        <translation>Räume (%1)</translation>
    </message>
    <message>
        <source>Settings saved to %1; they take effect when qmuc admin starts again.</source>
        <translation>Einstellungen in %1 gespeichert; sie werden beim nächsten Start von qmuc admin wirksam.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Keeping rooms and messages in memory only: %1</source>
        <translation>Räume und Nachrichten werden nur im Arbeitsspeicher gehalten: %1</translation>
    </message>
    <message>
        <source>Rooms: %1 · Occupants: %2 · Limits hit: %3</source>
        <translation>Räume: %1 · Teilnehmer: %2 · Grenzen erreicht: %3</translation>
    </message>
    <message>
        <source>Connect to a &amp;Running Service…</source>
        <translation>Mit einem &amp;laufenden Dienst verbinden…</translation>
    </message>
    <message>
        <source>Open a window on a qmuc that runs as a service, through its admin socket</source>
        <translation>Ein Fenster auf einen als Dienst laufenden qmuc öffnen, über dessen Verwaltungs-Socket</translation>
    </message>
    <message>
        <source>Connect to a Running Service</source>
        <translation>Mit einem laufenden Dienst verbinden</translation>
    </message>
    <message>
        <source>The admin socket of the running qmuc:</source>
        <translation>Der Verwaltungs-Socket des laufenden qmuc:</translation>
    </message>
    <message>
        <source>Cannot connect to the service</source>
        <translation>Verbindung zum Dienst nicht möglich</translation>
    </message>
    <message>
        <source>qmuc admin — %1 (detached)</source>
        <translation>qmuc-Verwaltung — %1 (getrennt)</translation>
    </message>
    <message>
        <source>qmuc admin — %1 (attached: %2)</source>
        <translation>qmuc-Verwaltung — %1 (verbunden mit %2)</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::OccupantModel</name>
    <message>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>extended away</source>
        <translation>länger abwesend</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>nicht stören</translation>
    </message>
    <message>
        <source>free to chat</source>
        <translation>bereit zum Chatten</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2), joined from %3 devices</source>
        <translation>%1 (%2), von %3 Geräten beigetreten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <source>Real JID</source>
        <translation>Echte JID</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1
Occupant id: %2</source>
        <translation>%1
Teilnehmer-ID: %2</translation>
    </message>
    <message>
        <source>Hats</source>
        <translation>Hüte</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::RetractDialog</name>
    <message>
        <source>Retract the messages of %1</source>
        <translation>Nachrichten von %1 zurückziehen</translation>
    </message>
    <message>
        <source>Everything %1 (%2) sent to the room in the chosen time is retracted: removed for everyone whose client supports it, and from the room&apos;s archive. This cannot be undone.</source>
        <translation>Alles, was %1 (%2) im gewählten Zeitraum in den Raum geschickt hat, wird zurückgezogen: bei allen, deren Client das unterstützt, und aus dem Archiv des Raums entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Shown to everyone in the room (optional)</source>
        <translation>Wird allen im Raum angezeigt (optional)</translation>
    </message>
    <message>
        <source>&amp;Sent in the last:</source>
        <translation>&amp;Gesendet in den letzten:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Retract</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::RoomDetailsPanel</name>
    <message>
        <source>Subject:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Aktivität:</translation>
    </message>
    <message>
        <source>No room selected</source>
        <translation>Kein Raum ausgewählt</translation>
    </message>
    <message>
        <source>Choose a room on the left to see its occupants.</source>
        <translation>Links einen Raum auswählen, um seine Teilnehmer zu sehen.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Occupants: %1 · Messages in the last minute: %2</source>
        <translation>Teilnehmer: %1 · Nachrichten in der letzten Minute: %2</translation>
    </message>
    <message>
        <source>Locked until its owner configures it</source>
        <translation>Gesperrt, bis der Besitzer ihn konfiguriert</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Versteckt</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporär</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Nur Mitglieder</translation>
    </message>
    <message>
        <source>Open to anyone</source>
        <translation>Für alle offen</translation>
    </message>
    <message>
        <source>Password required</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Kein Passwort</translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation>Moderiert</translation>
    </message>
    <message>
        <source>Everyone may speak</source>
        <translation>Alle dürfen sprechen</translation>
    </message>
    <message>
        <source>Messages archived (%1 so far)</source>
        <translation>Nachrichten werden archiviert (bisher %1)</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>Nicht archiviert</translation>
    </message>
    <message>
        <source>The room&apos;s avatar (%1 × %2 pixels)</source>
        <translation>Avatar des Raums (%1 × %2 Pixel)</translation>
    </message>
    <message>
        <source>This room has no avatar</source>
        <translation>Dieser Raum hat keinen Avatar</translation>
    </message>
    <message>
        <source>The room&apos;s avatar is not an image this window can show (%1)</source>
        <translation>Der Avatar des Raums ist kein Bild, das dieses Fenster anzeigen kann (%1)</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::RoomListModel</name>
    <message>
        <source>%1
Subject: %2</source>
        <translation>%1
Thema: %2</translation>
    </message>
    <message>
        <source>Messages sent to the room in the last minute</source>
        <translation>In der letzten Minute an den Raum gesendete Nachrichten</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>JID</source>
        <translation>JID</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Msgs/min</source>
        <translation>Nachr./min</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Messages sent to the room in the last minute; the line shows the last ten minutes</source>
        <translation>In der letzten Minute an den Raum gesendete Nachrichten; die Linie zeigt die letzten zehn Minuten</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>conference.example.org</source>
        <translation>conference.example.org</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>the component secret the server expects</source>
        <translation>das vom Server erwartete Komponenten-Geheimnis</translation>
    </message>
    <message>
        <source>Written to the secret file, readable only by you; never into the settings file.</source>
        <translation>Wird in die nur für Sie lesbare Geheimnisdatei geschrieben, nie in die Einstellungsdatei.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Debug — every stanza</source>
        <translation>Debug — jede Stanza</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>Server-&amp;Host:</translation>
    </message>
    <message>
        <source>Component &amp;port:</source>
        <translation>Komponenten-&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>Do&amp;main:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Secret &amp;file:</source>
        <translation>Geheimnis&amp;datei:</translation>
    </message>
    <message>
        <source>D&amp;ata directory:</source>
        <translation>Daten&amp;verzeichnis:</translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation>Proto&amp;kollstufe:</translation>
    </message>
    <message>
        <source>Saved to %1, which qmuc reads with --config. They take effect the next time the service starts.</source>
        <translation>Gespeichert in %1, das qmuc mit --config einliest. Die Einstellungen werden beim nächsten Start des Dienstes wirksam.</translation>
    </message>
    <message>
        <source>The QMUC_SECRET environment variable is set and overrides the secret file.</source>
        <translation>Die Umgebungsvariable QMUC_SECRET ist gesetzt und hat Vorrang vor der Geheimnisdatei.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Datenverzeichnis</translation>
    </message>
    <message>
        <source>Secret file</source>
        <translation>Geheimnisdatei</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1: %2</source>
        <translation>Berechtigungen von %1 können nicht eingeschränkt werden: %2</translation>
    </message>
    <message>
        <source>cannot write the secret file %1: %2</source>
        <translation>Geheimnisdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::StorageStatus</name>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder that holds the database in the file manager</source>
        <translation>Den Ordner mit der Datenbank im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>In memory only — nothing is saved</source>
        <translation>Nur im Arbeitsspeicher — nichts wird gesichert</translation>
    </message>
    <message>
        <source>The database cannot be used (%1). Rooms and messages are kept in memory only and are lost when qmuc admin quits.</source>
        <translation>Die Datenbank kann nicht verwendet werden (%1). Räume und Nachrichten werden nur im Arbeitsspeicher gehalten und gehen verloren, wenn qmuc admin beendet wird.</translation>
    </message>
    <message>
        <source>%1. Changes are kept in memory only and are lost when the service stops.</source>
        <translation>%1. Änderungen werden nur im Arbeitsspeicher gehalten und gehen verloren, wenn der Dienst endet.</translation>
    </message>
    <message>
        <source>%1. The changes wait in memory and qmuc keeps trying to write them.</source>
        <translation>%1. Die Änderungen warten im Arbeitsspeicher, und qmuc versucht weiter, sie zu schreiben.</translation>
    </message>
    <message>
        <source>Read-only: changes to rooms and new messages are not saved to this file.</source>
        <translation>Schreibgeschützt: Änderungen an Räumen und neue Nachrichten werden nicht in dieser Datei gespeichert.</translation>
    </message>
    <message>
        <source>No data directory is set: rooms and the message archive are kept in memory and are lost when the service stops.</source>
        <translation>Kein Datenverzeichnis festgelegt: Räume und das Nachrichtenarchiv werden im Arbeitsspeicher gehalten und gehen verloren, wenn der Dienst endet.</translation>
    </message>
    <message>
        <source>Rooms and the message archive are kept in this file.</source>
        <translation>Räume und das Nachrichtenarchiv werden in dieser Datei gespeichert.</translation>
    </message>
    <message>
        <source>Rooms and the message archive are kept in this file once the service starts.</source>
        <translation>Räume und das Nachrichtenarchiv werden in dieser Datei gespeichert, sobald der Dienst startet.</translation>
    </message>
    <message>
        <source>Persistent rooms: %1 · Archived messages: %2 · Size: %3</source>
        <translation>Dauerhafte Räume: %1 · Archivierte Nachrichten: %2 · Größe: %3</translation>
    </message>
    <message>
        <source>The check found problems: %1</source>
        <translation>Die Prüfung hat Probleme gefunden: %1</translation>
    </message>
    <message>
        <source>Counting what it holds…</source>
        <translation>Inhalt wird gezählt…</translation>
    </message>
    <message>
        <source>Read-only: changes are not saved.</source>
        <translation>Schreibgeschützt: Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not open %1 in a file manager</source>
        <translation>%1 konnte nicht in einem Dateimanager geöffnet werden</translation>
    </message>
    <message>
        <source>Read-only: changes to rooms and new messages are not saved to this database.</source>
        <translation>Schreibgeschützt: Änderungen an Räumen und neue Nachrichten werden nicht in dieser Datenbank gespeichert.</translation>
    </message>
    <message>
        <source>Rooms and the message archive are kept in this PostgreSQL database, which other qmuc instances may share.</source>
        <translation>Räume und das Nachrichtenarchiv liegen in dieser PostgreSQL-Datenbank, die sich weitere qmuc-Instanzen teilen können.</translation>
    </message>
    <message>
        <source>Rooms and the message archive are kept in this PostgreSQL database once the service starts.</source>
        <translation>Räume und das Nachrichtenarchiv liegen in dieser PostgreSQL-Datenbank, sobald der Dienst startet.</translation>
    </message>
</context>
</TS>
