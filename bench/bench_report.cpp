// bookflow-bench-report: merges the figures the bench programs wrote into one results.json
// (figures in the order given, with when and where they were measured) and prints them as a
// table. Exit 0 whatever the figures say: a target not met is a finding, noted in the file.
//   bookflow-bench-report --out bench/results.json engine.json ui.json
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>

#include <cstdio>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString number(double value)
{
    if (value == double(qint64(value)))
        return QLocale(QLocale::English).toString(qint64(value));
    return QLocale(QLocale::English).toString(value, 'f', value < 10 ? 2 : 1);
}

// Pads by characters, not bytes, so "≤" and "×" line up.
QString pad(const QString &text, int width)
{
    return text.size() >= width ? text : text + QString(width - text.size(), u' ');
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(s("out"), s("Write the merged results to FILE."), s("FILE"));
    const QCommandLineOption buildOption(s("build"), s("What was measured (recorded)."), s("TEXT"));
    parser.addOptions({outOption, buildOption});
    parser.addPositionalArgument(s("figures"), s("The bench programs' figure files."));
    parser.process(app);

    QJsonArray figures;
    for (const QString &path : parser.positionalArguments()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench-report: cannot read %s\n", qUtf8Printable(path));
            return 2;
        }
        const QJsonObject part = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &figure : part.value(s("figures")).toArray())
            figures.append(figure);
    }
    int met = 0;
    for (const QJsonValue &figure : std::as_const(figures))
        met += figure.toObject().value(s("met")).toBool() ? 1 : 0;

    // How busy the machine was while the figures were taken (1, 5 and 15 minute load averages):
    // wall-clock figures stretch on a machine shared with other work.
    QFile loadFile(s("/proc/loadavg"));
    QString load;
    if (loadFile.open(QIODevice::ReadOnly))
        load = QString::fromLatin1(loadFile.readAll()).section(u' ', 0, 2);
    const QJsonObject results{
        {s("measuredAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {s("machine"), QJsonObject{{s("cpuCores"), QThread::idealThreadCount()},
                                   {s("kernel"), QSysInfo::kernelVersion()},
                                   {s("os"), QSysInfo::prettyProductName()},
                                   {s("qt"), s(qVersion())},
                                   {s("loadAverage"), load},
                                   {s("build"), parser.value(buildOption)}}},
        {s("summary"), QStringLiteral("%1 of %2 targets met").arg(met).arg(figures.size())},
        {s("figures"), figures}};
    if (parser.isSet(outOption)) {
        QSaveFile out(parser.value(outOption));
        if (!out.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "bench-report: cannot write %s\n",
                         qUtf8Printable(parser.value(outOption)));
            return 2;
        }
        out.write(QJsonDocument(results).toJson());
        if (!out.commit()) {
            std::fprintf(stderr, "bench-report: cannot write %s\n",
                         qUtf8Printable(parser.value(outOption)));
            return 2;
        }
    }

    // The table: one row per figure, columns as wide as their longest cell.
    QVector<QStringList> rows{{s("figure"), s("value"), s("target"), s("met")}};
    for (const QJsonValue &value : std::as_const(figures)) {
        const QJsonObject figure = value.toObject();
        const QString unit = figure.value(s("unit")).toString();
        rows.append({figure.value(s("name")).toString(),
                     number(figure.value(s("value")).toDouble()) + u' ' + unit,
                     figure.value(s("comparison")).toString() + u' ' +
                         number(figure.value(s("target")).toDouble()) + u' ' + unit,
                     figure.value(s("met")).toBool() ? s("yes") : s("NO")});
    }
    QVector<int> widths(4, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int c = 0; c < 4; ++c)
            widths[c] = qMax(widths.at(c), int(row.at(c).size()));
    }
    for (int r = 0; r < rows.size(); ++r) {
        QString line;
        for (int c = 0; c < 4; ++c)
            line += c < 3 ? pad(rows.at(r).at(c), widths.at(c) + 2) : rows.at(r).at(c);
        std::printf("%s\n", qUtf8Printable(line));
        if (r == 0)
            std::printf("%s\n", qUtf8Printable(QString(line.size() + 2, u'-')));
    }
    std::printf("%s (load average %s on %d cores)\n",
                qUtf8Printable(results.value(s("summary")).toString()), qUtf8Printable(load),
                QThread::idealThreadCount());
    for (const QJsonValue &value : std::as_const(figures)) {
        const QJsonObject figure = value.toObject();
        if (!figure.value(s("note")).toString().isEmpty())
            std::printf("- %s: %s\n", qUtf8Printable(figure.value(s("name")).toString()),
                        qUtf8Printable(figure.value(s("note")).toString()));
    }
    if (parser.isSet(outOption))
        std::printf("Written to %s\n", qUtf8Printable(parser.value(outOption)));
    return 0;
}
