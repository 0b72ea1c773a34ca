<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <message>
        <source>&apos;%1&apos; cannot be the name of a room.</source>
        <translation>„%1“ kann nicht der Name eines Raums sein.</translation>
    </message>
    <message>
        <source>Join a room with a nickname: room@service/nick.</source>
        <translation>Einen Raum mit einem Spitznamen betreten: raum@dienst/spitzname.</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>Es gibt keinen Raum %1.</translation>
    </message>
    <message>
        <source>You may not create rooms on this service.</source>
        <translation>Sie dürfen auf diesem Dienst keine Räume erstellen.</translation>
    </message>
    <message>
        <source>List rooms</source>
        <translation>Räume auflisten</translation>
    </message>
    <message>
        <source>Destroy Rooms</source>
        <translation>Räume auflösen</translation>
    </message>
    <message>
        <source>Set affiliation in room</source>
        <translation>Zugehörigkeit in einem Raum festlegen</translation>
    </message>
    <message>
        <source>Only service administrators may run commands.</source>
        <translation>Nur Administratoren des Dienstes dürfen Befehle ausführen.</translation>
    </message>
    <message>
        <source>No such command.</source>
        <translation>Dieser Befehl existiert nicht.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n occupant(s))</source>
        <translation>
            <numerusform>%1 (%n Teilnehmer)</numerusform>
            <numerusform>%1 (%n Teilnehmer)</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no rooms.</source>
        <translation>Es gibt keine Räume.</translation>
    </message>
    <message>
        <source>Destroy rooms</source>
        <translation>Räume auflösen</translation>
    </message>
    <message>
        <source>Select the rooms to destroy</source>
        <translation>Wählen Sie die Räume, die aufgelöst werden sollen</translation>
    </message>
    <message>
        <source>Rooms to destroy:</source>
        <translation>Aufzulösende Räume:</translation>
    </message>
    <message>
        <source>Set affiliation</source>
        <translation>Zugehörigkeit festlegen</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Zugehörigkeit</translation>
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
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The following rooms were destroyed:</source>
        <translation>Diese Räume wurden aufgelöst:</translation>
    </message>
    <message>
        <source>room, jid and affiliation are required</source>
        <translation>room, jid und affiliation sind erforderlich</translation>
    </message>
    <message>
        <source>Affiliation change failed: %1</source>
        <translation>Die Zugehörigkeit wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Affiliation updated</source>
        <translation>Zugehörigkeit geändert</translation>
    </message>
    <message>
        <source>This service, %1, does not deliver to %2.</source>
        <translation>Dieser Dienst, %1, stellt nichts an %2 zu.</translation>
    </message>
    <message>
        <source>Retract recent messages</source>
        <translation>Neuere Nachrichten zurückziehen</translation>
    </message>
    <message>
        <source>Retract everything one occupant sent in the room in the last hours</source>
        <translation>Alles zurückziehen, was ein Teilnehmer in den letzten Stunden im Raum gesendet hat</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>room, nick and hours (1 to %1) are required</source>
        <translation>room, nick und hours (1 bis %1) sind erforderlich</translation>
    </message>
    <message numerus="yes">
        <source>Retracted %n message(s).</source>
        <translation>
            <numerusform>%n Nachricht zurückgezogen.</numerusform>
            <numerusform>%n Nachrichten zurückgezogen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are joining rooms too fast; wait a moment, then try again.</source>
        <translation>Sie betreten Räume zu schnell; warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>You are creating rooms too fast; wait a moment, then try again.</source>
        <translation>Sie erstellen Räume zu schnell; warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>This service holds as many rooms as it can; try again later.</source>
        <translation>Dieser Dienst hat bereits so viele Räume, wie er halten kann; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>You own as many rooms as this service allows one user.</source>
        <translation>Sie besitzen bereits so viele Räume, wie dieser Dienst einem Benutzer erlaubt.</translation>
    </message>
    <message>
        <source>You are banned from this service.</source>
        <translation>Sie sind von diesem Dienst ausgeschlossen.</translation>
    </message>
    <message>
        <source>The rooms&apos; database cannot be reached; try again later.</source>
        <translation>Die Datenbank der Räume ist nicht erreichbar; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The room %1 is served by another instance of this service; send the request to the room itself.</source>
        <translation>Der Raum %1 wird von einer anderen Instanz dieses Dienstes bedient; senden Sie die Anfrage an den Raum selbst.</translation>
    </message>
