#pragma once

#include <QString>

class QDomElement;

// Texts that go on the wire — stanza error texts, form titles and labels, command notes — are
// read by the person whose client sent the stanza, so they are in that stanza's language, never
// in the operator's desktop language. RFC 6120 §8.1.5: a stanza's xml:lang names the language
// its sender wants human-readable text in (the server stamps it from the client's stream when the
// client did not); §8.3.2: an error's <text/> is such text.
//
// The core's translations of these texts are embedded in qmuccore (one catalogue per language,
// translations/qmuccore_*.ts) and looked up here. They are never installed application-wide, so
// the translators qmuc-admin installs for its window cannot reach the wire, and headless qmuc
// answers a German client in German as well.
namespace qmuc::wire {

struct Catalogue;

// The language wire texts are in right now: the catalogue's language ("de", "fr") or "en".
QString language();

// The language a stanza asks for: its xml:lang attribute (in the XML namespace), empty if none.
QString languageOf(const QDomElement &stanza);

// Sets the wire language for as long as it lives: MucService holds one while it handles a stanza
// (the stanza's xml:lang) and while it runs an admin action for the window (the operator's
// language). Scopes nest; an empty or unknown language means English.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language);
    ~LanguageScope();
    Q_DISABLE_COPY_MOVE(LanguageScope)

private:
    const Catalogue *m_previous;
};

// `text` in the current wire language, from the core's own catalogues only; the English source
// text when there is no translation. %n and %Ln are replaced as QCoreApplication::translate does.
QString translate(const char *context, const char *text, const char *disambiguation = nullptr, int n = -1);

} // namespace qmuc::wire

// Use in place of Q_DECLARE_TR_FUNCTIONS in a class whose texts go on the wire: its tr() looks
// the text up in the current wire language (above), with `context` as the translation context.
// lupdate knows it through -tr-function-alias (core/CMakeLists.txt).
#define QMUC_WIRE_TR_FUNCTIONS(context) \
public: \
    static QString tr(const char *sourceText, const char *disambiguation = nullptr, int n = -1) \
    { \
        return ::qmuc::wire::translate(#context, sourceText, disambiguation, n); \
    } \
\
private:
