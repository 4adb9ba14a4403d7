#include "TestApp.h"

#include "models/NowNextModel.h"
#include "models/SpeakerEventsModel.h"
#include "models/SpeakersModel.h"
#include "sync/BundledProgramme.h"

#include <QNetworkAccessManager>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/QQmlExtensionPlugin>

using namespace Qt::Literals::StringLiterals;

Q_IMPORT_QML_PLUGIN(LanyardPlugin)

namespace
{
QStringList *s_warnings = nullptr;
QtMessageHandler s_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (s_warnings && type != QtDebugMsg && type != QtInfoMsg)
        s_warnings->append(message);
    if (s_previous)
        s_previous(type, context, message);
}
} // namespace

/**
 * The Now & Next, Speakers, speaker, room, Hidden and event pages on the bundled programme at
 * Sunday 13:10: each opens without a single QML warning (delegates included, which only exist
 * once a page is shown) and shows the rows its model has.
 */
class TestAtConferencePages : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    std::unique_ptr<TestApp> m_app;
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QQuickWindow> m_window;
    QStringList m_warnings;
    /** How long a page may take to show its rows: generous, for the sanitizer build under load. */
    static constexpr int kScreenTimeoutMs = 30000;

    QQuickItem *show(const QString &page, const QVariantMap &properties = {})
    {
        QQmlComponent component(m_engine.get(), QUrl(u"qrc:/qt/qml/Lanyard/pages/"_s + page));
        if (component.isError()) {
            for (const QQmlError &error : component.errors())
                m_warnings.append(error.toString());
            return nullptr;
        }
        // Sized from the start, as the window's StackView sizes a page.
        QVariantMap initial = properties;
        initial.insert(u"width"_s, m_window->width());
        initial.insert(u"height"_s, m_window->height());
        QObject *object = component.createWithInitialProperties(initial);
        auto *item = qobject_cast<QQuickItem *>(object);
        if (!item)
            return nullptr;
        item->setParent(m_window.get());
        item->setParentItem(m_window->contentItem());
        // A frame drawn with the page in it, so that its views have laid out and made their
        // delegates (and said what they had to say); the tests wait (QTRY_*) for the rows they count.
        QSignalSpy drawn(m_window.get(), &QQuickWindow::frameSwapped);
        m_window->update();
        if (!drawn.wait(kScreenTimeoutMs))
            m_warnings.append(u"no frame was drawn with %1"_s.arg(page));
        return item;
    }

    /** Visible items of a QML type in the visual tree (delegates are not QObject children of the page). */
    static int countOf(QQuickItem *item, const char *typeName)
    {
        int count = 0;
        const QList<QQuickItem *> children = item->childItems();
        for (QQuickItem *child : children) {
            if (!child->isVisible())
                continue;
            if (QByteArray(child->metaObject()->className()).startsWith(typeName))
                ++count;
            count += countOf(child, typeName);
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        s_warnings = &m_warnings;
        s_previous = qInstallMessageHandler(collect);
        // With a network, so that the pages get the Sync service they hand their models.
        m_app = std::make_unique<TestApp>(QDateTime::fromString(u"2013-07-07T13:10:00+10:00"_s, Qt::ISODate), &m_network);
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        QString error;
        QVERIFY2(BundledProgramme::ensureLoaded(*m_app->schedule, m_app->clock.now(), &error), qPrintable(error));
        m_app->controller->setConferenceId(QString::fromLatin1(BundledProgramme::kConferenceId));
        m_engine = std::make_unique<QQmlEngine>();
        m_engine->addImportPath(u"qrc:/qt/qml"_s);
        m_window = std::make_unique<QQuickWindow>();
        m_window->resize(1100, 1400);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_warnings.clear();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_engine.reset();
        qInstallMessageHandler(s_previous);
        s_warnings = nullptr;
    }

    void init() { m_warnings.clear(); }

    void cleanup() { QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n'))); }

    void nowAndNext()
    {
        QQuickItem *page = show(u"NowNextPage.qml"_s);
        QVERIFY(page);
        auto *model = page->findChild<NowNextModel *>();
        QVERIFY(model);
        QCOMPARE(model->nowCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(countOf(page, "NowNextRow"), model->rowCount(), kScreenTimeoutMs);
        delete page;
    }

    static void collectNamed(QQuickItem *item, const QString &objectName, QList<QQuickItem *> &found)
    {
        const QList<QQuickItem *> children = item->childItems();
        for (QQuickItem *child : children) {
            if (!child->isVisible())
                continue;
            if (child->objectName() == objectName)
                found.append(child);
            collectNamed(child, objectName, found);
        }
    }

    void nowAndNextPinsTheHeadingOfWhatIsInView()
    {
        QQuickItem *page = show(u"NowNextPage.qml"_s);
        QVERIFY(page);
        auto *model = page->findChild<NowNextModel *>();
        QVERIFY(model);
        QVERIFY(model->nextCount() > 0);
        // A short window, so that the list scrolls, as a big congress's does on any window.
        page->setHeight(160);
        QQuickItem *list = nullptr;
        const QList<QQuickItem *> items = page->findChildren<QQuickItem *>();
        for (QQuickItem *item : items) {
            if (item->inherits("QQuickListView"))
                list = item;
        }
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(list->property("contentHeight").toReal() > list->height(), kScreenTimeoutMs);
        // Scrolled to the end: the top rows are "next" ones, and their heading stays at the top.
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QList<QQuickItem *> headings;
                collectNamed(list, u"nowNextSection"_s, headings);
                return std::any_of(headings.cbegin(), headings.cend(), [list](QQuickItem *heading) {
                    const QPointF topLeft = heading->mapToItem(list, QPointF(0, 0));
                    return qAbs(topLeft.y()) < 1 && heading->property("section").toString() == u"next"_s;
                });
            }(),
            kScreenTimeoutMs);

        // B shows the bookmarked events only, and again every room.
        list->forceActiveFocus();
        QVERIFY(!model->isBookmarkedOnly());
        QTest::keyClick(m_window.get(), Qt::Key_B);
        QVERIFY(model->isBookmarkedOnly());
        QTest::keyClick(m_window.get(), Qt::Key_B);
        QVERIFY(!model->isBookmarkedOnly());
        delete page;
    }

    void speakers()
    {
        QQuickItem *page = show(u"SpeakersPage.qml"_s);
        QVERIFY(page);
        auto *model = page->findChild<SpeakersModel *>();
        QVERIFY(model);
        QCOMPARE(model->totalCount(), 48);
        QTRY_VERIFY_WITH_TIMEOUT(countOf(page, "ItemDelegate") > 0, kScreenTimeoutMs);
        delete page;
    }

    void aSpeakersPage()
    {
        QQuickItem *page = show(u"SpeakerPage.qml"_s, {{u"name"_s, u"Alex Gaynor"_s}});
        QVERIFY(page);
        auto *model = page->findChild<SpeakerEventsModel *>();
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(countOf(page, "EventRow"), 2, kScreenTimeoutMs);
        delete page;
    }

    void aRoomsDay()
    {
        QQuickItem *page = show(u"RoomPage.qml"_s, {{u"room"_s, u"Plenary Hall"_s}, {u"day"_s, u"2013-07-07"_s}});
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(countOf(page, "EventRow"), 11, kScreenTimeoutMs);
        delete page;
    }

    void hidden()
    {
        QQuickItem *page = show(u"HiddenPage.qml"_s);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(countOf(page, "CheckDelegate") > 10, kScreenTimeoutMs);
        delete page;
    }

    void anEventPageLinksToItsSpeakerAndRoom()
    {
        QString id;
        for (const Event &event : m_app->schedule->events(QString::fromLatin1(BundledProgramme::kConferenceId))) {
            if (event.title == u"Don't Do This"_s)
                id = event.id;
        }
        QVERIFY(!id.isEmpty());
        QQuickItem *page = show(u"EventPage.qml"_s, {{u"eventId"_s, id}});
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(countOf(page, "LinkLabel"), 2, kScreenTimeoutMs); // the room and Richard Jones
        delete page;
    }
};

QTEST_MAIN(TestAtConferencePages)
#include "tst_atconferencepages.moc"
