<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>The qmuc service with its admin window.</source>
        <translation>Le service qmuc avec sa fenêtre d&apos;administration.</translation>
    </message>
    <message>
        <source>Attach to a running qmuc through its admin socket SOCKET (default: %1) instead of running the service here.</source>
        <translation>S’attacher à un qmuc en cours d’exécution par son socket d’administration SOCKET (par défaut : %1) au lieu d’exécuter le service ici.</translation>
    </message>
    <message>
        <source>With --attach: the admin socket of the running qmuc.</source>
        <translation>Avec --attach : le socket d’administration du qmuc en cours d’exécution.</translation>
    </message>
    <message>
        <source>Cannot attach to qmuc</source>
        <translation>Impossible de s’attacher à qmuc</translation>
    </message>
</context>
<context>
    <name>qmuc::AttachedLink</name>
    <message>
        <source>qmuc did not answer; the action may not have been taken.</source>
        <translation>qmuc n’a pas répondu ; l’action n’a peut-être pas été effectuée.</translation>
    </message>
    <message>
        <source>No qmuc answers at %1: is it running, with its admin endpoint on ([admin] enabled)?</source>
        <translation>Aucun qmuc ne répond à %1 : est-il lancé, avec son accès d’administration activé ([admin] enabled) ?</translation>
    </message>
    <message>
        <source>Nothing answers at %1: qmuc is not running.</source>
        <translation>Rien ne répond à %1 : qmuc n’est pas lancé.</translation>
    </message>
    <message>
        <source>The user %1 may not open %2: only qmuc&apos;s user and group (qmuc) may.</source>
        <translation>L’utilisateur %1 ne peut pas ouvrir %2 : seuls l’utilisateur et le groupe de qmuc (qmuc) le peuvent.</translation>
    </message>
    <message>
        <source>Cannot reach qmuc at %1: %2</source>
        <translation>Impossible de joindre qmuc à %1 : %2</translation>
    </message>
    <message>
        <source>The connection to qmuc at %1 was lost: the service stopped or restarted.</source>
        <translation>La connexion à qmuc à %1 a été perdue : le service s’est arrêté ou a redémarré.</translation>
    </message>
    <message>
        <source>qmuc at %1 refused the user %2: only the users and groups in its admin/allow setting may attach.</source>
        <translation>qmuc à %1 a refusé l’utilisateur %2 : seuls les utilisateurs et groupes de son réglage admin/allow peuvent s’y attacher.</translation>
    </message>
    <message>
        <source>qmuc at %1 is another version, whose admin endpoint this window does not speak.</source>
        <translation>qmuc à %1 est une autre version, dont cette fenêtre ne comprend pas l’accès d’administration.</translation>
    </message>
    <message>
        <source>qmuc at %1 did not send its state.</source>
        <translation>qmuc à %1 n’a pas envoyé son état.</translation>
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
            <numerusform>Le serveur n&apos;a pas répondu à la négociation (handshake) dans un délai de %n seconde.</numerusform>
            <numerusform>Le serveur n&apos;a pas répondu à la négociation (handshake) dans un délai de %n secondes.</numerusform>
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
        <source>The server refused the component %1: the secret is wrong, or the server has no component of that name (ejabberd says the same for both).</source>
        <translation>Le serveur a refusé le composant %1 : le secret est faux, ou le serveur n’a pas de composant de ce nom (ejabberd signale les deux de la même façon).</translation>
    </message>
    <message>
        <source>Another component is already connected as %1.</source>
        <translation>Un autre composant est déjà connecté en tant que %1.</translation>
    </message>
    <message>
        <source>The server does not know the component domain %1; declare it as a component in the server&apos;s configuration.</source>
        <translation>Le serveur ne connaît pas le domaine de composant %1&#xa0;; déclarez-le comme composant dans la configuration du serveur.</translation>
    </message>
    <message>
        <source>The server ended the stream with the error &apos;%1&apos;.</source>
        <translation>Le serveur a mis fin au flux avec l&apos;erreur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Server says: %1</source>
        <translation>Message du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server sent data that is not valid XMPP (%1: %2).</source>
        <translation>Le serveur a envoyé des données qui ne sont pas du XMPP valide (%1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Connection refused by %1: is the server running with its component port open?</source>
        <translation>Connexion refusée par %1&#xa0;: le serveur est-il en cours d&apos;exécution avec son port de composant ouvert&#xa0;?</translation>
    </message>
    <message>
        <source>The server host %1 was not found.</source>
        <translation>L&apos;hôte du serveur %1 est introuvable.</translation>
    </message>
    <message>
        <source>Network error with %1: %2</source>
        <translation>Erreur réseau avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
</context>
<context>
    <name>qmuc::Database</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a database qmuc can read: %2</source>
        <translation>%1 n’est pas une base de données lisible par qmuc&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>la base de données est en lecture seule</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot open %1: Qt SQL has no %2 driver here (Debian: libqt6sql6-psql)</source>
        <translation>impossible d’ouvrir %1 : Qt SQL n’a pas de pilote %2 ici (Debian : libqt6sql6-psql)</translation>
    </message>
</context>
<context>
    <name>qmuc::EventText</name>
    <message>
        <source>Room created</source>
        <translation>Salon créé</translation>
    </message>
    <message>
        <source>Room destroyed</source>
        <translation>Salon détruit</translation>
    </message>
    <message>
        <source>Configuration changed</source>
        <translation>Configuration modifiée</translation>
    </message>
    <message>
        <source>Configuration changed: %1</source>
        <translation>Configuration modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 joined (%2, %3)</source>
        <translation>%1 a rejoint le salon (%2, %3)</translation>
    </message>
    <message>
        <source>%1 is now known as %2</source>
        <translation>%1 s&apos;appelle désormais %2</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 a désormais le rôle %2</translation>
    </message>
    <message>
        <source>%1 has the affiliation %2</source>
        <translation>%1 a désormais l&apos;affiliation %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 a quitté le salon</translation>
    </message>
    <message>
        <source>%1 was kicked</source>
        <translation>%1 a été expulsé</translation>
    </message>
    <message>
        <source>%1 was banned</source>
        <translation>%1 a été banni</translation>
    </message>
    <message>
        <source>%1 was disconnected</source>
        <translation>%1 a été déconnecté</translation>
    </message>
    <message>
        <source>%1 left: the room was destroyed</source>
        <translation>%1 a quitté le salon&#xa0;: le salon a été détruit</translation>
    </message>
    <message>
        <source>The subject was cleared</source>
        <translation>Le sujet a été effacé</translation>
    </message>
    <message>
        <source>%1 cleared the subject</source>
        <translation>%1 a effacé le sujet</translation>
    </message>
    <message>
        <source>The subject is now “%1”</source>
        <translation>Le sujet est désormais «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 set the subject to “%2”</source>
        <translation>%1 a changé le sujet en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Writing to the database works again</source>
        <translation>L&apos;écriture dans la base de données fonctionne de nouveau</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>modérateur</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>visitor</source>
        <translation>visiteur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>outcast</source>
        <translation>banni</translation>
    </message>
    <message>
        <source>awaiting configuration</source>
        <translation>en attente de configuration</translation>
    </message>
    <message>
        <source>persistent</source>
        <translation>persistant</translation>
    </message>
    <message>
        <source>members only</source>
        <translation>membres uniquement</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>moderated</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>%1 sends messages too fast; refused until they slow down</source>
        <translation>%1 envoie des messages trop vite&#xa0;; refusés jusqu&apos;à ralentissement</translation>
    </message>
    <message>
        <source>%1 sends private messages too fast; refused until they slow down</source>
        <translation>%1 envoie des messages privés trop vite&#xa0;; refusés jusqu&apos;à ralentissement</translation>
    </message>
    <message>
        <source>%1 changes presence or nickname too fast; refused until they slow down</source>
        <translation>%1 change de présence ou de pseudonyme trop vite&#xa0;; refusé jusqu&apos;à ralentissement</translation>
    </message>
    <message>
        <source>%1 sends requests to occupants too fast; refused until they slow down</source>
        <translation>%1 envoie des requêtes aux occupants trop vite&#xa0;; refusées jusqu&apos;à ralentissement</translation>
    </message>
    <message>
        <source>%1 asks for voice too often; refused until they slow down</source>
        <translation>%1 demande la parole trop souvent&#xa0;; refusé jusqu&apos;à ralentissement</translation>
    </message>
    <message>
        <source>%1 sends invitations too fast; refused until they slow down</source>
        <translation>%1 envoie des invitations trop vite&#xa0;; refusées jusqu&apos;à ralentissement</translation>
    </message>
    <message>
        <source>%1 was kicked for flooding</source>
        <translation>%1 a été expulsé pour inondation</translation>
    </message>
    <message>
        <source>%1 joins rooms too fast; refused until they slow down</source>
        <translation>%1 rejoint des salons trop vite&#xa0;; refusé jusqu&apos;à ralentissement</translation>
    </message>
    <message>
        <source>%1 creates rooms too fast; refused until they slow down</source>
        <translation>%1 crée des salons trop vite&#xa0;; refusé jusqu&apos;à ralentissement</translation>
    </message>
    <message>
        <source>%1 gave too many wrong passwords; refused for a while</source>
        <translation>%1 a donné trop de mots de passe erronés&#xa0;; refusé pour un moment</translation>
    </message>
    <message>
        <source>%1 may not create more rooms: the limit on rooms is reached</source>
        <translation>%1 ne peut plus créer de salons&#xa0;: la limite de salons est atteinte</translation>
    </message>
    <message>
        <source>%1 is on the block list; refused</source>
        <translation>%1 figure sur la liste de blocage&#xa0;; refusé</translation>
    </message>
</context>
<context>
    <name>qmuc::Schema</name>
    <message>
        <source>%1 has schema version %2, newer than this qmuc understands (%3); use a newer qmuc</source>
        <translation>%1 a la version de schéma %2, plus récente que celle que ce qmuc comprend (%3)&#xa0;; utilisez un qmuc plus récent</translation>
    </message>
    <message>
        <source>%1 has schema version %2 and needs upgrading to %3, but it is read-only</source>
        <translation>%1 a la version de schéma %2 et doit être mis à niveau vers %3, mais il est en lecture seule</translation>
    </message>
    <message>
        <source>cannot upgrade %1 to schema version %2: %3</source>
        <translation>impossible de mettre à niveau %1 vers la version de schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>cannot upgrade %1: %2</source>
        <translation>impossible de mettre à niveau %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not exist (qmuc creates it on first start)</source>
        <translation>%1 n&apos;existe pas (qmuc le crée au premier démarrage)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the integrity check failed: %1</source>
        <translation>la vérification d&apos;intégrité a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this qmuc understands (%2)</source>
        <translation>la version de schéma %1 est plus récente que celle que ce qmuc comprend (%2)</translation>
    </message>
    <message>
        <source>table %1 refers to rows that do not exist</source>
        <translation>la table %1 fait référence à des lignes qui n&apos;existent pas</translation>
    </message>
</context>
<context>
    <name>qmuc::Settings</name>
    <message>
        <source>Host name or address of the XMPP server&apos;s component port.</source>
        <translation>Nom d&apos;hôte ou adresse du port de composant du serveur XMPP.</translation>
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
        <translation>Fichier contenant le secret du composant (la variable d&apos;environnement QMUC_SECRET est prioritaire).</translation>
    </message>
    <message>
        <source>Directory for qmuc&apos;s data (rooms and archive).</source>
        <translation>Répertoire des données de qmuc (salons et archives).</translation>
    </message>
    <message>
        <source>Least severe log messages shown: debug, info, warning or error.</source>
        <translation>Niveau de gravité minimal des messages de journal affichés&#xa0;: debug, info, warning ou error.</translation>
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
        <translation>Taille maximale d&apos;une stanza acceptée depuis le serveur, en Kio&#xa0;; une stanza plus grande met fin au flux.</translation>
    </message>
    <message>
        <source>no component domain is set (component/domain or --domain)</source>
        <translation>aucun domaine de composant n&apos;est défini (component/domain ou --domain)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un domaine valide</translation>
    </message>
    <message>
        <source>no server host is set (server/host or --host)</source>
        <translation>aucun hôte de serveur n&apos;est défini (server/host ou --host)</translation>
    </message>
    <message>
        <source>Read settings from the INI file FILE (options given here override it).</source>
        <translation>Lire les paramètres depuis le fichier INI FILE (les options indiquées ici sont prioritaires).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier compris entre %2 et %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of debug, info, warning, error</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;une des valeurs debug, info, warning, error</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1</source>
        <translation>impossible de lire le fichier de configuration %1</translation>
    </message>
    <message>
        <source>%1 is not a valid INI file</source>
        <translation>%1 n&apos;est pas un fichier INI valide</translation>
    </message>
    <message>
        <source>%1: unknown setting &apos;%2&apos;</source>
        <translation>%1&#xa0;: paramètre inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>cannot write the configuration file %1</source>
        <translation>impossible d&apos;écrire le fichier de configuration %1</translation>
    </message>
    <message>
        <source>no component secret: set QMUC_SECRET or a secret file (component/secret_file or --secret-file)</source>
        <translation>aucun secret de composant&#xa0;: définissez QMUC_SECRET ou un fichier secret (component/secret_file ou --secret-file)</translation>
    </message>
    <message>
        <source>cannot read the secret file %1: %2</source>
        <translation>impossible de lire le fichier secret %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the secret file %1 is empty</source>
        <translation>le fichier secret %1 est vide</translation>
    </message>
    <message>
        <source>Who may create rooms: anyone, or local (users of the server this service belongs to).</source>
        <translation>Qui peut créer des salons&#xa0;: anyone (tout le monde) ou local (les utilisateurs du serveur auquel appartient ce service).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of anyone, local</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;une des valeurs anyone, local</translation>
    </message>
    <message>
        <source>A service administrator, with owner rights in every room (repeatable).</source>
        <translation>Un administrateur du service, avec les droits de propriétaire dans chaque salon (peut être répété).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bare JID (user@domain)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un JID sans ressource (user@domain)</translation>
    </message>
    <message>
        <source>How many recent messages a new room replays to people who join.</source>
        <translation>Nombre de messages récents qu&apos;un nouveau salon rediffuse aux personnes qui le rejoignent.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of true, false</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;une des valeurs true, false</translation>
    </message>
    <message>
        <source>Whether new rooms archive their messages (owners can change it): true or false.</source>
        <translation>Si les nouveaux salons archivent leurs messages (les propriétaires peuvent le modifier)&#xa0;: true ou false.</translation>
    </message>
    <message>
        <source>Days archived messages are kept (0 keeps them forever).</source>
        <translation>Nombre de jours de conservation des messages archivés (0 les conserve indéfiniment).</translation>
    </message>
    <message>
        <source>Milliseconds between writes of the archive to disk; a crash loses at most this much.</source>
        <translation>Millisecondes entre deux écritures de l&apos;archive sur le disque&#xa0;; un plantage en perd au plus autant.</translation>
    </message>
    <message>
        <source>Output waiting for the server, in KiB, above which qmuc stops reading until half of it is gone.</source>
        <translation>Sortie en attente du serveur, en Kio, au-delà de laquelle qmuc cesse de lire jusqu&apos;à ce que la moitié en soit partie.</translation>
    </message>
    <message>
        <source>The largest room avatar (XEP-0486) owners may set, in KiB of image.</source>
        <translation>La plus grande image d’avatar de salon (XEP-0486) que les propriétaires peuvent définir, en Kio.</translation>
    </message>
    <message>
        <source>KiB of writes that may wait for a slow or failing disk; beyond it new messages are not archived.</source>
        <translation>Kio d’écritures pouvant attendre un disque lent ou défaillant ; au-delà, les nouveaux messages ne sont pas archivés.</translation>
    </message>
    <message>
        <source>Groupchat messages one occupant may send, as N/SECONDS (0: no limit); more are refused.</source>
        <translation>Messages de groupe qu&apos;un occupant peut envoyer, en N/SECONDES (0&#xa0;: aucune limite)&#xa0;; les suivants sont refusés.</translation>
    </message>
    <message>
        <source>Private messages one occupant may send through a room, as N/SECONDS.</source>
        <translation>Messages privés qu&apos;un occupant peut envoyer via un salon, en N/SECONDES.</translation>
    </message>
    <message>
        <source>Presence updates and nickname changes of one occupant, as N/SECONDS.</source>
        <translation>Mises à jour de présence et changements de pseudonyme d&apos;un occupant, en N/SECONDES.</translation>
    </message>
    <message>
        <source>IQ requests one occupant may send to other occupants, as N/SECONDS.</source>
        <translation>Requêtes IQ qu&apos;un occupant peut envoyer aux autres occupants, en N/SECONDES.</translation>
    </message>
    <message>
        <source>Voice requests of one occupant, as N/SECONDS.</source>
        <translation>Demandes de parole d&apos;un occupant, en N/SECONDES.</translation>
    </message>
    <message>
        <source>Invitations one occupant may send, as N/SECONDS.</source>
        <translation>Invitations qu&apos;un occupant peut envoyer, en N/SECONDES.</translation>
    </message>
    <message>
        <source>Room joins one user (bare JID) may make, as N/SECONDS.</source>
        <translation>Entrées dans des salons qu&apos;un utilisateur (JID nu) peut faire, en N/SECONDES.</translation>
    </message>
    <message>
        <source>Room joins all users of one domain may make together, as N/SECONDS.</source>
        <translation>Entrées dans des salons que tous les utilisateurs d&apos;un domaine peuvent faire ensemble, en N/SECONDES.</translation>
    </message>
    <message>
        <source>Rooms one user may create, as N/SECONDS.</source>
        <translation>Salons qu&apos;un utilisateur peut créer, en N/SECONDES.</translation>
    </message>
    <message>
        <source>Rooms all users of one domain may create together, as N/SECONDS.</source>
        <translation>Salons que tous les utilisateurs d&apos;un domaine peuvent créer ensemble, en N/SECONDES.</translation>
    </message>
    <message>
        <source>Wrong room passwords one user may give a room, as N/SECONDS; then every attempt is refused for a while.</source>
        <translation>Mots de passe erronés qu&apos;un utilisateur peut donner à un salon, en N/SECONDES&#xa0;; ensuite toute tentative est refusée pour un moment.</translation>
    </message>
    <message>
        <source>Stanzas refused in one burst after which the flooder is kicked from the room (0: never).</source>
        <translation>Stanzas refusées en une rafale après lesquelles l&apos;auteur est expulsé du salon (0&#xa0;: jamais).</translation>
    </message>
    <message>
        <source>Rooms the service holds at most; further creations are refused.</source>
        <translation>Nombre maximal de salons du service&#xa0;; les créations suivantes sont refusées.</translation>
    </message>
    <message>
        <source>Rooms one user may own before creating another is refused.</source>
        <translation>Salons qu&apos;un utilisateur peut posséder avant que la création d&apos;un autre soit refusée.</translation>
    </message>
    <message>
        <source>Occupants of a room whose owner set no maximum.</source>
        <translation>Occupants d&apos;un salon dont le propriétaire n&apos;a fixé aucun maximum.</translation>
    </message>
    <message>
        <source>Devices one occupant may be in a room with at once.</source>
        <translation>Appareils avec lesquels un occupant peut être dans un salon en même temps.</translation>
    </message>
    <message>
        <source>Largest message body relayed, in bytes of UTF-8.</source>
        <translation>Plus grand corps de message relayé, en octets UTF-8.</translation>
    </message>
    <message>
        <source>Longest room subject, in bytes of UTF-8.</source>
        <translation>Plus long sujet de salon, en octets UTF-8.</translation>
    </message>
    <message>
        <source>Longest nickname, in characters.</source>
        <translation>Plus long pseudonyme, en caractères.</translation>
    </message>
    <message>
        <source>Bytes of recent messages a room keeps to replay to people who join.</source>
        <translation>Octets de messages récents qu&apos;un salon garde pour les rejouer aux arrivants.</translation>
    </message>
    <message>
        <source>Seconds before a session that joins a room it is already in gets the occupants and history again.</source>
        <translation>Secondes avant qu&apos;une session qui rejoint un salon où elle est déjà reçoive de nouveau les occupants et l&apos;historique.</translation>
    </message>
    <message>
        <source>Rooms listed in one answer to disco#items without paging (XEP-0059); the answer says how to page on.</source>
        <translation>Salons listés dans une réponse à disco#items sans pagination (XEP-0059)&#xa0;; la réponse indique comment paginer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rate such as 10/60 (at most 10 in 60 seconds), or 0 for no limit</source>
        <translation>&apos;%1&apos; n&apos;est pas un débit tel que 10/60 (au plus 10 en 60 secondes), ni 0 pour aucune limite</translation>
    </message>
    <message>
        <source>The publish-subscribe service (XEP-0060) of a real-time block list whose users may not join rooms, e.g. pubsub.example.org; empty for none.</source>
        <translation>Le service de publication-abonnement (XEP-0060) d&apos;une liste de blocage en temps réel dont les utilisateurs ne peuvent pas rejoindre les salons, p. ex. pubsub.example.org&#xa0;; vide pour aucune.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JID without resource</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un JID sans ressource</translation>
    </message>
    <message>
        <source>The block list&apos;s node: its item ids are the SHA-256 (hex) of blocked bare JIDs or domains.</source>
        <translation>Le nœud de la liste de blocage&#xa0;: ses identifiants d&apos;éléments sont le SHA-256 (hexadécimal) des JID sans ressource ou des domaines bloqués.</translation>
    </message>
    <message>
        <source>Entries of the block list kept at most; more are ignored, with a warning.</source>
        <translation>Nombre maximal d&apos;entrées de la liste de blocage conservées&#xa0;; les suivantes sont ignorées, avec un avertissement.</translation>
    </message>
    <message>
        <source>Seconds before asking again a block list that refused (e.g. its node does not exist yet); doubled each time, up to an hour.</source>
        <translation>Secondes avant de redemander une liste de blocage qui a refusé (par exemple parce que son nœud n’existe pas encore)&#xa0;; doublées à chaque fois, jusqu’à une heure.</translation>
    </message>
    <message>
        <source>Whether qmuc offers its admin endpoint, the socket qmuc-admin --attach connects to: true or false.</source>
        <translation>Si qmuc offre son accès d’administration, le socket auquel qmuc-admin --attach se connecte : true ou false.</translation>
    </message>
    <message>
        <source>The admin endpoint&apos;s Unix socket (mode 0660); empty: admin.sock in $RUNTIME_DIRECTORY, else $XDG_RUNTIME_DIR/qmuc, else /run/qmuc.</source>
        <translation>Le socket Unix de l’accès d’administration (mode 0660) ; vide : admin.sock dans $RUNTIME_DIRECTORY, sinon dans $XDG_RUNTIME_DIR/qmuc, sinon dans /run/qmuc.</translation>
    </message>
    <message>
        <source>A local user or @group who may attach to the admin endpoint (repeatable); none: whoever the socket&apos;s permissions let in.</source>
        <translation>Un utilisateur local ou un @groupe autorisé à s’attacher à l’accès d’administration (répétable) ; aucun : quiconque les permissions du socket laissent entrer.</translation>
    </message>
    <message>
        <source>Where rooms and archive live: sqlite (qmuc.sqlite in the data directory) or postgres (storage/postgres).</source>
        <translation>Où sont gardés les salons et l’archive : sqlite (qmuc.sqlite dans le répertoire des données) ou postgres (storage/postgres).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of sqlite, postgres</source>
        <translation>« %1 » n’est ni sqlite ni postgres</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s libpq connection string: keyword and value pairs (service, or host, port, dbname, user); no password on the command line.</source>
        <translation>La chaîne de connexion libpq de PostgreSQL : des paires mot-clé et valeur (service, ou host, port, dbname, user) ; pas de mot de passe sur la ligne de commande.</translation>
    </message>
    <message>
        <source>File holding PostgreSQL&apos;s password, if neither the service file nor PGPASSFILE gives it.</source>
        <translation>Fichier contenant le mot de passe de PostgreSQL, si ni le fichier de service ni PGPASSFILE ne le donnent.</translation>
    </message>
    <message>
        <source>With several qmuc instances on one PostgreSQL database: seconds after which an instance that stopped renewing its lease is taken for gone, and its occupants told.</source>
        <translation>Avec plusieurs instances de qmuc sur une même base PostgreSQL : secondes après lesquelles une instance qui ne renouvelle plus son bail est tenue pour disparue, et ses occupants prévenus.</translation>
    </message>
    <message>
        <source>storage/postgres: give the connection as keyword=value pairs (host=… dbname=…), not as a URI</source>
        <translation>storage/postgres : donnez la connexion en paires mot-clé=valeur (host=… dbname=…), pas sous forme d’URI</translation>
    </message>
    <message>
        <source>cannot read the PostgreSQL password file %1: %2</source>
        <translation>impossible de lire le fichier de mot de passe PostgreSQL %1 : %2</translation>
    </message>
    <message>
        <source>the PostgreSQL password file %1 is empty</source>
        <translation>le fichier de mot de passe PostgreSQL %1 est vide</translation>
    </message>
    <message>
        <source>--%1: a password on the command line is visible to every user of the machine; put it in the configuration file, a password file (--postgres-password-file), PGPASSFILE or a libpq service file</source>
        <translation>--%1 : un mot de passe sur la ligne de commande est visible de tous les utilisateurs de la machine ; mettez-le dans le fichier de configuration, un fichier de mot de passe (--postgres-password-file), PGPASSFILE ou un fichier de service libpq</translation>
    </message>
</context>
<context>
    <name>qmuc::Startup</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le répertoire des données %1</translation>
    </message>
    <message>
        <source>there is no home directory for the data; set storage/data_dir or --data-dir</source>
        <translation>aucun répertoire personnel pour les données&#xa0;; définissez storage/data_dir ou --data-dir</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::ActivityChart</name>
    <message>
        <source>Messages and joins in the whole service, per minute, over the last hour</source>
        <translation>Messages et arrivées dans tout le service, par minute, au cours de la dernière heure</translation>
    </message>
    <message>
        <source>Last hour, per minute</source>
        <translation>Dernière heure, par minute</translation>
    </message>
    <message>
        <source>Joins</source>
        <translation>Arrivées</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>−60 min</source>
        <translation>−60 min</translation>
    </message>
    <message>
        <source>−30 min</source>
        <translation>−30 min</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::AdminActions</name>
    <message>
        <source>&amp;Kick…</source>
        <translation>&amp;Expulser…</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Expulser</translation>
    </message>
    <message>
        <source>Remove the occupant from the room; they may come back (Del)</source>
        <translation>Retirer l&apos;occupant du salon&#xa0;; il pourra revenir (Del)</translation>
    </message>
    <message>
        <source>&amp;Ban…</source>
        <translation>&amp;Bannir…</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Bannir</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Remove the occupant and keep their JID out of the room (Ctrl+B)</source>
        <translation>Retirer l&apos;occupant et interdire le salon à son JID (Ctrl+B)</translation>
    </message>
    <message>
        <source>Grant &amp;voice</source>
        <translation>Donner la &amp;parole</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Let the visitor speak in a moderated room</source>
        <translation>Permettre au visiteur de parler dans un salon modéré</translation>
    </message>
    <message>
        <source>Revoke v&amp;oice</source>
        <translation>Retirer la pa&amp;role</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Rendre muet</translation>
    </message>
    <message>
        <source>Make the participant a visitor, who may not speak in a moderated room</source>
        <translation>Faire du participant un visiteur, qui ne peut pas parler dans un salon modéré</translation>
    </message>
    <message>
        <source>Grant &amp;moderator</source>
        <translation>Nommer &amp;modérateur</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Let the occupant kick, grant voice and set the subject</source>
        <translation>Permettre à l&apos;occupant d&apos;expulser, de donner la parole et de définir le sujet</translation>
    </message>
    <message>
        <source>Revoke mo&amp;derator</source>
        <translation>Retirer le rôle de mo&amp;dérateur</translation>
    </message>
    <message>
        <source>Demote</source>
        <translation>Rétrograder</translation>
    </message>
    <message>
        <source>Set &amp;affiliation</source>
        <translation>Définir l&apos;&amp;affiliation</translation>
    </message>
    <message>
        <source>Set &amp;subject…</source>
        <translation>Définir le &amp;sujet…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Change the room&apos;s subject (Ctrl+T)</source>
        <translation>Changer le sujet du salon (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Destroy room…</source>
        <translation>&amp;Détruire le salon…</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>Remove everyone and delete the room (Ctrl+Shift+Del)</source>
        <translation>Retirer tout le monde et supprimer le salon (Ctrl+Shift+Del)</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation>%1 impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Kick %1</source>
        <translation>Expulser %1</translation>
    </message>
    <message>
        <source>Why is %1 being kicked? Everyone in the room will read it (optional):</source>
        <translation>Pourquoi expulser %1&#xa0;? Tous les occupants du salon pourront lire la raison (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Kicked %1</source>
        <translation>%1 a été expulsé</translation>
    </message>
    <message>
        <source>Kicking %1</source>
        <translation>Expulsion de %1</translation>
    </message>
    <message>
        <source>Ban %1</source>
        <translation>Bannir %1</translation>
    </message>
    <message>
        <source>Why is %1 (%2) being banned from the room? Everyone in the room will read it (optional):</source>
        <translation>Pourquoi bannir %1 (%2) du salon&#xa0;? Tous les occupants du salon pourront lire la raison (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Banned %1 (%2)</source>
        <translation>%1 (%2) a été banni</translation>
    </message>
    <message>
        <source>Banning %1</source>
        <translation>Bannissement de %1</translation>
    </message>
    <message>
        <source>Made %1 %2</source>
        <translation>Rôle %2 attribué à %1</translation>
    </message>
    <message>
        <source>Making %1 %2</source>
        <translation>Attribution du rôle %2 à %1</translation>
    </message>
    <message>
        <source>Gave %1 the affiliation %2</source>
        <translation>Affiliation %2 attribuée à %1</translation>
    </message>
    <message>
        <source>Giving %1 the affiliation %2</source>
        <translation>Attribution de l&apos;affiliation %2 à %1</translation>
    </message>
    <message>
        <source>Cleared the subject</source>
        <translation>Sujet effacé</translation>
    </message>
    <message>
        <source>Set the subject to “%1”</source>
        <translation>Sujet défini sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Setting the subject</source>
        <translation>Définition du sujet</translation>
    </message>
    <message>
        <source>Destroyed %1</source>
        <translation>Salon %1 détruit</translation>
    </message>
    <message>
        <source>Destroying %1</source>
        <translation>Destruction de %1</translation>
    </message>
    <message>
        <source>The room was not destroyed</source>
        <translation>Le salon n&apos;a pas été détruit</translation>
    </message>
    <message>
        <source>Put on a &amp;hat…</source>
        <translation>Mettre un &amp;chapeau…</translation>
    </message>
    <message>
        <source>Hat</source>
        <translation>Chapeau</translation>
    </message>
    <message>
        <source>Give the occupant&apos;s user a title of this room&apos;s own that everyone sees (a hat)</source>
        <translation>Donner à l&apos;utilisateur de l&apos;occupant un titre propre à ce salon, visible de tous (un chapeau)</translation>
    </message>
    <message>
        <source>&amp;Take off a hat…</source>
        <translation>Ô&amp;ter un chapeau…</translation>
    </message>
    <message>
        <source>Take off hat</source>
        <translation>Ôter le chapeau</translation>
    </message>
    <message>
        <source>Take one of the occupant&apos;s hats off again</source>
        <translation>Ôter de nouveau l&apos;un des chapeaux de l&apos;occupant</translation>
    </message>
    <message>
        <source>&amp;Retract recent messages…</source>
        <translation>&amp;Retirer les messages récents…</translation>
    </message>
    <message>
        <source>Retract</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Retract everything the occupant sent to the room lately, for everyone and in the archive</source>
        <translation>Retirer tout ce que l&apos;occupant a envoyé récemment au salon, pour tous et dans l&apos;archive</translation>
    </message>
    <message>
        <source>Put the hat “%1” on %2</source>
        <translation>Chapeau «&#xa0;%1&#xa0;» mis à %2</translation>
    </message>
    <message>
        <source>Putting a hat on %1</source>
        <translation>Mise d&apos;un chapeau à %1</translation>
    </message>
    <message>
        <source>Took the hat “%1” off %2</source>
        <translation>Chapeau «&#xa0;%1&#xa0;» ôté à %2</translation>
    </message>
    <message>
        <source>Taking a hat off %1</source>
        <translation>Retrait d&apos;un chapeau à %1</translation>
    </message>
    <message numerus="yes">
        <source>Retracted %n message(s) from %1</source>
        <translation>
            <numerusform>%n message de %1 retiré</numerusform>
            <numerusform>%n messages de %1 retirés</numerusform>
        </translation>
    </message>
    <message>
        <source>Retracting the messages of %1</source>
        <translation>Retrait des messages de %1</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::AdminPrompts</name>
    <message>
        <source>Subject of %1</source>
        <translation>Sujet de %1</translation>
    </message>
    <message>
        <source>New subject (empty to clear it):</source>
        <translation>Nouveau sujet (laisser vide pour l&apos;effacer)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Take a hat off %1</source>
        <translation>Ôter un chapeau à %1</translation>
    </message>
    <message>
        <source>Hat to take off:</source>
        <translation>Chapeau à ôter&#xa0;:</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::ConnectionPanel</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Server says</source>
        <translation>Message du serveur</translation>
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
        <translation>Détruire %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Destroy the room %1?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its occupants (%2 right now) will be removed and told why. The room, its configuration and its affiliations will be gone; this cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Détruire le salon %1&#xa0;?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ses occupants (%2 actuellement) seront retirés et informés de la raison. Le salon, sa configuration et ses affiliations disparaîtront&#xa0;; cette opération est irréversible.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shown to everyone in the room (optional)</source>
        <translation>Affiché à tous les occupants du salon (facultatif)</translation>
    </message>
    <message>
        <source>room@%1 (optional)</source>
        <translation>salon@%1 (facultatif)</translation>
    </message>
    <message>
        <source>A room the occupants are invited to go to instead</source>
        <translation>Un salon que les occupants sont invités à rejoindre à la place</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Alternate venue:</source>
        <translation>Salon de &amp;remplacement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Destroy room</source>
        <translation>&amp;Détruire le salon</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::FilteredView</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Show only the rows that contain this text</source>
        <translation>N&apos;afficher que les lignes contenant ce texte</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::HatDialog</name>
    <message>
        <source>Put a hat on %1</source>
        <translation>Mettre un chapeau à %1</translation>
    </message>
    <message>
        <source>Everyone in the room sees the hat&apos;s title beside %1 (%2), in this room only, until it is taken off again.</source>
        <translation>Tous les occupants du salon voient le titre du chapeau à côté de %1 (%2), dans ce salon seulement, jusqu&apos;à ce qu&apos;il soit ôté.</translation>
    </message>
    <message>
        <source>e.g. Host</source>
        <translation>p. ex. Hôte</translation>
    </message>
    <message>
        <source>e.g. urn:example:hats:host</source>
        <translation>p. ex. urn:example:hats:host</translation>
    </message>
    <message>
        <source>The name the hat is known by; putting on a hat with the same URI again changes its title</source>
        <translation>Le nom sous lequel le chapeau est connu&#xa0;; remettre un chapeau de même URI change son titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Put on</source>
        <translation>&amp;Mettre</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::MainWindow</name>
    <message>
        <source>qmuc admin — %1</source>
        <translation>Administration de qmuc — %1</translation>
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
        <source>Close the connection to the server; every room stays as it is</source>
        <translation>Fermer la connexion au serveur&#xa0;; tous les salons restent en l&apos;état</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>C&amp;lear the log</source>
        <translation>&amp;Effacer le journal</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>Sa&amp;lon</translation>
    </message>
    <message>
        <source>&amp;Occupant</source>
        <translation>&amp;Occupant</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <source>Occupants (%1)</source>
        <translation>Occupants (%1)</translation>
    </message>
    <message>
        <source>Rooms (%1)</source>
        <translation>Salons (%1)</translation>
    </message>
    <message>
        <source>Settings saved to %1; they take effect when qmuc admin starts again.</source>
        <translation>Paramètres enregistrés dans %1&#xa0;; ils prendront effet au prochain démarrage de qmuc admin.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Keeping rooms and messages in memory only: %1</source>
        <translation>Salons et messages conservés en mémoire seulement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rooms: %1 · Occupants: %2 · Limits hit: %3</source>
        <translation>Salons&#xa0;: %1 · Occupants&#xa0;: %2 · Limites atteintes&#xa0;: %3</translation>
    </message>
    <message>
        <source>Connect to a &amp;Running Service…</source>
        <translation>Se connecter à un service en &amp;cours d’exécution…</translation>
    </message>
    <message>
        <source>Open a window on a qmuc that runs as a service, through its admin socket</source>
        <translation>Ouvrir une fenêtre sur un qmuc lancé en tant que service, par son socket d’administration</translation>
    </message>
    <message>
        <source>Connect to a Running Service</source>
        <translation>Se connecter à un service en cours d’exécution</translation>
    </message>
    <message>
        <source>The admin socket of the running qmuc:</source>
        <translation>Le socket d’administration du qmuc en cours d’exécution :</translation>
    </message>
    <message>
        <source>Cannot connect to the service</source>
        <translation>Impossible de se connecter au service</translation>
    </message>
    <message>
        <source>qmuc admin — %1 (detached)</source>
        <translation>Administration de qmuc — %1 (détaché)</translation>
    </message>
    <message>
        <source>qmuc admin — %1 (attached: %2)</source>
        <translation>Administration de qmuc — %1 (attaché à %2)</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::OccupantModel</name>
    <message>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>extended away</source>
        <translation>absent pour longtemps</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>ne pas déranger</translation>
    </message>
    <message>
        <source>free to chat</source>
        <translation>prêt à discuter</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2), joined from %3 devices</source>
        <translation>%1 (%2), connecté depuis %3 appareils</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Real JID</source>
        <translation>JID réel</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1
Occupant id: %2</source>
        <translation>%1
Identifiant d&apos;occupant&#xa0;: %2</translation>
    </message>
    <message>
        <source>Hats</source>
        <translation>Chapeaux</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::RetractDialog</name>
    <message>
        <source>Retract the messages of %1</source>
        <translation>Retirer les messages de %1</translation>
    </message>
    <message>
        <source>Everything %1 (%2) sent to the room in the chosen time is retracted: removed for everyone whose client supports it, and from the room&apos;s archive. This cannot be undone.</source>
        <translation>Tout ce que %1 (%2) a envoyé au salon pendant la durée choisie est retiré&#xa0;: effacé pour tous ceux dont le client le permet, et de l&apos;archive du salon. Cette action est irréversible.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Shown to everyone in the room (optional)</source>
        <translation>Affiché à tous les occupants du salon (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Sent in the last:</source>
        <translation>&amp;Envoyés au cours des dernières&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Retract</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::RoomDetailsPanel</name>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuration&#xa0;:</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Activité&#xa0;:</translation>
    </message>
    <message>
        <source>No room selected</source>
        <translation>Aucun salon sélectionné</translation>
    </message>
    <message>
        <source>Choose a room on the left to see its occupants.</source>
        <translation>Choisissez un salon à gauche pour voir ses occupants.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Occupants: %1 · Messages in the last minute: %2</source>
        <translation>Occupants&#xa0;: %1 · Messages au cours de la dernière minute&#xa0;: %2</translation>
    </message>
    <message>
        <source>Locked until its owner configures it</source>
        <translation>Verrouillé jusqu&apos;à sa configuration par son propriétaire</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Persistant</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporaire</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Réservé aux membres</translation>
    </message>
    <message>
        <source>Open to anyone</source>
        <translation>Ouvert à tous</translation>
    </message>
    <message>
        <source>Password required</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Sans mot de passe</translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Everyone may speak</source>
        <translation>Tout le monde peut parler</translation>
    </message>
    <message>
        <source>Messages archived (%1 so far)</source>
        <translation>Messages archivés (%1 à ce jour)</translation>
    </message>
    <message>
        <source>Not archived</source>
        <translation>Non archivé</translation>
    </message>
    <message>
        <source>The room&apos;s avatar (%1 × %2 pixels)</source>
        <translation>Avatar du salon (%1 × %2 pixels)</translation>
    </message>
    <message>
        <source>This room has no avatar</source>
        <translation>Ce salon n&apos;a pas d&apos;avatar</translation>
    </message>
    <message>
        <source>The room&apos;s avatar is not an image this window can show (%1)</source>
        <translation>L&apos;avatar du salon n&apos;est pas une image que cette fenêtre peut afficher (%1)</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::RoomListModel</name>
    <message>
        <source>%1
Subject: %2</source>
        <translation>%1
Sujet&#xa0;: %2</translation>
    </message>
    <message>
        <source>Messages sent to the room in the last minute</source>
        <translation>Messages envoyés au salon au cours de la dernière minute</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>JID</source>
        <translation>JID</translation>
    </message>
    <message>
        <source>Occupants</source>
        <translation>Occupants</translation>
    </message>
    <message>
        <source>Msgs/min</source>
        <translation>Msg/min</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Messages sent to the room in the last minute; the line shows the last ten minutes</source>
        <translation>Messages envoyés au salon au cours de la dernière minute ; la courbe montre les dix dernières minutes</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>conference.example.org</source>
        <translation>conference.example.org</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>the component secret the server expects</source>
        <translation>le secret de composant attendu par le serveur</translation>
    </message>
    <message>
        <source>Written to the secret file, readable only by you; never into the settings file.</source>
        <translation>Écrit dans le fichier secret, lisible par vous seul&#xa0;; jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Debug — every stanza</source>
        <translation>Débogage — chaque stanza</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Server &amp;host:</source>
        <translation>&amp;Hôte du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Component &amp;port:</source>
        <translation>&amp;Port du composant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <source>Secret &amp;file:</source>
        <translation>&amp;Fichier secret&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ata directory:</source>
        <translation>&amp;Répertoire des données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Log level:</source>
        <translation>&amp;Niveau de journalisation&#xa0;:</translation>
    </message>
    <message>
        <source>Saved to %1, which qmuc reads with --config. They take effect the next time the service starts.</source>
        <translation>Les paramètres sont enregistrés dans %1, que qmuc lit avec --config. Ils prendront effet au prochain démarrage du service.</translation>
    </message>
    <message>
        <source>The QMUC_SECRET environment variable is set and overrides the secret file.</source>
        <translation>La variable d&apos;environnement QMUC_SECRET est définie et est prioritaire sur le fichier secret.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Répertoire des données</translation>
    </message>
    <message>
        <source>Secret file</source>
        <translation>Fichier secret</translation>
    </message>
    <message>
        <source>cannot restrict the permissions of %1: %2</source>
        <translation>impossible de restreindre les permissions de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write the secret file %1: %2</source>
        <translation>impossible d&apos;écrire le fichier secret %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>qmuc::gui::StorageStatus</name>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the folder that holds the database in the file manager</source>
        <translation>Afficher le dossier contenant la base de données dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>In memory only — nothing is saved</source>
        <translation>En mémoire seulement — rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>The database cannot be used (%1). Rooms and messages are kept in memory only and are lost when qmuc admin quits.</source>
        <translation>La base de données est inutilisable (%1). Les salons et les messages sont conservés en mémoire seulement et seront perdus à la fermeture de qmuc admin.</translation>
    </message>
    <message>
        <source>%1. Changes are kept in memory only and are lost when the service stops.</source>
        <translation>%1. Les modifications sont conservées en mémoire seulement et seront perdues à l’arrêt du service.</translation>
    </message>
    <message>
        <source>%1. The changes wait in memory and qmuc keeps trying to write them.</source>
        <translation>%1. Les modifications attendent en mémoire et qmuc continue d&apos;essayer de les écrire.</translation>
    </message>
    <message>
        <source>Read-only: changes to rooms and new messages are not saved to this file.</source>
        <translation>Lecture seule&#xa0;: les modifications des salons et les nouveaux messages ne sont pas enregistrés dans ce fichier.</translation>
    </message>
    <message>
        <source>No data directory is set: rooms and the message archive are kept in memory and are lost when the service stops.</source>
        <translation>Aucun répertoire des données n&apos;est défini&#xa0;: les salons et l&apos;archive des messages sont conservés en mémoire et seront perdus à l’arrêt du service.</translation>
    </message>
    <message>
        <source>Rooms and the message archive are kept in this file.</source>
        <translation>Les salons et l&apos;archive des messages sont conservés dans ce fichier.</translation>
    </message>
    <message>
        <source>Rooms and the message archive are kept in this file once the service starts.</source>
        <translation>Les salons et l&apos;archive des messages seront conservés dans ce fichier dès que le service démarrera.</translation>
    </message>
    <message>
        <source>Persistent rooms: %1 · Archived messages: %2 · Size: %3</source>
        <translation>Salons persistants&#xa0;: %1 · Messages archivés&#xa0;: %2 · Taille&#xa0;: %3</translation>
    </message>
    <message>
        <source>The check found problems: %1</source>
        <translation>La vérification a trouvé des problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counting what it holds…</source>
        <translation>Comptage du contenu…</translation>
    </message>
    <message>
        <source>Read-only: changes are not saved.</source>
        <translation>Lecture seule&#xa0;: les modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Could not open %1 in a file manager</source>
        <translation>Impossible d&apos;ouvrir %1 dans un gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Read-only: changes to rooms and new messages are not saved to this database.</source>
        <translation>Lecture seule : les modifications des salons et les nouveaux messages ne sont pas enregistrés dans cette base de données.</translation>
    </message>
    <message>
        <source>Rooms and the message archive are kept in this PostgreSQL database, which other qmuc instances may share.</source>
        <translation>Les salons et l’archive des messages sont gardés dans cette base PostgreSQL, que d’autres instances de qmuc peuvent partager.</translation>
    </message>
    <message>
        <source>Rooms and the message archive are kept in this PostgreSQL database once the service starts.</source>
        <translation>Les salons et l’archive des messages sont gardés dans cette base PostgreSQL dès que le service démarre.</translation>
    </message>
</context>
</TS>
