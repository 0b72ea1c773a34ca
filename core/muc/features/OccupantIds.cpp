// XEP-0421 occupant ids: the same for one user in one room whatever their nick, session or
// client, different in every other room; on every presence and message from an occupant.
#include "../Room.h"

#include "../../Namespaces.h"

#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

class OccupantIds final : public RoomFeature
{
public:
    void discover(const Room &, QStringList &features, QList<QXmppDataForm::Field> &) const override
    {
        features << ns::occupantId; // §3
    }
    // §4: an occupant id is the room's to give; one a client sends is replaced.
    bool isReserved(const QDomElement &child) const override
    {
        return child.localName() == u"occupant-id" && child.namespaceURI() == ns::occupantId;
    }
    void describe(const Room &room, const Occupant &occupant, OccupantInfo &info) const override
    {
        info.occupantId = QString::fromLatin1(occupantId(room, occupant.bareJid));
    }
    QByteArray presenceExtras(const Room &room, const Occupant &occupant) const override
    {
        return senderMarks(room, occupant.bareJid);
    }
    QByteArray senderMarks(const Room &room, const QString &bareJid) const override
    {
        if (bareJid.isEmpty())
            return {};
        return "<occupant-id xmlns='urn:xmpp:occupant-id:0' id='" + occupantId(room, bareJid) + "'/>";
    }

private:
    static QByteArray occupantId(const Room &room, const QString &bareJid)
    {
        // §5's suggestion, with SHA-256: keyed by the service's secret, over room and user, so
        // it cannot be turned back into the JID.
        const auto id = QMessageAuthenticationCode::hash((room.jid() + QChar(0) + bareJid).toUtf8(),
                                                         room.host().occupantIdKey(), QCryptographicHash::Sha256);
        return id.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }
};

} // namespace

std::unique_ptr<RoomFeature> makeOccupantIds()
{
    return std::make_unique<OccupantIds>();
}

} // namespace qmuc
