#pragma once

#include <QByteArray>

#include <algorithm>

/**
 * A large, valid schedule.xml for size and timing tests: "Big Conference" (bigcon), three days in
 * Australia/Hobart, `count` five-minute talks over twenty rooms or more. `version` moves every talk by that
 * many minutes and puts "v<version>" in every title, so two versions differ in every event.
 */
inline QByteArray generatedFeed(int count, int version)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule><version>" + QByteArray::number(version)
        + "</version><conference><acronym>bigcon</acronym><title>Big Conference</title>"
          "<start>2013-07-05</start><end>2013-07-07</end><days>3</days>"
          "<time_zone_name>Australia/Hobart</time_zone_name></conference>\n";
    // At most 180 five-minute slots a day (08:00 to 23:00), in as many rooms as that takes.
    const int rooms = std::max(20, (count + 3 * 180 - 1) / (3 * 180));
    const int perRoom = (count + 3 * rooms - 1) / (3 * rooms);
    int made = 0;
    for (int day = 0; day < 3; ++day) {
        const QByteArray date = "2013-07-0" + QByteArray::number(5 + day);
        xml += "<day index=\"" + QByteArray::number(day + 1) + "\" date=\"" + date + "\">";
        for (int room = 0; room < rooms && made < count; ++room) {
            xml += "<room name=\"Room " + QByteArray::number(room) + "\">";
            for (int slot = 0; slot < perRoom && made < count; ++slot, ++made) {
                const int minutes = 8 * 60 + slot * 5 + version;
                const QByteArray start =
                    QByteArray::number(minutes / 60).rightJustified(2, '0') + ':' + QByteArray::number(minutes % 60).rightJustified(2, '0');
                const QByteArray n = QByteArray::number(made);
                xml += "<event guid=\"big-" + n + "\" id=\"" + n + "\"><date>" + date + "T" + start + ":00+10:00</date><start>" + start
                    + "</start><duration>00:05</duration><room>Room " + QByteArray::number(room) + "</room><title>Talk " + n + " v"
                    + QByteArray::number(version) + "</title><type>talk</type><language>en</language><abstract>Abstract of talk " + n
                    + ", long enough to be a realistic paragraph of text about what the talk covers.</abstract>"
                      "<persons><person id=\""
                    + n + "\">Speaker " + n + "</person></persons></event>";
            }
            xml += "</room>";
        }
        xml += "</day>\n";
    }
    xml += "</schedule>\n";
    return xml;
}
