#pragma once

#include <QQmlParserStatus>

class AppController;
class SyncController;
class TripController;

/**
 * The services a model or page object that QML creates works on, handed in rather than looked up.
 * QML sets them as properties (`appController: App`, `tripController: Trips`, `syncController:
 * Sync`; the first is required), and the object starts (connects to them and loads) once, when QML
 * has set all its properties; C++ hands them to the object's constructor, which starts it at once.
 * Until it starts, the object is empty and its setters only remember what they are given.
 *
 * A class derives from QObject (or a model) and ModelDependencies, declares
 * Q_INTERFACES(QQmlParserStatus) and a property for each service it uses, and implements
 * startWithServices().
 */
class ModelDependencies : public QQmlParserStatus
{
public:
    AppController *appController() const { return m_givenApp; }
    void setAppController(AppController *app) { m_givenApp = app; }
    TripController *tripController() const { return m_givenTrips; }
    void setTripController(TripController *trips) { m_givenTrips = trips; }
    SyncController *syncController() const { return m_givenSync; }
    void setSyncController(SyncController *sync) { m_givenSync = sync; }

    void classBegin() override { }
    void componentComplete() override { startWithServices(); }

    ModelDependencies(const ModelDependencies &) = delete;
    ModelDependencies &operator=(const ModelDependencies &) = delete;

protected:
    ModelDependencies() = default;
    ~ModelDependencies() override = default;

    /** Connects to the services given and loads; called once. */
    virtual void startWithServices() = 0;

private:
    AppController *m_givenApp = nullptr;
    TripController *m_givenTrips = nullptr;
    SyncController *m_givenSync = nullptr;
};
