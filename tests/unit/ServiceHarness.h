#pragma once

// Feeds stanzas to a real MucService, as the transport delivers them, and compares the stanzas
// out with XEP-0045's examples (coven@chat.shakespeare.lit and its witches).
#include "MucService.h"
#include "StanzaMatcher.h"

#include <QTest>
#include <QTextStream>

// Linked with the test support library, a test may run on PostgreSQL (QMUC_TEST_STORAGE=postgres).
#if __has_include(<PostgresServer.h>)
#include <PostgresServer.h>
#define QMUC_HARNESS_POSTGRES 1
#endif

namespace qmuc::test {

inline const QString Coven = u"coven@chat.shakespeare.lit"_s;
inline const QString Crone = u"crone1@shakespeare.lit/desktop"_s;       // the owner, firstwitch
inline const QString Wiccarocks = u"wiccarocks@shakespeare.lit/laptop"_s; // secondwitch
inline const QString Hag = u"hag66@shakespeare.lit/pda"_s;               // thirdwitch
inline const QString Join = u"<x xmlns='http://jabber.org/protocol/muc'/>"_s;

class ServiceHarness : public QObject
{
protected:
    void setUpService(const QStringList &admins = {}, const QString &dataDir = {})
    {
        m_service = std::make_unique<MucService>();
        Settings settings = settingsFor(dataDir);
        settings.admins = admins;
        m_service->configure(settings, u"secret"_s);
        m_service->setSink([this](const QByteArray &xml) { m_out += xml; return true; });
        if (settings.storageDriver == u"postgres" && dataDir.isEmpty()) {
            // Opened now: a cluster that failed must fail the test, not fall back to memory.
            // (With a data directory, the test opens it itself, as qmuc does on start.)
            QString error;
            if (!m_service->openStorage(&error))
                QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        }
    }

    // The service's settings for rooms and archive in dataDir: a SQLite file there (in memory
    // when empty), or on PostgreSQL a database of their own (a fresh one when dataDir is empty).
    static Settings settingsFor(const QString &dataDir)
    {
        Settings settings;
        settings.domain = u"chat.shakespeare.lit"_s;
        settings.dataDir = dataDir;
#ifdef QMUC_HARNESS_POSTGRES
        if (testsPostgres()) {
            static QHash<QString, QString> databases;
            settings.storageDriver = u"postgres"_s;
            auto *cluster = sharedPostgres();
            const auto it = databases.constFind(dataDir);
            if (it != databases.cend()) {
                settings.postgres = *it;
            } else if (cluster) {
                settings.postgres = cluster->createDatabase(QString::fromLatin1(QTest::currentTestFunction()));
                if (!dataDir.isEmpty())
                    databases.insert(dataDir, settings.postgres);
            } else {
                settings.postgres = u"host=/nonexistent"_s; // fails to open, naming it
            }
        }
#endif
        return settings;
    }

    // A fresh service keeping its rooms and archive in dataDir, opened as qmuc opens it on start.
    bool setUpServiceWithData(const QString &dataDir, QString *error)
    {
        setUpService({}, dataDir);
        return m_service->openStorage(error);
    }

    // Feeds the stanzas in `xml`; returns what the service sent back, in order.
    QList<QDomElement> feed(const QString &xml)
    {
        m_out.clear();
        for (const auto &stanza : parseStanzas(xml))
            m_service->handleStanza(stanza);
        return parseStanzas(QString::fromUtf8(m_out));
    }

    void joinAs(const QString &fullJid, const QString &nick, const QString &extra = {})
    {
        feed(u"<presence from='%1' to='%2/%3'><x xmlns='http://jabber.org/protocol/muc'>%4</x></presence>"_s.arg(fullJid, Coven, nick, extra));
    }

    // The crone creates the room and unlocks it as an instant room.
    void createInstantRoom()
    {
        joinAs(Crone, u"firstwitch"_s);
        feed(u"<iq from='%1' id='create1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
             "<x xmlns='jabber:x:data' type='submit'/></query></iq>"_s.arg(Crone, Coven));
    }

    // The features the room's disco#info lists (XEP-0030), as the hag asks.
    QStringList roomFeatures()
    {
        const auto out = feed(u"<iq from='%1' id='d1' to='%2' type='get'><query xmlns='http://jabber.org/protocol/disco#info'/></iq>"_s.arg(Hag, Coven));
        QStringList features;
        for (auto f = out.value(0).firstChildElement(u"query"_s).firstChildElement(u"feature"_s); !f.isNull(); f = f.nextSiblingElement(u"feature"_s))
            features << f.attribute(u"var"_s);
        return features;
    }

    static QString errorOf(const QDomElement &stanza)
    {
        return stanza.firstChildElement(u"error"_s).firstChildElement().localName();
    }

    static void compare(const QList<QDomElement> &got, const QString &expectedXml, const char *file, int line)
    {
        const auto expected = parseStanzas(expectedXml);
        QString dump;
        for (const auto &e : got) {
            QTextStream stream(&dump);
            stream << "\n  ";
            e.save(stream, -1);
        }
        if (got.size() != expected.size()) {
            QTest::qFail(qPrintable(u"expected %1 stanzas, got %2:%3"_s.arg(expected.size()).arg(got.size()).arg(dump)), file, line);
            return;
        }
        for (qsizetype i = 0; i < got.size(); ++i) {
            QString why;
            if (!matches(got[i], expected[i], &why)) {
                QTest::qFail(qPrintable(u"stanza %1: %2\ngot:%3"_s.arg(i + 1).arg(why, dump)), file, line);
                return;
            }
        }
    }

    std::unique_ptr<MucService> m_service;
    QByteArray m_out;
};

} // namespace qmuc::test

#define COMPARE_STANZAS(got, expected) \
    compare(got, expected, __FILE__, __LINE__); \
    if (QTest::currentTestFailed()) \
        return
