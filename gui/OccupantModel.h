#pragma once

#include "ServiceLink.h"

#include <QAbstractTableModel>

namespace qmuc::gui {

// The occupants of one room, in the order they joined: starts from the service's snapshot when a
// room is chosen and follows its signals row by row.
class OccupantModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NickColumn, RoleColumn, AffiliationColumn, HatsColumn, JidColumn, SinceColumn, StatusColumn, ColumnCount };
    enum Roles {
        OccupantInfoRole = Qt::UserRole + 1, // the row's OccupantInfo
        SortRole,                            // what the column sorts by
    };

    explicit OccupantModel(ServiceLink *service, QObject *parent = nullptr);

    // Shows the occupants of `roomJid` (none for an empty string).
    void setRoom(const QString &roomJid);
    QString room() const { return m_room; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    OccupantInfo occupantAt(int row) const { return m_occupants.at(row); }
    int rowOf(const QString &nick) const;

    // Words for the operator; roles and affiliations as the event lines name them (EventText).
    static QString roleText(Role role);
    static QString affiliationText(Affiliation affiliation);
    static QString showText(const QString &show);
    // The titles of an occupant's hats (XEP-0317), in the order they were put on.
    static QString hatsText(const OccupantInfo &occupant);

private:
    void add(const QString &roomJid, const OccupantInfo &occupant);
    void remove(const QString &roomJid, const OccupantInfo &occupant);
    void rename(const QString &roomJid, const QString &oldNick, const OccupantInfo &occupant);
    void update(const QString &roomJid, const OccupantInfo &occupant);
    void setAffiliation(const QString &roomJid, const QString &bareJid, Affiliation affiliation);
    void replace(int row, const OccupantInfo &occupant);

    ServiceLink *m_service;
    QString m_room;
    QList<OccupantInfo> m_occupants;
};

} // namespace qmuc::gui
