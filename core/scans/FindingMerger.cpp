#include "scans/FindingMerger.h"

#include <QHash>
#include <numeric>
#include <vector>

namespace countersign {

namespace {

struct UnionFind {
    std::vector<int> parent;
    explicit UnionFind(int n) : parent(static_cast<size_t>(n)) {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int x) {
        while (parent[static_cast<size_t>(x)] != x) {
            parent[static_cast<size_t>(x)] =
                parent[static_cast<size_t>(parent[static_cast<size_t>(x)])];
            x = parent[static_cast<size_t>(x)];
        }
        return x;
    }
    void unite(int a, int b) {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[static_cast<size_t>(std::max(a, b))] = std::min(a, b);
    }
};

QString scopeOf(const Finding& f) {
    if (f.kind == QLatin1String("vulnerability"))
        return QStringLiteral("pkg:") + Finding::normalizePackage(f.package);
    return f.kind + QLatin1Char(':') + f.target;
}

void appendUnique(QStringList& list, const QString& value) {
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

}  // namespace

QList<Finding> FindingMerger::merge(const QList<Finding>& findings) {
    const int n = static_cast<int>(findings.size());
    UnionFind uf(n);
    QHash<QString, int> firstWithKey;  // scope + id → first finding index
    for (int i = 0; i < n; ++i) {
        const Finding& f = findings.at(i);
        const QString scope = scopeOf(f);
        for (const QString& id : f.allIds()) {
            const QString key = scope + QLatin1Char('|') + id;
            const auto it = firstWithKey.constFind(key);
            if (it == firstWithKey.constEnd())
                firstWithKey.insert(key, i);
            else
                uf.unite(i, it.value());
        }
    }
    QHash<int, int> groupIndex;
    QList<QList<int>> groups;
    for (int i = 0; i < n; ++i) {
        const int root = uf.find(i);
        auto it = groupIndex.find(root);
        if (it == groupIndex.end()) {
            groupIndex.insert(root, static_cast<int>(groups.size()));
            groups.append(QList<int>{i});
        } else {
            groups[it.value()].append(i);
        }
    }
    QList<Finding> out;
    out.reserve(groups.size());
    for (const QList<int>& g : std::as_const(groups)) {
        Finding m = findings.at(g.front());
        QStringList ids, installed, targets;
        for (int i : g) {
            const Finding& f = findings.at(i);
            appendUnique(ids, f.id);
            for (const QString& a : f.aliases) appendUnique(ids, a);
            appendUnique(m.sources, f.source);
            appendUnique(m.files, f.file);
            appendUnique(installed, f.installed);
            appendUnique(targets, f.target);
            if (static_cast<int>(f.severity) > static_cast<int>(m.severity))
                m.severity = f.severity;
            if (m.fixed.isEmpty())
                m.fixed = f.fixed;
            if (m.title.isEmpty())
                m.title = f.title;
            if (m.range.isEmpty())
                m.range = f.range;
        }
        // Prefer the CVE id: it is what Trivy reports and what people search for.
        for (const QString& id : std::as_const(ids))
            if (id.startsWith(QLatin1String("CVE-"), Qt::CaseInsensitive)) {
                m.id = id;
                break;
            }
        m.aliases.clear();
        for (const QString& id : std::as_const(ids))
            if (id.compare(m.id, Qt::CaseInsensitive) != 0)
                appendUnique(m.aliases, id);
        m.installed = installed.join(QStringLiteral(", "));
        m.target = targets.join(QStringLiteral(", "));
        if (g.size() > 1)
            m.source = m.sources.join(QStringLiteral(", "));
        out.append(m);
    }
    return out;
}

}  // namespace countersign
