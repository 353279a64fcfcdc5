#include "demo/DemoScanReports.h"

#include <QJsonArray>

namespace countersign {

namespace {
QString s(const char* text) {
    return QString::fromUtf8(text);
}

QJsonObject trivyVuln(const char* id, const char* pkg, const char* installed, const char* fixed,
                      const char* status, const char* severity, const char* title,
                      const char* description, double v3Score, const char* v3Vector,
                      const char* cwe, const char* published, const QString& layer) {
    const QString idS = s(id);
    QJsonObject v{
        {QStringLiteral("VulnerabilityID"), idS},
        {QStringLiteral("PkgID"), QString(s(pkg) + QLatin1Char('@') + s(installed))},
        {QStringLiteral("PkgName"), s(pkg)},
        {QStringLiteral("PkgIdentifier"),
         QJsonObject{{QStringLiteral("PURL"),
                      QStringLiteral("pkg:deb/debian/%1@%2?arch=amd64&distro=debian-12.7")
                          .arg(s(pkg), s(installed))}}},
        {QStringLiteral("InstalledVersion"), s(installed)},
        {QStringLiteral("Status"), s(status)},
        {QStringLiteral("Layer"), QJsonObject{{QStringLiteral("DiffID"), layer}}},
        {QStringLiteral("SeveritySource"), QStringLiteral("nvd")},
        {QStringLiteral("PrimaryURL"),
         QString(QStringLiteral("https://avd.aquasec.com/nvd/") + idS.toLower())},
        {QStringLiteral("DataSource"),
         QJsonObject{
             {QStringLiteral("ID"), QStringLiteral("debian")},
             {QStringLiteral("Name"), QStringLiteral("Debian Security Tracker")},
             {QStringLiteral("URL"),
              QStringLiteral("https://salsa.debian.org/security-tracker-team/security-tracker")}}},
        {QStringLiteral("Title"), s(title)},
        {QStringLiteral("Description"), s(description)},
        {QStringLiteral("Severity"), s(severity)},
        {QStringLiteral("CweIDs"), QJsonArray{s(cwe)}},
        {QStringLiteral("VendorSeverity"),
         QJsonObject{{QStringLiteral("nvd"), severity[0] == 'C'   ? 4
                                             : severity[0] == 'H' ? 3
                                             : severity[0] == 'M' ? 2
                                                                  : 1}}},
        {QStringLiteral("CVSS"),
         QJsonObject{{QStringLiteral("nvd"), QJsonObject{{QStringLiteral("V3Vector"), s(v3Vector)},
                                                         {QStringLiteral("V3Score"), v3Score}}}}},
        {QStringLiteral("References"),
         QJsonArray{QString(QStringLiteral("https://nvd.nist.gov/vuln/detail/") + idS)}},
        {QStringLiteral("PublishedDate"), s(published)},
        {QStringLiteral("LastModifiedDate"), s(published)},
    };
    if (fixed[0])
        v.insert(QStringLiteral("FixedVersion"), s(fixed));
    return v;
}
}  // namespace

QJsonObject DemoScanReports::trivy(const Options& o) {
    const QString image = QStringLiteral("registry.example.com/ml/%1:%2").arg(o.model, o.version);
    const QString layer = QString(QStringLiteral("sha256:") + o.imageDigestHex);
    QJsonArray os{
        trivyVuln("CVE-2011-3374", "apt", "2.6.1", "", "affected", "LOW",
                  "It was found that apt-key in apt, all versions, do not correctly validate ...",
                  "It was found that apt-key in apt, all versions, do not correctly validate gpg "
                  "keys with the master "
                  "keyring, leading to a potential man-in-the-middle attack.",
                  3.7, "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:L/A:N", "CWE-347",
                  "2019-11-26T00:15:00Z", layer),
        trivyVuln("CVE-2022-0563", "util-linux", "2.38.1-5+deb12u1", "", "affected", "LOW",
                  "util-linux: partial disclosure of arbitrary files in chfn and chsh when "
                  "compiled with libreadline",
                  "A flaw was found in the util-linux chfn and chsh utilities when compiled with "
                  "Readline support.",
                  5.5, "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N", "CWE-209",
                  "2022-02-21T19:15:00Z", layer),
        trivyVuln("CVE-2023-50495", "libncursesw6", "6.4-4", "", "affected", "MEDIUM",
                  "ncurses: segmentation fault via _nc_wrap_entry()",
                  "NCurse v6.4-20230418 was discovered to contain a segmentation fault via the "
                  "component _nc_wrap_entry().",
                  6.5, "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:N/I:N/A:H", "CWE-787",
                  "2023-12-12T15:15:00Z", layer),
    };
    if (o.critical)
        os.append(
            trivyVuln("CVE-2023-45853", "zlib1g", "1:1.2.13.dfsg-1", "", "will_not_fix", "CRITICAL",
                      "zlib: integer overflow and resultant heap-based buffer overflow in "
                      "zipOpenNewFileInZip4_6",
                      "MiniZip in zlib through 1.3 has an integer overflow and resultant "
                      "heap-based buffer overflow "
                      "in zipOpenNewFileInZip4_64 via a long filename, comment, or extra field.",
                      9.8, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CWE-190",
                      "2023-10-14T02:15:00Z", layer));
    QJsonObject python{{QStringLiteral("Target"), QStringLiteral("Python")},
                       {QStringLiteral("Class"), QStringLiteral("lang-pkgs")},
                       {QStringLiteral("Type"), QStringLiteral("python-pkg")}};
    if (o.critical) {
        QJsonObject v = trivyVuln(
            "CVE-2024-35195", "requests", "2.31.0", "2.32.0", "fixed", "MEDIUM",
            "requests: subsequent requests to the same host ignore cert verification",
            "When making requests through a Requests `Session`, if the first request is made "
            "with `verify=False` to disable cert verification, all subsequent requests to the "
            "same host will continue to ignore cert verification.",
            5.6, "CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:H/I:H/A:N", "CWE-670", "2024-05-20T21:15:00Z",
            layer);
        v.insert(QStringLiteral("PkgID"), QStringLiteral("requests@2.31.0"));
        v.insert(QStringLiteral("PkgIdentifier"),
                 QJsonObject{{QStringLiteral("PURL"), QStringLiteral("pkg:pypi/requests@2.31.0")}});
        v.insert(QStringLiteral("DataSource"),
                 QJsonObject{
                     {QStringLiteral("ID"), QStringLiteral("ghsa")},
                     {QStringLiteral("Name"), QStringLiteral("GitHub Security Advisory pip")},
                     {QStringLiteral("URL"),
                      QStringLiteral(
                          "https://github.com/advisories?query=type%3Areviewed+ecosystem%3Apip")}});
        v.insert(QStringLiteral("SeveritySource"), QStringLiteral("ghsa"));
        python.insert(QStringLiteral("Vulnerabilities"), QJsonArray{v});
    }
    return QJsonObject{
        {QStringLiteral("SchemaVersion"), 2},
        {QStringLiteral("CreatedAt"), o.createdAt},
        {QStringLiteral("ArtifactName"), image},
        {QStringLiteral("ArtifactType"), QStringLiteral("container_image")},
        {QStringLiteral("Metadata"),
         QJsonObject{
             {QStringLiteral("OS"),
              QJsonObject{{QStringLiteral("Family"), QStringLiteral("debian")},
                          {QStringLiteral("Name"), QStringLiteral("12.7")}}},
             {QStringLiteral("ImageID"), QString(QStringLiteral("sha256:") + o.imageDigestHex)},
             {QStringLiteral("DiffIDs"), QJsonArray{layer}},
             {QStringLiteral("RepoTags"), QJsonArray{image}},
             {QStringLiteral("RepoDigests"),
              QJsonArray{QStringLiteral("registry.example.com/ml/%1@sha256:%2")
                             .arg(o.model, o.imageDigestHex)}}}},
        {QStringLiteral("Results"),
         QJsonArray{QJsonObject{{QStringLiteral("Target"),
                                 QString(image + QStringLiteral(" (debian 12.7)"))},
                                {QStringLiteral("Class"), QStringLiteral("os-pkgs")},
                                {QStringLiteral("Type"), QStringLiteral("debian")},
                                {QStringLiteral("Vulnerabilities"), os}},
                    python}},
    };
}

namespace {
struct Pin {
    const char* name;
    const char* version;
};
QList<Pin> pins(bool critical) {
    return {{"numpy", "1.26.4"},
            {"pandas", "2.2.2"},
            {"scikit-learn", "1.5.0"},
            {"onnxruntime", "1.18.0"},
            {"fastapi", "0.111.0"},
            {"pydantic", "2.7.4"},
            {"requests", critical ? "2.31.0" : "2.32.3"}};
}
}  // namespace

QByteArray DemoScanReports::requirementsTxt(const Options& o) {
    QByteArray out =
        "# " + o.model.toUtf8() + " " + o.version.toUtf8() + " serving dependencies (pinned)\n";
    for (const Pin& p : pins(o.critical)) out += QByteArray(p.name) + "==" + p.version + '\n';
    return out;
}

QJsonObject DemoScanReports::pipAudit(const Options& o) {
    QJsonArray deps;
    for (const Pin& p : pins(o.critical)) {
        QJsonArray vulns;
        if (o.critical && qstrcmp(p.name, "requests") == 0)
            vulns.append(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("GHSA-9wx4-h78v-vm56")},
                {QStringLiteral("fix_versions"), QJsonArray{QStringLiteral("2.32.0")}},
                {QStringLiteral("aliases"), QJsonArray{QStringLiteral("CVE-2024-35195")}},
                {QStringLiteral("description"),
                 QStringLiteral("When making requests through a Requests `Session`, if the first "
                                "request is made with "
                                "`verify=False` to disable cert verification, all subsequent "
                                "requests to the same host "
                                "will continue to ignore cert verification regardless of changes "
                                "to the value of "
                                "`verify`.")}});
        deps.append(QJsonObject{{QStringLiteral("name"), s(p.name)},
                                {QStringLiteral("version"), s(p.version)},
                                {QStringLiteral("vulns"), vulns}});
    }
    return QJsonObject{{QStringLiteral("dependencies"), deps},
                       {QStringLiteral("fixes"), QJsonArray{}}};
}

