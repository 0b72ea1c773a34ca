#include "Nickname.h"

#include "../WireText.h"

#include <QList>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

struct Text {
    QMUC_WIRE_TR_FUNCTIONS(qmuc::Nickname)
};

constexpr qsizetype MaxBytes = 1023; // RFC 7622 §3.4, as a resourcepart of the occupant JID

icu::UnicodeString toIcu(QStringView text)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
}

QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

const icu::Normalizer2 &normalizer(bool caseFold)
{
    // ICU's own instances: built once, shared, never freed by the caller.
    UErrorCode status = U_ZERO_ERROR;
    const auto *instance = caseFold ? icu::Normalizer2::getNFKCCasefoldInstance(status)
                                    : icu::Normalizer2::getNFKCInstance(status);
    Q_ASSERT(U_SUCCESS(status) && instance);
    return *instance;
}

QString normalized(const QString &text, bool caseFold)
{
    UErrorCode status = U_ZERO_ERROR;
    const auto result = normalizer(caseFold).normalize(toIcu(text), status);
    return U_SUCCESS(status) ? fromIcu(result) : QString();
}

// RFC 8266 §2.1 "additional mapping rule": every space separator is U+0020; none at either
// end; a run of them is one.
QString mapSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (u_charType(UChar32(c)) == U_SPACE_SEPARATOR) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += u' ';
        pendingSpace = false;
        out += QStringView(QChar::fromUcs4(c));
    }
    return out;
}

bool isPlainAscii(QStringView text)
{
    // Printable ASCII without double or edge spaces: what almost every nick is, and what the
    // mapping and NFKC leave as it is.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = text[i].unicode();
        if (c < 0x20 || c > 0x7e)
            return false;
        if (c == u' ' && (i == 0 || i + 1 == text.size() || text[i - 1] == u' '))
            return false;
    }
    return !text.isEmpty();
}

// RFC 8264 §4.3 FreeformClass, §9: what a prepared nick may not contain.
bool isDisallowed(UChar32 c)
{
    switch (u_charType(c)) {
    case U_CONTROL_CHAR:       // Controls (§9.7)
    case U_FORMAT_CHAR:        // bidi embeddings, overrides and isolates, ZWSP, ZWJ, BOM: not valid
    case U_UNASSIGNED:         // Unassigned (§9.10), noncharacters
    case U_PRIVATE_USE_CHAR:   // not in any valid category
    case U_SURROGATE:
    case U_LINE_SEPARATOR:     // only Zs are Spaces (§9.14)
    case U_PARAGRAPH_SEPARATOR:
        return true;
    default:
        break;
    }
    if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) // PrecisIgnorableProperties (§9.13)
        return true;
    switch (u_getIntPropertyValue(c, UCHAR_HANGUL_SYLLABLE_TYPE)) { // OldHangulJamo (§9.9)
    case U_HST_LEADING_JAMO:
    case U_HST_VOWEL_JAMO:
    case U_HST_TRAILING_JAMO:
        return true;
    default:
        return false;
    }
}

QString codePointName(char32_t c)
{
    return u"U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

} // namespace

std::optional<QString> prepareNickname(const QString &nick, QString *why)
{
    QString prepared;
    if (isPlainAscii(nick)) {
        prepared = nick;
    } else {
        for (auto it = nick.cbegin(); it != nick.cend(); ++it) {
            const bool pair = it->isHighSurrogate() && it + 1 != nick.cend() && (it + 1)->isLowSurrogate();
            if (pair) {
                ++it;
            } else if (it->isSurrogate()) {
                *why = Text::tr("The nickname is not valid Unicode.");
                return std::nullopt;
            }
        }
        // Width mapping is part of NFKC; the space rule runs again after it, as NFKC turns
        // some characters into spaces (U+00A0 and friends).
        prepared = mapSpaces(normalized(mapSpaces(nick), false));
    }
    if (prepared.isEmpty()) {
        *why = Text::tr("The nickname is empty.");
        return std::nullopt;
    }
    if (prepared.toUtf8().size() > MaxBytes) {
        *why = Text::tr("The nickname is longer than %1 bytes.").arg(MaxBytes);
        return std::nullopt;
    }
    for (const char32_t c : QStringView(prepared).toUcs4()) {
        if (isDisallowed(UChar32(c))) {
            *why = Text::tr("The nickname contains a character that is not allowed (%1).").arg(codePointName(c));
            return std::nullopt;
        }
    }
    return prepared;
}

QString nicknameKey(const QString &nick)
{
    QString why;
    const auto prepared = prepareNickname(nick, &why);
    if (!prepared)
        return QChar(u'\0') + nick; // a NUL is in no prepared nick, so this matches none
    if (isPlainAscii(*prepared))
        return prepared->toLower();
    return normalized(*prepared, true);
}

bool sameNickname(const QString &a, const QString &b)
{
    return a == b || nicknameKey(a) == nicknameKey(b);
}

QString nicknameSkeleton(const QString &nick)
{
    struct Closer {
        void operator()(USpoofChecker *checker) const { uspoof_close(checker); }
    };
    // One checker per thread: a checker is not to be shared between threads while in use.
    thread_local const std::unique_ptr<USpoofChecker, Closer> checker([] {
        UErrorCode status = U_ZERO_ERROR;
        return uspoof_open(&status);
    }());
    QString why;
    const auto prepared = prepareNickname(nick, &why).value_or(nick);
    if (!checker)
        return nicknameKey(prepared);
    // The skeleton of the nick as typed ("paypaI" has an I that looks like an l), case-folded
    // afterwards, since nicks that differ in case are one nick (RFC 8266 §2.3).
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString skeleton;
    uspoof_getSkeletonUnicodeString(checker.get(), 0, toIcu(prepared), skeleton, &status);
    return U_SUCCESS(status) ? normalized(fromIcu(skeleton), true) : nicknameKey(prepared);
}

} // namespace qmuc
