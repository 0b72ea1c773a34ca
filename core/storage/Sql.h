#pragma once

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTimeZone>
#include <QVariantList>

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

// Runs a prepared statement with these values; false with *error set if it fails.
inline bool run(QSqlQuery &q, const QVariantList &values, QSqlError *error)
{
    for (const auto &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    *error = q.lastError();
    return false;
}

} // namespace qmuc::sql
