#include "SettingsDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qmuc::gui {

namespace {

const SettingSpec *specFor(const QString &key)
{
    for (const auto &spec : settingSpecs()) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

} // namespace

SettingsDialog::SettingsDialog(const QString &configPath, const Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_path(configPath)
    , m_settings(settings)
    , m_problems(new QLabel)
    , m_host(new QLineEdit(settings.host))
    , m_port(new QSpinBox)
    , m_domain(new QLineEdit(settings.domain))
    , m_secret(new QLineEdit)
    , m_secretFile(new QLineEdit(settings.secretFile))
    , m_dataDir(new QLineEdit(settings.dataDir))
    , m_logLevel(new QComboBox)
    , m_form(new QFormLayout)
{
    setWindowTitle(tr("Settings"));
    m_problems->setObjectName(u"problems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(u"color: #c62828;"_s);
    m_problems->hide();

    m_host->setObjectName(u"host"_s);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(settings.port);
    m_domain->setObjectName(u"domain"_s);
    m_domain->setPlaceholderText(tr("conference.example.org"));
    m_secret->setObjectName(u"secret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(QFileInfo::exists(settings.secretFile) ? tr("unchanged") : tr("the component secret the server expects"));
    m_secret->setToolTip(tr("Written to the secret file, readable only by you; never into the settings file."));
    m_secretFile->setObjectName(u"secretFile"_s);
    m_secretFile->setPlaceholderText(QDir::toNativeSeparators(QFileInfo(configPath).absolutePath() + u"/secret"_s));
    m_dataDir->setObjectName(u"dataDir"_s);
    m_dataDir->setPlaceholderText(tr("default"));
    m_logLevel->setObjectName(u"logLevel"_s);
    m_logLevel->addItem(tr("Debug — every stanza"), u"debug"_s);
    m_logLevel->addItem(tr("Info"), u"info"_s);
    m_logLevel->addItem(tr("Warning"), u"warning"_s);
    m_logLevel->addItem(tr("Error"), u"error"_s);
    m_logLevel->setCurrentIndex(std::max(0, m_logLevel->findData(settings.logLevel)));

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addRow(tr("Server &host:"), m_host, u"server/host"_s);
    addRow(tr("Component &port:"), m_port, u"server/port"_s);
    addRow(tr("&Domain:"), m_domain, u"component/domain"_s);
    addRow(tr("&Secret:"), m_secret, {});
    addRow(tr("Secret &file:"), withBrowseButton(m_secretFile, false), u"component/secret_file"_s);
    addRow(tr("D&ata directory:"), withBrowseButton(m_dataDir, true), u"storage/data_dir"_s);
    addRow(tr("&Log level:"), m_logLevel, u"log/level"_s);

    auto *note = new QLabel(tr("Saved to %1, which qmuc reads with --config. They take effect the next time the "
                               "service starts.")
                                .arg(QDir::toNativeSeparators(configPath)));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    if (!qEnvironmentVariableIsEmpty(SecretEnvironmentVariable))
        note->setText(note->text() + u' ' + tr("The QMUC_SECRET environment variable is set and overrides the secret file."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problems);
    layout->addLayout(m_form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

void SettingsDialog::addRow(const QString &label, QWidget *field, const QString &key)
{
    // The setting's own one-line doc, as --help and --print-config show it.
    if (const auto *spec = specFor(key))
        field->setToolTip(QCoreApplication::translate("qmuc::Settings", spec->doc));
    m_form->addRow(label, field);
}

QWidget *SettingsDialog::withBrowseButton(QLineEdit *edit, bool directory)
{
    auto *browse = new QToolButton;
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, [this, edit, directory] {
        const auto chosen = directory ? QFileDialog::getExistingDirectory(this, tr("Data directory"), edit->text())
                                      : QFileDialog::getSaveFileName(this, tr("Secret file"), edit->text(), {}, nullptr,
                                                                     QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            edit->setText(QDir::toNativeSeparators(chosen));
    });
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

void SettingsDialog::setProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

void SettingsDialog::accept()
{
    // Each value goes through the setting's own parser, as if read from the file.
    auto settings = m_settings;
    QStringList problems;
    const QList<std::pair<QString, QString>> values = {
        {u"server/host"_s, m_host->text()},
        {u"server/port"_s, QString::number(m_port->value())},
        {u"component/domain"_s, m_domain->text()},
        {u"component/secret_file"_s, QDir::fromNativeSeparators(m_secretFile->text())},
        {u"storage/data_dir"_s, QDir::fromNativeSeparators(m_dataDir->text())},
        {u"log/level"_s, m_logLevel->currentData().toString()},
    };
    for (const auto &[key, value] : values) {
        const auto error = specFor(key)->set(settings, value);
        if (!error.isEmpty())
            problems << u"%1: %2"_s.arg(key, error);
    }
    const auto secret = m_secret->text().trimmed();
    if (!secret.isEmpty() && settings.secretFile.isEmpty())
        settings.secretFile = QFileInfo(m_path).absolutePath() + u"/secret"_s;
    problems << settings.validate();
    if (!problems.isEmpty()) {
        setProblems(problems);
        return;
    }

    QString error;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if ((!secret.isEmpty() && !writeSecret(settings.secretFile, secret, &error)) || !saveSettings(m_path, settings, &error)) {
        setProblems({error});
        return;
    }
    m_settings = settings;
    QDialog::accept();
}

QString SettingsDialog::defaultConfigPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/qmuc.ini"_s;
}

Settings SettingsDialog::settingsIn(const QString &path, const Settings &fallback)
{
    if (!QFileInfo::exists(path))
        return fallback;
    Settings settings;
    loadSettings(path, settings);
    return settings;
}

bool SettingsDialog::writeSecret(const QString &path, const QString &secret, QString *error)
{
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    // An existing file is closed to others before the secret goes in; a new one is made so.
    if (file.exists() && !file.setPermissions(ownerOnly)) {
        *error = tr("cannot restrict the permissions of %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly)
        || file.write(secret.toUtf8() + '\n') < 0 || !file.flush()) {
        *error = tr("cannot write the secret file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace qmuc::gui
