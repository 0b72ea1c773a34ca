// The room's avatar (XEP-0486): owners set a vCard-temp (XEP-0054) on the room JID, anyone
// reads it; disco#info says the room serves vCards and gives the avatar's hash, and occupants are
// told of a change as of any configuration change (status 104).
#include "../Room.h"

#include "../../Namespaces.h"
#include "../../Xml.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

const QString StorageKey = u"avatar"_s;

// One PHOTO of a vCard: its image, as the BINVAL's base64 decodes, and its TYPE.
struct Photo {
    QByteArray image;
    QString type;
};

QList<Photo> photos(const QDomElement &vCard)
{
    QList<Photo> images;
    for (auto photo = vCard.firstChildElement(u"PHOTO"_s); !photo.isNull(); photo = photo.nextSiblingElement(u"PHOTO"_s)) {
        const auto binval = photo.firstChildElement(u"BINVAL"_s).text().toLatin1();
        // XEP-0153 §3.1: the base64 may be wrapped over lines.
        images << Photo{QByteArray::fromBase64(QByteArray(binval).replace('\n', "").replace('\r', "").replace(' ', "")),
                        photo.firstChildElement(u"TYPE"_s).text().trimmed()};
    }
    return images;
}

class RoomAvatar final : public RoomFeature
{
public:
    void discover(const Room &, QStringList &features, QList<QXmppDataForm::Field> &info) const override
    {
        // XEP-0486 §3.1, §3.3 (Example 7): the hash of each stored image, and no field without one (§4).
        features << ns::vcard;
        if (!m_hashes.isEmpty())
            info << QXmppDataForm::Field(QXmppDataForm::Field::TextMultiField, u"muc#roominfo_avatarhash"_s, m_hashes);
    }
    void describe(const Room &, RoomInfo &info) const override
    {
        info.avatar = m_shown.image;
        info.avatarType = m_shown.type;
    }

    bool handleIq(Room &room, const Stanza &stanza, const QDomElement &payload) override
    {
        if (payload.localName() != u"vCard" || payload.namespaceURI() != ns::vcard)
            return false;
        if (stanza.type == u"get")
            answer(room, stanza);
        else
            set(room, stanza, payload);
        return true;
    }

    void save(const Room &, RoomRecord &record) const override
    {
        if (!m_vCard.isEmpty())
            record.featureData.insert(StorageKey, m_vCard);
    }
    void restore(Room &, const RoomRecord &record) override
    {
        QDomDocument document;
        if (document.setContent(record.featureData.value(StorageKey), QDomDocument::ParseOption::UseNamespaceProcessing))
            take(document.documentElement());
    }

private:
    // XEP-0486 §3.4 (Example 9): the room's vCard, to anyone who asks; an empty one when none was
    // set (XEP-0054 §3.1 allows that or item-not-found).
    void answer(Room &room, const Stanza &stanza) const
    {
        const auto head = "<iq type='result' from='" + room.escapedJid() + "' to='" + xml::escaped(stanza.fromFull) + "' id='"
            + xml::escaped(stanza.id) + "'>";
        room.send(head + (m_vCard.isEmpty() ? QByteArray("<vCard xmlns='vcard-temp'/>") : m_vCard) + "</iq>");
    }

    void set(Room &room, const Stanza &stanza, const QDomElement &vCard)
    {
        // XEP-0486 §3.2 (Example 5) and §6: owners only.
        if (room.actorFor(stanza.fromFull).affiliation != Affiliation::Owner) {
            room.sendError(stanza, StanzaError::Auth, StanzaError::Forbidden, Room::tr("Only owners may set the room's avatar."));
            return;
        }
        qsizetype bytes = 0;
        for (const auto &photo : photos(vCard))
            bytes += photo.image.size();
        if (bytes > room.host().maxAvatarBytes()) {
            room.sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable,
                           Room::tr("The avatar is larger than this service allows (%1 KiB).").arg(room.host().maxAvatarBytes() / 1024));
            return;
        }
        const auto before = m_hashes;
        take(vCard);
        room.sendResult(stanza);
        room.host().changed(room);
        // §3.2 (Example 6): every occupant is told, as of a configuration change; so are the views.
        if (m_hashes != before) {
            room.notifyAll("<x xmlns='http://jabber.org/protocol/muc#user'><status code='104'/></x>");
            room.host().configured(room);
        }
    }

    // Keeps a vCard (§3.2: an empty one removes the avatar) and the hashes of its images.
    void take(const QDomElement &vCard)
    {
        m_hashes.clear();
        m_vCard.clear();
        m_shown = {};
        if (vCard.firstChildElement().isNull())
            return;
        m_vCard = xml::serialize(vCard);
        // XEP-0153 §4.1 via XEP-0486 §3.3: hex SHA-1 of the image bytes.
        for (const auto &photo : photos(vCard)) {
            if (photo.image.isEmpty())
                continue;
            m_hashes << QString::fromLatin1(QCryptographicHash::hash(photo.image, QCryptographicHash::Sha1).toHex());
            if (m_shown.image.isEmpty())
                m_shown = photo;
        }
    }

    QByteArray m_vCard; // serialised, empty when none is set
    QStringList m_hashes;
    Photo m_shown; // the first image, for the views; decoded once, not on every RoomInfo
};

} // namespace

std::unique_ptr<RoomFeature> makeRoomAvatar()
{
    return std::make_unique<RoomAvatar>();
}

} // namespace qmuc
