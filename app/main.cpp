#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QtQml/QQmlExtensionPlugin>

using namespace Qt::Literals::StringLiterals;

Q_IMPORT_QML_PLUGIN(LanyardPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.load(QUrl(u"qrc:/qt/qml/Lanyard/Main.qml"_s));
    return engine.rootObjects().isEmpty() ? 1 : app.exec();
}
