<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>The qmuc service with its admin window.</source>
        <translation>Le service qmuc avec sa fenêtre d'administration.</translation>
    </message>
    <message>
        <source>qmuc admin</source>
        <translation>Administration de qmuc</translation>
    </message>
    <message>
        <source>The configuration cannot be used:

%1</source>
        <translation>La configuration n'est pas utilisable :

%1</translation>
    </message>
</context>
<context>
    <name>qmuc::ComponentConnection</name>
    <message>
        <source>The server closed the stream.</source>
        <translation>Le serveur a fermé le flux.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer the handshake within %n second(s).</source>
        <translation>
            <numerusform>Le serveur n'a pas répondu à la négociation (handshake) dans un délai de %n seconde.</numerusform>
            <numerusform>Le serveur n'a pas répondu à la négociation (handshake) dans un délai de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>Authenticating</source>
        <translation>Authentification en cours</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Waiting to reconnect</source>
        <translation>En attente de reconnexion</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>The server rejected the component secret for %1 (wrong secret).</source>
        <translation>Le serveur a refusé le secret du composant pour %1 (secret incorrect).</translation>
    </message>
    <message>
        <source>Another component is already connected as %1.</source>
        <translation>Un autre composant est déjà connecté en tant que %1.</translation>
    </message>
    <message>
        <source>The server does not know the component domain %1; declare it as a component in the server&apos;s configuration.</source>
        <translation>Le serveur ne connaît pas le domaine de composant %1 ; déclarez-le comme composant dans la configuration du serveur.</translation>
    </message>
    <message>
        <source>The server ended the stream with the error &apos;%1&apos;.</source>
        <translation>Le serveur a mis fin au flux avec l'erreur « %1 ».</translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation>Message du serveur : %1</translation>
    </message>
    <message>
        <source>The server sent data that is not valid XMPP (%1: %2).</source>
        <translation>Le serveur a envoyé des données qui ne sont pas du XMPP valide (%1 : %2).</translation>
    </message>
    <message>
        <source>Connection refused by %1: is the server running with its component port open?</source>
        <translation>Connexion refusée par %1 : le serveur est-il en cours d'exécution avec son port de composant ouvert ?</translation>
    </message>
    <message>
        <source>The server host %1 was not found.</source>
        <translation>L'hôte du serveur %1 est introuvable.</translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation>Erreur réseau avec %1 : %2</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
</context>
<context>
    <name>qmuc::MucService</name>
    <message>
        <source>Unknown IQ type.</source>
        <translation>Type d'IQ inconnu.</translation>
    </message>
    <message>
        <source>No such node.</source>
        <translation>Ce nœud n'existe pas.</translation>
    </message>
</context>
<context>
    <name>qmuc::Settings</name>
    <message>
        <source>Host name or address of the XMPP server&apos;s component port.</source>
        <translation>Nom d'hôte ou adresse du port de composant du serveur XMPP.</translation>
    </message>
    <message>
        <source>The server&apos;s component port (XEP-0114).</source>
        <translation>Port de composant du serveur (XEP-0114).</translation>
    </message>
    <message>
        <source>The service&apos;s domain, declared as a component on the server (e.g. conference.example.org).</source>
        <translation>Domaine du service, déclaré comme composant sur le serveur (par ex. conference.example.org).</translation>
    </message>
    <message>
        <source>File holding the component secret (the QMUC_SECRET environment variable overrides it).</source>
        <translation>Fichier contenant le secret du composant (la variable d'environnement QMUC_SECRET est prioritaire).</translation>
    </message>
    <message>
        <source>Directory for qmuc&apos;s data (rooms and archive).</source>
        <translation>Répertoire des données de qmuc (salons et archives).</translation>
    </message>
    <message>
        <source>Least severe log messages shown: debug, info, warning or error.</source>
        <translation>Niveau de gravité minimal des messages de journal affichés : debug, info, warning ou error.</translation>
    </message>
    <message>
        <source>The service&apos;s name in service discovery.</source>
        <translation>Nom du service dans la découverte de services.</translation>
    </message>
    <message>
        <source>Seconds between whitespace keepalives to the server (0 turns them off).</source>
        <translation>Intervalle en secondes entre les signaux de maintien de connexion (espaces blancs) envoyés au serveur (0 pour les désactiver).</translation>
    </message>
    <message>
        <source>Largest stanza accepted from the server, in KiB; a larger one ends the stream.</source>
        <translation>Taille maximale d'une stanza acceptée depuis le serveur, en Kio ; une stanza plus grande met fin au flux.</translation>
    </message>
    <message>
        <source>no component domain is set (component/domain or --domain)</source>
        <translation>aucun domaine de composant n'est défini (component/domain ou --domain)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain</source>
        <translation>« %1 » n'est pas un domaine valide</translation>
    </message>
    <message>
        <source>no server host is set (server/host or --host)</source>
        <translation>aucun hôte de serveur n'est défini (server/host ou --host)</translation>
    </message>
    <message>
        <source>Read settings from the INI file FILE (options given here override it).</source>
        <translation>Lire les paramètres depuis le fichier INI FILE (les options indiquées ici sont prioritaires).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>« %1 » n'est pas un nombre entier compris entre %2 et %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of debug, info, warning, error</source>
        <translation>« %1 » n'est pas l'une des valeurs debug, info, warning, error</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1</source>
        <translation>impossible de lire le fichier de configuration %1</translation>
    </message>
    <message>
        <source>%1 is not a valid INI file</source>
        <translation>%1 n'est pas un fichier INI valide</translation>
    </message>
    <message>
        <source>%1: unknown setting &apos;%2&apos;</source>
        <translation>%1 : paramètre inconnu « %2 »</translation>
    </message>
    <message>
        <source>cannot write the configuration file %1</source>
        <translation>impossible d'écrire le fichier de configuration %1</translation>
    </message>
    <message>
        <source>no component secret: set QMUC_SECRET or a secret file (component/secret_file or --secret-file)</source>
        <translation>aucun secret de composant : définissez QMUC_SECRET ou un fichier secret (component/secret_file ou --secret-file)</translation>
    </message>
    <message>
        <source>cannot read the secret file %1: %2</source>
        <translation>impossible de lire le fichier secret %1 : %2</translation>
    </message>
    <message>
        <source>the secret file %1 is empty</source>
        <translation>le fichier secret %1 est vide</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::MainWindow</name>
    <message>
        <source>qmuc admin — %1</source>
        <translation>Administration de qmuc — %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Component domain:</source>
        <translation>Domaine du composant :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Server says:</source>
        <translation>Message du serveur :</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Connect to the server now</source>
        <translation>Se connecter au serveur maintenant</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About qmuc</source>
        <translation>À &amp;propos de qmuc</translation>
    </message>
    <message>
        <source>About qmuc</source>
        <translation>À propos de qmuc</translation>
    </message>
    <message>
        <source>&lt;h3&gt;qmuc %1&lt;/h3&gt;&lt;p&gt;Multi-user chat (XEP-0045) for any XMPP server, as an external component (XEP-0114).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;qmuc %1&lt;/h3&gt;&lt;p&gt;Discussion multi-utilisateurs (XEP-0045) pour tout serveur XMPP, sous forme de composant externe (XEP-0114).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
</TS>
