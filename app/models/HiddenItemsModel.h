#pragma once

#include "AppController.h"
#include "ModelDependencies.h"
#include "store/HiddenItems.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/**
 * Every track, room, language and type of the current conference, each with whether it is hidden
 * from every view and how many events it has: the one place where hiding is undone. Values that
 * are hidden but no longer in the programme stay listed so they can be shown again.
 */
class HiddenItemsModel : public QAbstractListModel, public ModelDependencies
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(AppController *appController READ appController WRITE setAppController REQUIRED)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int hiddenCount READ hiddenCount NOTIFY hiddenCountChanged)
public:
    enum Role { KindRole = Qt::UserRole + 1, ValueRole, LabelRole, HiddenRole, EventCountRole };
    Q_ENUM(Role)

    /** For QML, which sets appController; it starts when QML has set every property. */
    explicit HiddenItemsModel(QObject *parent = nullptr);
    /** Starts at once on the services given. */
    explicit HiddenItemsModel(AppController *app, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int hiddenCount() const { return m_hiddenCount; }
    /** Hides the row's value from every view, or shows it again. */
    Q_INVOKABLE void setHidden(int row, bool hidden);

    void reload();

Q_SIGNALS:
    void countChanged();
    void hiddenCountChanged();

private:
    void startWithServices() override;
    struct Row
    {
        HiddenItems::Kind kind;
        QString value;
        int eventCount = 0;
        bool hidden = false;
        bool operator==(const Row &other) const = default;
    };
    static QString keyOf(const Row &row);

    AppController *m_app = nullptr;
    QList<Row> m_rows;
    int m_hiddenCount = 0;
};
