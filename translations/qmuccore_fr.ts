<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>qmuc::MucService</name>
    <message>
        <source>Unknown IQ type.</source>
        <translation>Type d&apos;IQ inconnu.</translation>
    </message>
    <message>
        <source>No such node.</source>
        <translation>Ce nœud n&apos;existe pas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be the name of a room.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être le nom d&apos;un salon.</translation>
    </message>
    <message>
        <source>Join a room with a nickname: room@service/nick.</source>
        <translation>Rejoignez un salon avec un pseudonyme&#xa0;: salon@service/pseudo.</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>Il n&apos;existe aucun salon %1.</translation>
    </message>
    <message>
        <source>You may not create rooms on this service.</source>
        <translation>Vous n&apos;êtes pas autorisé à créer des salons sur ce service.</translation>
    </message>
    <message>
        <source>List rooms</source>
        <translation>Lister les salons</translation>
    </message>
    <message>
        <source>Destroy Rooms</source>
        <translation>Détruire des salons</translation>
    </message>
    <message>
        <source>Set affiliation in room</source>
        <translation>Définir une affiliation dans un salon</translation>
    </message>
    <message>
        <source>Only service administrators may run commands.</source>
        <translation>Seuls les administrateurs du service peuvent exécuter des commandes.</translation>
    </message>
    <message>
        <source>No such command.</source>
        <translation>Cette commande n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n occupant(s))</source>
        <translation>
            <numerusform>%1 (%n occupant)</numerusform>
            <numerusform>%1 (%n occupants)</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no rooms.</source>
        <translation>Il n&apos;y a aucun salon.</translation>
    </message>
    <message>
        <source>Destroy rooms</source>
        <translation>Détruire des salons</translation>
    </message>
    <message>
        <source>Select the rooms to destroy</source>
        <translation>Choisissez les salons à détruire</translation>
    </message>
    <message>
        <source>Rooms to destroy:</source>
        <translation>Salons à détruire&#xa0;:</translation>
    </message>
    <message>
        <source>Set affiliation</source>
        <translation>Définir une affiliation</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
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
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>The following rooms were destroyed:</source>
        <translation>Les salons suivants ont été détruits&#xa0;:</translation>
    </message>
    <message>
        <source>room, jid and affiliation are required</source>
        <translation>room, jid et affiliation sont obligatoires</translation>
    </message>
    <message>
        <source>Affiliation change failed: %1</source>
        <translation>L&apos;affiliation n&apos;a pas été modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Affiliation updated</source>
        <translation>Affiliation modifiée</translation>
    </message>
    <message>
        <source>This service, %1, does not deliver to %2.</source>
        <translation>Ce service, %1, ne distribue rien à %2.</translation>
    </message>
    <message>
        <source>Retract recent messages</source>
        <translation>Retirer les messages récents</translation>
    </message>
    <message>
        <source>Retract everything one occupant sent in the room in the last hours</source>
        <translation>Retirer tout ce qu’un occupant a envoyé dans le salon au cours des dernières heures</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>room, nick and hours (1 to %1) are required</source>
        <translation>room, nick et hours (de 1 à %1) sont requis</translation>
    </message>
    <message numerus="yes">
        <source>Retracted %n message(s).</source>
        <translation>
            <numerusform>%n message retiré.</numerusform>
            <numerusform>%n messages retirés.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are joining rooms too fast; wait a moment, then try again.</source>
        <translation>Vous rejoignez des salons trop vite&#xa0;; patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>You are creating rooms too fast; wait a moment, then try again.</source>
        <translation>Vous créez des salons trop vite&#xa0;; patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>This service holds as many rooms as it can; try again later.</source>
        <translation>Ce service contient déjà autant de salons qu&apos;il le peut&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>You own as many rooms as this service allows one user.</source>
        <translation>Vous possédez déjà autant de salons que ce service en permet à un utilisateur.</translation>
    </message>
    <message>
        <source>You are banned from this service.</source>
        <translation>Vous êtes banni de ce service.</translation>
    </message>
    <message>
        <source>The rooms&apos; database cannot be reached; try again later.</source>
        <translation>La base de données des salons est injoignable ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The room %1 is served by another instance of this service; send the request to the room itself.</source>
        <translation>Le salon %1 est servi par une autre instance de ce service ; envoyez la demande au salon lui-même.</translation>
    </message>
