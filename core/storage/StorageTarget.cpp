#include "StorageTarget.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

// libpq's keyword=value syntax: a value is a word or '…' with \' and \\ escapes; spaces may
// surround the '='.
const QRegularExpression &passwordPair()
{
    static const QRegularExpression pattern(u"(^|\\s)password\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S*)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

QString StorageTarget::withoutPassword(const QString &connectionString)
{
    auto text = connectionString;
    text.replace(passwordPair(), u"\\1"_s);
    // A URI (postgresql://user:password@host/db) keeps its user, not its password.
    static const QRegularExpression uriPassword(u"^(postgres(?:ql)?://[^:@/]*):[^@/]*@"_s);
    text.replace(uriPassword, u"\\1@"_s);
    return text.simplified();
}

bool StorageTarget::namesPassword(const QString &connectionString)
{
    return withoutPassword(connectionString) != connectionString.simplified();
}

QString StorageTarget::displayName() const
{
    if (driver == Driver::Sqlite)
        return name;
    const auto shown = withoutPassword(name);
    return shown.isEmpty() ? u"PostgreSQL"_s : u"PostgreSQL (%1)"_s.arg(shown);
}

bool StorageTarget::namesServer(const QString &displayName)
{
    return displayName == u"PostgreSQL" || displayName.startsWith(u"PostgreSQL ("_s);
}

} // namespace qmuc
