#include "WireText.h"

#include <QDir>
#include <QDomElement>
#include <QLocale>
#include <QTranslator>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace qmuc::wire {

struct Catalogue {
    QString language; // as named in the file: qmuccore_de.qm → "de"
    QLocale locale;
    std::unique_ptr<QTranslator> translator;
};

namespace {

// Where qt_add_translations embeds the core's catalogues (core/CMakeLists.txt), one file per
// language: qmuccore_de.qm, qmuccore_fr.qm.
const QString CatalogueDir = u":/qmuc/i18n"_s;
const QString CataloguePrefix = u"qmuccore_"_s;
const QString CatalogueSuffix = u".qm"_s;

// Loaded once, on first use, and read-only from then on.
const std::map<QString, Catalogue> &catalogues()
{
    static const auto all = [] {
        std::map<QString, Catalogue> loaded;
        const auto files = QDir(CatalogueDir).entryList({CataloguePrefix + u'*' + CatalogueSuffix}, QDir::Files);
        for (const auto &file : files) {
            auto language = file.sliced(CataloguePrefix.size()).chopped(CatalogueSuffix.size()).toLower();
            language.replace(u'_', u'-');
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(file, CatalogueDir))
                loaded.emplace(language, Catalogue{language, QLocale(language), std::move(translator)});
        }
        return loaded;
    }();
    return all;
}

// The catalogue for a language tag (RFC 5646) by RFC 4647 §3.4 lookup: the whole tag, then
// without its last subtag, and so on ("de-CH-1996" → "de-ch" → "de"); none means English.
const Catalogue *catalogueFor(const QString &tag)
{
    auto range = tag.trimmed().toLower().replace(u'_', u'-');
    const auto &all = catalogues();
    while (!range.isEmpty()) {
        const auto it = all.find(range);
        if (it != all.end())
            return &it->second;
        const auto dash = range.lastIndexOf(u'-');
        range.truncate(dash < 0 ? 0 : dash);
    }
    return nullptr;
}

// One event loop routes stanzas; thread_local keeps another thread's texts out of its scope.
thread_local const Catalogue *t_current = nullptr;

// What QCoreApplication::translate does to %n (plain) and %Ln (in the text's own locale).
void replacePercentN(QString &text, int n, const QLocale &locale)
{
    if (n < 0)
        return;
    for (qsizetype at = text.indexOf(u'%'); at >= 0 && at + 1 < text.size(); at = text.indexOf(u'%', at + 1)) {
        const bool localized = text.at(at + 1) == u'L';
        const qsizetype letter = at + (localized ? 2 : 1);
        if (letter >= text.size() || text.at(letter) != u'n')
            continue;
        const auto number = localized ? locale.toString(n) : QString::number(n);
        text.replace(at, letter + 1 - at, number);
        at += number.size() - 1;
    }
}

} // namespace

QString languageOf(const QDomElement &stanza)
{
    // The 'xml' prefix is bound to this namespace by definition (Namespaces in XML 1.0 §3).
    static const auto xmlNamespace = u"http://www.w3.org/XML/1998/namespace"_s;
    return stanza.attributeNS(xmlNamespace, u"lang"_s);
}

QString language()
{
    return t_current ? t_current->language : u"en"_s;
}

LanguageScope::LanguageScope(const QString &language)
    : m_previous(t_current)
{
    t_current = catalogueFor(language);
}

LanguageScope::~LanguageScope()
{
    t_current = m_previous;
}

QString translate(const char *context, const char *text, const char *disambiguation, int n)
{
    QString result;
    if (t_current)
        result = t_current->translator->translate(context, text, disambiguation, n);
    if (result.isEmpty())
        result = QString::fromUtf8(text);
    replacePercentN(result, n, t_current ? t_current->locale : QLocale::c());
    return result;
}

} // namespace qmuc::wire
