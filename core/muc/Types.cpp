#include "Types.h"

using namespace Qt::StringLiterals;

namespace qmuc {

QString roleName(Role role)
{
    switch (role) {
    case Role::None: return u"none"_s;
    case Role::Visitor: return u"visitor"_s;
    case Role::Participant: return u"participant"_s;
    case Role::Moderator: return u"moderator"_s;
    }
    return u"none"_s;
}

QString affiliationName(Affiliation affiliation)
{
    switch (affiliation) {
    case Affiliation::Outcast: return u"outcast"_s;
    case Affiliation::None: return u"none"_s;
    case Affiliation::Member: return u"member"_s;
    case Affiliation::Admin: return u"admin"_s;
    case Affiliation::Owner: return u"owner"_s;
    }
    return u"none"_s;
}

} // namespace qmuc
