#pragma once

#include <QJSEngine>
#include <QtGlobal>

class QQmlEngine;

/**
 * What a QML_SINGLETON of Lanyard hands to QML: the object the app's services made, owned by C++.
 * Only QML looks it up; C++ hands it on (the models QML creates get it as a property, see
 * ModelDependencies.h).
 * A class derives from QmlSingleton<Itself>; the newest one made is the one QML gets (a test may
 * make the next before the last goes). A class with a static `standIn()` gives QML that when
 * nothing was made (a QML test of other pages); without one, QML asking first is a programming
 * error.
 *
 * The class must not be default-constructible: Qt 6.4 would then construct the singleton itself
 * instead of calling create().
 */
template <typename T> class QmlSingleton
{
public:
    QmlSingleton(const QmlSingleton &) = delete;
    QmlSingleton &operator=(const QmlSingleton &) = delete;
    static T *create(QQmlEngine *, QJSEngine *)
    {
        if (!s_current) {
            // A stand-in registers itself as it is made; QML keeps it for the process.
            if constexpr (requires { T::standIn(); })
                T::standIn();
            else
                qFatal("%s: made by the app's services before QML uses it", T::staticMetaObject.className());
        }
        T *object = static_cast<T *>(s_current);
        QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
        return object;
    }

protected:
    QmlSingleton() { s_current = this; }
    ~QmlSingleton()
    {
        if (s_current == this)
            s_current = nullptr;
    }

private:
    static inline QmlSingleton *s_current = nullptr;
};
