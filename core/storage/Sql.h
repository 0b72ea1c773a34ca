#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// How values go into columns and come back, the same for every table.
namespace qmuc::sql {

// Times are kept as milliseconds since the epoch, UTC.
inline qint64 toMs(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

inline QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
}

// Text for a NOT NULL column: Qt SQL binds a null QString as NULL.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace qmuc::sql
