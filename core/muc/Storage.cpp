#include "Storage.h"

#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace qmuc {

QString newStanzaId()
{
    // A UUID version 7 (RFC 9562): the millisecond first, then 74 random bits. Unguessable, and
    // new ids sort after old ones, so the archive's id index grows at its end.
    std::array<quint32, 4> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    auto bytes = QByteArray(reinterpret_cast<const char *>(words.data()), 16);
    const auto ms = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(ms >> (40 - 8 * i));
    bytes[6] = char(0x70 | (bytes[6] & 0x0f));
    bytes[8] = char(0x80 | (bytes[8] & 0x3f));
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace qmuc
