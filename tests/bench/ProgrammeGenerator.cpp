#include "ProgrammeGenerator.h"

#include "core/TimeRules.h"

#include <QStringList>
#include <QUuid>

#include <random>

using namespace Qt::Literals::StringLiterals;

namespace
{
const char *const kTopics[] = {
    "Kubernetes",
    "Rust",
    "Python",
    "PostgreSQL",
    "Linux",
    "kernel",
    "WebAssembly",
    "JavaScript",
    "TypeScript",
    "Go",
    "LLVM",
    "GCC",
    "compilers",
    "Wayland",
    "GNOME",
    "KDE",
    "Qt",
    "systemd",
    "containers",
    "eBPF",
    "RISC-V",
    "ARM",
    "firmware",
    "Debian",
    "Fedora",
    "NixOS",
    "Guix",
    "packaging",
    "reproducible",
    "builds",
    "security",
    "cryptography",
    "TLS",
    "OpenSSL",
    "privacy",
    "Matrix",
    "email",
    "DNS",
    "IPv6",
    "networking",
    "routing",
    "BGP",
    "storage",
    "Ceph",
    "ZFS",
    "Btrfs",
    "databases",
    "SQLite",
    "Redis",
    "observability",
    "tracing",
    "metrics",
    "Prometheus",
    "Grafana",
    "CI",
    "testing",
    "fuzzing",
    "sanitizers",
    "debugging",
    "profiling",
    "performance",
    "memory",
    "allocators",
    "concurrency",
    "async",
    "actors",
    "distributed",
    "consensus",
    "Raft",
    "CRDTs",
    "offline-first",
    "mobile",
    "Android",
    "accessibility",
    "localisation",
    "typography",
    "fonts",
    "graphics",
    "Vulkan",
    "Mesa",
    "GPU",
    "audio",
    "PipeWire",
    "video",
    "codecs",
    "FFmpeg",
    "robotics",
    "embedded",
    "Zephyr",
    "microcontrollers",
    "FPGA",
    "hardware",
    "open",
    "source",
    "community",
    "governance",
    "licensing",
    "funding",
    "documentation",
    "education",
    "science",
    "HPC",
    "Julia",
    "R",
    "machine",
    "learning",
    "LLMs",
    "inference",
    "OpenStreetMap",
    "geospatial",
    "mapping",
    "legal",
    "policy",
    "sustainability",
    "energy",
    "federation",
    "ActivityPub",
    "Mastodon",
    "browsers",
    "Firefox",
    "Chromium",
    "WebRTC",
    "HTTP/3",
    "QUIC",
    "caching",
    "CDN",
    "serverless",
    "Stack",
    "Overflow",
    "Haskell",
    "OCaml",
    "Erlang",
    "Elixir",
    "Zig",
    "Nim",
    "Lua",
    "Perl",
    "Ruby",
    "PHP",
    "Java",
    "Kotlin",
    "Scala",
    "Clojure",
    "Lisp",
};
const char *const kFiller[] = {
    "a",          "the",     "for",       "with",     "and",     "in",   "of",    "to",           "beyond",   "without",
    "at",         "scale",   "lessons",   "learned",  "from",    "ten",  "years", "introduction", "deep",     "dive",
    "into",       "state",   "practical", "building", "modern",  "fast", "safe",  "simple",       "small",    "large",
    "new",        "old",     "better",    "how",      "we",      "made", "our",   "your",         "next",     "generation",
    "everything", "nothing", "about",     "towards",  "journey", "case", "study", "tools",        "approach",
};
const char *const kFirstNames[] = {
    "Zoë",  "Ann",    "José",  "Bo",    "Łukasz", "Mei",   "Olumide", "Søren",  "Priya",  "Jürgen", "Chloé", "Dmitri",
    "Aiko", "Fatima", "Noah",  "Ines",  "Mateo",  "Björn", "Amélie",  "Tomasz", "Sven",   "Kwame",  "Rosa",  "Hélène",
    "Ivan", "Lena",   "Marco", "Nadia", "Oskar",  "Pia",   "Quentin", "Rania",  "Stefan", "Tereza", "Uma",   "Vera",
};
const char *const kLastNames[] = {
    "Nowak",  "Müller", "García",  "Smith",   "Okafor", "Tanaka", "Ødegaard", "Dubois",    "Kowalski", "Novák",   "Rossi",
    "Jensen", "Silva",  "Ivanova", "Chen",    "Kaur",   "Haddad", "O'Brien",  "Nguyen",    "Fischer",  "Lefèvre", "Santos",
    "Petrov", "Larsen", "Moreau",  "Horváth", "Yılmaz", "Kim",    "Schmidt",  "Andersson", "Costa",    "Brown",
};

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

template <typename T, std::size_t N> QString pick(const T (&list)[N], std::mt19937 &random)
{
    return QString::fromUtf8(list[std::uniform_int_distribution<std::size_t>(0, N - 1)(random)]);
}

QString words(int count, std::mt19937 &random, bool capitalise)
{
    QStringList out;
    for (int i = 0; i < count; ++i) {
        // About a third topic words, the rest the glue of real titles and abstracts.
        QString word = std::uniform_int_distribution<int>(0, 2)(random) == 0 ? pick(kTopics, random) : pick(kFiller, random);
        if (capitalise && (i == 0 || word.size() > 3))
            word[0] = word[0].toUpper();
        out.append(word);
    }
    return out.join(u' ');
}
} // namespace

