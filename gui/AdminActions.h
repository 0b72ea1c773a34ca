#pragma once

#include "AdminPrompts.h"
#include "ServiceLink.h"

#include <QObject>

#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace qmuc::gui {

class EventLogModel;

// The operator's moderation actions on the chosen room and occupant. Each one goes through one of
// the service's admin slots, which apply XEP-0045's rules; the outcome goes to the event log and
// to reported(), a refusal in the service's own words.
class AdminActions : public QObject
{
    Q_OBJECT
public:
    AdminActions(ServiceLink *service, EventLogModel *log, QWidget *window);

    void setPrompts(AdminPrompts prompts) { m_prompts = std::move(prompts); }
    // What the actions act on; they are enabled accordingly.
    void setRoom(const std::optional<RoomInfo> &room);
    void setOccupant(const std::optional<OccupantInfo> &occupant);

    QList<QAction *> occupantActions() const;
    QList<QAction *> roomActions() const;
    QList<QAction *> toolBarActions() const;
    QAction *kickAction() const { return m_kick; }
    QAction *putOnHatAction() const { return m_putOnHat; }
    QAction *takeOffHatAction() const { return m_takeOffHat; }
    QAction *retractRecentAction() const { return m_retractRecent; }

Q_SIGNALS:
    // The outcome of an action, for the status bar.
    void reported(const QString &text, bool refused);

private:
    QAction *addAction(const QString &icon, const QString &text, const QString &iconText, const char *objectName);
    void kick();
    void ban();
    void changeRole(Role role);
    void changeAffiliation(Affiliation affiliation);
    void putOnHat();
    void takeOffHat();
    void retractRecent();
    void setSubject();
    void destroyRoom();
    // Logs and reports: `done` on success, else `attempt` with the refusal.
    bool report(const QString &roomJid, const QString &refusal, const QString &done, const QString &attempt);
    void updateActions();

    ServiceLink *m_service;
    EventLogModel *m_log;
    QWidget *m_window;
    AdminPrompts m_prompts;
    std::optional<RoomInfo> m_room;
    std::optional<OccupantInfo> m_occupant;

    QAction *m_kick;
    QAction *m_ban;
    QAction *m_grantVoice;
    QAction *m_revokeVoice;
    QAction *m_grantModerator;
    QAction *m_revokeModerator;
    QAction *m_separator;
    QMenu *m_affiliationMenu;
    QActionGroup *m_affiliations;
    QAction *m_hatSeparator;
    QAction *m_putOnHat;
    QAction *m_takeOffHat;
    QAction *m_retractRecent;
    QAction *m_setSubject;
    QAction *m_destroy;
};

} // namespace qmuc::gui
