<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../qml/components/AboutDialog.qml" line="+15"/>
        <source>About Lanyard</source>
        <translation>Über Lanyard</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lanyard icon</source>
        <translation>Lanyard-Symbol</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A companion for conference attendees: programmes, timetable and agenda, offline.</source>
        <translation>Ein Begleiter für Konferenzbesucher: Programme, Zeitplan und Agenda, auch offline.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lanyard is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation>Lanyard ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und/oder verändern. Es wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the licence</source>
        <translation>Lizenz lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the GNU General Public License in the browser</source>
        <translation>Die GNU General Public License im Browser lesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundled programme</source>
        <translation>Mitgeliefertes Programm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lanyard comes with the programme of PyCon Australia 2013 (5–7 July 2013, Wrest Point, Hobart) so that it shows a real conference without a network. It was compiled from:</source>
        <translation>Lanyard enthält das Programm der PyCon Australia 2013 (5.–7. Juli 2013, Wrest Point, Hobart), damit es auch ohne Netzwerk eine echte Konferenz zeigt. Es wurde zusammengestellt aus:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the archived conference site (2013.pycon-au.org, the pyconau/2013-archive repository): schedule grids and miniconf pages</source>
        <translation>der archivierten Konferenzseite (2013.pycon-au.org, Repository pyconau/2013-archive): Zeitpläne und Miniconf-Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pyvideo.org&apos;s data (CC0): recording links on YouTube and archive.org; the recordings are licensed CC-BY-SA</source>
        <translation>den Daten von pyvideo.org (CC0): Links zu Aufzeichnungen auf YouTube und archive.org; die Aufzeichnungen stehen unter CC-BY-SA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the PyCon AU archives (pyconau/archives)</source>
        <translation>den Archiven der PyCon AU (pyconau/archives)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinates of the venue and places around Hobart, each from its cited source (encyclopedia infoboxes, the Gazetteer of Australia)</source>
        <translation>Koordinaten des Veranstaltungsorts und von Orten rund um Hobart, jeweils aus der angegebenen Quelle (Infoboxen einer Enzyklopädie, Gazetteer of Australia)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Talk abstracts were not copied. Some details are missing in the sources, for example the title of the dinner keynote and the speakers of the lightning talks.</source>
        <translation>Zusammenfassungen der Vorträge wurden nicht übernommen. In den Quellen fehlen einige Angaben, etwa der Titel der Dinner-Keynote und die Vortragenden der Lightning Talks.</translation>
    </message>
