#include "ScheduleBuilder.h"
#include "TestApp.h"

#include "models/HiddenItemsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/** The Hidden page's list: every track, room, language and type, with a tick that hides it everywhere. */
class TestHiddenItemsModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestApp> m_app;

    static int rowOf(const HiddenItemsModel &model, const QString &kind, const QString &value)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            if (model.data(index, HiddenItemsModel::KindRole) == kind && model.data(index, HiddenItemsModel::ValueRole) == value)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestApp>();
        QVERIFY2(m_app->opened, qPrintable(m_app->openError));
        ScheduleBuilder builder(u"hidetest"_s);
        builder.event(u"a"_s, u"A"_s, u"2013-07-06 09:00"_s, 30, u"Plenary Hall"_s, {}, u"Web"_s).last().language = u"en"_s;
        builder.event(u"b"_s, u"B"_s, u"2013-07-06 09:00"_s, 30, u"Tasman A"_s, {}, u"Data"_s).last().language = u"de"_s;
        builder.last().type = u"talk"_s;
        builder.event(u"c"_s, u"C"_s, u"2013-07-06 10:00"_s, 30, u"Tasman A"_s).last().language = u"en"_s;
        QVERIFY(m_app->schedule->apply(builder.build(), {u"test"_s, {}}).ok());
        m_app->controller->setConferenceId(u"hidetest"_s);
    }

    void listsEveryValueWithItsEventCount()
    {
        HiddenItemsModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList keys;
        for (int row = 0; row < model.rowCount(); ++row)
            keys.append(model.data(model.index(row), HiddenItemsModel::KindRole).toString() + u'/'
                        + model.data(model.index(row), HiddenItemsModel::ValueRole).toString());
        QCOMPARE(keys,
                 (QStringList{u"track/Web"_s, u"track/Data"_s, u"track/"_s, u"room/Plenary Hall"_s, u"room/Tasman A"_s, u"language/de"_s,
                              u"language/en"_s, u"type/"_s, u"type/talk"_s}));
        QCOMPARE(model.data(model.index(rowOf(model, u"room"_s, u"Tasman A"_s)), HiddenItemsModel::EventCountRole).toInt(), 2);
        QCOMPARE(model.data(model.index(rowOf(model, u"track"_s, u""_s)), HiddenItemsModel::LabelRole).toString(), u"(no track)"_s);
        QCOMPARE(model.data(model.index(rowOf(model, u"language"_s, u"de"_s)), HiddenItemsModel::LabelRole).toString(), u"German (de)"_s);
    }

    void aTickHidesEverywhereAndUndoes()
    {
        HiddenItemsModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy hiddenCount(&model, &HiddenItemsModel::hiddenCountChanged);
        const int web = rowOf(model, u"track"_s, u"Web"_s);
        model.setHidden(web, true);
        QVERIFY(model.data(model.index(web), HiddenItemsModel::HiddenRole).toBool());
        QCOMPARE(model.hiddenCount(), 1);
        QCOMPARE(hiddenCount.count(), 1);
        QVERIFY(m_app->controller->isHiddenItem(u"track"_s, u"Web"_s));
        QCOMPARE(m_app->controller->hiddenItemCount(), 1);

        m_app->controller->showAllHidden();
        QVERIFY(!model.data(model.index(web), HiddenItemsModel::HiddenRole).toBool());
        QCOMPARE(model.hiddenCount(), 0);
        QCOMPARE(reset.count(), 0);
    }

    void aHiddenValueGoneFromTheProgrammeStaysListed()
    {
        m_app->controller->setHidden(u"track"_s, u"Retired"_s, true);
        HiddenItemsModel model(m_app->controller);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = rowOf(model, u"track"_s, u"Retired"_s);
        QVERIFY(row >= 0);
        QVERIFY(model.data(model.index(row), HiddenItemsModel::HiddenRole).toBool());
        QCOMPARE(model.data(model.index(row), HiddenItemsModel::EventCountRole).toInt(), 0);
        model.setHidden(row, false);
        QCOMPARE(rowOf(model, u"track"_s, u"Retired"_s), -1);
    }

    void anUnknownKindIsRefusedWithAMessage()
    {
        QSignalSpy errors(m_app->controller.get(), &AppController::errorOccurred);
        m_app->controller->setHidden(u"speaker"_s, u"Ann"_s, true);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_app->controller->hiddenItemCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHiddenItemsModel)
#include "tst_hiddenitemsmodel.moc"
