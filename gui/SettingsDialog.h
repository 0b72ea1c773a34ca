#pragma once

#include "Settings.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qmuc::gui {

// Edits the connection settings in the INI file qmuc reads (core's saveSettings). A secret typed
// here goes to the secret file, readable by its owner only, never into the INI file.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QString &configPath, const Settings &settings, QWidget *parent = nullptr);

    // Problems with the configuration as it is, shown above the form.
    void setProblems(const QStringList &problems);
    // After accept(): the settings as saved.
    const Settings &settings() const { return m_settings; }
    QString configPath() const { return m_path; }

    // Checks the fields, writes the secret file and the INI file; stays open on any problem.
    void accept() override;

    // Where qmuc-admin keeps its settings when not told otherwise.
    static QString defaultConfigPath();
    // The settings in the INI file at `path`, or `fallback` when there is none.
    static Settings settingsIn(const QString &path, const Settings &fallback);
    // Writes `secret` to `path`, readable and writable by its owner only (0600).
    static bool writeSecret(const QString &path, const QString &secret, QString *error);

private:
    QWidget *withBrowseButton(QLineEdit *edit, bool directory);
    void addRow(const QString &label, QWidget *field, const QString &key);

    QString m_path;
    Settings m_settings;
    QLabel *m_problems;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_domain;
    QLineEdit *m_secret;
    QLineEdit *m_secretFile;
    QLineEdit *m_dataDir;
    QComboBox *m_logLevel;
    QFormLayout *m_form;
};

} // namespace qmuc::gui
