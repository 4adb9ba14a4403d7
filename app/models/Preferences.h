#pragma once

#include <QDBusVariant>
#include <QObject>
#include <QPalette>
#include <QSettings>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

#include "QmlSingleton.h"

class QTranslator;

/**
 * The user's settings (QSettings, ~/.config/lanyard.org/lanyard.conf) and what follows from them at
 * once: the light or dark palette, the language of the interface. The sync reads the same key
 * (sync/intervalMinutes); reminders have their own (ReminderService, QML: Reminders). Exposed to
 * QML as the `Preferences` singleton.
 */
class Preferences : public QObject, public QmlSingleton<Preferences>
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** "system" (follow the desktop), "light" or "dark". */
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    /** Whether the window is dark now (the theme, or the desktop's preference). */
    Q_PROPERTY(bool dark READ dark NOTIFY themeChanged)
    /**
     * The palette in use: {active: {window, windowText, ...}, disabled: {...}} by colour role name:
     * Qt Quick Controls do not follow QGuiApplication::setPalette() in Qt 6.4, so the window binds
     * its palette to these.
     */
    Q_PROPERTY(QVariantMap colors READ colors NOTIFY themeChanged)
    /** Whether the desktop asks for dark applications (the XDG portal, else its palette). */
    Q_PROPERTY(bool systemPrefersDark READ systemPrefersDark NOTIFY themeChanged)
    /** "system" (the desktop's locale) or a language code with a translation ("en", "de"). */
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /** The language the interface speaks now ("en", "de"). */
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    /** [{code, name}] for the language choice, "system" first. */
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    /** Times in the conference's zone only (false), or also in the user's own zone (true). */
    Q_PROPERTY(bool showUserZone READ showUserZone WRITE setShowUserZone NOTIFY showUserZoneChanged)
    /** Minutes between feed syncs; 0 means only when asked. */
    Q_PROPERTY(int syncIntervalMinutes READ syncIntervalMinutes WRITE setSyncIntervalMinutes NOTIFY syncIntervalChanged)
    /** Names of first-run hints the user has dismissed. */
    Q_PROPERTY(QStringList dismissedHints READ dismissedHints NOTIFY dismissedHintsChanged)
public:
    /** The QSettings keys, shared with the parts that act on them. */
    static constexpr auto kTheme = "appearance/theme";
    static constexpr auto kLanguage = "appearance/language";
    static constexpr auto kShowUserZone = "time/showUserZone";
    static constexpr auto kSyncIntervalMinutes = "sync/intervalMinutes";
    static constexpr auto kDismissedHints = "hints/dismissed";

    // Issue 4: every 30 minutes while a conference runs.
    static constexpr int kDefaultSyncIntervalMinutes = 30;

    // No default argument on purpose: Qt 6.4 constructs a default-constructible QML_SINGLETON
    // itself instead of calling create(), and QML would not share main()'s instance.
    explicit Preferences(QObject *parent);
    ~Preferences() override;

    /** For QML when the app made none: the settings file as it is. */
    static Preferences *standIn();

    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    bool dark() const;
    bool systemPrefersDark() const;
    QVariantMap colors() const;
    /** The palette for the current theme. */
    QPalette palette() const;

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString effectiveLanguage() const { return m_effectiveLanguage; }
    QVariantList languages() const;

    bool showUserZone() const { return m_showUserZone; }
    void setShowUserZone(bool show);
    int syncIntervalMinutes() const { return m_syncIntervalMinutes; }
    void setSyncIntervalMinutes(int minutes);

    QStringList dismissedHints() const { return m_dismissedHints; }
    Q_INVOKABLE bool isHintDismissed(const QString &name) const { return m_dismissedHints.contains(name); }
    Q_INVOKABLE void dismissHint(const QString &name);
    /** Shows every first-run hint again. */
    Q_INVOKABLE void resetHints();

    /** Applies theme and language to the running application (called once the app object exists). */
    void apply();
    /** The palettes used for the light and dark themes. */
    static QPalette darkPalette();
    static QPalette lightPalette();
    /** Translation codes built into the binary ("de", ...), besides English. */
    static QStringList translations();

Q_SIGNALS:
    void themeChanged();
    /** The interface language changed: QML must re-evaluate its qsTr() (QQmlEngine::retranslate). */
    void languageChanged();
    void showUserZoneChanged();
    void syncIntervalChanged();
    void dismissedHintsChanged();

private Q_SLOTS:
    void portalSettingChanged(const QString &group, const QString &name, const QDBusVariant &value);

private:
    void applyTheme();
    void applyLanguage();
    void readPortal();

    QSettings m_settings;
    QString m_theme;
    QString m_language;
    QString m_effectiveLanguage = QStringLiteral("en");
    bool m_showUserZone = true;
    int m_syncIntervalMinutes = kDefaultSyncIntervalMinutes;
    QStringList m_dismissedHints;
    /** The portal's color-scheme: 0 no preference, 1 dark, 2 light; -1 unknown (no portal). */
    int m_portalScheme = -1;
    QPalette m_systemPalette;
    bool m_applied = false;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};
