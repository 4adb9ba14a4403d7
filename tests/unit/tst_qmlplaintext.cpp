#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

/**
 * Feed text is shown as plain text only. A Text, Label, TextEdit or TextArea left at its default
 * Text.AutoText renders anything that looks like markup, and loads the images it names from the
 * network; feed titles, rooms and speakers keep markup verbatim ("Room <b>1</b>"), so every one
 * of them whose text is computed says its textFormat, and tooltips with computed text use
 * PlainToolTip (the attached ToolTip cannot be told). This test reads the QML module's files.
 */
class TestQmlPlainText : public QObject
{
    Q_OBJECT

    struct Block
    {
        QString type;
        int line = 0;
        /** Property name to its value as written, for the block's own properties only. */
        QList<std::pair<QString, QString>> properties;
    };

    /** The object blocks of a QML file with their direct properties (a small scanner, not a parser). */
    static QList<Block> blocks(const QString &source)
    {
        QList<Block> found;
        QList<Block> open;
        qsizetype i = 0;
        const qsizetype n = source.size();
        auto lineAt = [&source](qsizetype pos) { return int(source.left(pos).count(u'\n')) + 1; };
        auto skipString = [&](qsizetype pos) {
            const QChar quote = source[pos];
            for (++pos; pos < n && source[pos] != quote; ++pos) {
                if (source[pos] == u'\\')
                    ++pos;
            }
            return pos + 1;
        };
        // The value of a property from `pos` (after the colon): a braced block, or up to the end of
        // the line or a ';' outside brackets.
        auto valueEnd = [&](qsizetype pos) {
            while (pos < n && (source[pos] == u' ' || source[pos] == u'\t'))
                ++pos;
            int depth = 0;
            while (pos < n) {
                const QChar c = source[pos];
                if (c == u'"' || c == u'\'' || c == u'`') {
                    pos = skipString(pos);
                    continue;
                }
                if (c == u'(' || c == u'[' || c == u'{')
                    ++depth;
                else if (c == u')' || c == u']' || c == u'}') {
                    if (depth == 0)
                        return pos;
                    --depth;
                } else if (c == u';' && depth == 0) {
                    return pos;
                } else if (c == u'\n' && depth == 0) {
                    // An expression goes on when the next line starts with an operator ("? a", "+ b").
                    qsizetype next = pos + 1;
                    while (next < n && (source[next] == u' ' || source[next] == u'\t'))
                        ++next;
                    const bool continues = next < n && QStringView(u"?:+-*/&|.").contains(source[next]) && source.mid(next, 2) != u"//"_s;
                    if (!continues)
                        return pos;
                }
                ++pos;
            }
            return pos;
        };
        static const QRegularExpression property(uR"(^\s*([A-Za-z_][A-Za-z0-9_.]*)\s*:(?!:))"_s);
        static const QRegularExpression typeBefore(uR"(([A-Za-z_][A-Za-z0-9_.]*)\s*$)"_s);
        while (i < n) {
            const QChar c = source[i];
            if (c == u'"' || c == u'\'' || c == u'`') {
                i = skipString(i);
                continue;
            }
            if (source.mid(i, 2) == u"//"_s) {
                i = source.indexOf(u'\n', i);
                if (i < 0)
                    break;
                continue;
            }
            if (source.mid(i, 2) == u"/*"_s) {
                i = source.indexOf(u"*/"_s, i);
                if (i < 0)
                    break;
                i += 2;
                continue;
            }
            if (c == u'{') {
                const QRegularExpressionMatch type =
                    typeBefore.match(source.mid(std::max<qsizetype>(0, i - 80), std::min<qsizetype>(i, 80)));
                open.append(Block{type.hasMatch() ? type.captured(1) : QString(), lineAt(i), {}});
                ++i;
                continue;
            }
            if (c == u'}') {
                if (!open.isEmpty())
                    found.append(open.takeLast());
                ++i;
                continue;
            }
            // A property of the innermost open block, at the start of a line or after a ';'.
            const bool atStatement = i == 0 || source[i - 1] == u'\n' || source[i - 1] == u';' || source[i - 1] == u'{';
            if (atStatement && !open.isEmpty()) {
                const QRegularExpressionMatch match = property.match(source.mid(i, 200));
                if (match.hasMatch()) {
                    const qsizetype valueStart = i + match.capturedLength(0);
                    qsizetype end = valueEnd(valueStart);
                    QString value = source.mid(valueStart, end - valueStart).trimmed();
                    if (value.startsWith(u'{')) {
                        // A JavaScript block: its braces are balanced by valueEnd; include the closing one.
                        int depth = 0;
                        qsizetype pos = valueStart;
                        while (pos < n) {
                            if (source[pos] == u'"' || source[pos] == u'\'' || source[pos] == u'`') {
                                pos = skipString(pos);
                                continue;
                            }
                            if (source[pos] == u'{')
                                ++depth;
                            else if (source[pos] == u'}' && --depth == 0)
                                break;
                            ++pos;
                        }
                        end = pos + 1;
                        value = source.mid(valueStart, end - valueStart).trimmed();
                    }
                    // Values that are objects ("contentItem: Label {") are scanned as blocks.
                    if (!QRegularExpression(uR"(^[A-Z][A-Za-z0-9_.]*\s*\{)"_s).match(value).hasMatch()) {
                        open.last().properties.append({match.captured(1), value});
                        i = end;
                        continue;
                    }
                }
            }
            ++i;
        }
        return found;
    }

