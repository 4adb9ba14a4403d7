#include "models/Preferences.h"
#include "models/TimeFormat.h"

#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** The settings the settings page changes: defaults, limits, what is saved, theme and language. */
class TestPreferences : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static QVariant saved(const char *key)
    {
        QSettings settings;
        return settings.value(QString::fromLatin1(key));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QCoreApplication::setOrganizationDomain(u"lanyard.org"_s);
        QCoreApplication::setApplicationName(u"lanyard"_s);
    }

    void init() { QSettings().clear(); }

    void defaults()
    {
        Preferences preferences(nullptr);
        QCOMPARE(preferences.theme(), u"system"_s);
        QCOMPARE(preferences.language(), u"system"_s);
        QVERIFY(preferences.showUserZone());
        QCOMPARE(preferences.syncIntervalMinutes(), 30);
        QVERIFY(preferences.dismissedHints().isEmpty());
    }

    void savedUnderTheSharedKeys()
    {
        {
            Preferences preferences(nullptr);
            QSignalSpy sync(&preferences, &Preferences::syncIntervalChanged);
            preferences.setSyncIntervalMinutes(0);
            preferences.setShowUserZone(false);
            preferences.setTheme(u"dark"_s);
            preferences.dismissHint(u"event"_s);
            QCOMPARE(sync.size(), 1);
            preferences.setSyncIntervalMinutes(0);
            QCOMPARE(sync.size(), 1); // no change, no signal
        }
        QCOMPARE(saved("sync/intervalMinutes").toInt(), 0);
        QCOMPARE(saved("time/showUserZone").toBool(), false);
        QCOMPARE(saved("appearance/theme").toString(), u"dark"_s);
        QCOMPARE(saved("hints/dismissed").toStringList(), QStringList{u"event"_s});

        // A new start reads them back.
        Preferences again(nullptr);
        QCOMPARE(again.syncIntervalMinutes(), 0);
        QVERIFY(!again.showUserZone());
        QCOMPARE(again.theme(), u"dark"_s);
        QVERIFY(again.isHintDismissed(u"event"_s));
        again.resetHints();
        QVERIFY(!saved("hints/dismissed").isValid());
    }

    void limitsAndNonsense()
    {
        QSettings settings;
        settings.setValue(u"appearance/theme"_s, u"purple"_s);
        settings.setValue(u"appearance/language"_s, u"xx"_s);
        settings.setValue(u"sync/intervalMinutes"_s, 1000000);
        settings.sync();
        Preferences preferences(nullptr);
        QCOMPARE(preferences.theme(), u"system"_s);
        QCOMPARE(preferences.language(), u"system"_s);
        QCOMPARE(preferences.syncIntervalMinutes(), 7 * 24 * 60);
        preferences.setLanguage(u"xx"_s);
        QCOMPARE(preferences.language(), u"system"_s); // no translation, not taken
    }

    void darkAndLightPalettes()
    {
        Preferences preferences(nullptr);
        preferences.apply();
        QSignalSpy changed(&preferences, &Preferences::themeChanged);
        preferences.setTheme(u"dark"_s);
        QCOMPARE(changed.size(), 1);
        QVERIFY(preferences.dark());
        QVERIFY(QGuiApplication::palette().color(QPalette::Window).lightness() < 80);
        const QVariantMap colors = preferences.colors();
        QVERIFY(colors.value(u"active"_s).toMap().value(u"window"_s).value<QColor>().lightness() < 80);
        QVERIFY(colors.value(u"active"_s).toMap().value(u"windowText"_s).value<QColor>().lightness() > 180);
        preferences.setTheme(u"light"_s);
        QVERIFY(!preferences.dark());
        QVERIFY(QGuiApplication::palette().color(QPalette::Window).lightness() > 180);
        // The offscreen platform's palette is light and there is no portal here.
        preferences.setTheme(u"system"_s);
        QVERIFY(!preferences.systemPrefersDark());
        QVERIFY(!preferences.dark());
    }

    void languages()
    {
        Preferences preferences(nullptr);
        preferences.apply();
        QVERIFY(Preferences::translations().contains(u"de"_s));
        const QVariantList choices = preferences.languages();
        QCOMPARE(choices.first().toMap().value(u"code"_s).toString(), u"system"_s);
        QVERIFY(std::any_of(choices.cbegin(), choices.cend(),
                            [](const QVariant &c) { return c.toMap().value(u"name"_s).toString() == u"Deutsch"_s; }));

        // The tests run with LANG=C: the system has no translation, so English, with its plurals.
        QCOMPARE(preferences.effectiveLanguage(), u"en"_s);
        QCOMPARE(QCoreApplication::translate("ImportDialog", "%n event(s)", nullptr, 1), u"1 event"_s);
        QCOMPARE(QCoreApplication::translate("ImportDialog", "%n event(s)", nullptr, 84), u"84 events"_s);

        QSignalSpy changed(&preferences, &Preferences::languageChanged);
        preferences.setLanguage(u"de"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(preferences.effectiveLanguage(), u"de"_s);
        QCOMPARE(QCoreApplication::translate("Sidebar", "Settings"), u"Einstellungen"_s);
        QCOMPARE(QCoreApplication::translate("ImportDialog", "%n event(s)", nullptr, 84), u"84 Veranstaltungen"_s);
        QCOMPARE(QLocale().language(), QLocale::German);
        TimeFormat format(nullptr);
        QCOMPARE(format.longDayLabel(u"2013-07-05"_s), u"Freitag, 5. Juli 2013"_s);
        QCOMPARE(saved("appearance/language").toString(), u"de"_s);

        preferences.setLanguage(u"en"_s);
        QCOMPARE(QCoreApplication::translate("Sidebar", "Settings"), u"Settings"_s);
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(format.longDayLabel(u"2013-07-05"_s), u"Friday 5 July 2013"_s);
    }

    /** A duration wraps as one word: its spaces do not break, in English and in German. */
    void durationKeepsItsNumberWithItsUnit()
    {
        TimeFormat format(nullptr);
        const QDateTime start = QDateTime::fromString(u"2013-07-06T11:00:00+10:00"_s, Qt::ISODate);
        QCOMPARE(format.duration(start, start.addSecs(30 * 60)), u"30\u00a0min"_s);
        QCOMPARE(format.duration(start, start.addSecs(99 * 60)), u"1\u00a0h\u00a039\u00a0min"_s);
        QCOMPARE(format.duration(start, start.addSecs(120 * 60)), u"2\u00a0h"_s);
        Preferences preferences(nullptr);
        preferences.apply();
        preferences.setLanguage(u"de"_s);
        QVERIFY(!format.duration(start, start.addSecs(96 * 60)).contains(u' '));
        QVERIFY(format.duration(start, start.addSecs(96 * 60)).contains(u"Std."_s));
        preferences.setLanguage(u"en"_s);
    }

    /** A talk's language is written out in the user's language, whatever the feed's code. */
    void languagesAreNamedInTheUsersLanguage()
    {
        QCOMPARE(TimeFormat::languageName(u"en"_s), u"English"_s);
        QCOMPARE(TimeFormat::languageName(u"de"_s), u"German"_s);
        QCOMPARE(TimeFormat::languageName(u"pt-BR"_s), u"Portuguese"_s);
        QCOMPARE(TimeFormat::languageName(u"mi"_s), u"Māori"_s);
        // Not in the list: its English name, as Qt knows it.
        QCOMPARE(TimeFormat::languageName(u"zu"_s), u"Zulu"_s);
        // What is not a code stays as the feed wrote it.
        QCOMPARE(TimeFormat::languageName(u"English"_s), u"English"_s);
        QCOMPARE(TimeFormat::languageName(u"xq"_s), u"xq"_s);
        Preferences preferences(nullptr);
        preferences.apply();
        preferences.setLanguage(u"de"_s);
        QCOMPARE(TimeFormat::languageName(u"en"_s), u"Englisch"_s);
        QCOMPARE(TimeFormat::languageName(u"de_AT"_s), u"Deutsch"_s);
        QCOMPARE(TimeFormat::languageName(u"fr"_s), u"Französisch"_s);
        preferences.setLanguage(u"en"_s);
        QCOMPARE(TimeFormat::languageName(u"fr"_s), u"French"_s);
    }

    void eventTypesAreWrittenOut()
    {
        // The bundled programme's and the feeds' machine words.
        QCOMPARE(TimeFormat::typeName(u"hack-session"_s), u"Hack session"_s);
        QCOMPARE(TimeFormat::typeName(u"meal/break"_s), u"Meal or break"_s);
        QCOMPARE(TimeFormat::typeName(u"lightning_talk"_s), u"Lightning talk"_s);
        QCOMPARE(TimeFormat::typeName(u"Lightning Talk"_s), u"Lightning talk"_s);
        QCOMPARE(TimeFormat::typeName(u"devroom"_s), u"Developer room"_s);
        QCOMPARE(TimeFormat::typeName(u"podium"_s), u"Panel"_s);
        // Unknown machine words become words; what a person wrote stays as written.
        QCOMPARE(TimeFormat::typeName(u"code-review_slot"_s), u"Code review slot"_s);
        QCOMPARE(TimeFormat::typeName(u"Talk 45 minutes + 10 minutes Q&A"_s), u"Talk 45 minutes + 10 minutes Q&A"_s);
        QCOMPARE(TimeFormat::typeName(u"Normale Länge"_s), u"Normale Länge"_s);
        QCOMPARE(TimeFormat::typeName(QString()), QString());
        Preferences preferences(nullptr);
        preferences.apply();
        preferences.setLanguage(u"de"_s);
        QCOMPARE(TimeFormat::typeName(u"hack-session"_s), u"Hack-Session"_s);
        QCOMPARE(TimeFormat::typeName(u"lecture"_s), u"Vortrag"_s);
        preferences.setLanguage(u"en"_s);
        QCOMPARE(TimeFormat::typeName(u"lecture"_s), u"Lecture"_s);
    }

    void userZoneCanBeHidden()
    {
        TimeFormat format(nullptr);
        format.setZone(QTimeZone("Australia/Hobart"), u"Australia/Hobart"_s);
        format.setUserZone(QTimeZone("Europe/Berlin"));
        const QDateTime start = QDateTime::fromString(u"2013-07-06T11:00:00+10:00"_s, Qt::ISODate);
        QVERIFY(!format.userRange(start, start.addSecs(1800)).isEmpty());
        format.setShowUserZone(false);
        QVERIFY(format.userRange(start, start.addSecs(1800)).isEmpty());
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_Preferences.moc"
