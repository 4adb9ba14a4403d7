#include "Preferences.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDir>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcPreferences, "lanyard.preferences", QtInfoMsg)

namespace
{
const auto kPortalService = u"org.freedesktop.portal.Desktop"_s;
const auto kPortalPath = u"/org/freedesktop/portal/desktop"_s;
const auto kPortalSettings = u"org.freedesktop.portal.Settings"_s;
const auto kAppearance = u"org.freedesktop.appearance"_s;
const auto kColorScheme = u"color-scheme"_s;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

/** The portal wraps values in one or two variants depending on its version. */
QVariant unwrap(QVariant value)
{
    for (int i = 0; i < 3 && value.canConvert<QDBusVariant>(); ++i)
        value = value.value<QDBusVariant>().variant();
    if (value.canConvert<QDBusArgument>()) {
        QDBusVariant inner;
        value.value<QDBusArgument>() >> inner;
        value = inner.variant();
    }
    return value;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

int clampMinutes(int minutes, int low, int high)
{
    return std::clamp(minutes, low, high);
}
} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
{
    m_theme = m_settings.value(key(kTheme), u"system"_s).toString();
    if (m_theme != u"light"_s && m_theme != u"dark"_s)
        m_theme = u"system"_s;
    m_language = m_settings.value(key(kLanguage), u"system"_s).toString();
    if (m_language != u"system"_s && m_language != u"en"_s && !translations().contains(m_language))
        m_language = u"system"_s;
    m_showUserZone = m_settings.value(key(kShowUserZone), true).toBool();
    m_syncIntervalMinutes = clampMinutes(m_settings.value(key(kSyncIntervalMinutes), kDefaultSyncIntervalMinutes).toInt(), 0, 7 * 24 * 60);
    m_dismissedHints = m_settings.value(key(kDismissedHints)).toStringList();
}

Preferences::~Preferences()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

Preferences *Preferences::standIn()
{
    return new Preferences(nullptr);
}

QStringList Preferences::translations()
{
    QStringList codes;
    const QStringList files = QDir(u":/i18n"_s).entryList({u"lanyard_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(8, file.size() - 8 - 3)); // lanyard_XX.qm
    return codes;
}

QVariantList Preferences::languages() const
{
    QVariantList list;
    list.append(QVariantMap{{u"code"_s, u"system"_s}, {u"name"_s, tr("System language")}});
    list.append(QVariantMap{{u"code"_s, u"en"_s}, {u"name"_s, u"English"_s}});
    for (const QString &code : translations()) {
        if (code == u"en"_s)
            continue;
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        list.append(QVariantMap{{u"code"_s, code}, {u"name"_s, name.isEmpty() ? code : name}});
    }
    return list;
}

void Preferences::setTheme(const QString &theme)
{
    const QString value = (theme == u"light"_s || theme == u"dark"_s) ? theme : u"system"_s;
    if (m_theme == value)
        return;
    m_theme = value;
    m_settings.setValue(key(kTheme), m_theme);
    applyTheme();
    Q_EMIT themeChanged();
}

bool Preferences::systemPrefersDark() const
{
    if (m_portalScheme == 1)
        return true;
    if (m_portalScheme == 2)
        return false;
    return isDarkPalette(m_applied ? m_systemPalette : QGuiApplication::palette());
}

bool Preferences::dark() const
{
    if (m_theme == u"dark"_s)
        return true;
    if (m_theme == u"light"_s)
        return false;
    return systemPrefersDark();
}

void Preferences::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    if (language != u"system"_s && language != u"en"_s && !translations().contains(language))
        return;
    m_language = language;
    m_settings.setValue(key(kLanguage), m_language);
    applyLanguage();
    Q_EMIT languageChanged();
}

void Preferences::setShowUserZone(bool show)
{
    if (m_showUserZone == show)
        return;
    m_showUserZone = show;
    m_settings.setValue(key(kShowUserZone), show);
    Q_EMIT showUserZoneChanged();
}

void Preferences::setSyncIntervalMinutes(int minutes)
{
    minutes = clampMinutes(minutes, 0, 7 * 24 * 60);
    if (m_syncIntervalMinutes == minutes)
        return;
    m_syncIntervalMinutes = minutes;
    m_settings.setValue(key(kSyncIntervalMinutes), minutes);
    Q_EMIT syncIntervalChanged();
}

void Preferences::dismissHint(const QString &name)
{
    if (name.isEmpty() || m_dismissedHints.contains(name))
        return;
    m_dismissedHints.append(name);
    m_settings.setValue(key(kDismissedHints), m_dismissedHints);
    Q_EMIT dismissedHintsChanged();
}

void Preferences::resetHints()
{
    if (m_dismissedHints.isEmpty())
        return;
    m_dismissedHints.clear();
    m_settings.remove(key(kDismissedHints));
    Q_EMIT dismissedHintsChanged();
}

void Preferences::apply()
{
    if (!m_applied) {
        m_systemPalette = QGuiApplication::palette();
        m_applied = true;
        readPortal();
        qCDebug(lcPreferences) << "system palette" << m_systemPalette.color(QPalette::Window) << "dark:" << isDarkPalette(m_systemPalette)
                               << "portal:" << m_portalScheme;
    }
    applyTheme();
    applyLanguage();
}

void Preferences::readPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(kPortalService, kPortalPath, kPortalSettings, u"Read"_s);
    call << kAppearance << kColorScheme;
    const QDBusMessage reply = bus.call(call, QDBus::Block, 1000);
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
        bool ok = false;
        const int scheme = unwrap(reply.arguments().constFirst()).toInt(&ok);
        if (ok)
            m_portalScheme = scheme;
        qCDebug(lcPreferences) << "portal color-scheme" << m_portalScheme;
    }
    bus.connect(kPortalService, kPortalPath, kPortalSettings, u"SettingChanged"_s, this,
                SLOT(portalSettingChanged(QString, QString, QDBusVariant)));
}