    /** Text fixed in the source: a string literal, qsTr("..."), or a choice between such. */
    static bool isFixedText(const QString &value)
    {
        // (Written without raw strings: moc cannot read raw strings that hold double quotes.)
        static const QRegularExpression fixed(
            u"^\\s*(qsTr\\(\\s*\"[^\"]*\"\\s*(,\\s*\"[^\"]*\"\\s*)?(,\\s*[A-Za-z0-9_.]+\\s*)?\\)|\"[^\"]*\"|'[^']*')\\s*$"_s);
        if (fixed.match(value).hasMatch())
            return true;
        // cond ? A : B, where A and B are fixed (the condition may be anything).
        const qsizetype question = value.indexOf(u'?');
        if (question < 0)
            return false;
        const QString choices = value.mid(question + 1);
        const qsizetype colon = choices.lastIndexOf(u':');
        return colon > 0 && fixed.match(choices.left(colon)).hasMatch() && fixed.match(choices.mid(colon + 1)).hasMatch();
    }

private Q_SLOTS:
    void scannerFindsWhatItLooksFor()
    {
        // The scanner must see the cases it is there to catch, or the test below proves nothing.
        const QList<Block> found = blocks(u"Item {\n"
                                          "    Label { text: qsTr(\"Fixed\"); font.bold: true }\n"
                                          "    Label {\n"
                                          "        text: root.title\n"
                                          "    }\n"
                                          "    Label {\n"
                                          "        text: root.title\n"
                                          "        textFormat: Text.PlainText\n"
                                          "    }\n"
                                          "    Text {\n"
                                          "        text: {\n"
                                          "            return root.title\n"
                                          "        }\n"
                                          "    }\n"
                                          "    Button {\n"
                                          "        ToolTip.text: modelData.url\n"
                                          "        contentItem: Label { text: \"fixed\" }\n"
                                          "    }\n"
                                          "}\n"_s);
        QStringList problems;
        for (const Block &block : found)
            problems += checkBlock(u"sample.qml"_s, block);
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems[0].startsWith(u"sample.qml:3: Label"_s));
        QVERIFY(problems[1].startsWith(u"sample.qml:10: Text"_s));
        QVERIFY(problems[2].startsWith(u"sample.qml:15: Button"_s));
    }

    void computedTextIsPlainText()
    {
        const QString root = qEnvironmentVariable("LANYARD_SOURCE_DIR") + u"/qml"_s;
        QDirIterator files(root, {u"*.qml"_s}, QDir::Files, QDirIterator::Subdirectories);
        QStringList problems;
        int fileCount = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++fileCount;
            const QString relative = path.mid(root.size() + 1);
            for (const Block &block : blocks(QString::fromUtf8(file.readAll())))
                problems += checkBlock(relative, block);
        }
        QVERIFY2(fileCount > 5, qPrintable(u"only %1 QML files under %2"_s.arg(fileCount).arg(root)));
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(), qPrintable(u"%1 places (listed above)"_s.arg(problems.size())));
    }

private:
    static QStringList checkBlock(const QString &file, const Block &block)
    {
        static const QStringList textTypes = {u"Text"_s, u"Label"_s, u"TextEdit"_s, u"TextArea"_s};
        QStringList problems;
        bool computedText = false;
        bool hasFormat = false;
        for (const auto &[name, value] : block.properties) {
            if (name == u"text"_s && !isFixedText(value))
                computedText = true;
            if (name == u"textFormat"_s)
                hasFormat = true;
            if (name == u"ToolTip.text"_s && !isFixedText(value))
                problems.append(u"%1:%2: %3 has ToolTip.text: %4 — the attached ToolTip renders markup; use PlainToolTip"_s.arg(file)
                                    .arg(block.line)
                                    .arg(block.type, value.left(60)));
        }
        if (textTypes.contains(block.type) && computedText && !hasFormat)
            problems.append(u"%1:%2: %3 shows computed text without a textFormat (AutoText renders markup in feed text: "
                            "set textFormat: Text.PlainText)"_s.arg(file)
                                .arg(block.line)
                                .arg(block.type));
        return problems;
    }
};

QTEST_GUILESS_MAIN(TestQmlPlainText)
#include "tst_qmlplaintext.moc"