QJsonObject DemoScanReports::npmAudit(const Options& o) {
    Q_UNUSED(o)
    const QJsonObject micromatch{
        {QStringLiteral("name"), QStringLiteral("micromatch")},
        {QStringLiteral("severity"), QStringLiteral("moderate")},
        {QStringLiteral("isDirect"), false},
        {QStringLiteral("via"),
         QJsonArray{QJsonObject{
             {QStringLiteral("source"), 1098681},
             {QStringLiteral("name"), QStringLiteral("micromatch")},
             {QStringLiteral("dependency"), QStringLiteral("micromatch")},
             {QStringLiteral("title"),
              QStringLiteral("Regular Expression Denial of Service (ReDoS) in micromatch")},
             {QStringLiteral("url"),
              QStringLiteral("https://github.com/advisories/GHSA-952p-6rrq-rcjv")},
             {QStringLiteral("severity"), QStringLiteral("moderate")},
             {QStringLiteral("cwe"), QJsonArray{QStringLiteral("CWE-1333")}},
             {QStringLiteral("cvss"),
              QJsonObject{{QStringLiteral("score"), 5.3},
                          {QStringLiteral("vectorString"),
                           QStringLiteral("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L")}}},
             {QStringLiteral("range"), QStringLiteral("<4.0.8")}}}},
        {QStringLiteral("effects"), QJsonArray{}},
        {QStringLiteral("range"), QStringLiteral("<4.0.8")},
        {QStringLiteral("nodes"), QJsonArray{QStringLiteral("node_modules/micromatch")}},
        {QStringLiteral("fixAvailable"), true}};
    return QJsonObject{
        {QStringLiteral("auditReportVersion"), 2},
        {QStringLiteral("vulnerabilities"),
         QJsonObject{{QStringLiteral("micromatch"), micromatch}}},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("vulnerabilities"), QJsonObject{{QStringLiteral("info"), 0},
                                                             {QStringLiteral("low"), 0},
                                                             {QStringLiteral("moderate"), 1},
                                                             {QStringLiteral("high"), 0},
                                                             {QStringLiteral("critical"), 0},
                                                             {QStringLiteral("total"), 1}}},
             {QStringLiteral("dependencies"), QJsonObject{{QStringLiteral("prod"), 142},
                                                          {QStringLiteral("dev"), 311},
                                                          {QStringLiteral("optional"), 27},
                                                          {QStringLiteral("peer"), 4},
                                                          {QStringLiteral("peerOptional"), 0},
                                                          {QStringLiteral("total"), 452}}}}}};
}

}  // namespace countersign
