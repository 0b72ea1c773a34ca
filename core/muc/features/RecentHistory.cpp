// The recent messages a room replays to people who join (XEP-0045 §7.2.14), with the limits the
// joiner asks for (<history/>). A room with an archive takes them from it after a restart; one
// without keeps them in its saved record.
#include "../History.h"
#include "../Room.h"

#include "../../Namespaces.h"
#include "../../Xml.h"

#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

class RecentHistory final : public RoomFeature
{
public:
    QList<ConfigField> configFields() const override
    {
        ConfigField f = ConfigField::number(u"muc#maxhistoryfetch"_s, QT_TRANSLATE_NOOP("qmuc::Room", "Messages shown to people who join"),
                                            u"historylength"_s, &RoomConfig::historyLength, 0, 1000);
        f.aliases = QStringList{u"muc#roomconfig_historylength"_s};
        return {f};
    }
    void discover(const Room &room, QStringList &, QList<QXmppDataForm::Field> &info) const override
    {
        info << QXmppDataForm::Field(QXmppDataForm::Field::TextSingleField, u"muc#maxhistoryfetch"_s,
                                     QString::number(room.config().historyLength));
    }
    void created(Room &room) override { capacity(room); }
    void configured(Room &room, const RoomConfig &, QList<int> &) override { capacity(room); }
    void relayed(Room &, const OutgoingMessage &m) override
    {
        if (!m.isSubject && m.archivable)
            m_history.append({QDateTime::currentDateTimeUtc(), m.nick, m.senderJid, m.id, m.stanzaId, m.payload});
    }
    // XEP-0425 §6: people who join see the tombstone, not the retracted message.
    void retracted(Room &, const QString &stanzaId, const QByteArray &tombstone) override
    {
        m_history.replacePayload(stanzaId, tombstone);
    }
    void joined(Room &room, const Stanza &join, Occupant &) override
    {
        History::Request request;
        const auto history = join.child(u"x"_s, ns::muc).firstChildElement(u"history"_s);
        const auto number = [&](const QString &name) -> std::optional<int> {
            bool ok = false;
            const int value = history.attribute(name).toInt(&ok);
            return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
        };
        if (!history.isNull()) {
            request.maxChars = number(u"maxchars"_s);
            request.maxStanzas = number(u"maxstanzas"_s);
            request.seconds = number(u"seconds"_s);
            if (history.hasAttribute(u"since"_s)) {
                const auto since = QXmppUtils::datetimeFromString(history.attribute(u"since"_s));
                if (since.isValid())
                    request.since = since;
            }
        }
        const auto to = xml::escaped(join.fromFull);
        const QByteArray head = "<message from='" + room.escapedJid() + '/';
        QByteArray out;
        for (const auto *entry : m_history.select(request, QDateTime::currentDateTimeUtc(), 160)) {
            out += head + xml::escaped(entry->nick) + "' to='" + to + "' type='groupchat'";
            if (!entry->id.isEmpty())
                out += " id='" + xml::escaped(entry->id) + '\'';
            OutgoingMessage again;
            again.stanzaId = entry->stanzaId;
            again.senderJid = entry->senderJid;
            out += '>' + entry->payload + room.stampsFor(again) + room.senderMarks(entry->senderJid);
            // XEP-0203, stamped by the room (§7.2.14).
            out += "<delay xmlns='urn:xmpp:delay' from='" + room.escapedJid() + "' stamp='"
                + QXmppUtils::datetimeToString(entry->stamp).toLatin1() + "'/></message>";
        }
        room.send(out);
    }
    void save(const Room &room, RoomRecord &record) const override
    {
        // A logged room's history comes back from its archive.
        if (!room.config().logging)
            record.history = QList<History::Entry>(m_history.entries().cbegin(), m_history.entries().cend());
    }
    void restore(Room &room, const RoomRecord &record) override
    {
        capacity(room);
        if (!room.config().logging) {
            for (const auto &entry : record.history)
                m_history.append(entry);
            return;
        }
        if (room.config().historyLength == 0)
            return;
        // The archive holds subject changes too, which the history does not (the subject is sent
        // on its own), so page back until there are as many messages as before the restart.
        ArchiveQuery recent;
        recent.room = room.jid();
        recent.max = room.config().historyLength;
        recent.pageBefore = QString();
        QList<ArchivedMessage> newestFirst;
        while (newestFirst.size() < room.config().historyLength) {
            const auto page = room.host().archive().query(recent);
            for (auto m = page.messages.crbegin(); m != page.messages.crend(); ++m) {
                if (!m->payload.startsWith("<subject"))
                    newestFirst << *m;
            }
            if (page.complete || page.messages.isEmpty())
                break;
            recent.pageBefore = page.messages.first().stanzaId;
        }
        for (auto m = newestFirst.crbegin(); m != newestFirst.crend(); ++m)
            m_history.append({m->stamp, m->nick, m->senderJid, m->messageId, m->stanzaId, m->payload});
    }

private:
    // The room's number of messages, and the service's [limits] on their bytes whatever the number.
    void capacity(const Room &room) { m_history.setCapacity(room.config().historyLength, room.host().limits().historyBytes); }

    History m_history;
};

} // namespace

std::unique_ptr<RoomFeature> makeRecentHistory()
{
    return std::make_unique<RecentHistory>();
}

} // namespace qmuc
