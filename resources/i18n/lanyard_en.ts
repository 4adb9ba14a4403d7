<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../qml/components/AboutDialog.qml" line="+15" />
        <source>About Lanyard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Lanyard icon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>A companion for conference attendees: programmes, timetable and agenda, offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Lanyard is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Read the licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Read the GNU General Public License in the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Bundled programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Lanyard comes with the programme of PyCon Australia 2013 (5–7 July 2013, Wrest Point, Hobart) so that it shows a real conference without a network. It was compiled from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>the archived conference site (2013.pycon-au.org, the pyconau/2013-archive repository): schedule grids and miniconf pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>pyvideo.org's data (CC0): recording links on YouTube and archive.org; the recordings are licensed CC-BY-SA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>the PyCon AU archives (pyconau/archives)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>coordinates of the venue and places around Hobart, each from its cited source (encyclopedia infoboxes, the Gazetteer of Australia)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Talk abstracts were not copied. Some details are missing in the sources, for example the title of the dinner keynote and the speakers of the lightning talks.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgendaFiles</name>
    <message>
        <location filename="../../app/models/AgendaFiles.cpp" line="+128" />
        <source>Unknown export format "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-25" />
        <source>Exports are written to files on this computer; %1 is not one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1 is a folder: type a file name to export to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Nothing was saved: the folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Nothing was saved: you may not write in the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <location line="+24" />
        <location line="+4" />
        <source>Nothing was saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-25" />
        <source>Backup saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Agenda exported to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Unknown printout "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Printed to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Only files on this computer can be restored, not %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform><numerusform>… and %n more.</numerusform></translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../qml/pages/AgendaPage.qml" line="+15" />
        <location line="+97" />
        <source>My agenda</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="-73" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source> · %n in conflict</source>
        <translation>
            <numerusform> · %n in conflict</numerusform><numerusform> · %n in conflict</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>All conferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Show the bookmarks of all conferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Export the agenda to a calendar, spreadsheet or document file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>iCalendar, CSV or Markdown (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Print my agenda, or save it as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Print, or save as PDF (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Back up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Save a backup of bookmarks, notes, ratings, watched marks, trips and places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+81" />
        <source>Enter opens (a trip: its editor) · Space removes the bookmark · V plays the recording · Delete dismisses a cancelled event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+29" />
        <source>iCalendar (.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>CSV spreadsheet (.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Markdown document (.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Back up bookmarks, notes, ratings and trips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Lanyard backup (.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-118" />
        <source>Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Restore a backup, or bookmark the events of a calendar file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>A Lanyard backup (.json) or another app's calendar (.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+63" />
        <source>Nothing bookmarked yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Star talks in the schedule (Space or Ctrl+D), or restore a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Export my agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Save backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Restore a backup or a calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Backups and calendars (*.json *.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgendaPrint</name>
    <message>
        <location filename="../../app/agenda/AgendaPrint.cpp" line="+25" />
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Where: %1 (room change from %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Where: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Who: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Speaker: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Speakers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Clashes with: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>must see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>maybe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>rated %1 of 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>watched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>cancelled: no longer in the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>Nothing bookmarked yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Times in %1 (UTC%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>%1 free</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgendaRow</name>
    <message>
        <location filename="../../qml/components/AgendaRow.qml" line="+64" />
        <source>Room change: %1 → %2. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Trip: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1, %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, maybe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>, must see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>, with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, rated %1 of 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, conflicts with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, watched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, friends going: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>%1 free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Plan a trip here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>In the %1 free before %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Room change: %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>Maybe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Must see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+39" />
        <source>Watched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Watch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Rated %1 of 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-30" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-23" />
        <source>Conflicts with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Dismiss the cancelled event %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Cancelled: no longer in the programme. Take it off my agenda (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Watch the recording of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../app/models/AppController.cpp" line="+258" />
        <source>Only a track, room, language or type can be hidden, not a "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <location line="+13" />
        <source>The hidden items could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <location line="+9" />
        <source>The bookmark could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>The note could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>The rating could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>The watched mark could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>The cancelled event could not be dismissed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>Lanyard opens only http, https and mailto links, not "%1".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BookmarkButton</name>
    <message>
        <location filename="../../qml/components/BookmarkButton.qml" line="+22" />
        <source>Bookmark: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>In my agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Not in my agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Remove from my agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Add to my agenda</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarController</name>
    <message>
        <location filename="../../app/models/CalendarController.cpp" line="+72" />
        <source>%1 at %2 as %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Syncing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Not connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Last sync failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Not synced yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Last synced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>Calendars cannot be connected here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>A sync is running; try again when it is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>"%1" is not an http or https address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Give the user name on the calendar server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+38" />
        <source>No password for %1: there is no keyring, or it has none. Enter it for this session.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatchUpPage</name>
    <message>
        <location filename="../../qml/pages/CatchUpPage.qml" line="+14" />
        <source>Catch up</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>%n recording(s) to watch</source>
        <translation>
            <numerusform>%n recording to watch</numerusform><numerusform>%n recordings to watch</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>This conference only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Recordings to catch up on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>Enter plays the recording · W marks it watched · O opens the talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Nothing to catch up on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Bookmarked talks appear here once they are over and their recording is online, until you mark them watched.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatchUpRow</name>
    <message>
        <location filename="../../qml/components/CatchUpRow.qml" line="+29" />
        <source>%1, %2, recording available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>Watch on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Watch the recording of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Mark watched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Mark %1 as watched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Mark watched (W)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeListView</name>
    <message>
        <location filename="../../qml/components/ChangeListView.qml" line="+19" />
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeRow</name>
    <message>
        <location filename="../../qml/components/ChangeRow.qml" line="+31" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>New time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Renamed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeSectionHeader</name>
    <message>
        <location filename="../../qml/components/ChangeSectionHeader.qml" line="+15" />
        <source>Your agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Everything else</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <location filename="../../app/agenda/ChangeText.cpp" line="+54" />
        <source>New: %1, %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Your talk %1 was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Your talk %1 now takes place in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 now takes place in %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Your talk %1 no longer has a room (was %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 no longer has a room (was %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Your talk %1 moved from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 moved from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Your talk %1 now runs %2 (was %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 now runs %2 (was %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Your talk %1 is now called %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 is now called %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Your talk %1 no longer lists speakers (was %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 no longer lists speakers (was %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Your talk %1 is now given by %2 (was %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 is now given by %2 (was %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>nobody named</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <location filename="../../qml/pages/ChangesPage.qml" line="+14" />
        <location line="+8" />
        <source>What changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>in the last update of %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n change(s) in the last update of %1</source>
        <translation>
            <numerusform>%n change in the last update of %1</numerusform><numerusform>%n changes in the last update of %1</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Mark all as seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Remove the New and Changed marks from the schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Removes the New and Changed marks from the schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>From your calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>The last update of this conference changed nothing. Updates come from subscriptions (see Conferences) and from importing a newer file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConferenceHeader</name>
    <message>
        <location filename="../../qml/components/ConferenceHeader.qml" line="+32" />
        <source>No conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>Conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-26" />
        <source>Switch conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+57" />
        <source>Schedule view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Timetable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Rooms side by side (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Grouped by time slot (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Filter (on)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Filter the schedule by track, room and type</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../../qml/pages/ConferencesPage.qml" line="+15" />
        <location line="+3" />
        <location line="+238" />
        <source>Conferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-236" />
        <source>Subscribe…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Subscribe to a conference's feed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Follow a conference's published programme (Ctrl+Shift+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Import file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Import a schedule file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Import a schedule.xml, schedule.json or .ics file (Ctrl+O). You can also drop a file on the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Refresh all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Refresh every subscription now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Fetch every subscribed programme now (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+59" />
        <source>, last sync failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Shown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>Subscribed to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Bundled with Lanyard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Imported from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Website: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Last synced %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Not synced yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Sync progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Reading the programme…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Downloading… %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Last sync failed: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Lanyard will try again shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The programme you have is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Show programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Show the programme of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Refresh now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Refresh %1 now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Change address…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Change the feed address of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Unsubscribe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Remove %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>This system does not tell Lanyard when the network comes back: subscriptions refresh on start, every 30 minutes during a conference, and when you press Refresh.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>No conferences yet. Subscribe to one, import a file, or drop a file here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Remove %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Its programme and its subscription are removed from Lanyard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Its programme is removed from Lanyard.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Your bookmarks, notes and ratings for it are kept, and come back if you import or subscribe to it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Remove the conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>Change the address of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>The conference and your bookmarks, notes and ratings stay. If the new address cannot be read, the old one is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>New address of the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Fetching from the new address…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DatabaseSetAsideDialog</name>
    <message>
        <location filename="../../qml/components/DatabaseSetAsideDialog.qml" line="+24" />
        <source>Database from a newer Lanyard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Database could not be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>The database %1 was written by a newer version of Lanyard, which this version cannot read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The file %1 is not a Lanyard database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The database %1 is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Nothing was deleted: the file was moved aside, and Lanyard started with a new database in its place. The file is now:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Where the file was kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>To go on using it, open it with the newer Lanyard after renaming it back. To bring your bookmarks, notes and ratings here instead, restore a backup in My agenda.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>To bring back your bookmarks, notes and ratings, restore a backup in My agenda.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Details: %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DayListView</name>
    <message>
        <location filename="../../qml/components/DayListView.qml" line="+66" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Events, %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DayModel</name>
    <message>
        <location filename="../../app/models/DayModel.cpp" line="+218" />
        <source>Trips</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DayPrint</name>
    <message>
        <location filename="../../app/agenda/DayPrint.cpp" line="+107" />
        <source>Must see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Maybe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+46" />
        <source>No events on this day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Rooms %1–%2 of %3 · %4–%5 · times in %6 (UTC%7)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>(no room)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DaySwitcher</name>
    <message>
        <location filename="../../qml/components/DaySwitcher.qml" line="+14" />
        <source>Conference days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source> (today)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../qml/components/ErrorBanner.qml" line="+30" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventBlock</name>
    <message>
        <location filename="../../qml/components/EventBlock.qml" line="+66" />
        <source>Trip: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1, %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>, cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, conflicts with a bookmarked talk or trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, conflicts with another bookmark or a trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>With: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-7" />
        <source>, new</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="-11" />
        <location line="+52" />
        <source>%n short talk(s)</source>
        <translation>
            <numerusform>%n short talk</numerusform><numerusform>%n short talks</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="-50" />
        <source>%n bookmarked</source>
        <translation>
            <numerusform>%n bookmarked</numerusform><numerusform>%n bookmarked</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>, with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, bookmarked as maybe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>, bookmarked as must see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>, changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, friends going: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Overlaps another item of my agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Going: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+81" />
        <source>Conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>maybe</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <location filename="../../app/models/EventDetails.cpp" line="+191" />
        <source>The hidden items could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <location filename="../../qml/pages/EventPage.qml" line="+56" />
        <source>Back to the schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Close the event's details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Hide…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Hide this event's track, room, language or type from every view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Hide what you will never attend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Hide the track “%1” everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Hide the room “%1” everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Hide the language “%1” everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Hide the type “%1” everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Manage hidden items…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Bookmark (Ctrl+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+4" />
        <source>In my agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-4" />
        <location line="+4" />
        <source>Add to my agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Remove the bookmark (Ctrl+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Bookmark this event (Ctrl+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>Hidden from every view: its %1 is hidden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Show again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>This event is no longer in the programme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>Not recorded: see it live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>%1: everything in this room that day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Everything in %1 that day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>%1: all their events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>All events of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Friends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>%1 goes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <location line="+10" />
        <source>My agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Bookmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Bookmark priority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Maybe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>%1 (%2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+70" />
        <source>Watch on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-103" />
        <location line="+3" />
        <source>Must see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-381" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+387" />
        <source>Maybe (a fallback)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>A fallback for when a must-see is full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Overlaps with %1; open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Watched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>I have watched the recording</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>A private note: questions to ask, what to follow up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Private note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Recordings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Watch the recording on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-154" />
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+156" />
        <source>Links</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventRow</name>
    <message>
        <location filename="../../qml/components/EventRow.qml" line="+41" />
        <source>%1, %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Trip: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, bookmarked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>, cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, conflicts with another bookmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>, changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, friends going: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Running now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Overlaps another item of my agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>Trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-17" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-9" />
        <source>Conflict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <location line="+2" />
        <source>Recording available</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventTypeNames</name>
    <message>
        <location filename="../../app/models/EventTypeNames.cpp" line="+21" />
        <source>Birds of a feather</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Concert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Developer room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Discussion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>DJ set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+14" />
        <source>Film</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-13" />
        <source>Game</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Hack session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Hands-on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Housekeeping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Keynote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Lecture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Lightning talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Lightning talks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Main track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Meal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Meal or break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Meetup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Panel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-1" />
        <source>Performance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Poster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Screening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Social event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Tutorial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Workshop</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../qml/components/ExportDialog.qml" line="+21" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>Choose a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <location line="+11" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>A file name, or a full path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>File name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Choose the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Saved as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterMenu</name>
    <message>
        <location filename="../../qml/components/FilterMenu.qml" line="+72" />
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+64" />
        <source>Only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Show only %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Show all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Find a track, room or type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>No track, room or type matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show all tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Hide all tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Rooms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show all rooms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Hide all rooms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show all types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Hide all types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Only talks that will not be recorded</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n track(s), room(s), language(s) or type(s) hidden from every view.</source>
        <translation>
            <numerusform>%n track, room, language or type hidden from every view.</numerusform><numerusform>%n tracks, rooms, languages or types hidden from every view.</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>To hide a track, room or language from every view, not just this one:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Hide for good…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Open the page of what is hidden from every view</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunHint</name>
    <message>
        <location filename="../../qml/components/FirstRunHint.qml" line="+25" />
        <source>Tip: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Tip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Got it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Dismiss the tip</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FriendChips</name>
    <message>
        <location filename="../../qml/components/FriendChips.qml" line="+44" />
        <source>Friends going: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 goes to this too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 go to this too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>Going: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../qml/components/HelpOverlay.qml" line="+22" />
        <source>Anywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show this list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show the first, second, … day of the conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Timetable: rooms side by side</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>List: events by time slot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Import a schedule file (or drop one on the window)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Print my agenda or a day of the programme, or save it as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Esc, Alt+Left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Back (from an event to the schedule)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Move between the parts of the window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>In the schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Arrow keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Move from event to event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Open the event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Bookmark the event, or remove the bookmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Menu, Shift+F10</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>The event's menu: must see or maybe, a trip after it, hide its room or track, copy its link (also a right click)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Zoom the timetable in or out: longer hours, wider rooms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Timetable with more rooms than fit: jump to a room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>On the pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Schedule, event, My agenda: bookmark the event, or remove the bookmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>My agenda: export to a calendar, spreadsheet or document file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>My agenda: open the recording of the selected talk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Catch up: mark the selected recording as watched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Now &amp; Next: only the events you bookmarked, or every room again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Trips: plan a new side trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Trips: open the trip's place in OpenStreetMap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>On the Conferences page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Subscribe to a conference's programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Refresh every subscribed programme now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>In lists, menus and dialogs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Space, Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Press the button or tick the box that has the focus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Close the dialog or menu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+39" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Close the list of shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HiddenItemsModel</name>
    <message>
        <location filename="../../app/models/HiddenItemsModel.cpp" line="+113" />
        <source>(no track)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>(no room)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>(no language given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>(no type)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HiddenPage</name>
    <message>
        <location filename="../../qml/pages/HiddenPage.qml" line="+15" />
        <source>Hidden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Hidden from every view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>Tick what you will never attend. Its events disappear from the schedule, room lists, search, Now &amp; Next and the speakers, for %1 only, until you untick it here. The schedule's Filter only changes the schedule view.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="-22" />
        <source>%n hidden</source>
        <translation>
            <numerusform>%n hidden</numerusform><numerusform>%n hidden</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Show everything again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+32" />
        <source>Tracks, rooms, languages and types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Tracks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Rooms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Hidden: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Shown: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message>
        <location line="+11" />
        <source>No conference yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../app/models/ImportController.cpp" line="+73" />
        <source>This is a web address. Lanyard opens files: download the programme first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The file is %1 MB, more than a programme can be (%2 MB at most).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../qml/components/ImportDialog.qml" line="+25" />
        <source>Import a programme?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Cannot import this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+36" />
        <source>File: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Contents</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform><numerusform>%n rooms</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>The file has %n problem(s) that were repaired or skipped.</source>
        <translation>
            <numerusform>The file has %n problem that were repaired or skipped.</numerusform><numerusform>The file has %n problems that were repaired or skipped.</numerusform></translation>
    </message>
    <message>
        <location line="+6" />
        <source>You already have this conference. Its programme will be replaced by this file; your bookmarks, notes and ratings stay.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+18" />
        <source>%n more file(s) after this one.</source>
        <translation>
            <numerusform>%n more file after this one.</numerusform><numerusform>%n more files after this one.</numerusform></translation>
    </message>
    <message>
        <location line="+12" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Import %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Skip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <location line="+2" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Do not import this file</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportFileDialog</name>
    <message>
        <location filename="../../qml/components/ImportFileDialog.qml" line="+23" />
        <source>Import a schedule file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <location line="+24" />
        <source>Choose a schedule file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-22" />
        <source>Schedules (*.xml *.json *.ics *.ical)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>No file chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Chosen file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Time zone (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Used only when the file names no time zone of its own. schedule.xml, schedule.json and iCalendar files are recognised by their content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../qml/components/ImportReportDialog.qml" line="+27" />
        <source>Imported %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Could not import %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+32" />
        <source>Nothing was changed: the programme and your bookmarks are as they were.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>No warnings: every event was read.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n warning(s): events skipped or repaired, and why</source>
        <translation>
            <numerusform>%n warning: events skipped or repaired, and why</numerusform><numerusform>%n warnings: events skipped or repaired, and why</numerusform></translation>
    </message>
    <message>
        <location line="+17" />
        <source>Warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>Times wrong because the file names no time zone? Import it again with one:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>If the file names no time zone, give one and try again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Import again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Show the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../qml/Main.qml" line="+16" />
        <source>%1 – Lanyard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Lanyard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>The timetable shows the rooms side by side. Move between events with the arrow keys, open one with Enter and bookmark it with Space. Ctrl+1, Ctrl+2, … switch days; F1 lists every shortcut.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The list groups the day's events by start time. Up and Down move between events, Enter opens one, Space bookmarks it. F1 lists every shortcut.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Times are shown in the conference's time zone, and in yours below when it differs. The star adds the event to your agenda; Esc goes back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+332" />
        <source>Drop a schedule file to import it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+51" />
        <source>Imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>Save the day as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Save my agenda as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>PDF document (.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MarkBadge</name>
    <message>
        <location filename="../../qml/components/MarkBadge.qml" line="+12" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>New since the last update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Changed by the last update</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NowNextPage</name>
    <message>
        <location filename="../../qml/pages/NowNextPage.qml" line="+16" />
        <location line="+18" />
        <source>Now &amp; Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Bookmarked only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Show only the events you bookmarked, not every room (B)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>The filter hides every event. Filter, then Show all, brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>There is no programme to show yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>%1 starts %2, on %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Nothing more today. The programme continues on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>%1 is over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>None of your bookmarks runs now or starts within the hour.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>None of your bookmarks runs now or starts in the next %1 min.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Nothing runs right now. The next events start at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Nothing runs right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Catch up on what you missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Open Catch up: recordings and talks you missed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Some of your bookmarks clash: you cannot be at all of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Now and next events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Starting within the hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Starting in the next %1 min</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NowNextRow</name>
    <message>
        <location filename="../../qml/components/NowNextRow.qml" line="+31" />
        <source>%1, %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, bookmarked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, clashes with %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+24" />
        <source>%n min left</source>
        <translation>
            <numerusform>%n min left</numerusform><numerusform>%n min left</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 left</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform><numerusform>in %n min</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>%1% done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Clashes with %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../../qml/components/PageHeader.qml" line="+24" />
        <location line="+3" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>%1 (Esc)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../qml/components/PlaceDialog.qml" line="+55" />
        <source>Edit place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>New place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>e.g. MONA (Museum of Old and New Art)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Place name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>latitude, longitude, e.g. -42.8121, 147.2612 (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Location as latitude and longitude in decimal degrees (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Decimal degrees, south and west negative. Leave it empty when you do not know the point: the place is then listed without a location.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>e.g. museum (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Category (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <location line="+6" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>Remove place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Save the place</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlaceListModel</name>
    <message>
        <location filename="../../app/models/PlaceListModel.cpp" line="+186" />
        <source>venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>%1 km</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>no location</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../../qml/pages/PlacesPage.qml" line="+17" />
        <source>Places</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+46" />
        <source>%n place(s) around %1</source>
        <translation>
            <numerusform>%n place around %1</numerusform><numerusform>%n places around %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform><numerusform>%n places</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>Travel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Driving, 40 km/h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Cycling, 15 km/h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Walking, 5 km/h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Travel speed for travel times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Add place…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Add a place of your own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>No places for this conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>No conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>This conference came without places around its venue. Add your own with “Add place…” (a café, a sight, your hotel): with coordinates they are shown on a map here, and you can plan trips to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>Places, nearest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+39" />
        <source>venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>no location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 km · ~%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source> (mine)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>%1 (WGS84)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>No location known: not on the map.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>Open in OpenStreetMap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Open %1 in OpenStreetMap in the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source> (O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>No location known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Plan a trip here…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>A new trip to this place (T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Remove…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+27" />
        <source>Map of %n place(s) around the venue, north up; the selected place is circled</source>
        <translation>
            <numerusform>Map of %n place around the venue, north up; the selected place is circled</numerusform><numerusform>Map of %n places around the venue, north up; the selected place is circled</numerusform></translation>
    </message>
    <message>
        <location line="+13" />
        <source>Zoom in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Zoom in (+)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Zoom out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Zoom out (−)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Show all places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Show all places (0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>No location (not on the map)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>Distances in a straight line from the venue; no map tiles.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>Remove place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Remove your place "%1"?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/models/Preferences.cpp" line="+95" />
        <source>System language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../qml/components/PrintDialog.qml" line="+50" />
        <location line="+93" />
        <source>Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-74" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>My agenda, in time order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>The programme of a day, as a timetable:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>A PDF file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Printer, or a PDF file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>No printer is set up on this computer; save a PDF and print it from elsewhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <location line="+6" />
        <source>Copies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../app/agenda/PrintPage.cpp" line="+60" />
        <source>the printer or file cannot be written to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+41" />
        <source>page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>page %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrinterOutput</name>
    <message>
        <location filename="../../app/models/PrinterOutput.cpp" line="+48" />
        <source>Unknown printout "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Nothing was printed: there is no printer "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Programme of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>My agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Nothing was printed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Sent to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <location filename="../../app/agenda/Printout.cpp" line="+101" />
        <location line="+14" />
        <source>Printed by Lanyard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-82" />
        <location line="+76" />
        <source>there is no conference "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-66" />
        <source>%1 is not a day of %2 (its days: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>no day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+68" />
        <location line="+21" />
        <source>My agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-1" />
        <source>Programme of %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RatingControl</name>
    <message>
        <location filename="../../qml/components/RatingControl.qml" line="+32" />
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n of 5 star(s)</source>
        <translation>
            <numerusform>%n of 5 star</numerusform><numerusform>%n of 5 stars</numerusform></translation>
    </message>
    <message>
        <location line="+0" />
        <source>Not rated</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+53" />
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform><numerusform>%n stars</numerusform></translation>
    </message>
    <message>
        <location line="+5" />
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Remove the rating</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message numerus="yes">
        <location filename="../../app/agenda/ReminderService.cpp" line="+87" />
        <source>In %n min: %1</source>
        <translation>
            <numerusform>In %n min: %1</numerusform><numerusform>In %n min: %1</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>Starts at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Starts at %1 in %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoomJumpPopup</name>
    <message>
        <location filename="../../qml/components/RoomJumpPopup.qml" line="+22" />
        <source>(no room)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+39" />
        <source>Jump to a room…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Jump to a room</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n room(s) match</source>
        <translation>
            <numerusform>%n room match</numerusform><numerusform>%n rooms match</numerusform></translation>
    </message>
    <message>
        <location line="+9" />
        <source>No room of this day is called that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Rooms</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../../qml/pages/RoomPage.qml" line="+58" />
        <source>(no room)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n event</numerusform><numerusform>%1: %n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>, %n more hidden from every view</source>
        <translation>
            <numerusform>, %n more hidden from every view</numerusform><numerusform>, %n more hidden from every view</numerusform></translation>
    </message>
    <message>
        <location line="+17" />
        <source>Events in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Nothing in %1 on this day.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message numerus="yes">
        <location filename="../../qml/pages/SchedulePage.qml" line="+91" />
        <source>The filter hides all %n event(s) of this day.</source>
        <translation>
            <numerusform>The filter hides all %n event of this day.</numerusform><numerusform>The filter hides all %n events of this day.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>All %n event(s) of this day are hidden from every view.</source>
        <translation>
            <numerusform>All %n event of this day are hidden from every view.</numerusform><numerusform>All %n events of this day are hidden from every view.</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>No events on this day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>No conference yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Show all</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>%n event(s) hidden by the filter.</source>
        <translation>
            <numerusform>%n event hidden by the filter.</numerusform><numerusform>%n events hidden by the filter.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n event(s) hidden from every view</source>
        <translation>
            <numerusform>%n event hidden from every view</numerusform><numerusform>%n events hidden from every view</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>See and undo what is hidden</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../qml/components/SearchField.qml" line="+14" />
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Search events by title, speaker, abstract or note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../qml/pages/SearchPage.qml" line="+14" />
        <location line="+30" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-21" />
        <source>The search failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>This conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>All conferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Search in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Every day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Every track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>Type to search titles, speakers, abstracts, rooms, tracks and your notes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>No events match “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n event(s), best match first. Enter opens the first.</source>
        <translation>
            <numerusform>%n event, best match first. Enter opens the first.</numerusform><numerusform>%n events, best match first. Enter opens the first.</numerusform></translation>
    </message>
    <message>
        <location line="+21" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchResultRow</name>
    <message>
        <location filename="../../qml/components/SearchResultRow.qml" line="+34" />
        <source>%1, %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, bookmarked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>, cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>Your note: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../qml/pages/SettingsPage.qml" line="+12" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Show times in the conference's time zone only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Also show times in my time zone when it differs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>This conference runs in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Times are always shown in the conference's time zone first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Remind me before each bookmarked talk, with its room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>Minutes before the start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>minutes before the start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Reminders come as desktop notifications while Lanyard is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>This desktop session offers no notification service (org.freedesktop.Notifications on the session bus), so Lanyard cannot show reminders here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Check again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Check again for a notification service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Programme updates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Check subscribed programmes for changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>every 15 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>every 30 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>every hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>every 3 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>once a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>only when I ask</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>How often to check subscribed programmes for changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Give up on a download after</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Seconds without data before a download is abandoned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>seconds without data, or</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Seconds before a download is abandoned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>seconds in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Subscriptions are checked on start, when the network comes back and at this interval while a conference runs; less often before it, never after it. A slow conference Wi-Fi may need longer time limits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Follow the system (now %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Style: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Language of the interface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Dates are written the way the language writes them. The conference's own texts stay as the organisers wrote them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <location line="+35" />
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-30" />
        <source>Keep your bookmarks and trips in a calendar on your own CalDAV server (Nextcloud, Radicale, Fastmail, …): your phone shows them, and Lanyard on another computer picks them up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Calendar server address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>User name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>User name on the calendar server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Password on the calendar server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Name of the calendar to use or make</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Connect to the calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>No keyring has the password; for this session:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Password on the calendar server, for this session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Sync the calendar now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Disconnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Disconnect from the calendar; everything here and on the server stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Show the keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Show the tips again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Show the first-run tips again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>About Lanyard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../qml/components/Sidebar.qml" line="+48" />
        <source>Schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>My agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Catch up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>What changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Conferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Now &amp; Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Trips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Places and map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+69" />
        <source>%1. Shortcut: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-73" />
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Hidden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>Pages</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n change(s) to your talks</source>
        <translation>
            <numerusform>%n change to your talks</numerusform><numerusform>%n changes to your talks</numerusform></translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Shortcut: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpeakerPage</name>
    <message numerus="yes">
        <location filename="../../qml/pages/SpeakerPage.qml" line="+71" />
        <location line="+1" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="-1" />
        <source> at %n conference(s)</source>
        <translation>
            <numerusform> at %n conference</numerusform><numerusform> at %n conferences</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n more hidden from every view (see Hidden).</source>
        <translation>
            <numerusform>%n more hidden from every view (see Hidden).</numerusform><numerusform>%n more hidden from every view (see Hidden).</numerusform></translation>
    </message>
    <message>
        <location line="+11" />
        <source>Events of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>About %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Show less</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Show more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show less of the biography</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Show the whole biography</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SpeakersPage</name>
    <message>
        <location filename="../../qml/pages/SpeakersPage.qml" line="+11" />
        <location line="+16" />
        <location line="+40" />
        <source>Speakers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-22" />
        <source>Search speakers by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Search speakers</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="-19" />
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform><numerusform>%n speakers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1 of %n speaker(s)</source>
        <translation>
            <numerusform>%1 of %n speaker</numerusform><numerusform>%1 of %n speakers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+56" />
        <source>%1, %n talk(s)</source>
        <translation>
            <numerusform>%1, %n talk</numerusform><numerusform>%1, %n talks</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+27" />
        <source>%n bookmarked</source>
        <translation>
            <numerusform>%n bookmarked</numerusform><numerusform>%n bookmarked</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n talk</numerusform><numerusform>%n talks</numerusform></translation>
    </message>
    <message>
        <location line="+11" />
        <source>No speakers in this programme.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>No speaker matches “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <location filename="../../qml/components/SubscribeDialog.qml" line="+42" />
        <source>Subscribe to a conference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+57" />
        <source>Address of the conference's programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>The conference's web page, or a schedule.xml, schedule.json, Sessionize or iCalendar (.ics) link, as pretalx, frab, Indico, FOSDEM and most conference sites publish it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Address of the programme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Time zone (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Time zone (needed for this programme)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>This is a Sessionize programme: its times carry no time zone. Pick the zone of the conference's venue (Europe/Vienna, say); Lanyard never guesses it from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Used only when the feed names no time zone of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Found the programme (%1) at:
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Fetching and reading the programme…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Looking for the schedule…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>Subscribe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Find and subscribe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The subscription goes on in the background.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../app/models/SyncController.cpp" line="+46" />
        <source>Reading and storing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+51" />
        <location line="+108" />
        <source>“%1” is not a time zone Lanyard knows. Use a name such as Europe/Brussels.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-30" />
        <source>The conference could not be removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>“%1” is not a file on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Waiting to read %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message>
        <location line="+2" />
        <source>yesterday</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message>
        <location line="+74" />
        <source>%1 on %2 in %3.</source>
        <comment>events, days, rooms</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform><numerusform>%n rooms</numerusform></translation>
    </message>
    <message>
        <location line="+4" />
        <source>Nothing changed since the last time.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n change(s) since the last time.</source>
        <translation>
            <numerusform>%n change since the last time.</numerusform><numerusform>%n changes since the last time.</numerusform></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../qml/components/TimeField.qml" line="+28" />
        <source>HH:MM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>%1 time, hours and minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Up/Down: 5 minutes · Page Up/Down: an hour</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <location filename="../../app/models/TimeFormat.cpp" line="+92" />
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>Afrikaans</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Arabic</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Basque</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Bulgarian</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Catalan</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Chinese</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Croatian</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Czech</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Danish</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Dutch</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Esperanto</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Estonian</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Finnish</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>French</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>German</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Greek</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Hebrew</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Hindi</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Hungarian</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Indonesian</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Irish</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Italian</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Japanese</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Korean</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Latvian</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Lithuanian</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Māori</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Norwegian</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Polish</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Portuguese</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Romanian</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Russian</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Serbian</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Slovak</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Slovenian</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Spanish</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Swedish</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Turkish</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Ukrainian</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Vietnamese</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Welsh</source>
        <comment>a language</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>dddd d MMMM yyyy</source>
        <comment>date format: weekday, day, month, year</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>ddd d MMM</source>
        <comment>date format: short weekday, day, short month</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>d MMMM yyyy</source>
        <comment>date format: day, month, year</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>%1, %2–%3 in your time zone (%4, UTC%5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+29" />
        <source>d MMMM</source>
        <comment>date format: day and month</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>d</source>
        <comment>date format: the first day of a range within one month</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform><numerusform>in %n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform><numerusform>in %n h</numerusform></translation>
    </message>
    <message>
        <location line="+1" />
        <source>in %1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
</context>
<context>
    <name>TimeZoneField</name>
    <message>
        <location filename="../../qml/components/TimeZoneField.qml" line="+19" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Not a time zone Lanyard knows. Use a name such as Europe/Brussels.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimetableBlockMenu</name>
    <message>
        <location filename="../../qml/components/TimetableBlockMenu.qml" line="+37" />
        <source>Edit the trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Must see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Maybe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Remove from my agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Plan a trip after this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Hide the room %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Hide the track %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Copy the link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Copy the link (this talk has none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <location filename="../../qml/components/TimetableView.qml" line="+93" />
        <source>Timetable, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Timetable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+57" />
        <source>%1  %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, bookmarked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+96" />
        <source>Plan a trip from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>(no room)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Opens your trips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Opens everything in this room that day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Plan and change your side trips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Everything in %1 this day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+38" />
        <source>Jump to a room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+J</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Jump to a room (Ctrl+J)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+166" />
        <source>Now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TripController</name>
    <message>
        <location filename="../../app/models/TripController.cpp" line="+137" />
        <source>Trips cannot be stored here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>This trip no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Choose a conference first: a trip is planned around one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Choose the day of the trip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>The start "%1" is not a time of day: write it as HH:MM, e.g. 09:30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The end "%1" is not a time of day: write it as HH:MM, e.g. 12:45.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <location line="+4" />
        <source>The trip was not saved: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>The trip was not removed: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>Places cannot be stored here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Only your own places can be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>"%1" is not a location: write latitude and longitude in decimal degrees, e.g. -42.8869, 147.3324 (south and west are negative), or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <location line="+4" />
        <source>The place was not saved: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>The place was not removed: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>No location known for this place: travel time unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The conference has no venue location to measure from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>The conference venue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>%1 km from the venue in a straight line, about %2 each way at %3 km/h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Too short: with %1 each way there is no time left to stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>%1 there, %2 to stay, %3 back, back %4 before the next item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>%1, back %2 before the next item.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <location filename="../../qml/components/TripDialog.qml" line="+26" />
        <source>No particular place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+87" />
        <source>%1 and me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Edit trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>New trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>e.g. Drive up kunanyi / Mount Wellington</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Trip title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Day of the trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>With</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Plan with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Only times when %1 is free too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Times of %1 min or more when you and %2 are all free on this day; pick one to fill in the times and who goes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No time of %1 min or more when you and %2 are all free on this day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Gaps of %1 min or more between your bookmarks and trips on this day; pick one to fill in the times, with the way there and back counted:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No gap of %1 min or more between your bookmarks and trips on this day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Use the free time %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Who is going, e.g. Ann, Bo and me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Who is going</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <location line="+7" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-1" />
        <source>e.g. the road closes when it snows; bring a jacket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>Remove trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Remove this trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Save the trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TripRow</name>
    <message>
        <location filename="../../qml/components/TripRow.qml" line="+48" />
        <source>Trip %1, %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>, to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>, conflicts with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>%1 · %2 km from the venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Place %1 is not known here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>With: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Conflicts with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Open %1 in OpenStreetMap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Open in OpenStreetMap (M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Edit the trip %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Remove the trip %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Remove (Delete)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TripsPage</name>
    <message>
        <location filename="../../qml/pages/TripsPage.qml" line="+25" />
        <location line="+66" />
        <source>Trips</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="-27" />
        <source>%n trip(s)</source>
        <translation>
            <numerusform>%n trip</numerusform><numerusform>%n trips</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source> · %n in conflict with talks or trips</source>
        <translation>
            <numerusform> · %n in conflict with talks or trips</numerusform><numerusform> · %n in conflict with talks or trips</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>Places and map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Show the places around the venue on a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>New trip…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Plan a new side trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Plan a side trip (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+41" />
        <source>No trips yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Trips are not available here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Plan a side trip between talks: a drive up the mountain before the afternoon sessions, the pub after the closing. Lanyard shows your free time, the distance and travel time, and puts the trip on your agenda and timetable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Plan a trip…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Enter edits · Delete removes · M opens the place in OpenStreetMap · Ctrl+N plans a new trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>Remove trip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Remove the trip "%1"?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../qml/components/UpdateNotice.qml" line="+30" />
        <source>%1: your agenda changed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+36" />
        <source>The update made %n change(s) to the programme in all.</source>
        <translation>
            <numerusform>The update made %n change to the programme in all.</numerusform><numerusform>The update made %n changes to the programme in all.</numerusform></translation>
    </message>
    <message>
        <location line="+8" />
        <source>Show all changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>