namespace ProgrammeGenerator
{

QStringList typedQueries()
{
    return {u"kubernetes"_s,   u"rust async"_s,         u"python packaging"_s,
            u"zoe"_s,          u"postgres"_s,           u"linux kernel"_s,
            u"webassembly"_s,  u"stackover"_s,          u"reproducible builds"_s,
            u"lukasz nowak"_s, u"security"_s,           u"machine learning"_s,
            u"wayland"_s,      u"fuzzing sanitizers"_s, u"muller"_s,
            u"openstreetmap"_s};
}

QByteArray scheduleXml(int eventCount, QDate firstDay)
{
    std::mt19937 random(7);
    const QTimeZone zone = TimeRules::zoneFromId(u"Europe/Berlin"_s);
    constexpr int kRooms = 40;
    constexpr int kSlots = 25;
    constexpr int kPerDay = kRooms * kSlots;
    const int days = std::max(1, (eventCount + kPerDay - 1) / kPerDay);
    QByteArray out;
    out.reserve(qsizetype(eventCount) * 2200 + 4096);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n  <version>bench</version>\n  <conference>\n"
           "    <acronym>bench</acronym>\n    <title>Benchmark Conference</title>\n";
    out += "    <start>" + firstDay.toString(Qt::ISODate).toUtf8() + "</start>\n";
    out += "    <end>" + firstDay.addDays(days - 1).toString(Qt::ISODate).toUtf8() + "</end>\n";
    out += "    <days>" + QByteArray::number(days)
        + "</days>\n    <day_change>04:00</day_change>\n"
          "    <timeslot_duration>00:05</timeslot_duration>\n    <time_zone_name>Europe/Berlin</time_zone_name>\n"
          "  </conference>\n";
    int written = 0;
    for (int d = 0; d < days && written < eventCount; ++d) {
        const QDate date = firstDay.addDays(d);
        const QByteArray iso = date.toString(Qt::ISODate).toUtf8();
        out += "  <day index=\"" + QByteArray::number(d + 1) + "\" date=\"" + iso + "\" start=\""
            + TimeRules::isoWithOffset(TimeRules::localToUtc(date, QTime(8, 0), zone), zone).toUtf8() + "\" end=\""
            + TimeRules::isoWithOffset(TimeRules::localToUtc(date, QTime(21, 0), zone), zone).toUtf8() + "\">\n";
        for (int r = 0; r < kRooms && written < eventCount; ++r) {
            out += "    <room name=\"Room " + QByteArray::number(r) + "\">\n";
            for (int s = 0; s < kSlots && written < eventCount; ++s) {
                ++written;
                const QTime time(8 + s / 2, (s % 2) * 30);
                const QDateTime start = TimeRules::localToUtc(date, time, zone);
                const QString title = words(std::uniform_int_distribution<int>(3, 11)(random), random, true);
                const QString subtitle = std::uniform_int_distribution<int>(0, 3)(random) == 0
                    ? words(std::uniform_int_distribution<int>(4, 9)(random), random, false)
                    : QString();
                QString abstract;
                const int paragraphs = std::uniform_int_distribution<int>(1, 4)(random);
                for (int p = 0; p < paragraphs; ++p) {
                    abstract += u"<p>"_s + words(std::uniform_int_distribution<int>(40, 65)(random), random, false) + u".</p>"_s;
                    if (p == 0)
                        abstract += u"<ul><li>first point</li><li>second point with “quotes” &amp; émoji 👩‍💻</li></ul>"_s;
                }
                const int speakers = std::uniform_int_distribution<int>(1, 3)(random);
                const QByteArray uuid =
                    QUuid::fromRfc4122(QByteArray::number(written).rightJustified(16, '0')).toString(QUuid::WithoutBraces).toUtf8();
                out += "      <event guid=\"" + uuid + "\" id=\"" + QByteArray::number(written) + "\">\n";
                out += "        <date>" + TimeRules::isoWithOffset(start, zone).toUtf8() + "</date>\n";
                out += "        <start>" + time.toString(u"HH:mm"_s).toUtf8() + "</start>\n";
                out += "        <duration>00:30</duration>\n";
                out += "        <room>Room " + QByteArray::number(r) + "</room>\n";
                out += "        <slug>bench-" + QByteArray::number(written) + "</slug>\n";
                out += "        <url>https://example.org/talk/" + QByteArray::number(written) + "</url>\n";
                out += "        <title>" + escaped(title) + "</title>\n";
                out +=
                    subtitle.isEmpty() ? QByteArray("        <subtitle/>\n") : "        <subtitle>" + escaped(subtitle) + "</subtitle>\n";
                const QString track = QString::fromUtf8(kTopics[std::uniform_int_distribution<int>(0, 29)(random)]);
                out += "        <track>" + escaped(track + u" track"_s) + "</track>\n";
                out += "        <type>lecture</type>\n        <language>en</language>\n";
                out += "        <abstract>" + escaped(abstract) + "</abstract>\n";
                out += "        <description/>\n        <persons>\n";
                for (int p = 0; p < speakers; ++p) {
                    out += "          <person id=\"" + QByteArray::number(written * 3 + p) + "\">"
                        + escaped(pick(kFirstNames, random) + u' ' + pick(kLastNames, random)) + "</person>\n";
                }
                out += "        </persons>\n        <links>\n";
                out += "          <link href=\"https://example.org/slides/" + QByteArray::number(written) + ".pdf\">Slides</link>\n";
                out += "          <link href=\"https://media.ccc.de/v/bench-" + QByteArray::number(written) + "\">Video</link>\n";
                out += "        </links>\n      </event>\n";
            }
            out += "    </room>\n";
        }
        out += "  </day>\n";
    }
    out += "</schedule>\n";
    return out;
}

} // namespace ProgrammeGenerator
