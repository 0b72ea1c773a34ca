#include "AdminActions.h"

#include "EventLogModel.h"
#include "OccupantModel.h"
#include "RoomListModel.h"

#include <QAction>
#include <QActionGroup>
#include <QLoggingCategory>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace qmuc::gui {

Q_LOGGING_CATEGORY(lcGui, "qmuc.gui")

AdminActions::AdminActions(ServiceLink *service, EventLogModel *log, QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_log(log)
    , m_window(window)
    , m_prompts(AdminPrompts::interactive())
{
    m_kick = addAction(u"kick"_s, tr("&Kick…"), tr("Kick"), "kickAction");
    m_kick->setShortcut(QKeySequence::Delete);
    // Delete acts on the occupants list only, not on whatever else has the focus.
    m_kick->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_kick->setToolTip(tr("Remove the occupant from the room; they may come back (Del)"));
    connect(m_kick, &QAction::triggered, this, &AdminActions::kick);

    m_ban = addAction(u"ban"_s, tr("&Ban…"), tr("Ban"), "banAction");
    m_ban->setShortcut(tr("Ctrl+B"));
    m_ban->setToolTip(tr("Remove the occupant and keep their JID out of the room (Ctrl+B)"));
    connect(m_ban, &QAction::triggered, this, &AdminActions::ban);

    m_grantVoice = addAction(u"voice"_s, tr("Grant &voice"), tr("Voice"), "grantVoiceAction");
    m_grantVoice->setToolTip(tr("Let the visitor speak in a moderated room"));
    connect(m_grantVoice, &QAction::triggered, this, [this] { changeRole(Role::Participant); });
    m_revokeVoice = addAction(u"voice-off"_s, tr("Revoke v&oice"), tr("Mute"), "revokeVoiceAction");
    m_revokeVoice->setToolTip(tr("Make the participant a visitor, who may not speak in a moderated room"));
    connect(m_revokeVoice, &QAction::triggered, this, [this] { changeRole(Role::Visitor); });
    m_grantModerator = addAction(u"moderator"_s, tr("Grant &moderator"), tr("Moderator"), "grantModeratorAction");
    m_grantModerator->setToolTip(tr("Let the occupant kick, grant voice and set the subject"));
    connect(m_grantModerator, &QAction::triggered, this, [this] { changeRole(Role::Moderator); });
    m_revokeModerator = addAction(u"moderator-off"_s, tr("Revoke mo&derator"), tr("Demote"), "revokeModeratorAction");
    connect(m_revokeModerator, &QAction::triggered, this, [this] { changeRole(Role::Participant); });

    m_separator = new QAction(this);
    m_separator->setSeparator(true);
    m_affiliationMenu = new QMenu(tr("Set &affiliation"), window);
    m_affiliationMenu->setIcon(QIcon(u":/icons/affiliation.svg"_s));
    m_affiliationMenu->menuAction()->setObjectName(u"affiliationMenu"_s);
    m_affiliations = new QActionGroup(this);
    for (const auto affiliation : {Affiliation::Owner, Affiliation::Admin, Affiliation::Member, Affiliation::None,
                                   Affiliation::Outcast}) {
        auto *action = m_affiliationMenu->addAction(OccupantModel::affiliationText(affiliation));
        action->setObjectName(u"affiliation-%1"_s.arg(affiliationName(affiliation)));
        action->setCheckable(true);
        action->setData(QVariant::fromValue(affiliation));
        m_affiliations->addAction(action);
        connect(action, &QAction::triggered, this, [this, affiliation] { changeAffiliation(affiliation); });
    }

    m_hatSeparator = new QAction(this);
    m_hatSeparator->setSeparator(true);
    m_putOnHat = addAction(u"hat"_s, tr("Put on a &hat…"), tr("Hat"), "putOnHatAction");
    m_putOnHat->setToolTip(tr("Give the occupant's user a title of this room's own that everyone sees (a hat)"));
    connect(m_putOnHat, &QAction::triggered, this, &AdminActions::putOnHat);
    m_takeOffHat = addAction(u"hat-off"_s, tr("&Take off a hat…"), tr("Take off hat"), "takeOffHatAction");
    m_takeOffHat->setToolTip(tr("Take one of the occupant's hats off again"));
    connect(m_takeOffHat, &QAction::triggered, this, &AdminActions::takeOffHat);
    m_retractRecent = addAction(u"retract"_s, tr("&Retract recent messages…"), tr("Retract"), "retractRecentAction");
    m_retractRecent->setToolTip(tr("Retract everything the occupant sent to the room lately, for everyone and in the archive"));
    connect(m_retractRecent, &QAction::triggered, this, &AdminActions::retractRecent);

    m_setSubject = addAction(u"subject"_s, tr("Set &subject…"), tr("Subject"), "setSubjectAction");
    m_setSubject->setShortcut(tr("Ctrl+T"));
    m_setSubject->setToolTip(tr("Change the room's subject (Ctrl+T)"));
    connect(m_setSubject, &QAction::triggered, this, &AdminActions::setSubject);
    m_destroy = addAction(u"destroy"_s, tr("&Destroy room…"), tr("Destroy"), "destroyRoomAction");
    m_destroy->setShortcut(tr("Ctrl+Shift+Del"));
    m_destroy->setToolTip(tr("Remove everyone and delete the room (Ctrl+Shift+Del)"));
    connect(m_destroy, &QAction::triggered, this, &AdminActions::destroyRoom);

    updateActions();
}

QAction *AdminActions::addAction(const QString &icon, const QString &text, const QString &iconText, const char *objectName)
{
    auto *action = new QAction(QIcon(u":/icons/%1.svg"_s.arg(icon)), text, this);
    action->setIconText(iconText);
    action->setObjectName(QLatin1StringView(objectName));
    return action;
}

QList<QAction *> AdminActions::occupantActions() const
{
    return {m_kick, m_ban, m_separator, m_grantVoice, m_revokeVoice, m_grantModerator, m_revokeModerator,
            m_affiliationMenu->menuAction(), m_hatSeparator, m_putOnHat, m_takeOffHat, m_retractRecent};
}

QList<QAction *> AdminActions::roomActions() const
{
    return {m_setSubject, m_destroy};
}

QList<QAction *> AdminActions::toolBarActions() const
{
    return {m_kick, m_ban, m_grantVoice, m_revokeVoice, m_grantModerator, m_putOnHat, m_retractRecent, m_setSubject, m_destroy};
}

void AdminActions::setRoom(const std::optional<RoomInfo> &room)
{
    m_room = room;
    updateActions();
}

void AdminActions::setOccupant(const std::optional<OccupantInfo> &occupant)
{
    m_occupant = occupant;
    updateActions();
}

void AdminActions::updateActions()
{
    const bool haveOccupant = m_room && m_occupant;
    const auto role = haveOccupant ? m_occupant->role : Role::None;
    m_kick->setEnabled(haveOccupant);
    m_ban->setEnabled(haveOccupant);
    m_grantVoice->setEnabled(role == Role::Visitor);
    m_revokeVoice->setEnabled(role == Role::Participant);
    m_grantModerator->setEnabled(haveOccupant && role != Role::Moderator);
    m_revokeModerator->setEnabled(role == Role::Moderator);
    m_affiliationMenu->setEnabled(haveOccupant);
    for (auto *action : m_affiliations->actions())
        action->setChecked(haveOccupant && action->data().value<Affiliation>() == m_occupant->affiliation);
    m_putOnHat->setEnabled(haveOccupant && !m_occupant->realJid.isEmpty());
    m_takeOffHat->setEnabled(haveOccupant && !m_occupant->hats.isEmpty());
    m_retractRecent->setEnabled(haveOccupant);
    m_setSubject->setEnabled(m_room.has_value());
    m_destroy->setEnabled(m_room.has_value());
}

bool AdminActions::report(const QString &roomJid, const QString &refusal, const QString &done, const QString &attempt)
{
    const bool refused = !refusal.isEmpty();
    const auto text = refused ? tr("%1 refused: %2").arg(attempt, refusal) : done;
    qCInfo(lcGui).noquote() << "operator action in" << roomJid << (refused ? "refused:" : "done:") << text;
    m_log->add(refused ? EventLogModel::Kind::ActionRefused : EventLogModel::Kind::ActionDone, roomJid, text);
    Q_EMIT reported(text, refused);
    updateActions();
    return !refused;
}

namespace {

QString withReason(const QString &text, const QString &reason)
{
    return reason.isEmpty() ? text : AdminActions::tr("%1 (“%2”)").arg(text, reason);
}

} // namespace

void AdminActions::kick()
{
    if (!m_room || !m_occupant)
        return;
    const auto room = m_room->jid;
    const auto nick = m_occupant->nick;
    const auto reason = m_prompts.reason(m_window, tr("Kick %1").arg(nick),
                                         tr("Why is %1 being kicked? Everyone in the room will read it (optional):").arg(nick));
    if (!reason)
        return;
    report(room, m_service->kick(room, nick, *reason), withReason(tr("Kicked %1").arg(nick), *reason), tr("Kicking %1").arg(nick));
}

void AdminActions::ban()
{
    if (!m_room || !m_occupant)
        return;
    const auto room = m_room->jid;
    const auto who = m_occupant->realJid;
    const auto nick = m_occupant->nick;
    const auto reason = m_prompts.reason(m_window, tr("Ban %1").arg(nick),
                                         tr("Why is %1 (%2) being banned from the room? Everyone in the room will read it (optional):")
                                             .arg(nick, who));
    if (!reason)
        return;
    report(room, m_service->ban(room, who, *reason), withReason(tr("Banned %1 (%2)").arg(nick, who), *reason),
           tr("Banning %1").arg(who));
}

void AdminActions::changeRole(Role role)
{
    if (!m_room || !m_occupant)
        return;
    const auto room = m_room->jid;
    const auto nick = m_occupant->nick;
    const auto roleText = OccupantModel::roleText(role);
    report(room, m_service->setRole(room, nick, role), tr("Made %1 %2").arg(nick, roleText),
           tr("Making %1 %2").arg(nick, roleText));
}

void AdminActions::changeAffiliation(Affiliation affiliation)
{
    if (!m_room || !m_occupant)
        return;
    if (affiliation == Affiliation::Outcast) {
        ban(); // with a reason, as a ban deserves
        updateActions();
        return;
    }
    const auto room = m_room->jid;
    const auto who = m_occupant->realJid;
    const auto text = OccupantModel::affiliationText(affiliation);
    report(room, m_service->setAffiliation(room, who, affiliation), tr("Gave %1 the affiliation %2").arg(who, text),
           tr("Giving %1 the affiliation %2").arg(who, text));
}

void AdminActions::putOnHat()
{
    if (!m_room || !m_occupant)
        return;
    const auto room = m_room->jid;
    const auto occupant = *m_occupant;
    const auto hat = m_prompts.hat(m_window, occupant);
    if (!hat)
        return;
    report(room, m_service->putOnHat(room, occupant.realJid, hat->uri, hat->title),
           tr("Put the hat “%1” on %2").arg(hat->title, occupant.nick), tr("Putting a hat on %1").arg(occupant.nick));
}

void AdminActions::takeOffHat()
{
    if (!m_room || !m_occupant)
        return;
    const auto room = m_room->jid;
    const auto occupant = *m_occupant;
    const auto uri = m_prompts.hatToTakeOff(m_window, occupant);
    if (!uri)
        return;
    const auto hat = std::find_if(occupant.hats.cbegin(), occupant.hats.cend(), [&](const Hat &h) { return h.uri == *uri; });
    const auto title = hat == occupant.hats.cend() ? *uri : hat->title;
    report(room, m_service->takeOffHat(room, occupant.realJid, *uri), tr("Took the hat “%1” off %2").arg(title, occupant.nick),
           tr("Taking a hat off %1").arg(occupant.nick));
}

void AdminActions::retractRecent()
{
    if (!m_room || !m_occupant)
        return;
    const auto room = m_room->jid;
    const auto nick = m_occupant->nick;
    const auto request = m_prompts.retraction(m_window, *m_occupant);
    if (!request)
        return;
    int retracted = 0;
    const auto refusal = m_service->retractRecent(room, nick, request->hours, request->reason, &retracted);
    report(room, refusal, withReason(tr("Retracted %n message(s) from %1", nullptr, retracted).arg(nick), request->reason),
           tr("Retracting the messages of %1").arg(nick));
}

void AdminActions::setSubject()
{
    if (!m_room)
        return;
    const auto room = *m_room;
    const auto subject = m_prompts.subject(m_window, room);
    if (!subject)
        return;
    report(room.jid, m_service->setSubject(room.jid, *subject),
           subject->isEmpty() ? tr("Cleared the subject") : tr("Set the subject to “%1”").arg(*subject),
           tr("Setting the subject"));
}

void AdminActions::destroyRoom()
{
    if (!m_room)
        return;
    const auto room = *m_room;
    const auto request = m_prompts.destroy(m_window, room);
    if (!request)
        return;
    const auto refusal = m_service->destroyRoom(room.jid, request->reason, request->alternateVenue);
    if (!report(room.jid, refusal, withReason(tr("Destroyed %1").arg(room.jid), request->reason), tr("Destroying %1").arg(room.jid)))
        m_prompts.warn(m_window, tr("The room was not destroyed"), refusal);
}

} // namespace qmuc::gui