</context>
<context>
    <name>qmuc::Nickname</name>
    <message>
        <source>The nickname is empty.</source>
        <translation>Der Spitzname ist leer.</translation>
    </message>
    <message>
        <source>The nickname is longer than %1 bytes.</source>
        <translation>Der Spitzname ist länger als %1 Byte.</translation>
    </message>
    <message>
        <source>The nickname is not valid Unicode.</source>
        <translation>Der Spitzname ist kein gültiges Unicode.</translation>
    </message>
    <message>
        <source>The nickname contains a character that is not allowed (%1).</source>
        <translation>Der Spitzname enthält ein Zeichen, das nicht erlaubt ist (%1).</translation>
    </message>
</context>
<context>
    <name>qmuc::Room</name>
    <message>
        <source>You are not in this room.</source>
        <translation>Sie befinden sich nicht in diesem Raum.</translation>
    </message>
    <message>
        <source>Messages to the room are of type groupchat.</source>
        <translation>Nachrichten an den Raum müssen vom Typ groupchat sein.</translation>
    </message>
    <message>
        <source>This room is locked until its owner has configured it.</source>
        <translation>Dieser Raum ist gesperrt, bis sein Besitzer ihn konfiguriert hat.</translation>
    </message>
    <message>
        <source>You are banned from this room.</source>
        <translation>Sie sind aus diesem Raum verbannt.</translation>
    </message>
    <message>
        <source>This room is for members only.</source>
        <translation>Dieser Raum ist nur für Mitglieder zugänglich.</translation>
    </message>
    <message>
        <source>A password is required to enter this room.</source>
        <translation>Zum Betreten dieses Raums ist ein Passwort erforderlich.</translation>
    </message>
    <message>
        <source>That nickname is reserved by a member of this room.</source>
        <translation>Dieser Spitzname ist für ein Mitglied dieses Raums reserviert.</translation>
    </message>
    <message>
        <source>That nickname is already in use in this room.</source>
        <translation>Dieser Spitzname wird in diesem Raum bereits verwendet.</translation>
    </message>
    <message>
        <source>This room is full.</source>
        <translation>Dieser Raum ist voll.</translation>
    </message>
    <message>
        <source>You are in this room from several devices; change your nickname after leaving from the others.</source>
        <translation>Sie sind mit mehreren Geräten in diesem Raum; der Spitzname kann erst geändert werden, wenn die anderen Geräte den Raum verlassen haben.</translation>
    </message>
    <message>
        <source>You have no voice in this room.</source>
        <translation>Sie haben in diesem Raum kein Rederecht.</translation>
    </message>
    <message>
        <source>Groupchat messages go to the room, not to an occupant.</source>
        <translation>Nachrichten vom Typ groupchat gehen an den Raum, nicht an einen einzelnen Teilnehmer.</translation>
    </message>
    <message>
        <source>Private messages are not allowed in this room.</source>
        <translation>Private Nachrichten sind in diesem Raum nicht erlaubt.</translation>
    </message>
    <message>
        <source>Nobody with that nickname is in this room.</source>
        <translation>In diesem Raum ist niemand mit diesem Spitznamen.</translation>
    </message>
    <message>
        <source>You are not allowed to change the subject of this room.</source>
        <translation>Sie dürfen das Thema dieses Raums nicht ändern.</translation>
    </message>
    <message>
        <source>Only owners may configure this room.</source>
        <translation>Nur Besitzer dürfen diesen Raum konfigurieren.</translation>
    </message>
    <message>
        <source>Configuration of %1</source>
        <translation>Konfiguration von %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Keep the room when it is empty</source>
        <translation>Raum behalten, wenn er leer ist</translation>
    </message>
    <message>
        <source>List the room publicly</source>
        <translation>Raum öffentlich auflisten</translation>
    </message>
    <message>
        <source>Participants may change the subject</source>
        <translation>Teilnehmer dürfen das Thema ändern</translation>
    </message>
    <message>
        <source>Only participants with voice may speak</source>
        <translation>Nur Teilnehmer mit Rederecht dürfen sprechen</translation>
    </message>
    <message>
        <source>Only members may enter</source>
        <translation>Nur Mitglieder dürfen eintreten</translation>
    </message>
    <message>
        <source>A password is required to enter</source>
        <translation>Zum Betreten ist ein Passwort erforderlich</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Maximum number of occupants</source>
        <translation>Maximale Anzahl an Teilnehmern</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Who may see real JIDs</source>
        <translation>Wer echte JIDs sehen darf</translation>
    </message>
    <message>
        <source>Moderators only</source>
        <translation>Nur Moderatoren</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Members may invite others</source>
        <translation>Mitglieder dürfen andere einladen</translation>
    </message>
    <message>
        <source>Who may send private messages</source>
        <translation>Wer private Nachrichten senden darf</translation>
    </message>
    <message>
        <source>Messages shown to people who join</source>
        <translation>Beim Betreten angezeigte Nachrichten</translation>
    </message>
    <message>
        <source>Keep a public archive of messages</source>
        <translation>Öffentliches Nachrichtenarchiv führen</translation>
    </message>
    <message>
        <source>The value of %1 is not valid.</source>
        <translation>Der Wert von %1 ist ungültig.</translation>
    </message>
    <message>
        <source>A password-protected room needs a password.</source>
        <translation>Ein passwortgeschützter Raum benötigt ein Passwort.</translation>
    </message>
    <message>
        <source>Only moderators may do that.</source>
        <translation>Nur Moderatoren dürfen das tun.</translation>
    </message>
    <message>
        <source>Nobody called %1 is in this room.</source>
        <translation>In diesem Raum ist niemand namens %1.</translation>
    </message>
    <message>
        <source>Only admins and owners may grant or revoke moderation.</source>
        <translation>Nur Administratoren und Besitzer dürfen Moderatorrechte erteilen oder entziehen.</translation>
    </message>
    <message>
        <source>%1 is an admin or owner of this room; change their affiliation first.</source>
        <translation>%1 ist Administrator oder Besitzer dieses Raums; zuerst muss die Zugehörigkeit geändert werden.</translation>
    </message>
    <message>
        <source>You may not kick %1.</source>
        <translation>Sie dürfen %1 nicht hinauswerfen.</translation>
    </message>
    <message>
        <source>Only admins and owners may change affiliations.</source>
        <translation>Nur Administratoren und Besitzer dürfen Zugehörigkeiten ändern.</translation>
    </message>
    <message>
        <source>Affiliations are given to bare JIDs.</source>
        <translation>Zugehörigkeiten werden nur an JIDs ohne Ressource vergeben.</translation>
    </message>
    <message>
        <source>Only owners may change the affiliation of admins and owners.</source>
        <translation>Nur Besitzer dürfen die Zugehörigkeit von Administratoren und Besitzern ändern.</translation>
    </message>
    <message>
        <source>A room needs at least one owner.</source>
        <translation>Ein Raum benötigt mindestens einen Besitzer.</translation>
    </message>
    <message>
        <source>Only owners may destroy this room.</source>
        <translation>Nur Besitzer dürfen diesen Raum auflösen.</translation>
    </message>
    <message>
        <source>An affiliation change needs a valid affiliation and a JID.</source>
        <translation>Eine Änderung der Zugehörigkeit erfordert eine gültige Zugehörigkeit und eine JID.</translation>
    </message>
    <message>
        <source>A role change needs a valid role and a nickname.</source>
        <translation>Eine Änderung der Rolle erfordert eine gültige Rolle und einen Spitznamen.</translation>
    </message>
    <message>
        <source>Change roles and affiliations in separate requests.</source>
        <translation>Rollen und Zugehörigkeiten müssen in getrennten Anfragen geändert werden.</translation>
    </message>
    <message>
        <source>Only admins and owners may see this list.</source>
        <translation>Nur Administratoren und Besitzer dürfen diese Liste sehen.</translation>
    </message>
    <message>
        <source>Only moderators may see this list.</source>
        <translation>Nur Moderatoren dürfen diese Liste sehen.</translation>
    </message>
    <message>
        <source>A decline needs a &apos;to&apos;.</source>
        <translation>Eine Ablehnung benötigt ein „to“-Attribut.</translation>
    </message>
    <message>
        <source>You may not invite people to this room.</source>
        <translation>Sie dürfen niemanden in diesen Raum einladen.</translation>
    </message>
    <message>
        <source>An invitation needs a &apos;to&apos;.</source>
        <translation>Eine Einladung benötigt ein „to“-Attribut.</translation>
    </message>
    <message>
        <source>Only moderators may approve voice requests.</source>
        <translation>Nur Moderatoren dürfen Anfragen nach Rederecht genehmigen.</translation>
    </message>
    <message>
        <source>You already have voice in this room.</source>
        <translation>Sie haben in diesem Raum bereits Rederecht.</translation>
    </message>
    <message>
        <source>Voice request</source>
        <translation>Anfrage nach Rederecht</translation>
    </message>
    <message>
        <source>To approve this request for voice, select the &quot;Grant voice to this person?&quot; checkbox and click OK. To skip this request, click the cancel button.</source>
        <translation>Um diese Anfrage nach Rederecht zu genehmigen, das Ankreuzfeld „Dieser Person Rederecht erteilen?“ auswählen und auf OK klicken. Um diese Anfrage zu überspringen, auf „Abbrechen“ klicken.</translation>
    </message>
    <message>
        <source>Requested role</source>
        <translation>Angeforderte Rolle</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Room Nickname</source>
        <translation>Spitzname im Raum</translation>
    </message>
    <message>
        <source>Grant voice to this person?</source>
        <translation>Dieser Person Rederecht erteilen?</translation>
    </message>
    <message>
        <source>Only members may register with this room.</source>
        <translation>Nur Mitglieder dürfen sich bei diesem Raum registrieren.</translation>
    </message>
    <message>
        <source>Registration with %1</source>
        <translation>Registrierung bei %1</translation>
    </message>
    <message>
        <source>Choose the nickname that is yours in this room.</source>
        <translation>Den Spitznamen wählen, der in diesem Raum für Sie reserviert wird.</translation>
    </message>
    <message>
        <source>Desired Nickname</source>
        <translation>Gewünschter Spitzname</translation>
    </message>
    <message>
        <source>To register with this room, choose a nickname.</source>
        <translation>Zur Registrierung bei diesem Raum einen Spitznamen wählen.</translation>
    </message>
    <message>
        <source>That nickname is taken in this room.</source>
        <translation>Dieser Spitzname ist in diesem Raum bereits vergeben.</translation>
    </message>
    <message>
        <source>Only members may read the archive of this room.</source>
        <translation>Nur Mitglieder dürfen das Archiv dieses Raums lesen.</translation>
    </message>
    <message>
        <source>Join this room to read its archive.</source>
        <translation>Betreten Sie diesen Raum, um sein Archiv zu lesen.</translation>
    </message>
    <message>
        <source>This archive answers queries of the form %1.</source>
        <translation>Dieses Archiv beantwortet Abfragen mit dem Formular %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (XEP-0082), in field %2.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (XEP-0082), im Feld %2.</translation>
    </message>
    <message>
        <source>In this archive, &apos;with&apos; is an occupant&apos;s address: %1/nick.</source>
        <translation>In diesem Archiv ist „with“ die Adresse eines Teilnehmers: %1/spitzname.</translation>
    </message>
    <message>
        <source>This archive does not filter by &apos;%1&apos;.</source>
        <translation>Dieses Archiv filtert nicht nach „%1“.</translation>
    </message>
    <message>
        <source>&lt;max/&gt; is a number of messages.</source>
        <translation>&lt;max/&gt; ist eine Anzahl von Nachrichten.</translation>
    </message>
    <message>
        <source>Page with &lt;after/&gt; and &lt;before/&gt;, not by index.</source>
        <translation>Blättern Sie mit &lt;after/&gt; und &lt;before/&gt;, nicht per Index.</translation>
    </message>
    <message>
        <source>There is no message %1 in this archive.</source>
        <translation>In diesem Archiv gibt es keine Nachricht %1.</translation>
    </message>
    <message>
        <source>Ask for at most %1 ids at a time.</source>
        <translation>Fragen Sie höchstens %1 IDs auf einmal ab.</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>Es gibt keinen Raum %1.</translation>
    </message>
    <message>
        <source>You may not revoke voice from %1.</source>
        <translation>Sie dürfen %1 das Rederecht nicht entziehen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid JID.</source>
        <translation>„%1“ ist keine gültige JID.</translation>
    </message>
    <message>
        <source>Participants and moderators</source>
        <translation>Teilnehmer und Moderatoren</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Visitors may not send private messages in this room.</source>
        <translation>Besucher dürfen in diesem Raum keine privaten Nachrichten senden.</translation>
    </message>
    <message>
        <source>Say which message to retract by its stanza id.</source>
        <translation>Geben Sie die Stanza-ID der Nachricht an, die zurückgezogen werden soll.</translation>
    </message>
    <message>
        <source>That nickname looks like %1, who is already in this room.</source>
        <translation>Dieser Spitzname sieht aus wie %1, der oder die schon in diesem Raum ist.</translation>
    </message>
    <message>
        <source>Only owners may set the room&apos;s avatar.</source>
        <translation>Nur Besitzer dürfen das Avatarbild des Raums setzen.</translation>
    </message>
    <message>
        <source>The avatar is larger than this service allows (%1 KiB).</source>
        <translation>Das Avatarbild ist größer, als dieser Dienst erlaubt (%1 KiB).</translation>
    </message>
    <message>
        <source>Only admins and owners may give or take hats.</source>
        <translation>Nur Administratoren und Besitzer dürfen Hüte vergeben oder abnehmen.</translation>
    </message>
    <message>
        <source>A hat goes to a bare JID (user@domain).</source>
        <translation>Ein Hut geht an eine reine JID (benutzer@domain).</translation>
    </message>
    <message>
        <source>A hat needs a URI and a title, of at most %1 characters each.</source>
        <translation>Ein Hut braucht eine URI und einen Titel mit je höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>That user does not wear that hat.</source>
        <translation>Dieser Benutzer trägt diesen Hut nicht.</translation>
    </message>
    <message>
        <source>That user wears as many hats as a user may.</source>
        <translation>Dieser Benutzer trägt schon so viele Hüte, wie erlaubt sind.</translation>
    </message>
    <message>
        <source>Put on a hat</source>
        <translation>Einen Hut aufsetzen</translation>
    </message>
    <message>
        <source>Take off a hat</source>
        <translation>Einen Hut abnehmen</translation>
    </message>
    <message>
        <source>No such command.</source>
        <translation>Diesen Befehl gibt es nicht.</translation>
    </message>
    <message>
        <source>Assigning a Hat</source>
        <translation>Einen Hut vergeben</translation>
    </message>
    <message>
        <source>Removing a Hat</source>
        <translation>Einen Hut abnehmen</translation>
    </message>
    <message>
        <source>Fill out this form to assign a hat.</source>
        <translation>Füllen Sie dieses Formular aus, um einen Hut zu vergeben.</translation>
    </message>
    <message>
        <source>Fill out this form to remove a hat.</source>
        <translation>Füllen Sie dieses Formular aus, um einen Hut abzunehmen.</translation>
    </message>
    <message>
        <source>User Address</source>
        <translation>Adresse des Benutzers</translation>
    </message>
    <message>
        <source>The hat&apos;s URI</source>
        <translation>Die URI des Huts</translation>
    </message>
    <message>
        <source>The hat&apos;s title</source>
        <translation>Der Titel des Huts</translation>
    </message>
    <message>
        <source>Too many wrong passwords; wait a while, then try again.</source>
        <translation>Zu viele falsche Passwörter; warten Sie eine Weile und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>You are sending too fast; wait a moment, then try again.</source>
        <translation>Sie senden zu schnell; warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Flooding the room.</source>
        <translation>Überflutung des Raums.</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long; the most this room relays is %n byte(s).</source>
        <translation>
            <numerusform>Diese Nachricht ist zu lang; dieser Raum leitet höchstens %n Byte weiter.</numerusform>
            <numerusform>Diese Nachricht ist zu lang; dieser Raum leitet höchstens %n Bytes weiter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This subject is too long; the most this room takes is %n byte(s).</source>
        <translation>
            <numerusform>Dieses Thema ist zu lang; dieser Raum nimmt höchstens %n Byte an.</numerusform>
            <numerusform>Dieses Thema ist zu lang; dieser Raum nimmt höchstens %n Bytes an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This nickname is too long; the most this room takes is %n character(s).</source>
        <translation>
            <numerusform>Dieser Spitzname ist zu lang; dieser Raum nimmt höchstens %n Zeichen an.</numerusform>
            <numerusform>Dieser Spitzname ist zu lang; dieser Raum nimmt höchstens %n Zeichen an.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are in this room from too many devices already.</source>
        <translation>Sie sind bereits mit zu vielen Geräten in diesem Raum.</translation>
    </message>
    <message>
        <source>You are banned from this service.</source>
        <translation>Sie sind von diesem Dienst ausgeschlossen.</translation>
    </message>
</context>
</TS>
