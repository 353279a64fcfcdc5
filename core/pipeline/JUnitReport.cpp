#include "pipeline/JUnitReport.h"

#include <QJsonDocument>
#include <QXmlStreamWriter>

namespace countersign {

QByteArray JUnitReport::write(const QString& suiteName, const QList<GateResult>& gates) {
    int failures = 0;
    int errors = 0;
    for (const GateResult& g : gates) {
        if (g.status == Verdict::Fail)
            ++failures;
        if (g.status == Verdict::Error || g.status == Verdict::Undefined)
            ++errors;
    }
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("ml-guardrails"));
    w.writeAttribute(QStringLiteral("tests"), QString::number(gates.size()));
    w.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    w.writeAttribute(QStringLiteral("errors"), QString::number(errors));
    w.writeStartElement(QStringLiteral("testsuite"));
    w.writeAttribute(QStringLiteral("name"), suiteName);
    w.writeAttribute(QStringLiteral("tests"), QString::number(gates.size()));
    w.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    w.writeAttribute(QStringLiteral("errors"), QString::number(errors));
    w.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
    if (!gates.isEmpty() && gates.front().evaluatedAt.isValid())
        w.writeAttribute(QStringLiteral("timestamp"),
                         gates.front().evaluatedAt.toUTC().toString(Qt::ISODate));
    for (const GateResult& g : gates) {
        w.writeStartElement(QStringLiteral("testcase"));
        w.writeAttribute(QStringLiteral("classname"), QStringLiteral("ml-guardrails.") + suiteName);
        w.writeAttribute(QStringLiteral("name"), g.gate);
        w.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
        if (g.status == Verdict::Fail || g.status == Verdict::Error ||
            g.status == Verdict::Undefined) {
            w.writeStartElement(g.status == Verdict::Fail ? QStringLiteral("failure")
                                                          : QStringLiteral("error"));
            w.writeAttribute(QStringLiteral("message"), g.summary);
            w.writeAttribute(QStringLiteral("type"), verdictId(g.status));
            w.writeCharacters(
                QString::fromUtf8(QJsonDocument(g.measured).toJson(QJsonDocument::Indented)));
            w.writeEndElement();
        } else {
            w.writeTextElement(QStringLiteral("system-out"),
                               verdictId(g.status) + QStringLiteral(": ") + g.summary);
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

}  // namespace countersign