void Preferences::portalSettingChanged(const QString &group, const QString &name, const QDBusVariant &value)
{
    if (group != kAppearance || name != kColorScheme)
        return;
    bool ok = false;
    const int scheme = unwrap(value.variant()).toInt(&ok);
    if (!ok || scheme == m_portalScheme)
        return;
    m_portalScheme = scheme;
    applyTheme();
    Q_EMIT themeChanged();
}

QPalette Preferences::palette() const
{
    const QPalette system = m_applied ? m_systemPalette : QGuiApplication::palette();
    const bool systemDark = isDarkPalette(system);
    if (dark())
        return systemDark ? system : darkPalette();
    return systemDark ? lightPalette() : system;
}

QVariantMap Preferences::colors() const
{
    const QPalette p = palette();
    static const std::pair<const char *, QPalette::ColorRole> roles[] = {
        {"window", QPalette::Window},
        {"windowText", QPalette::WindowText},
        {"base", QPalette::Base},
        {"alternateBase", QPalette::AlternateBase},
        {"text", QPalette::Text},
        {"button", QPalette::Button},
        {"buttonText", QPalette::ButtonText},
        {"brightText", QPalette::BrightText},
        {"highlight", QPalette::Highlight},
        {"highlightedText", QPalette::HighlightedText},
        {"toolTipBase", QPalette::ToolTipBase},
        {"toolTipText", QPalette::ToolTipText},
        {"light", QPalette::Light},
        {"midlight", QPalette::Midlight},
        {"mid", QPalette::Mid},
        {"dark", QPalette::Dark},
        {"shadow", QPalette::Shadow},
        {"link", QPalette::Link},
        {"linkVisited", QPalette::LinkVisited},
        {"placeholderText", QPalette::PlaceholderText},
    };
    QVariantMap active;
    QVariantMap disabled;
    for (const auto &[name, role] : roles) {
        active.insert(QString::fromLatin1(name), p.color(QPalette::Active, role));
        disabled.insert(QString::fromLatin1(name), p.color(QPalette::Disabled, role));
    }
    return {{u"active"_s, active}, {u"disabled"_s, disabled}};
}

// Not const, though it changes no member: it sets the whole application's palette.
// NOLINTNEXTLINE(readability-make-member-function-const)
void Preferences::applyTheme()
{
    if (m_applied)
        QGuiApplication::setPalette(palette());
}

void Preferences::applyLanguage()
{
    if (!m_applied)
        return;
    QLocale locale = m_language == u"system"_s ? QLocale::system() : QLocale(m_language);
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }
    // The language asked for where there is a translation, else English (whose catalogue only
    // holds the plural forms: "1 event", "2 events").
    auto translator = std::make_unique<QTranslator>();
    bool loaded = translator->load(locale, u"lanyard"_s, u"_"_s, u":/i18n"_s);
    if (!loaded)
        loaded = translator->load(u"lanyard_en"_s, u":/i18n"_s);
    m_effectiveLanguage = loaded ? translator->language().section(u'_', 0, 0) : u"en"_s;
    if (m_effectiveLanguage.isEmpty())
        m_effectiveLanguage = u"en"_s;
    if (loaded) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    }
    // Qt's own strings (standard buttons, context menus), where the system has them.
    if (m_effectiveLanguage != u"en"_s) {
        auto qtTranslator = std::make_unique<QTranslator>();
        if (qtTranslator->load(locale, u"qt"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtTranslator.get());
            m_qtTranslator = std::move(qtTranslator);
        }
    }
    // Dates and day names follow the language the interface speaks, in the user's region.
    if (m_effectiveLanguage == u"en"_s && locale.language() != QLocale::English)
        locale = QLocale(QLocale::English, QLocale::system().territory());
    QLocale::setDefault(locale);
    qCDebug(lcPreferences) << "language" << m_language << "->" << m_effectiveLanguage << locale.name();
}

QPalette Preferences::darkPalette()
{
    QPalette p;
    const QColor window(0x23, 0x26, 0x2b);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabledText(0x7d, 0x83, 0x8c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1a, 0x1c, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2e, 0x34));
    p.setColor(QPalette::ToolTipBase, QColor(0x32, 0x36, 0x3d));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2e, 0x32, 0x38));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x4a, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x38, 0x3d, 0x44));
    p.setColor(QPalette::Mid, QColor(0x52, 0x58, 0x61));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x00, 0x00, 0x00));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xd6));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9c, 0xe8));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x50, 0x58));
    return p;
}

QPalette Preferences::lightPalette()
{
    QPalette p;
    const QColor window(0xef, 0xf0, 0xf1);
    const QColor text(0x1d, 0x20, 0x24);
    const QColor disabledText(0x8a, 0x8f, 0x96);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf7));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabledText);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Light, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Midlight, QColor(0xf6, 0xf7, 0xf8));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbd, 0xc3));
    p.setColor(QPalette::Dark, QColor(0x9a, 0x9f, 0xa6));
    p.setColor(QPalette::Shadow, QColor(0x47, 0x4a, 0x4f));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x1d, 0x63, 0xb8));
    p.setColor(QPalette::LinkVisited, QColor(0x7b, 0x4d, 0xa8));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}