</context>
<context>
    <name>AgendaFiles</name>
    <message>
        <location filename="../../app/models/AgendaFiles.cpp" line="+128"/>
        <source>Unknown export format &quot;%1&quot;.</source>
        <translation>Unbekanntes Exportformat „%1“.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Exports are written to files on this computer; %1 is not one.</source>
        <translation>Exporte werden in Dateien auf diesem Rechner geschrieben; %1 ist keine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder: type a file name to export to.</source>
        <translation>%1 ist ein Ordner: Geben Sie einen Dateinamen für den Export ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was saved: the folder %1 does not exist.</source>
        <translation>Nichts wurde gespeichert: Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved: you may not write in the folder %1.</source>
        <translation>Nichts wurde gespeichert: Sie dürfen im Ordner %1 nicht schreiben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+24"/>
        <location line="+4"/>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Backup saved to %1.</source>
        <translation>Sicherung in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda exported to %1.</source>
        <translation>Agenda nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown printout &quot;%1&quot;.</source>
        <translation>Unbekannter Ausdruck „%1“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Printed to %1.</source>
        <translation>Gedruckt nach %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only files on this computer can be restored, not %1.</source>
        <translation>Nur Dateien auf diesem Rechner lassen sich wiederherstellen, nicht %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und eine weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../qml/pages/AgendaPage.qml" line="+15"/>
        <location line="+97"/>
        <source>My agenda</source>
        <translation>Meine Agenda</translation>
    </message>
    <message numerus="yes">
        <location line="-73"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> · %n in conflict</source>
        <translation>
            <numerusform> · %n im Konflikt</numerusform>
            <numerusform> · %n im Konflikt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All conferences</source>
        <translation>Alle Konferenzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the bookmarks of all conferences</source>
        <translation>Die Lesezeichen aller Konferenzen anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the agenda to a calendar, spreadsheet or document file</source>
        <translation>Die Agenda als Kalender-, Tabellen- oder Textdatei exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar, CSV or Markdown (Ctrl+E)</source>
        <translation>iCalendar, CSV oder Markdown (Strg+E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print my agenda, or save it as PDF</source>
        <translation>Meine Agenda drucken oder als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print, or save as PDF (Ctrl+P)</source>
        <translation>Drucken oder als PDF speichern (Strg+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back up…</source>
        <translation>Sichern …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a backup of bookmarks, notes, ratings, watched marks, trips and places</source>
        <translation>Eine Sicherung der Lesezeichen, Notizen, Bewertungen, Gesehen-Markierungen, Ausflüge und Orte speichern</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Enter opens (a trip: its editor) · Space removes the bookmark · V plays the recording · Delete dismisses a cancelled event</source>
        <translation>Eingabe öffnet (einen Ausflug zum Bearbeiten) · Leertaste entfernt das Lesezeichen · V spielt die Aufzeichnung ab · Entf blendet eine abgesagte Veranstaltung aus</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>iCalendar (.ics)</source>
        <translation>iCalendar (.ics)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV spreadsheet (.csv)</source>
        <translation>CSV-Tabelle (.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown document (.md)</source>
        <translation>Markdown-Dokument (.md)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up bookmarks, notes, ratings and trips</source>
        <translation>Lesezeichen, Notizen, Bewertungen und Ausflüge sichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lanyard backup (.json)</source>
        <translation>Lanyard-Sicherung (.json)</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore a backup, or bookmark the events of a calendar file</source>
        <translation>Eine Sicherung wiederherstellen oder die Veranstaltungen einer Kalenderdatei mit Lesezeichen versehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Lanyard backup (.json) or another app&apos;s calendar (.ics)</source>
        <translation>Eine Lanyard-Sicherung (.json) oder der Kalender einer anderen App (.ics)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Nothing bookmarked yet.</source>
        <translation>Noch keine Lesezeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Star talks in the schedule (Space or Ctrl+D), or restore a backup.</source>
        <translation>Markieren Sie Vorträge im Programm mit einem Stern (Leertaste oder Strg+D) oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export my agenda</source>
        <translation>Meine Agenda exportieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save backup</source>
        <translation>Sicherung speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore a backup or a calendar</source>
        <translation>Eine Sicherung oder einen Kalender wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups and calendars (*.json *.ics)</source>
        <translation>Sicherungen und Kalender (*.json *.ics)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>AgendaPrint</name>
    <message>
        <location filename="../../app/agenda/AgendaPrint.cpp" line="+25"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Where: %1 (room change from %2)</source>
        <translation>Wo: %1 (Raumwechsel von %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where: %1</source>
        <translation>Wo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who: %1</source>
        <translation>Wer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker: %1</source>
        <translation>Vortragende Person: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers: %1</source>
        <translation>Vortragende: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clashes with: %1</source>
        <translation>Überschneidet sich mit: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>trip</source>
        <translation>Ausflug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must see</source>
        <translation>unbedingt sehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>maybe</source>
        <translation>vielleicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rated %1 of 5</source>
        <translation>mit %1 von 5 bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>watched</source>
        <translation>gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled: no longer in the programme</source>
        <translation>abgesagt: steht nicht mehr im Programm</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing bookmarked yet.</source>
        <translation>Noch keine Lesezeichen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Times in %1 (UTC%2)</source>
        <translation>Zeiten in %1 (UTC%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
</context>
<context>
    <name>AgendaRow</name>
    <message>
        <location filename="../../qml/components/AgendaRow.qml" line="+64"/>
        <source>Room change: %1 → %2. </source>
        <translation>Raumwechsel: %1 → %2. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip: </source>
        <translation>Ausflug: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, by %1</source>
        <translation>, von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, maybe</source>
        <translation>, vielleicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, must see</source>
        <translation>, unbedingt sehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, with %1</source>
        <translation>, mit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, rated %1 of 5</source>
        <translation>, mit %1 von 5 bewertet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, conflicts with %1</source>
        <translation>, überschneidet sich mit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, cancelled</source>
        <translation>, abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, watched</source>
        <translation>, gesehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, friends going: %1</source>
        <translation>, Freunde gehen hin: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan a trip here</source>
        <translation>Hier einen Ausflug planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the %1 free before %2</source>
        <translation>%1 frei vor %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Room change: %1 → %2</source>
        <translation>Raumänderung: %1 → %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Must see</source>
        <translation>Unbedingt sehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trip</source>
        <translation>Ausflug</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Watched</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watch</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rated %1 of 5</source>
        <translation>Bewertet mit %1 von 5</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Conflicts with %1</source>
        <translation>Überschneidet sich mit %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dismiss the cancelled event %1</source>
        <translation>Die abgesagte Veranstaltung %1 ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: no longer in the programme. Take it off my agenda (Delete)</source>
        <translation>Abgesagt: steht nicht mehr im Programm. Aus meiner Agenda nehmen (Entf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Watch the recording of %1</source>
        <translation>Die Aufzeichnung von %1 ansehen</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../app/models/AppController.cpp" line="+258"/>
        <source>Only a track, room, language or type can be hidden, not a &quot;%1&quot;.</source>
        <translation>Ausblenden lassen sich nur Track, Raum, Sprache oder Art, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>The hidden items could not be saved: %1</source>
        <translation>Das Ausgeblendete konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <source>The bookmark could not be saved: %1</source>
        <translation>Das Lesezeichen konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The note could not be saved: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rating could not be saved: %1</source>
        <translation>Die Bewertung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The watched mark could not be saved: %1</source>
        <translation>Die Gesehen-Markierung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cancelled event could not be dismissed: %1</source>
        <translation>Die abgesagte Veranstaltung konnte nicht ausgeblendet werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lanyard opens only http, https and mailto links, not &quot;%1&quot;.</source>
        <translation>Lanyard öffnet nur http-, https- und mailto-Links, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>BookmarkButton</name>
    <message>
        <location filename="../../qml/components/BookmarkButton.qml" line="+22"/>
        <source>Bookmark: %1</source>
        <translation>Lesezeichen setzen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In my agenda</source>
        <translation>In meiner Agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not in my agenda</source>
        <translation>Nicht in meiner Agenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove from my agenda</source>
        <translation>Aus meiner Agenda entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to my agenda</source>
        <translation>Zu meiner Agenda hinzufügen</translation>
    </message>
</context>
<context>
    <name>CalendarController</name>
    <message>
        <location filename="../../app/models/CalendarController.cpp" line="+72"/>
        <source>%1 at %2 as %3</source>
        <translation>%1 auf %2 als %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing…</source>
        <translation>Wird abgeglichen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync failed: %1</source>
        <translation>Letzter Abgleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last synced %1</source>
        <translation>Zuletzt abgeglichen: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Calendars cannot be connected here.</source>
        <translation>Kalender können hier nicht verbunden werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sync is running; try again when it is done.</source>
        <translation>Ein Abgleich läuft; bitte danach erneut versuchen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an http or https address</source>
        <translation>„%1“ ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the user name on the calendar server.</source>
        <translation>Bitte den Benutzernamen auf dem Kalenderserver angeben.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No password for %1: there is no keyring, or it has none. Enter it for this session.</source>
        <translation>Kein Passwort für %1: Es gibt keinen Schlüsselbund, oder er enthält keines. Bitte für diese Sitzung eingeben.</translation>
    </message>
</context>
<context>
    <name>CatchUpPage</name>
    <message>
        <location filename="../../qml/pages/CatchUpPage.qml" line="+14"/>
        <source>Catch up</source>
        <translation>Nachholen</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n recording(s) to watch</source>
        <translation>
            <numerusform>%n Aufzeichnung zum Ansehen</numerusform>
            <numerusform>%n Aufzeichnungen zum Ansehen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This conference only</source>
        <translation>Nur diese Konferenz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recordings to catch up on</source>
        <translation>Aufzeichnungen zum Nachholen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter plays the recording · W marks it watched · O opens the talk</source>
        <translation>Eingabe spielt die Aufzeichnung ab · W markiert sie als gesehen · O öffnet den Vortrag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to catch up on.</source>
        <translation>Nichts nachzuholen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookmarked talks appear here once they are over and their recording is online, until you mark them watched.</source>
        <translation>Vorträge mit Lesezeichen erscheinen hier, sobald sie vorbei sind und ihre Aufzeichnung online ist, bis Sie sie als gesehen markieren.</translation>
    </message>
</context>
<context>
    <name>CatchUpRow</name>
    <message>
        <location filename="../../qml/components/CatchUpRow.qml" line="+29"/>
        <source>%1, %2, recording available</source>
        <translation>%1, %2, Aufzeichnung verfügbar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Watch on %1</source>
        <translation>Auf %1 ansehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Watch the recording of %1</source>
        <translation>Die Aufzeichnung von %1 ansehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark watched</source>
        <translation>Als gesehen markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark %1 as watched</source>
        <translation>%1 als gesehen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark watched (W)</source>
        <translation>Als gesehen markieren (W)</translation>
    </message>
</context>
<context>
    <name>ChangeListView</name>
    <message>
        <location filename="../../qml/components/ChangeListView.qml" line="+19"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>ChangeRow</name>
    <message>
        <location filename="../../qml/components/ChangeRow.qml" line="+31"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Verlegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New time</source>
        <translation>Neue Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
</context>
<context>
    <name>ChangeSectionHeader</name>
    <message>
        <location filename="../../qml/components/ChangeSectionHeader.qml" line="+15"/>
        <source>Your agenda</source>
        <translation>Ihre Agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everything else</source>
        <translation>Alles andere</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <location filename="../../app/agenda/ChangeText.cpp" line="+54"/>
        <source>New: %1, %2.</source>
        <translation>Neu: %1, %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your talk %1 was cancelled.</source>
        <translation>Ihr Vortrag %1 wurde abgesagt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgesagt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your talk %1 now takes place in %2.</source>
        <translation>Ihr Vortrag %1 findet jetzt in %2 statt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 now takes place in %2.</source>
        <translation>%1 findet jetzt in %2 statt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your talk %1 no longer has a room (was %2).</source>
        <translation>Ihr Vortrag %1 hat keinen Raum mehr (war %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer has a room (was %2).</source>
        <translation>%1 hat keinen Raum mehr (war %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your talk %1 moved from %2 to %3.</source>
        <translation>Ihr Vortrag %1 wurde von %2 nach %3 verlegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 moved from %2 to %3.</source>
        <translation>%1 wurde von %2 nach %3 verlegt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your talk %1 now runs %2 (was %3).</source>
        <translation>Ihr Vortrag %1 findet jetzt %2 statt (war %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 now runs %2 (was %3).</source>
        <translation>%1 findet jetzt %2 statt (war %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your talk %1 is now called %2.</source>
        <translation>Ihr Vortrag %1 heißt jetzt %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is now called %2.</source>
        <translation>%1 heißt jetzt %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your talk %1 no longer lists speakers (was %2).</source>
        <translation>Ihr Vortrag %1 nennt keine Vortragenden mehr (war %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 no longer lists speakers (was %2).</source>
        <translation>%1 nennt keine Vortragenden mehr (war %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your talk %1 is now given by %2 (was %3).</source>
        <translation>Ihr Vortrag %1 wird jetzt von %2 gehalten (war %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is now given by %2 (was %3).</source>
        <translation>%1 wird jetzt von %2 gehalten (war %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody named</source>
        <translation>niemand genannt</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <location filename="../../qml/pages/ChangesPage.qml" line="+14"/>
        <location line="+8"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the last update of %1</source>
        <translation>in der letzten Aktualisierung von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) in the last update of %1</source>
        <translation>
            <numerusform>%n Änderung in der letzten Aktualisierung von %1</numerusform>
            <numerusform>%n Änderungen in der letzten Aktualisierung von %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark all as seen</source>
        <translation>Alle als gesehen markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the New and Changed marks from the schedule</source>
        <translation>Die Markierungen „Neu“ und „Geändert“ aus dem Programm entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removes the New and Changed marks from the schedule</source>
        <translation>Entfernt die Markierungen „Neu“ und „Geändert“ aus dem Programm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From your calendar</source>
        <translation>Aus Ihrem Kalender</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The last update of this conference changed nothing. Updates come from subscriptions (see Conferences) and from importing a newer file.</source>
        <translation>Die letzte Aktualisierung dieser Konferenz hat nichts geändert. Aktualisierungen kommen aus Abonnements (siehe Konferenzen) und aus dem Import einer neueren Datei.</translation>
    </message>
</context>
<context>
    <name>ConferenceHeader</name>
    <message>
        <location filename="../../qml/components/ConferenceHeader.qml" line="+32"/>
        <source>No conference</source>
        <translation>Keine Konferenz</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Switch conference</source>
        <translation>Konferenz wechseln</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Schedule view</source>
        <translation>Ansicht des Programms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timetable</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rooms side by side (Ctrl+T)</source>
        <translation>Räume nebeneinander (Strg+T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grouped by time slot (Ctrl+L)</source>
        <translation>Nach Zeitfenstern gruppiert (Strg+L)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter (on)</source>
        <translation>Filter (an)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter the schedule by track, room and type</source>
        <translation>Programm nach Track, Raum und Art filtern</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../../qml/pages/ConferencesPage.qml" line="+15"/>
        <location line="+3"/>
        <location line="+238"/>
        <source>Conferences</source>
        <translation>Konferenzen</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Subscribe…</source>
        <translation>Abonnieren …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subscribe to a conference&apos;s feed</source>
        <translation>Das Programm einer Konferenz abonnieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow a conference&apos;s published programme (Ctrl+Shift+N)</source>
        <translation>Dem veröffentlichten Programm einer Konferenz folgen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import file…</source>
        <translation>Datei importieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a schedule file</source>
        <translation>Eine Programmdatei importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a schedule.xml, schedule.json or .ics file (Ctrl+O). You can also drop a file on the window.</source>
        <translation>Eine schedule.xml-, schedule.json- oder .ics-Datei importieren (Strg+O). Sie können eine Datei auch auf das Fenster ziehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh all</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh every subscription now</source>
        <translation>Jetzt alle Abonnements aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch every subscribed programme now (F5)</source>
        <translation>Jetzt jedes abonnierte Programm abrufen (F5)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>, last sync failed</source>
        <translation>, letzte Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Shown</source>
        <translation>Angezeigt</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subscribed to %1</source>
        <translation>Abonniert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundled with Lanyard</source>
        <translation>Mit Lanyard mitgeliefert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last synced %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sync progress</source>
        <translation>Fortschritt der Aktualisierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the programme…</source>
        <translation>Programm wird gelesen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading… %1</source>
        <translation>Wird geladen … %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last sync failed: %1.</source>
        <translation>Letzte Aktualisierung fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanyard will try again shortly.</source>
        <translation>Lanyard versucht es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The programme you have is unchanged.</source>
        <translation>Ihr Programm ist unverändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show programme</source>
        <translation>Programm anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the programme of %1</source>
        <translation>Das Programm von %1 anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh %1 now</source>
        <translation>%1 jetzt aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change address…</source>
        <translation>Adresse ändern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the feed address of %1</source>
        <translation>Die Programmadresse von %1 ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unsubscribe</source>
        <translation>Abonnement beenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This system does not tell Lanyard when the network comes back: subscriptions refresh on start, every 30 minutes during a conference, and when you press Refresh.</source>
        <translation>Dieses System meldet Lanyard nicht, wenn das Netz wieder da ist: Abonnements werden beim Start, während einer Konferenz regelmäßig und auf Knopfdruck aktualisiert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No conferences yet. Subscribe to one, import a file, or drop a file here.</source>
        <translation>Noch keine Konferenzen. Abonnieren Sie eine, importieren Sie eine Datei oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its programme and its subscription are removed from Lanyard.</source>
        <translation>Ihr Programm und ihr Abonnement werden aus Lanyard entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its programme is removed from Lanyard.</source>
        <translation>Ihr Programm wird aus Lanyard entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your bookmarks, notes and ratings for it are kept, and come back if you import or subscribe to it again.</source>
        <translation>Ihre Lesezeichen, Notizen und Bewertungen dazu bleiben erhalten und sind wieder da, wenn Sie die Konferenz erneut importieren oder abonnieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the conference</source>
        <translation>Die Konferenz entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Change the address of %1</source>
        <translation>Die Adresse von %1 ändern</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The conference and your bookmarks, notes and ratings stay. If the new address cannot be read, the old one is kept.</source>
        <translation>Die Konferenz und Ihre Lesezeichen, Notizen und Bewertungen bleiben. Lässt sich die neue Adresse nicht lesen, bleibt die alte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New address of the programme</source>
        <translation>Neue Adresse des Programms</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fetching from the new address…</source>
        <translation>Wird von der neuen Adresse abgerufen …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DatabaseSetAsideDialog</name>
    <message>
        <location filename="../../qml/components/DatabaseSetAsideDialog.qml" line="+24"/>
        <source>Database from a newer Lanyard</source>
        <translation>Datenbank aus einer neueren Lanyard-Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database could not be opened</source>
        <translation>Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database %1 was written by a newer version of Lanyard, which this version cannot read.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Lanyard geschrieben, die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 is not a Lanyard database.</source>
        <translation>Die Datei %1 ist keine Lanyard-Datenbank.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 is damaged.</source>
        <translation>Die Datenbank %1 ist beschädigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was deleted: the file was moved aside, and Lanyard started with a new database in its place. The file is now:</source>
        <translation>Nichts wurde gelöscht: Die Datei wurde beiseitegelegt, und Lanyard hat an ihrer Stelle mit einer neuen Datenbank begonnen. Die Datei liegt jetzt hier:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the file was kept</source>
        <translation>Wo die Datei aufbewahrt wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To go on using it, open it with the newer Lanyard after renaming it back. To bring your bookmarks, notes and ratings here instead, restore a backup in My agenda.</source>
        <translation>Um sie weiter zu verwenden, benennen Sie sie zurück und öffnen Sie sie mit der neueren Lanyard-Version. Um Ihre Lesezeichen, Notizen und Bewertungen stattdessen hierher zu holen, stellen Sie unter „Meine Agenda“ eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To bring back your bookmarks, notes and ratings, restore a backup in My agenda.</source>
        <translation>Um Ihre Lesezeichen, Notizen und Bewertungen zurückzuholen, stellen Sie unter „Meine Agenda“ eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details: %1 %2</source>
        <translation>Details: %1 %2</translation>
    </message>
</context>
<context>
    <name>DayListView</name>
    <message>
        <location filename="../../qml/components/DayListView.qml" line="+66"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events, %1</source>
        <translation>Veranstaltungen, %1</translation>
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <location filename="../../app/models/DayModel.cpp" line="+218"/>
        <source>Trips</source>
        <translation>Ausflüge</translation>
    </message>
</context>
<context>
    <name>DayPrint</name>
    <message>
        <location filename="../../app/agenda/DayPrint.cpp" line="+107"/>
        <source>Must see</source>
        <translation>Unbedingt sehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No events on this day.</source>
        <translation>An diesem Tag gibt es keine Veranstaltungen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rooms %1–%2 of %3 · %4–%5 · times in %6 (UTC%7)</source>
        <translation>Räume %1–%2 von %3 · %4–%5 · Zeiten in %6 (UTC%7)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no room)</source>
        <translation>(kein Raum)</translation>
    </message>
</context>
<context>
    <name>DaySwitcher</name>
    <message>
        <location filename="../../qml/components/DaySwitcher.qml" line="+14"/>
        <source>Conference days</source>
        <translation>Konferenztage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (today)</source>
        <translation> (heute)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../qml/components/ErrorBanner.qml" line="+30"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>EventBlock</name>
    <message>
        <location filename="../../qml/components/EventBlock.qml" line="+66"/>
        <source>Trip: </source>
        <translation>Ausflug: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, with %1</source>
        <translation>, mit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, by %1</source>
        <translation>, von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, cancelled</source>
        <translation>, abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, conflicts with a bookmarked talk or trip</source>
        <translation>, überschneidet sich mit einem Vortrag mit Lesezeichen oder einem Ausflug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, conflicts with another bookmark or a trip</source>
        <translation>, überschneidet sich mit einem anderen Lesezeichen oder einem Ausflug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, friends going: %1</source>
        <translation>, Freunde gehen hin: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With: %1</source>
        <translation>Mit: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Going: %1</source>
        <translation>Gehen hin: %1</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>maybe</source>
        <translation>vielleicht</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>, new</source>
        <translation>, neu</translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <location line="+52"/>
        <source>%n short talk(s)</source>
        <translation>
            <numerusform>%n Kurzvortrag</numerusform>
            <numerusform>%n Kurzvorträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-50"/>
        <source>%n bookmarked</source>
        <translation>
            <numerusform>%n mit Lesezeichen</numerusform>
            <numerusform>%n mit Lesezeichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, bookmarked as maybe</source>
        <translation>, vorgemerkt als „vielleicht“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, bookmarked as must see</source>
        <translation>, vorgemerkt als „unbedingt sehen“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, changed</source>
        <translation>, geändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overlaps another item of my agenda</source>
        <translation>Überschneidet sich mit einem anderen Eintrag meiner Agenda</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <location filename="../../app/models/EventDetails.cpp" line="+191"/>
        <source>The hidden items could not be saved: %1</source>
        <translation>Das Ausgeblendete konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../qml/pages/EventPage.qml" line="+56"/>
        <source>Back to the schedule</source>
        <translation>Zurück zum Programm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the event&apos;s details</source>
        <translation>Details der Veranstaltung schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide…</source>
        <translation>Ausblenden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide this event&apos;s track, room, language or type from every view</source>
        <translation>Track, Raum, Sprache oder Art dieser Veranstaltung überall ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide what you will never attend</source>
        <translation>Ausblenden, was Sie nie besuchen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hide the track “%1” everywhere</source>
        <translation>Den Track „%1“ überall ausblenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide the room “%1” everywhere</source>
        <translation>Den Raum „%1“ überall ausblenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide the language “%1” everywhere</source>
        <translation>Die Sprache „%1“ überall ausblenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide the type “%1” everywhere</source>
        <translation>Die Art „%1“ überall ausblenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Manage hidden items…</source>
        <translation>Ausgeblendetes verwalten…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookmark (Ctrl+D)</source>
        <translation>Lesezeichen (Strg+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>In my agenda</source>
        <translation>In meiner Agenda</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Add to my agenda</source>
        <translation>Zu meiner Agenda hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the bookmark (Ctrl+D)</source>
        <translation>Das Lesezeichen entfernen (Strg+D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark this event (Ctrl+D)</source>
        <translation>Lesezeichen für diese Veranstaltung setzen (Strg+D)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hidden from every view: its %1 is hidden.</source>
        <translation>Überall ausgeblendet, weil ausgeblendet: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show again</source>
        <translation>Wieder anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This event is no longer in the programme.</source>
        <translation>Diese Veranstaltung steht nicht mehr im Programm.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not recorded: see it live</source>
        <translation>Wird nicht aufgezeichnet: live ansehen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: everything in this room that day</source>
        <translation>%1: alles in diesem Raum an diesem Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in %1 that day</source>
        <translation>Alles in %1 an diesem Tag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Speaker</source>
        <translation>Vortragende Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: all their events</source>
        <translation>%1: alle Veranstaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All events of %1</source>
        <translation>Alle Veranstaltungen von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Friends</source>
        <translation>Freunde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 goes</source>
        <translation>%1 geht hin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 go</source>
        <translation>%1 gehen hin</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+10"/>
        <source>My agenda</source>
        <translation>Meine Agenda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bookmark priority</source>
        <translation>Priorität des Lesezeichens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Watch on %1</source>
        <translation>Auf %1 ansehen</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+3"/>
        <source>Must see</source>
        <translation>Unbedingt sehen</translation>
    </message>
    <message>
        <location line="-381"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+387"/>
        <source>Maybe (a fallback)</source>
        <translation>Vielleicht (als Ausweichmöglichkeit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fallback for when a must-see is full</source>
        <translation>Eine Ausweichmöglichkeit, falls ein Muss-Termin voll ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts</source>
        <translation>Überschneidungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Overlaps with %1; open it</source>
        <translation>Überschneidet sich mit %1; öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watched</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have watched the recording</source>
        <translation>Ich habe die Aufzeichnung gesehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A private note: questions to ask, what to follow up…</source>
        <translation>Eine private Notiz: Fragen, denen man nachgehen will …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recordings</source>
        <translation>Aufzeichnungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Watch the recording on %1</source>
        <translation>Die Aufzeichnung auf %1 ansehen</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>About</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
</context>
<context>
    <name>EventRow</name>
    <message>
        <location filename="../../qml/components/EventRow.qml" line="+41"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trip: </source>
        <translation>Ausflug: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, bookmarked</source>
        <translation>, mit Lesezeichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, cancelled</source>
        <translation>, abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, conflicts with another bookmark</source>
        <translation>, überschneidet sich mit einem anderen Lesezeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, new</source>
        <translation>, neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, changed</source>
        <translation>, geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, friends going: %1</source>
        <translation>, Freunde gehen hin: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running now</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overlaps another item of my agenda</source>
        <translation>Überschneidet sich mit einem anderen Eintrag meiner Agenda</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Trip</source>
        <translation>Ausflug</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>Recording available</source>
        <translation>Aufzeichnung verfügbar</translation>
    </message>
</context>
<context>
    <name>EventTypeNames</name>
    <message>
        <location filename="../../app/models/EventTypeNames.cpp" line="+21"/>
        <source>Birds of a feather</source>
        <translation>Birds of a Feather (BoF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concert</source>
        <translation>Konzert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developer room</source>
        <translation>Developer Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DJ set</source>
        <translation>DJ-Set</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hack session</source>
        <translation>Hack-Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hands-on</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housekeeping</source>
        <translation>Organisatorisches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keynote</source>
        <translation>Keynote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lecture</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lightning talk</source>
        <translation>Lightning-Talk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lightning talks</source>
        <translation>Lightning-Talks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main track</source>
        <translation>Haupt-Track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meal</source>
        <translation>Essen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meal or break</source>
        <translation>Essen oder Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetup</source>
        <translation>Meetup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Panel</source>
        <translation>Podiumsdiskussion</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation>Vorführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social event</source>
        <translation>Geselliges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sprint</source>
        <translation>Sprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutorial</source>
        <translation>Tutorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../qml/components/ExportDialog.qml" line="+21"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a folder</source>
        <translation>Einen Ordner wählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A file name, or a full path</source>
        <translation>Ein Dateiname oder ein vollständiger Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder</source>
        <translation>Den Ordner wählen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>FilterMenu</name>
    <message>
        <location filename="../../qml/components/FilterMenu.qml" line="+72"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Only</source>
        <translation>Nur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only %1</source>
        <translation>Nur %1 anzeigen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find a track, room or type</source>
        <translation>Track, Raum oder Art suchen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No track, room or type matches.</source>
        <translation>Kein Eintrag passt zur Suche.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all tracks</source>
        <translation>Alle Tracks anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide all tracks</source>
        <translation>Alle Tracks ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No track</source>
        <translation>Ohne Track</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all rooms</source>
        <translation>Alle Räume anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide all rooms</source>
        <translation>Alle Räume ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No room</source>
        <translation>Ohne Raum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Types</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all types</source>
        <translation>Alle Arten anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide all types</source>
        <translation>Alle Arten ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No type</source>
        <translation>Ohne Art</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only talks that will not be recorded</source>
        <translation>Nur Vorträge, die nicht aufgezeichnet werden</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n track(s), room(s), language(s) or type(s) hidden from every view.</source>
        <translation>
            <numerusform>%n Track, Raum, Sprache oder Art ist überall ausgeblendet.</numerusform>
            <numerusform>%n Tracks, Räume, Sprachen oder Arten sind überall ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To hide a track, room or language from every view, not just this one:</source>
        <translation>Um einen Track, Raum oder eine Sprache überall auszublenden, nicht nur hier:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide for good…</source>
        <translation>Dauerhaft ausblenden…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the page of what is hidden from every view</source>
        <translation>Die Seite mit dem überall Ausgeblendeten öffnen</translation>
    </message>
</context>
<context>
    <name>FirstRunHint</name>
    <message>
        <location filename="../../qml/components/FirstRunHint.qml" line="+25"/>
        <source>Tip: %1</source>
        <translation>Tipp: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss the tip</source>
        <translation>Tipp ausblenden</translation>
    </message>
</context>
<context>
    <name>FriendChips</name>
    <message>
        <location filename="../../qml/components/FriendChips.qml" line="+44"/>
        <source>Friends going: %1</source>
        <translation>Freunde, die hingehen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 goes to this too</source>
        <translation>%1 geht auch hin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 go to this too</source>
        <translation>%1 gehen auch hin</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Going: %1</source>
        <translation>Gehen hin: %1</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../qml/components/HelpOverlay.qml" line="+22"/>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this list</source>
        <translation>Diese Liste anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the first, second, … day of the conference</source>
        <translation>Ersten, zweiten, … Konferenztag anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timetable: rooms side by side</source>
        <translation>Zeitplan: Räume nebeneinander</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List: events by time slot</source>
        <translation>Liste: Veranstaltungen nach Zeitfenstern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a schedule file (or drop one on the window)</source>
        <translation>Eine Programmdatei importieren (oder auf das Fenster ziehen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print my agenda or a day of the programme, or save it as PDF</source>
        <translation>Meine Agenda oder einen Tag des Programms drucken oder als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc, Alt+Left</source>
        <translation>Esc, Alt+Links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back (from an event to the schedule)</source>
        <translation>Zurück (von einer Veranstaltung zum Programm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between the parts of the window</source>
        <translation>Zwischen den Teilen des Fensters wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the schedule</source>
        <translation>Im Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move from event to event</source>
        <translation>Von Veranstaltung zu Veranstaltung gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the event</source>
        <translation>Veranstaltung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bookmark the event, or remove the bookmark</source>
        <translation>Lesezeichen setzen oder entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menu, Shift+F10</source>
        <translation>Menütaste, Umschalt+F10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The event&apos;s menu: must see or maybe, a trip after it, hide its room or track, copy its link (also a right click)</source>
        <translation>Das Menü der Veranstaltung: unbedingt sehen oder vielleicht, danach ein Ausflug, Raum oder Track ausblenden, Link kopieren (auch per Rechtsklick)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom the timetable in or out: longer hours, wider rooms</source>
        <translation>Zeitplan vergrößern oder verkleinern: längere Stunden, breitere Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timetable with more rooms than fit: jump to a room</source>
        <translation>Zeitplan mit mehr Räumen als Platz: zu einem Raum springen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the pages</source>
        <translation>Auf den Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule, event, My agenda: bookmark the event, or remove the bookmark</source>
        <translation>Programm, Veranstaltung, Meine Agenda: Lesezeichen setzen oder entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My agenda: export to a calendar, spreadsheet or document file</source>
        <translation>Meine Agenda: als Kalender-, Tabellen- oder Textdatei exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My agenda: open the recording of the selected talk</source>
        <translation>Meine Agenda: die Aufzeichnung des gewählten Vortrags öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catch up: mark the selected recording as watched</source>
        <translation>Nachholen: die gewählte Aufzeichnung als gesehen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now &amp; Next: only the events you bookmarked, or every room again</source>
        <translation>Jetzt &amp; Gleich: nur Ihre Lesezeichen, oder wieder alle Räume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips: plan a new side trip</source>
        <translation>Ausflüge: einen neuen Ausflug planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trips: open the trip&apos;s place in OpenStreetMap</source>
        <translation>Ausflüge: den Ort des Ausflugs in OpenStreetMap öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the Conferences page</source>
        <translation>Auf der Seite „Konferenzen“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe to a conference&apos;s programme</source>
        <translation>Das Programm einer Konferenz abonnieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh every subscribed programme now</source>
        <translation>Jetzt jedes abonnierte Programm aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In lists, menus and dialogs</source>
        <translation>In Listen, Menüs und Dialogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space, Enter</source>
        <translation>Leertaste, Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press the button or tick the box that has the focus</source>
        <translation>Den Knopf drücken oder das Kästchen ankreuzen, das den Fokus hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the dialog or menu</source>
        <translation>Dialog oder Menü schließen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the list of shortcuts</source>
        <translation>Liste der Tastenkürzel schließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>HiddenItemsModel</name>
    <message>
        <location filename="../../app/models/HiddenItemsModel.cpp" line="+113"/>
        <source>(no track)</source>
        <translation>(kein Track)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no room)</source>
        <translation>(kein Raum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no language given)</source>
        <translation>(keine Sprache angegeben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no type)</source>
        <translation>(keine Art)</translation>
    </message>
</context>
<context>
    <name>HiddenPage</name>
    <message>
        <location filename="../../qml/pages/HiddenPage.qml" line="+15"/>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hidden from every view</source>
        <translation>Überall ausgeblendet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tick what you will never attend. Its events disappear from the schedule, room lists, search, Now &amp; Next and the speakers, for %1 only, until you untick it here. The schedule&apos;s Filter only changes the schedule view.</source>
        <translation>Haken Sie an, was Sie nie besuchen werden. Seine Veranstaltungen verschwinden aus dem Programm, den Raumlisten, der Suche, „Jetzt &amp; Gleich“ und den Vortragenden, nur für %1, bis Sie den Haken hier wieder entfernen. Der Filter des Programms ändert nur die Ansicht des Programms.</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>%n hidden</source>
        <translation>
            <numerusform>%n ausgeblendet</numerusform>
            <numerusform>%n ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show everything again</source>
        <translation>Alles wieder anzeigen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tracks, rooms, languages and types</source>
        <translation>Tracks, Räume, Sprachen und Arten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Types</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hidden: %1</source>
        <translation>Ausgeblendet: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No conference yet.</source>
        <translation>Noch keine Konferenz.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../app/models/ImportController.cpp" line="+73"/>
        <source>This is a web address. Lanyard opens files: download the programme first.</source>
        <translation>Das ist eine Webadresse. Lanyard öffnet Dateien: Laden Sie das Programm zuerst herunter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is %1 MB, more than a programme can be (%2 MB at most).</source>
        <translation>Die Datei ist %1 MB groß, mehr als ein Programm sein kann (höchstens %2 MB).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../qml/components/ImportDialog.qml" line="+25"/>
        <source>Import a programme?</source>
        <translation>Programm importieren?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot import this file</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conference</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n Raum</numerusform>
            <numerusform>%n Räume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The file has %n problem(s) that were repaired or skipped.</source>
        <translation>
            <numerusform>Die Datei hat ein Problem, das behoben oder übersprungen wurde.</numerusform>
            <numerusform>Die Datei hat %n Probleme, die behoben oder übersprungen wurden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You already have this conference. Its programme will be replaced by this file; your bookmarks, notes and ratings stay.</source>
        <translation>Diese Konferenz ist schon vorhanden. Ihr Programm wird durch diese Datei ersetzt; Ihre Lesezeichen, Notizen und Bewertungen bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n more file(s) after this one.</source>
        <translation>
            <numerusform>Danach folgt noch eine Datei.</numerusform>
            <numerusform>Danach folgen noch %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do not import this file</source>
        <translation>Diese Datei nicht importieren</translation>
    </message>
</context>
<context>
    <name>ImportFileDialog</name>
    <message>
        <location filename="../../qml/components/ImportFileDialog.qml" line="+23"/>
        <source>Import a schedule file</source>
        <translation>Eine Programmdatei importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+24"/>
        <source>Choose a schedule file</source>
        <translation>Programmdatei wählen</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Schedules (*.xml *.json *.ics *.ical)</source>
        <translation>Programme (*.xml *.json *.ics *.ical)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen file</source>
        <translation>Gewählte Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time zone (optional)</source>
        <translation>Zeitzone (optional)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Used only when the file names no time zone of its own. schedule.xml, schedule.json and iCalendar files are recognised by their content.</source>
        <translation>Wird nur verwendet, wenn die Datei keine eigene Zeitzone nennt. schedule.xml-, schedule.json- und iCalendar-Dateien werden an ihrem Inhalt erkannt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../qml/components/ImportReportDialog.qml" line="+27"/>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not import %1</source>
        <translation>%1 konnte nicht importiert werden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing was changed: the programme and your bookmarks are as they were.</source>
        <translation>Nichts wurde geändert: Programm und Lesezeichen sind wie zuvor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No warnings: every event was read.</source>
        <translation>Keine Warnungen: Jede Veranstaltung wurde gelesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s): events skipped or repaired, and why</source>
        <translation>
            <numerusform>%n Warnung: übersprungene oder reparierte Veranstaltungen und warum</numerusform>
            <numerusform>%n Warnungen: übersprungene oder reparierte Veranstaltungen und warum</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Times wrong because the file names no time zone? Import it again with one:</source>
        <translation>Falsche Zeiten, weil die Datei keine Zeitzone nennt? Importieren Sie sie erneut mit einer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the file names no time zone, give one and try again:</source>
        <translation>Wenn die Datei keine Zeitzone nennt, geben Sie eine an und versuchen Sie es erneut:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import again</source>
        <translation>Erneut importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show the programme</source>
        <translation>Programm anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="+16"/>
        <source>%1 – Lanyard</source>
        <translation>%1 – Lanyard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lanyard</source>
        <translation>Lanyard</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The timetable shows the rooms side by side. Move between events with the arrow keys, open one with Enter and bookmark it with Space. Ctrl+1, Ctrl+2, … switch days; F1 lists every shortcut.</source>
        <translation>Der Zeitplan zeigt die Räume nebeneinander. Mit den Pfeiltasten gehen Sie von Veranstaltung zu Veranstaltung, die Eingabetaste öffnet eine, die Leertaste setzt ein Lesezeichen. Strg+1, Strg+2, … wechseln den Tag; F1 zeigt alle Tastenkürzel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list groups the day&apos;s events by start time. Up and Down move between events, Enter opens one, Space bookmarks it. F1 lists every shortcut.</source>
        <translation>Die Liste gruppiert die Veranstaltungen des Tages nach Beginn. Hoch und Runter wechseln die Veranstaltung, die Eingabetaste öffnet sie, die Leertaste setzt ein Lesezeichen. F1 zeigt alle Tastenkürzel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times are shown in the conference&apos;s time zone, and in yours below when it differs. The star adds the event to your agenda; Esc goes back.</source>
        <translation>Zeiten stehen in der Zeitzone der Konferenz und, wenn Ihre abweicht, darunter in Ihrer. Der Stern nimmt die Veranstaltung in Ihre Agenda auf; Esc geht zurück.</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>Drop a schedule file to import it</source>
        <translation>Programmdatei hier ablegen, um sie zu importieren</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the day as PDF</source>
        <translation>Den Tag als PDF speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save my agenda as PDF</source>
        <translation>Meine Agenda als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (.pdf)</source>
        <translation>PDF-Dokument (.pdf)</translation>
    </message>
</context>
<context>
    <name>MarkBadge</name>
    <message>
        <location filename="../../qml/components/MarkBadge.qml" line="+12"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New since the last update</source>
        <translation>Neu seit der letzten Aktualisierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed by the last update</source>
        <translation>Durch die letzte Aktualisierung geändert</translation>
    </message>
</context>
<context>
    <name>NowNextPage</name>
    <message>
        <location filename="../../qml/pages/NowNextPage.qml" line="+16"/>
        <location line="+18"/>
        <source>Now &amp; Next</source>
        <translation>Jetzt &amp; Gleich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bookmarked only</source>
        <translation>Nur Lesezeichen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show only the events you bookmarked, not every room (B)</source>
        <translation>Nur die Veranstaltungen mit Lesezeichen zeigen, nicht alle Räume (B)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The filter hides every event. Filter, then Show all, brings them back.</source>
        <translation>Der Filter blendet alle Veranstaltungen aus. Filter, dann „Alle anzeigen“ holt sie zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no programme to show yet.</source>
        <translation>Es gibt noch kein Programm zum Anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 starts %2, on %3.</source>
        <translation>%1 beginnt %2, am %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing more today. The programme continues on %1.</source>
        <translation>Heute nichts mehr. Das Programm geht am %1 weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is over.</source>
        <translation>%1 ist vorbei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None of your bookmarks runs now or starts within the hour.</source>
        <translation>Keines Ihrer Lesezeichen läuft gerade oder beginnt innerhalb der nächsten Stunde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of your bookmarks runs now or starts in the next %1 min.</source>
        <translation>Keines Ihrer Lesezeichen läuft gerade oder beginnt in den nächsten %1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing runs right now. The next events start at %1.</source>
        <translation>Gerade läuft nichts. Die nächsten Veranstaltungen beginnen um %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing runs right now.</source>
        <translation>Gerade läuft nichts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catch up on what you missed</source>
        <translation>Nachholen, was Sie verpasst haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Catch up: recordings and talks you missed</source>
        <translation>Nachholen öffnen: Aufzeichnungen und verpasste Vorträge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some of your bookmarks clash: you cannot be at all of them.</source>
        <translation>Einige Ihrer Lesezeichen überschneiden sich: Sie können nicht bei allen sein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Now and next events</source>
        <translation>Veranstaltungen jetzt und gleich</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting within the hour</source>
        <translation>Beginnt innerhalb der nächsten Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting in the next %1 min</source>
        <translation>Beginnt in den nächsten %1 min</translation>
    </message>
</context>
<context>
    <name>NowNextRow</name>
    <message>
        <location filename="../../qml/components/NowNextRow.qml" line="+31"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, bookmarked</source>
        <translation>, mit Lesezeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, clashes with %1</source>
        <translation>, überschneidet sich mit %1</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n min left</source>
        <translation>
            <numerusform>noch %n min</numerusform>
            <numerusform>noch %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1% done</source>
        <translation>%1 % vorbei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clashes with %1</source>
        <translation>Überschneidet sich mit %1</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../qml/components/PageHeader.qml" line="+24"/>
        <location line="+3"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (Esc)</source>
        <translation>%1 (Esc)</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../qml/components/PlaceDialog.qml" line="+55"/>
        <source>Edit place</source>
        <translation>Ort bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New place</source>
        <translation>Neuer Ort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. MONA (Museum of Old and New Art)</source>
        <translation>z. B. MONA (Museum of Old and New Art)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place name</source>
        <translation>Name des Orts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>latitude, longitude, e.g. -42.8121, 147.2612 (optional)</source>
        <translation>Breite, Länge, z. B. -42.8121, 147.2612 (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location as latitude and longitude in decimal degrees (optional)</source>
        <translation>Position als geografische Breite und Länge in Dezimalgrad (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decimal degrees, south and west negative. Leave it empty when you do not know the point: the place is then listed without a location.</source>
        <translation>Dezimalgrad, Süden und Westen negativ. Lassen Sie das Feld leer, wenn Sie den Punkt nicht kennen: Der Ort wird dann ohne Position aufgeführt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. museum (optional)</source>
        <translation>z. B. Museum (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category (optional)</source>
        <translation>Kategorie (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove place</source>
        <translation>Ort entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the place</source>
        <translation>Den Ort speichern</translation>
    </message>
</context>
<context>
    <name>PlaceListModel</name>
    <message>
        <location filename="../../app/models/PlaceListModel.cpp" line="+186"/>
        <source>venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no location</source>
        <translation>keine Position</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../../qml/pages/PlacesPage.qml" line="+17"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n place(s) around %1</source>
        <translation>
            <numerusform>%n Ort rund um %1</numerusform>
            <numerusform>%n Orte rund um %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n Ort</numerusform>
            <numerusform>%n Orte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Travel:</source>
        <translation>Unterwegs:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Driving, 40 km/h</source>
        <translation>Mit dem Auto, 40 km/h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cycling, 15 km/h</source>
        <translation>Mit dem Rad, 15 km/h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Walking, 5 km/h</source>
        <translation>Zu Fuß, 5 km/h</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Travel speed for travel times</source>
        <translation>Geschwindigkeit für die Wegzeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add place…</source>
        <translation>Ort hinzufügen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a place of your own</source>
        <translation>Einen eigenen Ort hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No places for this conference</source>
        <translation>Keine Orte für diese Konferenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No conference</source>
        <translation>Keine Konferenz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This conference came without places around its venue. Add your own with “Add place…” (a café, a sight, your hotel): with coordinates they are shown on a map here, and you can plan trips to them.</source>
        <translation>Diese Konferenz bringt keine Orte rund um den Veranstaltungsort mit. Fügen Sie mit „Ort hinzufügen …“ eigene hinzu (ein Café, eine Sehenswürdigkeit, Ihr Hotel): Mit Koordinaten erscheinen sie hier auf einer Karte, und Sie können Ausflüge dorthin planen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Places, nearest first</source>
        <translation>Orte, die nächsten zuerst</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no location</source>
        <translation>keine Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 km · ~%2</source>
        <translation>%1 km · ~%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (mine)</source>
        <translation> (selbst angelegt)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (WGS84)</source>
        <translation>%1 (WGS84)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No location known: not on the map.</source>
        <translation>Keine Position bekannt: nicht auf der Karte.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open in OpenStreetMap</source>
        <translation>In OpenStreetMap öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open %1 in OpenStreetMap in the browser</source>
        <translation>%1 in OpenStreetMap im Browser öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (O)</source>
        <translation> (O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No location known</source>
        <translation>Keine Position bekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan a trip here…</source>
        <translation>Ausflug hierher planen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new trip to this place (T)</source>
        <translation>Ein neuer Ausflug zu diesem Ort (T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove…</source>
        <translation>Entfernen …</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Map of %n place(s) around the venue, north up; the selected place is circled</source>
        <translation>
            <numerusform>Karte mit %n Ort rund um den Veranstaltungsort, Norden oben; der ausgewählte Ort ist eingekreist</numerusform>
            <numerusform>Karte mit %n Orten rund um den Veranstaltungsort, Norden oben; der ausgewählte Ort ist eingekreist</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show all places</source>
        <translation>Alle Orte anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show all places (0)</source>
        <translation>Alle Orte anzeigen (0)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No location (not on the map)</source>
        <translation>Keine Position (nicht auf der Karte)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Distances in a straight line from the venue; no map tiles.</source>
        <translation>Entfernungen in Luftlinie vom Veranstaltungsort; keine Kartenkacheln.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove place</source>
        <translation>Ort entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove your place &quot;%1&quot;?</source>
        <translation>Ihren Ort „%1“ entfernen?</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/models/Preferences.cpp" line="+95"/>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../qml/components/PrintDialog.qml" line="+50"/>
        <location line="+93"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>My agenda, in time order</source>
        <translation>Meine Agenda, nach Zeit geordnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The programme of a day, as a timetable:</source>
        <translation>Das Programm eines Tages, als Zeitplan:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A PDF file</source>
        <translation>Eine PDF-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer, or a PDF file</source>
        <translation>Drucker oder eine PDF-Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No printer is set up on this computer; save a PDF and print it from elsewhere.</source>
        <translation>Auf diesem Rechner ist kein Drucker eingerichtet; speichern Sie ein PDF und drucken Sie es anderswo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Copies</source>
        <translation>Exemplare</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../app/agenda/PrintPage.cpp" line="+60"/>
        <source>the printer or file cannot be written to</source>
        <translation>auf den Drucker oder in die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>PrinterOutput</name>
    <message>
        <location filename="../../app/models/PrinterOutput.cpp" line="+48"/>
        <source>Unknown printout &quot;%1&quot;.</source>
        <translation>Unbekannter Ausdruck „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was printed: there is no printer &quot;%1&quot;.</source>
        <translation>Nichts wurde gedruckt: Den Drucker „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Programme of %1</source>
        <translation>Programm vom %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My agenda</source>
        <translation>Meine Agenda</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was printed: %1</source>
        <translation>Nichts wurde gedruckt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <location filename="../../app/agenda/Printout.cpp" line="+101"/>
        <location line="+14"/>
        <source>Printed by Lanyard</source>
        <translation>Gedruckt mit Lanyard</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+76"/>
        <source>there is no conference &quot;%1&quot;</source>
        <translation>die Konferenz „%1“ gibt es nicht</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>%1 is not a day of %2 (its days: %3)</source>
        <translation>%1 ist kein Tag von %2 (seine Tage: %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no day</source>
        <translation>kein Tag</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+21"/>
        <source>My agenda</source>
        <translation>Meine Agenda</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Programme of %1</source>
        <translation>Programm vom %1</translation>
    </message>
</context>
<context>
    <name>RatingControl</name>
    <message>
        <location filename="../../qml/components/RatingControl.qml" line="+32"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of 5 star(s)</source>
        <translation>
            <numerusform>%n von 5 Sternen</numerusform>
            <numerusform>%n von 5 Sternen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the rating</source>
        <translation>Die Bewertung entfernen</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message numerus="yes">
        <location filename="../../app/agenda/ReminderService.cpp" line="+87"/>
        <source>In %n min: %1</source>
        <translation>
            <numerusform>In %n Min.: %1</numerusform>
            <numerusform>In %n Min.: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts at %1</source>
        <translation>Beginnt um %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at %1 in %2</source>
        <translation>Beginnt um %1 in %2</translation>
    </message>
</context>
<context>
    <name>RoomJumpPopup</name>
    <message>
        <location filename="../../qml/components/RoomJumpPopup.qml" line="+22"/>
        <source>(no room)</source>
        <translation>(kein Raum)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Jump to a room…</source>
        <translation>Zu einem Raum springen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to a room</source>
        <translation>Zu einem Raum springen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n room(s) match</source>
        <translation>
            <numerusform>%n Raum passt</numerusform>
            <numerusform>%n Räume passen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No room of this day is called that.</source>
        <translation>Kein Raum dieses Tages heißt so.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../../qml/pages/RoomPage.qml" line="+58"/>
        <source>(no room)</source>
        <translation>(kein Raum)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n Veranstaltung</numerusform>
            <numerusform>%1: %n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n more hidden from every view</source>
        <translation>
            <numerusform>, %n weitere überall ausgeblendet</numerusform>
            <numerusform>, %n weitere überall ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Events in %1</source>
        <translation>Veranstaltungen in %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing in %1 on this day.</source>
        <translation>An diesem Tag nichts in %1.</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message numerus="yes">
        <location filename="../../qml/pages/SchedulePage.qml" line="+91"/>
        <source>The filter hides all %n event(s) of this day.</source>
        <translation>
            <numerusform>Der Filter blendet die einzige Veranstaltung dieses Tages aus.</numerusform>
            <numerusform>Der Filter blendet alle %n Veranstaltungen dieses Tages aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n event(s) of this day are hidden from every view.</source>
        <translation>
            <numerusform>Die einzige Veranstaltung dieses Tages ist überall ausgeblendet.</numerusform>
            <numerusform>Alle %n Veranstaltungen dieses Tages sind überall ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No events on this day.</source>
        <translation>An diesem Tag gibt es keine Veranstaltungen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No conference yet.</source>
        <translation>Noch keine Konferenz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n event(s) hidden by the filter.</source>
        <translation>
            <numerusform>Eine Veranstaltung ist ausgefiltert.</numerusform>
            <numerusform>%n Veranstaltungen sind ausgefiltert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n event(s) hidden from every view</source>
        <translation>
            <numerusform>%n Veranstaltung überall ausgeblendet</numerusform>
            <numerusform>%n Veranstaltungen überall ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See and undo what is hidden</source>
        <translation>Ausgeblendetes ansehen und rückgängig machen</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../qml/components/SearchField.qml" line="+14"/>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search events by title, speaker, abstract or note</source>
        <translation>Veranstaltungen nach Titel, Vortragenden, Beschreibung oder Notiz suchen</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../qml/pages/SearchPage.qml" line="+14"/>
        <location line="+30"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This conference</source>
        <translation>Diese Konferenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All conferences</source>
        <translation>Alle Konferenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every day</source>
        <translation>Jeder Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every track</source>
        <translation>Jeder Track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type to search titles, speakers, abstracts, rooms, tracks and your notes.</source>
        <translation>Tippen, um Titel, Vortragende, Beschreibungen, Räume, Tracks und Ihre Notizen zu durchsuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No events match “%1”.</source>
        <translation>Keine Veranstaltung passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s), best match first. Enter opens the first.</source>
        <translation>
            <numerusform>%n Veranstaltung, die beste zuerst. Eingabe öffnet sie.</numerusform>
            <numerusform>%n Veranstaltungen, die beste zuerst. Eingabe öffnet die erste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>SearchResultRow</name>
    <message>
        <location filename="../../qml/components/SearchResultRow.qml" line="+34"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, bookmarked</source>
        <translation>, mit Lesezeichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, cancelled</source>
        <translation>, abgesagt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your note: </source>
        <translation>Ihre Notiz: </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="+12"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Times</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show times in the conference&apos;s time zone only</source>
        <translation>Zeiten nur in der Zeitzone der Konferenz anzeigen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also show times in my time zone when it differs</source>
        <translation>Zeiten auch in meiner Zeitzone anzeigen, wenn sie abweicht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This conference runs in %1.</source>
        <translation>Diese Konferenz findet in %1 statt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times are always shown in the conference&apos;s time zone first.</source>
        <translation>Zeiten stehen immer zuerst in der Zeitzone der Konferenz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remind me before each bookmarked talk, with its room</source>
        <translation>Vor jedem Vortrag mit Lesezeichen erinnern, mit seinem Raum</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Minutes before the start</source>
        <translation>Minuten vor dem Beginn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes before the start</source>
        <translation>Minuten vor dem Beginn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminders come as desktop notifications while Lanyard is open.</source>
        <translation>Erinnerungen kommen als Desktop-Benachrichtigungen, solange Lanyard geöffnet ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desktop session offers no notification service (org.freedesktop.Notifications on the session bus), so Lanyard cannot show reminders here.</source>
        <translation>Diese Desktop-Sitzung bietet keinen Benachrichtigungsdienst (org.freedesktop.Notifications auf dem Sitzungsbus), daher kann Lanyard hier keine Erinnerungen zeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again for a notification service</source>
        <translation>Erneut nach einem Benachrichtigungsdienst suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Programme updates</source>
        <translation>Programmänderungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check subscribed programmes for changes</source>
        <translation>Abonnierte Programme auf Änderungen prüfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every 15 minutes</source>
        <translation>alle 15 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every 30 minutes</source>
        <translation>alle 30 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every 3 hours</source>
        <translation>alle 3 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once a day</source>
        <translation>einmal am Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only when I ask</source>
        <translation>nur auf Anforderung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How often to check subscribed programmes for changes</source>
        <translation>Wie oft abonnierte Programme auf Änderungen geprüft werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give up on a download after</source>
        <translation>Einen Download abbrechen nach</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seconds without data before a download is abandoned</source>
        <translation>Sekunden ohne Daten, bevor ein Download abgebrochen wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds without data, or</source>
        <translation>Sekunden ohne Daten oder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seconds before a download is abandoned</source>
        <translation>Sekunden, bevor ein Download abgebrochen wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds in all</source>
        <translation>Sekunden insgesamt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subscriptions are checked on start, when the network comes back and at this interval while a conference runs; less often before it, never after it. A slow conference Wi-Fi may need longer time limits.</source>
        <translation>Abonnements werden beim Start, wenn das Netz wieder da ist, und während einer Konferenz in diesem Abstand geprüft; davor seltener, danach nie. Ein langsames Konferenz-WLAN braucht vielleicht längere Zeitgrenzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system (now %1)</source>
        <translation>Wie das System (jetzt %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dark</source>
        <translation>dunkel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>light</source>
        <translation>hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Style: %1</source>
        <translation>Stil: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language of the interface</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dates are written the way the language writes them. The conference&apos;s own texts stay as the organisers wrote them.</source>
        <translation>Daten werden so geschrieben, wie es in der Sprache üblich ist. Die Texte der Konferenz bleiben, wie die Veranstalter sie geschrieben haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+35"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Keep your bookmarks and trips in a calendar on your own CalDAV server (Nextcloud, Radicale, Fastmail, …): your phone shows them, and Lanyard on another computer picks them up.</source>
        <translation>Lesezeichen und Ausflüge in einem Kalender auf Ihrem eigenen CalDAV-Server (Nextcloud, Radicale, Fastmail, …) führen: Ihr Telefon zeigt sie an, und Lanyard auf einem anderen Rechner übernimmt sie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calendar server address</source>
        <translation>Adresse des Kalenderservers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User name on the calendar server</source>
        <translation>Benutzername auf dem Kalenderserver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password on the calendar server</source>
        <translation>Passwort auf dem Kalenderserver</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name of the calendar to use or make</source>
        <translation>Name des Kalenders, der verwendet oder angelegt wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the calendar</source>
        <translation>Mit dem Kalender verbinden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No keyring has the password; for this session:</source>
        <translation>Kein Schlüsselbund kennt das Passwort; für diese Sitzung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password on the calendar server, for this session</source>
        <translation>Passwort auf dem Kalenderserver, für diese Sitzung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync the calendar now</source>
        <translation>Den Kalender jetzt abgleichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect from the calendar; everything here and on the server stays</source>
        <translation>Vom Kalender trennen; alles hier und auf dem Server bleibt erhalten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the keyboard shortcuts</source>
        <translation>Die Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the tips again</source>
        <translation>Tipps wieder anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the first-run tips again</source>
        <translation>Die Tipps für den Einstieg wieder anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About Lanyard</source>
        <translation>Über Lanyard</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../qml/components/Sidebar.qml" line="+48"/>
        <source>Schedule</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My agenda</source>
        <translation>Meine Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catch up</source>
        <translation>Nachholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conferences</source>
        <translation>Konferenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now &amp; Next</source>
        <translation>Jetzt &amp; Gleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trips</source>
        <translation>Ausflüge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places and map</source>
        <translation>Orte und Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1. Shortcut: %2</source>
        <translation>%1. Tastenkürzel: %2</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) to your talks</source>
        <translation>
            <numerusform>%n Änderung an Ihren Vorträgen</numerusform>
            <numerusform>%n Änderungen an Ihren Vorträgen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Shortcut: %1</source>
        <translation>Tastenkürzel: %1</translation>
    </message>
</context>
<context>
    <name>SpeakerPage</name>
    <message numerus="yes">
        <location filename="../../qml/pages/SpeakerPage.qml" line="+71"/>
        <location line="+1"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source> at %n conference(s)</source>
        <translation>
            <numerusform> auf %n Konferenz</numerusform>
            <numerusform> auf %n Konferenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n more hidden from every view (see Hidden).</source>
        <translation>
            <numerusform>%n weitere überall ausgeblendet (siehe Ausgeblendet).</numerusform>
            <numerusform>%n weitere überall ausgeblendet (siehe Ausgeblendet).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Events of %1</source>
        <translation>Veranstaltungen von %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show less</source>
        <translation>Weniger zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show more</source>
        <translation>Mehr zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show less of the biography</source>
        <translation>Weniger von der Biografie zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole biography</source>
        <translation>Die ganze Biografie zeigen</translation>
    </message>
</context>
<context>
    <name>SpeakersPage</name>
    <message>
        <location filename="../../qml/pages/SpeakersPage.qml" line="+11"/>
        <location line="+16"/>
        <location line="+40"/>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Search speakers by name</source>
        <translation>Vortragende nach Namen suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search speakers</source>
        <translation>Vortragende suchen</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n Vortragende:r</numerusform>
            <numerusform>%n Vortragende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n speaker(s)</source>
        <translation>
            <numerusform>%1 von %n Vortragenden</numerusform>
            <numerusform>%1 von %n Vortragenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%1, %n talk(s)</source>
        <translation>
            <numerusform>%1, %n Vortrag</numerusform>
            <numerusform>%1, %n Vorträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n bookmarked</source>
        <translation>
            <numerusform>%n mit Lesezeichen</numerusform>
            <numerusform>%n mit Lesezeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n Vortrag</numerusform>
            <numerusform>%n Vorträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No speakers in this programme.</source>
        <translation>In diesem Programm gibt es keine Vortragenden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No speaker matches “%1”.</source>
        <translation>Niemand passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <location filename="../../qml/components/SubscribeDialog.qml" line="+42"/>
        <source>Subscribe to a conference</source>
        <translation>Eine Konferenz abonnieren</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Address of the conference&apos;s programme</source>
        <translation>Adresse des Konferenzprogramms</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The conference&apos;s web page, or a schedule.xml, schedule.json, Sessionize or iCalendar (.ics) link, as pretalx, frab, Indico, FOSDEM and most conference sites publish it.</source>
        <translation>Die Webseite der Konferenz oder ein Link auf schedule.xml, schedule.json, Sessionize oder iCalendar (.ics), wie pretalx, frab, Indico, FOSDEM und die meisten Konferenzseiten ihn veröffentlichen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Address of the programme</source>
        <translation>Adresse des Programms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time zone (optional)</source>
        <translation>Zeitzone (optional)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone (needed for this programme)</source>
        <translation>Zeitzone (für dieses Programm nötig)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This is a Sessionize programme: its times carry no time zone. Pick the zone of the conference&apos;s venue (Europe/Vienna, say); Lanyard never guesses it from this computer.</source>
        <translation>Dies ist ein Sessionize-Programm: Seine Zeiten nennen keine Zeitzone. Wählen Sie die Zeitzone des Konferenzorts (etwa Europe/Vienna); Lanyard errät sie nie aus diesem Computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used only when the feed names no time zone of its own.</source>
        <translation>Wird nur verwendet, wenn das Programm keine eigene Zeitzone nennt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Found the programme (%1) at:
%2</source>
        <translation>Das Programm (%1) gefunden unter:
%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fetching and reading the programme…</source>
        <translation>Programm wird abgerufen und gelesen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Looking for the schedule…</source>
        <translation>Suche das Programm …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find and subscribe</source>
        <translation>Finden und abonnieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subscription goes on in the background.</source>
        <translation>Das Abonnieren läuft im Hintergrund weiter.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../app/models/SyncController.cpp" line="+46"/>
        <source>Reading and storing %1…</source>
        <translation>%1 wird gelesen und gespeichert …</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+108"/>
        <source>“%1” is not a time zone Lanyard knows. Use a name such as Europe/Brussels.</source>
        <translation>„%1“ ist keine Zeitzone, die Lanyard kennt. Verwenden Sie einen Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The conference could not be removed.</source>
        <translation>Die Konferenz konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is not a file on this computer.</source>
        <translation>„%1“ ist keine Datei auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Waiting to read %1…</source>
        <translation>Warte darauf, %1 zu lesen …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 on %2 in %3.</source>
        <comment>events, days, rooms</comment>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n Raum</numerusform>
            <numerusform>%n Räume</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changed since the last time.</source>
        <translation>Seit dem letzten Mal hat sich nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) since the last time.</source>
        <translation>
            <numerusform>%n Änderung seit dem letzten Mal.</numerusform>
            <numerusform>%n Änderungen seit dem letzten Mal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../qml/components/TimeField.qml" line="+28"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 time, hours and minutes</source>
        <translation>%1: Uhrzeit in Stunden und Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up/Down: 5 minutes · Page Up/Down: an hour</source>
        <translation>Hoch/Runter: 5 Minuten · Bild auf/ab: eine Stunde</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <location filename="../../app/models/TimeFormat.cpp" line="+92"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 min</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Afrikaans</source>
        <comment>a language</comment>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arabic</source>
        <comment>a language</comment>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basque</source>
        <comment>a language</comment>
        <translation>Baskisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulgarian</source>
        <comment>a language</comment>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalan</source>
        <comment>a language</comment>
        <translation>Katalanisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <comment>a language</comment>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Croatian</source>
        <comment>a language</comment>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Czech</source>
        <comment>a language</comment>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish</source>
        <comment>a language</comment>
        <translation>Dänisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dutch</source>
        <comment>a language</comment>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <comment>a language</comment>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esperanto</source>
        <comment>a language</comment>
        <translation>Esperanto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estonian</source>
        <comment>a language</comment>
        <translation>Estnisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finnish</source>
        <comment>a language</comment>
        <translation>Finnisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French</source>
        <comment>a language</comment>
        <translation>Französisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <comment>a language</comment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greek</source>
        <comment>a language</comment>
        <translation>Griechisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hebrew</source>
        <comment>a language</comment>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hindi</source>
        <comment>a language</comment>
        <translation>Hindi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hungarian</source>
        <comment>a language</comment>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesian</source>
        <comment>a language</comment>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Irish</source>
        <comment>a language</comment>
        <translation>Irisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <comment>a language</comment>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <comment>a language</comment>
        <translation>Japanisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korean</source>
        <comment>a language</comment>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latvian</source>
        <comment>a language</comment>
        <translation>Lettisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lithuanian</source>
        <comment>a language</comment>
        <translation>Litauisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Māori</source>
        <comment>a language</comment>
        <translation>Māori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Norwegian</source>
        <comment>a language</comment>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <comment>a language</comment>
        <translation>Polnisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portuguese</source>
        <comment>a language</comment>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Romanian</source>
        <comment>a language</comment>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <comment>a language</comment>
        <translation>Russisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serbian</source>
        <comment>a language</comment>
        <translation>Serbisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovak</source>
        <comment>a language</comment>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slovenian</source>
        <comment>a language</comment>
        <translation>Slowenisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <comment>a language</comment>
        <translation>Spanisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <comment>a language</comment>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish</source>
        <comment>a language</comment>
        <translation>Türkisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukrainian</source>
        <comment>a language</comment>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vietnamese</source>
        <comment>a language</comment>
        <translation>Vietnamesisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welsh</source>
        <comment>a language</comment>
        <translation>Walisisch</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>dddd d MMMM yyyy</source>
        <comment>date format: weekday, day, month, year</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ddd d MMM</source>
        <comment>date format: short weekday, day, short month</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>d MMMM yyyy</source>
        <comment>date format: day, month, year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, %2–%3 in your time zone (%4, UTC%5)</source>
        <translation>%1, %2–%3 in Ihrer Zeitzone (%4, UTC%5)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>d MMMM</source>
        <comment>date format: day and month</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d</source>
        <comment>date format: the first day of a range within one month</comment>
        <translation>d.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n h</source>
        <translation>
            <numerusform>in %n Std.</numerusform>
            <numerusform>in %n Std.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 h %2 min</source>
        <translation>in %1 Std. %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeZoneField</name>
    <message>
        <location filename="../../qml/components/TimeZoneField.qml" line="+19"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a time zone Lanyard knows. Use a name such as Europe/Brussels.</source>
        <translation>Keine Zeitzone, die Lanyard kennt. Verwenden Sie einen Namen wie Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>TimetableBlockMenu</name>
    <message>
        <location filename="../../qml/components/TimetableBlockMenu.qml" line="+37"/>
        <source>Edit the trip</source>
        <translation>Ausflug bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Must see</source>
        <translation>Unbedingt sehen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove from my agenda</source>
        <translation>Aus meiner Agenda entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan a trip after this</source>
        <translation>Danach einen Ausflug planen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide the room %1</source>
        <translation>Raum %1 ausblenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hide the track %1</source>
        <translation>Track %1 ausblenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the link (this talk has none)</source>
        <translation>Link kopieren (dieser Vortrag hat keinen)</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <location filename="../../qml/components/TimetableView.qml" line="+93"/>
        <source>Timetable, %1</source>
        <translation>Zeitplan, %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Timetable</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, bookmarked</source>
        <translation>, mit Lesezeichen</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Plan a trip from %1</source>
        <translation>Ausflug ab %1 planen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no room)</source>
        <translation>(kein Raum)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opens your trips</source>
        <translation>Öffnet Ihre Ausflüge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens everything in this room that day</source>
        <translation>Öffnet alles in diesem Raum an diesem Tag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Plan and change your side trips</source>
        <translation>Ihre Ausflüge planen und ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in %1 this day</source>
        <translation>Alles in %1 an diesem Tag</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Jump to a room</source>
        <translation>Zu einem Raum springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+J</source>
        <translation>Strg+J</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jump to a room (Ctrl+J)</source>
        <translation>Zu einem Raum springen (Strg+J)</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>TripController</name>
    <message>
        <location filename="../../app/models/TripController.cpp" line="+137"/>
        <source>Trips cannot be stored here.</source>
        <translation>Ausflüge können hier nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This trip no longer exists.</source>
        <translation>Diesen Ausflug gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a conference first: a trip is planned around one.</source>
        <translation>Wählen Sie zuerst eine Konferenz: Ein Ausflug wird immer um eine Konferenz herum geplant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the day of the trip.</source>
        <translation>Wählen Sie den Tag des Ausflugs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The start &quot;%1&quot; is not a time of day: write it as HH:MM, e.g. 09:30.</source>
        <translation>Der Beginn „%1“ ist keine Uhrzeit: Schreiben Sie ihn als HH:MM, z. B. 09:30.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end &quot;%1&quot; is not a time of day: write it as HH:MM, e.g. 12:45.</source>
        <translation>Das Ende „%1“ ist keine Uhrzeit: Schreiben Sie es als HH:MM, z. B. 12:45.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>The trip was not saved: %1.</source>
        <translation>Der Ausflug wurde nicht gespeichert: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The trip was not removed: %1.</source>
        <translation>Der Ausflug wurde nicht entfernt: %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Places cannot be stored here.</source>
        <translation>Orte können hier nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only your own places can be changed.</source>
        <translation>Nur Ihre eigenen Orte können geändert werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a location: write latitude and longitude in decimal degrees, e.g. -42.8869, 147.3324 (south and west are negative), or leave it empty.</source>
        <translation>„%1“ ist keine Position: Schreiben Sie Breite und Länge in Dezimalgrad, z. B. -42.8869, 147.3324 (Süden und Westen sind negativ), oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>The place was not saved: %1.</source>
        <translation>Der Ort wurde nicht gespeichert: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The place was not removed: %1.</source>
        <translation>Der Ort wurde nicht entfernt: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No location known for this place: travel time unknown.</source>
        <translation>Für diesen Ort ist keine Position bekannt: Wegzeit unbekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The conference has no venue location to measure from.</source>
        <translation>Für den Veranstaltungsort der Konferenz ist keine Position bekannt, von der aus gemessen werden könnte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The conference venue.</source>
        <translation>Der Veranstaltungsort der Konferenz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 km from the venue in a straight line, about %2 each way at %3 km/h</source>
        <translation>%1 km Luftlinie vom Veranstaltungsort, bei %3 km/h etwa %2 pro Strecke</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Too short: with %1 each way there is no time left to stay.</source>
        <translation>Zu kurz: Bei %1 pro Strecke bleibt keine Zeit für den Aufenthalt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 there, %2 to stay, %3 back, back %4 before the next item.</source>
        <translation>%1 hin, %2 Aufenthalt, %3 zurück, zurück %4 vor dem nächsten Eintrag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, back %2 before the next item.</source>
        <translation>%1, zurück %2 vor dem nächsten Eintrag.</translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <location filename="../../qml/components/TripDialog.qml" line="+26"/>
        <source>No particular place</source>
        <translation>Kein bestimmter Ort</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 and me</source>
        <translation>%1 und ich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit trip</source>
        <translation>Ausflug bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New trip</source>
        <translation>Neuer Ausflug</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Drive up kunanyi / Mount Wellington</source>
        <translation>z. B. Fahrt auf den kunanyi / Mount Wellington</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trip title</source>
        <translation>Titel des Ausflugs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Day of the trip</source>
        <translation>Tag des Ausflugs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan with %1</source>
        <translation>Mit %1 planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only times when %1 is free too</source>
        <translation>Nur Zeiten, in denen auch %1 frei ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Times of %1 min or more when you and %2 are all free on this day; pick one to fill in the times and who goes:</source>
        <translation>Zeiten von %1 Min. oder mehr, in denen Sie und %2 an diesem Tag alle frei sind; wählen Sie eine, um die Zeiten und wer mitkommt einzutragen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No time of %1 min or more when you and %2 are all free on this day.</source>
        <translation>An diesem Tag keine Zeit von %1 Min. oder mehr, in der Sie und %2 alle frei sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaps of %1 min or more between your bookmarks and trips on this day; pick one to fill in the times, with the way there and back counted:</source>
        <translation>Lücken von %1 min oder mehr zwischen Ihren Lesezeichen und Ausflügen an diesem Tag; wählen Sie eine, um die Zeiten einzutragen, Hin- und Rückweg eingerechnet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No gap of %1 min or more between your bookmarks and trips on this day.</source>
        <translation>Keine Lücke von %1 min oder mehr zwischen Ihren Lesezeichen und Ausflügen an diesem Tag.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the free time %1</source>
        <translation>Die freie Zeit %1 nutzen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who is going, e.g. Ann, Bo and me</source>
        <translation>Wer mitkommt, z. B. Ann, Bo und ich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is going</source>
        <translation>Wer mitkommt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>e.g. the road closes when it snows; bring a jacket</source>
        <translation>z. B. bei Schnee ist die Straße gesperrt; Jacke mitnehmen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove trip</source>
        <translation>Ausflug entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove this trip</source>
        <translation>Diesen Ausflug entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the trip</source>
        <translation>Den Ausflug speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>TripRow</name>
    <message>
        <location filename="../../qml/components/TripRow.qml" line="+48"/>
        <source>Trip %1, %2, %3</source>
        <translation>Ausflug %1, %2, %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, to %1</source>
        <translation>, Ziel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, conflicts with %1</source>
        <translation>, überschneidet sich mit %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2 km from the venue</source>
        <translation>%1 · %2 km vom Veranstaltungsort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place %1 is not known here</source>
        <translation>Der Ort %1 ist hier nicht bekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With: %1</source>
        <translation>Mit: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conflicts with %1</source>
        <translation>Überschneidet sich mit %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open %1 in OpenStreetMap</source>
        <translation>%1 in OpenStreetMap öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in OpenStreetMap (M)</source>
        <translation>In OpenStreetMap öffnen (M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit the trip %1</source>
        <translation>Den Ausflug %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the trip %1</source>
        <translation>Den Ausflug %1 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove (Delete)</source>
        <translation>Entfernen (Entf)</translation>
    </message>
</context>
<context>
    <name>TripsPage</name>
    <message>
        <location filename="../../qml/pages/TripsPage.qml" line="+25"/>
        <location line="+66"/>
        <source>Trips</source>
        <translation>Ausflüge</translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>%n trip(s)</source>
        <translation>
            <numerusform>%n Ausflug</numerusform>
            <numerusform>%n Ausflüge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> · %n in conflict with talks or trips</source>
        <translation>
            <numerusform> · %n im Konflikt mit Vorträgen oder Ausflügen</numerusform>
            <numerusform> · %n im Konflikt mit Vorträgen oder Ausflügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Places and map</source>
        <translation>Orte und Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the places around the venue on a map</source>
        <translation>Die Orte rund um den Veranstaltungsort auf einer Karte anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New trip…</source>
        <translation>Neuer Ausflug …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan a new side trip</source>
        <translation>Einen neuen Ausflug planen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan a side trip (Ctrl+N)</source>
        <translation>Einen Ausflug planen (Strg+N)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No trips yet.</source>
        <translation>Noch keine Ausflüge.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trips are not available here.</source>
        <translation>Ausflüge sind hier nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan a side trip between talks: a drive up the mountain before the afternoon sessions, the pub after the closing. Lanyard shows your free time, the distance and travel time, and puts the trip on your agenda and timetable.</source>
        <translation>Planen Sie einen Ausflug zwischen den Vorträgen: mit dem Auto auf den Berg vor dem Nachmittagsprogramm, in den Pub nach der Abschlussveranstaltung. Lanyard zeigt Ihre freie Zeit, die Entfernung und die Wegzeit und trägt den Ausflug in Ihre Agenda und Ihren Zeitplan ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan a trip…</source>
        <translation>Ausflug planen …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter edits · Delete removes · M opens the place in OpenStreetMap · Ctrl+N plans a new trip</source>
        <translation>Eingabe bearbeitet · Entf entfernt · M öffnet den Ort in OpenStreetMap · Strg+N plant einen neuen Ausflug</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Remove trip</source>
        <translation>Ausflug entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the trip &quot;%1&quot;?</source>
        <translation>Den Ausflug „%1“ entfernen?</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../qml/components/UpdateNotice.qml" line="+30"/>
        <source>%1: your agenda changed</source>
        <translation>%1: Ihre Agenda hat sich geändert</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>The update made %n change(s) to the programme in all.</source>
        <translation>
            <numerusform>Die Aktualisierung hat insgesamt %n Änderung am Programm gebracht.</numerusform>
            <numerusform>Die Aktualisierung hat insgesamt %n Änderungen am Programm gebracht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show all changes</source>
        <translation>Alle Änderungen anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
</TS>