</context>
<context>
    <name>qmuc::Nickname</name>
    <message>
        <source>The nickname is empty.</source>
        <translation>Le pseudonyme est vide.</translation>
    </message>
    <message>
        <source>The nickname is longer than %1 bytes.</source>
        <translation>Le pseudonyme dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The nickname is not valid Unicode.</source>
        <translation>Le pseudonyme n&apos;est pas de l&apos;Unicode valide.</translation>
    </message>
    <message>
        <source>The nickname contains a character that is not allowed (%1).</source>
        <translation>Le pseudonyme contient un caractère non autorisé (%1).</translation>
    </message>
</context>
<context>
    <name>qmuc::Room</name>
    <message>
        <source>You are not in this room.</source>
        <translation>Vous n&apos;êtes pas dans ce salon.</translation>
    </message>
    <message>
        <source>Messages to the room are of type groupchat.</source>
        <translation>Les messages adressés au salon doivent être de type groupchat.</translation>
    </message>
    <message>
        <source>This room is locked until its owner has configured it.</source>
        <translation>Ce salon est verrouillé jusqu&apos;à ce que son propriétaire l&apos;ait configuré.</translation>
    </message>
    <message>
        <source>You are banned from this room.</source>
        <translation>Vous êtes banni de ce salon.</translation>
    </message>
    <message>
        <source>This room is for members only.</source>
        <translation>Ce salon est réservé aux membres.</translation>
    </message>
    <message>
        <source>A password is required to enter this room.</source>
        <translation>Un mot de passe est requis pour entrer dans ce salon.</translation>
    </message>
    <message>
        <source>That nickname is reserved by a member of this room.</source>
        <translation>Ce pseudonyme est réservé par un membre de ce salon.</translation>
    </message>
    <message>
        <source>That nickname is already in use in this room.</source>
        <translation>Ce pseudonyme est déjà utilisé dans ce salon.</translation>
    </message>
    <message>
        <source>This room is full.</source>
        <translation>Ce salon est complet.</translation>
    </message>
    <message>
        <source>You are in this room from several devices; change your nickname after leaving from the others.</source>
        <translation>Vous êtes dans ce salon depuis plusieurs appareils&#xa0;; changez de pseudonyme après l&apos;avoir quitté sur les autres.</translation>
    </message>
    <message>
        <source>You have no voice in this room.</source>
        <translation>Vous n&apos;avez pas la parole dans ce salon.</translation>
    </message>
    <message>
        <source>Groupchat messages go to the room, not to an occupant.</source>
        <translation>Les messages de type groupchat s&apos;adressent au salon, pas à un occupant.</translation>
    </message>
    <message>
        <source>Private messages are not allowed in this room.</source>
        <translation>Les messages privés ne sont pas autorisés dans ce salon.</translation>
    </message>
    <message>
        <source>Nobody with that nickname is in this room.</source>
        <translation>Personne ne porte ce pseudonyme dans ce salon.</translation>
    </message>
    <message>
        <source>You are not allowed to change the subject of this room.</source>
        <translation>Vous n&apos;êtes pas autorisé à changer le sujet de ce salon.</translation>
    </message>
    <message>
        <source>Only owners may configure this room.</source>
        <translation>Seuls les propriétaires peuvent configurer ce salon.</translation>
    </message>
    <message>
        <source>Configuration of %1</source>
        <translation>Configuration de %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Keep the room when it is empty</source>
        <translation>Conserver le salon lorsqu&apos;il est vide</translation>
    </message>
    <message>
        <source>List the room publicly</source>
        <translation>Afficher le salon dans la liste publique</translation>
    </message>
    <message>
        <source>Participants may change the subject</source>
        <translation>Les participants peuvent changer le sujet</translation>
    </message>
    <message>
        <source>Only participants with voice may speak</source>
        <translation>Seuls les participants ayant la parole peuvent s&apos;exprimer</translation>
    </message>
    <message>
        <source>Only members may enter</source>
        <translation>Seuls les membres peuvent entrer</translation>
    </message>
    <message>
        <source>A password is required to enter</source>
        <translation>Un mot de passe est requis pour entrer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Maximum number of occupants</source>
        <translation>Nombre maximal d&apos;occupants</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>Who may see real JIDs</source>
        <translation>Qui peut voir les JID réels</translation>
    </message>
    <message>
        <source>Moderators only</source>
        <translation>Modérateurs uniquement</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Members may invite others</source>
        <translation>Les membres peuvent inviter d&apos;autres personnes</translation>
    </message>
    <message>
        <source>Who may send private messages</source>
        <translation>Qui peut envoyer des messages privés</translation>
    </message>
    <message>
        <source>Messages shown to people who join</source>
        <translation>Messages affichés aux personnes qui rejoignent le salon</translation>
    </message>
    <message>
        <source>Keep a public archive of messages</source>
        <translation>Conserver une archive publique des messages</translation>
    </message>
    <message>
        <source>The value of %1 is not valid.</source>
        <translation>La valeur de %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A password-protected room needs a password.</source>
        <translation>Un salon protégé par mot de passe doit avoir un mot de passe.</translation>
    </message>
    <message>
        <source>Only moderators may do that.</source>
        <translation>Seuls les modérateurs peuvent faire cela.</translation>
    </message>
    <message>
        <source>Nobody called %1 is in this room.</source>
        <translation>Personne du nom de %1 ne se trouve dans ce salon.</translation>
    </message>
    <message>
        <source>Only admins and owners may grant or revoke moderation.</source>
        <translation>Seuls les administrateurs et les propriétaires peuvent accorder ou retirer le rôle de modérateur.</translation>
    </message>
    <message>
        <source>%1 is an admin or owner of this room; change their affiliation first.</source>
        <translation>%1 est administrateur ou propriétaire de ce salon&#xa0;; modifiez d&apos;abord son affiliation.</translation>
    </message>
    <message>
        <source>You may not kick %1.</source>
        <translation>Vous ne pouvez pas expulser %1.</translation>
    </message>
    <message>
        <source>Only admins and owners may change affiliations.</source>
        <translation>Seuls les administrateurs et les propriétaires peuvent modifier les affiliations.</translation>
    </message>
    <message>
        <source>Affiliations are given to bare JIDs.</source>
        <translation>Les affiliations s&apos;attribuent à des JID sans ressource.</translation>
    </message>
    <message>
        <source>Only owners may change the affiliation of admins and owners.</source>
        <translation>Seuls les propriétaires peuvent modifier l&apos;affiliation des administrateurs et des propriétaires.</translation>
    </message>
    <message>
        <source>A room needs at least one owner.</source>
        <translation>Un salon doit avoir au moins un propriétaire.</translation>
    </message>
    <message>
        <source>Only owners may destroy this room.</source>
        <translation>Seuls les propriétaires peuvent détruire ce salon.</translation>
    </message>
    <message>
        <source>An affiliation change needs a valid affiliation and a JID.</source>
        <translation>Un changement d&apos;affiliation nécessite une affiliation valide et un JID.</translation>
    </message>
    <message>
        <source>A role change needs a valid role and a nickname.</source>
        <translation>Un changement de rôle nécessite un rôle valide et un pseudonyme.</translation>
    </message>
    <message>
        <source>Change roles and affiliations in separate requests.</source>
        <translation>Modifiez les rôles et les affiliations dans des requêtes distinctes.</translation>
    </message>
    <message>
        <source>Only admins and owners may see this list.</source>
        <translation>Seuls les administrateurs et les propriétaires peuvent voir cette liste.</translation>
    </message>
    <message>
        <source>Only moderators may see this list.</source>
        <translation>Seuls les modérateurs peuvent voir cette liste.</translation>
    </message>
    <message>
        <source>A decline needs a &apos;to&apos;.</source>
        <translation>Un refus nécessite un attribut «&#xa0;to&#xa0;».</translation>
    </message>
    <message>
        <source>You may not invite people to this room.</source>
        <translation>Vous n&apos;êtes pas autorisé à inviter des personnes dans ce salon.</translation>
    </message>
    <message>
        <source>An invitation needs a &apos;to&apos;.</source>
        <translation>Une invitation nécessite un attribut «&#xa0;to&#xa0;».</translation>
    </message>
    <message>
        <source>Only moderators may approve voice requests.</source>
        <translation>Seuls les modérateurs peuvent approuver les demandes de parole.</translation>
    </message>
    <message>
        <source>You already have voice in this room.</source>
        <translation>Vous avez déjà la parole dans ce salon.</translation>
    </message>
    <message>
        <source>Voice request</source>
        <translation>Demande de parole</translation>
    </message>
    <message>
        <source>To approve this request for voice, select the &quot;Grant voice to this person?&quot; checkbox and click OK. To skip this request, click the cancel button.</source>
        <translation>Pour approuver cette demande de parole, cochez la case «&#xa0;Donner la parole à cette personne&#xa0;?&#xa0;» et cliquez sur OK. Pour ignorer cette demande, cliquez sur le bouton Annuler.</translation>
    </message>
    <message>
        <source>Requested role</source>
        <translation>Rôle demandé</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Identifiant de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Room Nickname</source>
        <translation>Pseudonyme dans le salon</translation>
    </message>
    <message>
        <source>Grant voice to this person?</source>
        <translation>Donner la parole à cette personne&#xa0;?</translation>
    </message>
    <message>
        <source>Only members may register with this room.</source>
        <translation>Seuls les membres peuvent s&apos;inscrire auprès de ce salon.</translation>
    </message>
    <message>
        <source>Registration with %1</source>
        <translation>Inscription auprès de %1</translation>
    </message>
    <message>
        <source>Choose the nickname that is yours in this room.</source>
        <translation>Choisissez le pseudonyme qui vous sera réservé dans ce salon.</translation>
    </message>
    <message>
        <source>Desired Nickname</source>
        <translation>Pseudonyme souhaité</translation>
    </message>
    <message>
        <source>To register with this room, choose a nickname.</source>
        <translation>Pour vous inscrire auprès de ce salon, choisissez un pseudonyme.</translation>
    </message>
    <message>
        <source>That nickname is taken in this room.</source>
        <translation>Ce pseudonyme est déjà pris dans ce salon.</translation>
    </message>
    <message>
        <source>Only members may read the archive of this room.</source>
        <translation>Seuls les membres peuvent lire l&apos;archive de ce salon.</translation>
    </message>
    <message>
        <source>Join this room to read its archive.</source>
        <translation>Rejoignez ce salon pour lire son archive.</translation>
    </message>
    <message>
        <source>This archive answers queries of the form %1.</source>
        <translation>Cette archive répond aux requêtes du formulaire %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (XEP-0082), in field %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure (XEP-0082), dans le champ %2.</translation>
    </message>
    <message>
        <source>In this archive, &apos;with&apos; is an occupant&apos;s address: %1/nick.</source>
        <translation>Dans cette archive, «&#xa0;with&#xa0;» est l&apos;adresse d&apos;un occupant&#xa0;: %1/pseudo.</translation>
    </message>
    <message>
        <source>This archive does not filter by &apos;%1&apos;.</source>
        <translation>Cette archive ne filtre pas selon «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&lt;max/&gt; is a number of messages.</source>
        <translation>&lt;max/&gt; est un nombre de messages.</translation>
    </message>
    <message>
        <source>Page with &lt;after/&gt; and &lt;before/&gt;, not by index.</source>
        <translation>Paginez avec &lt;after/&gt; et &lt;before/&gt;, pas par index.</translation>
    </message>
    <message>
        <source>There is no message %1 in this archive.</source>
        <translation>Il n&apos;y a pas de message %1 dans cette archive.</translation>
    </message>
    <message>
        <source>Ask for at most %1 ids at a time.</source>
        <translation>Demandez au plus %1 identifiants à la fois.</translation>
    </message>
    <message>
        <source>There is no room %1.</source>
        <translation>Il n’y a pas de salon %1.</translation>
    </message>
    <message>
        <source>You may not revoke voice from %1.</source>
        <translation>Vous ne pouvez pas retirer la parole à %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid JID.</source>
        <translation>« %1 » n’est pas un JID valide.</translation>
    </message>
    <message>
        <source>Participants and moderators</source>
        <translation>Participants et modérateurs</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Visitors may not send private messages in this room.</source>
        <translation>Les visiteurs ne peuvent pas envoyer de messages privés dans ce salon.</translation>
    </message>
    <message>
        <source>Say which message to retract by its stanza id.</source>
        <translation>Indiquez par son identifiant de stanza quel message retirer.</translation>
    </message>
    <message>
        <source>That nickname looks like %1, who is already in this room.</source>
        <translation>Ce pseudonyme ressemble à %1, qui est déjà dans ce salon.</translation>
    </message>
    <message>
        <source>Only owners may set the room&apos;s avatar.</source>
        <translation>Seuls les propriétaires peuvent définir l’avatar du salon.</translation>
    </message>
    <message>
        <source>The avatar is larger than this service allows (%1 KiB).</source>
        <translation>L’avatar dépasse la taille permise par ce service (%1 Kio).</translation>
    </message>
    <message>
        <source>Only admins and owners may give or take hats.</source>
        <translation>Seuls les administrateurs et les propriétaires peuvent donner ou retirer des chapeaux.</translation>
    </message>
    <message>
        <source>A hat goes to a bare JID (user@domain).</source>
        <translation>Un chapeau se donne à un JID nu (utilisateur@domaine).</translation>
    </message>
    <message>
        <source>A hat needs a URI and a title, of at most %1 characters each.</source>
        <translation>Un chapeau demande une URI et un titre d’au plus %1 caractères chacun.</translation>
    </message>
    <message>
        <source>That user does not wear that hat.</source>
        <translation>Cet utilisateur ne porte pas ce chapeau.</translation>
    </message>
    <message>
        <source>That user wears as many hats as a user may.</source>
        <translation>Cet utilisateur porte déjà autant de chapeaux que permis.</translation>
    </message>
    <message>
        <source>Put on a hat</source>
        <translation>Mettre un chapeau</translation>
    </message>
    <message>
        <source>Take off a hat</source>
        <translation>Retirer un chapeau</translation>
    </message>
    <message>
        <source>No such command.</source>
        <translation>Cette commande n’existe pas.</translation>
    </message>
    <message>
        <source>Assigning a Hat</source>
        <translation>Attribution d’un chapeau</translation>
    </message>
    <message>
        <source>Removing a Hat</source>
        <translation>Retrait d’un chapeau</translation>
    </message>
    <message>
        <source>Fill out this form to assign a hat.</source>
        <translation>Remplissez ce formulaire pour attribuer un chapeau.</translation>
    </message>
    <message>
        <source>Fill out this form to remove a hat.</source>
        <translation>Remplissez ce formulaire pour retirer un chapeau.</translation>
    </message>
    <message>
        <source>User Address</source>
        <translation>Adresse de l’utilisateur</translation>
    </message>
    <message>
        <source>The hat&apos;s URI</source>
        <translation>L’URI du chapeau</translation>
    </message>
    <message>
        <source>The hat&apos;s title</source>
        <translation>Le titre du chapeau</translation>
    </message>
    <message>
        <source>Too many wrong passwords; wait a while, then try again.</source>
        <translation>Trop de mots de passe erronés&#xa0;; patientez un moment, puis réessayez.</translation>
    </message>
    <message>
        <source>You are sending too fast; wait a moment, then try again.</source>
        <translation>Vous envoyez trop vite&#xa0;; patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>Flooding the room.</source>
        <translation>Inondation du salon.</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long; the most this room relays is %n byte(s).</source>
        <translation>
            <numerusform>Ce message est trop long&#xa0;; ce salon relaie au plus %n octet.</numerusform>
            <numerusform>Ce message est trop long&#xa0;; ce salon relaie au plus %n octets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This subject is too long; the most this room takes is %n byte(s).</source>
        <translation>
            <numerusform>Ce sujet est trop long&#xa0;; ce salon accepte au plus %n octet.</numerusform>
            <numerusform>Ce sujet est trop long&#xa0;; ce salon accepte au plus %n octets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This nickname is too long; the most this room takes is %n character(s).</source>
        <translation>
            <numerusform>Ce pseudonyme est trop long&#xa0;; ce salon accepte au plus %n caractère.</numerusform>
            <numerusform>Ce pseudonyme est trop long&#xa0;; ce salon accepte au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are in this room from too many devices already.</source>
        <translation>Vous êtes déjà dans ce salon depuis trop d&apos;appareils.</translation>
    </message>
    <message>
        <source>You are banned from this service.</source>
        <translation>Vous êtes banni de ce service.</translation>
    </message>
</context>
</TS>
