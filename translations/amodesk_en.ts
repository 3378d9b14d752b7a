<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EventExportDialog</name>
    <message numerus="yes">
        <source>%n event(s) saved to %1</source>
        <translation>
            <numerusform>%n event saved to %1</numerusform>
            <numerusform>%n events saved to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message numerus="yes">
        <source>%n event(s) by ID</source>
        <translation>
            <numerusform>%n event by ID</numerusform>
            <numerusform>%n events by ID</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDescriber</name>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteFilterSummary</name>
    <message numerus="yes">
        <source>%n entity ID(s)</source>
        <translation>
            <numerusform>%n entity ID</numerusform>
            <numerusform>%n entity IDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note ID(s)</source>
        <translation>
            <numerusform>%n note ID</numerusform>
            <numerusform>%n note IDs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::CsvImportDialog</name>
    <message numerus="yes">
        <source>%n note(s) ready to queue</source>
        <translation>
            <numerusform>%n note ready to queue</numerusform>
            <numerusform>%n notes ready to queue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems, left out:</source>
        <translation>
            <numerusform>%n line with problems, left out:</numerusform>
            <numerusform>%n lines with problems, left out:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %n note(s)</source>
        <translation>
            <numerusform>Queue %n note</numerusform>
            <numerusform>Queue %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::EntityHistoryDialog</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::EventsChart</name>
    <message numerus="yes">
        <source>Events a day, last %n day(s) of the cache</source>
        <translation>
            <numerusform>Events a day, last %n day of the cache</numerusform>
            <numerusform>Events a day, last %n days of the cache</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::EventsPane</name>
    <message numerus="yes">
        <source>%n event(s) in the local cache</source>
        <translation>
            <numerusform>%n event in the local cache</numerusform>
            <numerusform>%n events in the local cache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached event(s) match</source>
        <translation>
            <numerusform>%n cached event match</numerusform>
            <numerusform>%n cached events match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n event(s) so far</source>
        <translation>
            <numerusform>Loading… %n event so far</numerusform>
            <numerusform>Loading… %n events so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) loaded</source>
        <translation>
            <numerusform>%n event loaded</numerusform>
            <numerusform>%n events loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n new)</source>
        <translation>
            <numerusform>(%n new)</numerusform>
            <numerusform>(%n new)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::FollowNotifier</name>
    <message numerus="yes">
        <source>%n new event(s) in AmoDesk</source>
        <translation>
            <numerusform>%n new event in AmoDesk</numerusform>
            <numerusform>%n new events in AmoDesk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more</source>
        <translation>
            <numerusform>%1, and %n more</numerusform>
            <numerusform>%1, and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::JournalDialog</name>
    <message numerus="yes">
        <source>Undoing the run of %1: %n change(s).</source>
        <translation>
            <numerusform>Undoing the run of %1: %n change.</numerusform>
            <numerusform>Undoing the run of %1: %n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::MainWindow</name>
    <message numerus="yes">
        <source>Notes in its outbox that amoCRM has not confirmed: %n. They will be thrown away.</source>
        <translation>
            <numerusform>Notes in its outbox that amoCRM has not confirmed: %n. They will be thrown away.</numerusform>
            <numerusform>Notes in its outbox that amoCRM has not confirmed: %n. They will be thrown away.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::NoteEditorDialog</name>
    <message numerus="yes">
        <source>Edit %n note(s) together</source>
        <translation>
            <numerusform>Edit %n note together</numerusform>
            <numerusform>Edit %n notes together</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the fields you change are written to all %n notes.</source>
        <translation>
            <numerusform>Only the fields you change are written to all %n notes.</numerusform>
            <numerusform>Only the fields you change are written to all %n notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::NotesPane</name>
    <message numerus="yes">
        <source>Loading… %n note(s) so far</source>
        <translation>
            <numerusform>Loading… %n note so far</numerusform>
            <numerusform>Loading… %n notes so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) shown; scroll for more</source>
        <translation>
            <numerusform>%n note shown; scroll for more</numerusform>
            <numerusform>%n notes shown; scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::OutboxModel</name>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::OutboxPanel</name>
    <message numerus="yes">
        <source>Outbox: %n waiting</source>
        <translation>
            <numerusform>Outbox: %n waiting</numerusform>
            <numerusform>Outbox: %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Throw away %n note(s) that the server has not confirmed? They will not be sent.</source>
        <translation>
            <numerusform>Throw away %n note that the server has not confirmed? They will not be sent.</numerusform>
            <numerusform>Throw away %n notes that the server has not confirmed? They will not be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n failed</source>
        <translation>
            <numerusform>Outbox: %n failed</numerusform>
            <numerusform>Outbox: %n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::OutboxSender</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>Gave up after %n attempt: %1</numerusform>
            <numerusform>Gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::PutRightActions</name>
    <message numerus="yes">
        <source>Finishing %n revert or bulk change run(s) cut off last time…</source>
        <translation>
            <numerusform>Finishing %n revert or bulk change run cut off last time…</numerusform>
            <numerusform>Finishing %n revert or bulk change runs cut off last time…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished %n run(s) cut off last time: %1 applied, %2 refused, %3 not confirmed. Events &gt; Revert journal shows them.</source>
        <translation>
            <numerusform>Finished %n run cut off last time: %1 applied, %2 refused, %3 not confirmed. Events &gt; Revert journal shows them.</numerusform>
            <numerusform>Finished %n runs cut off last time: %1 applied, %2 refused, %3 not confirmed. Events &gt; Revert journal shows them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) are in the outbox; the Notes pane shows them as they are sent.</source>
        <translation>
            <numerusform>%n note are in the outbox; the Notes pane shows them as they are sent.</numerusform>
            <numerusform>%n notes are in the outbox; the Notes pane shows them as they are sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planning the change of %n record(s).</source>
        <translation>
            <numerusform>Planning the change of %n record.</numerusform>
            <numerusform>Planning the change of %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::RevertDialog</name>
    <message numerus="yes">
        <source>Reverting %n event(s).</source>
        <translation>
            <numerusform>Reverting %n event.</numerusform>
            <numerusform>Reverting %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n change(s)</source>
        <translation>
            <numerusform>&amp;Apply %n change</numerusform>
            <numerusform>&amp;Apply %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::SyncProgress</name>
    <message numerus="yes">
        <source>Syncing: %n event(s), %1 a second, about %2 left</source>
        <translation>
            <numerusform>Syncing: %n event, %1 a second, about %2 left</numerusform>
            <numerusform>Syncing: %n events, %1 a second, about %2 left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amodesk::WidgetsPane</name>
    <message numerus="yes">
        <source>%n widget(s) shown</source>
        <translation>
            <numerusform>%n widget shown</numerusform>
            <numerusform>%n widgets shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n note(s) not confirmed yet; run the same command again to finish</source>
        <translation>
            <numerusform>%n note not confirmed yet; run the same command again to finish</numerusform>
            <numerusform>%n notes not confirmed yet; run the same command again to finish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) of this input already confirmed by an earlier run: not sent again</source>
        <translation>
            <numerusform>%n note of this input already confirmed by an earlier run: not sent again</numerusform>
            <numerusform>%n notes of this input already confirmed by an earlier run: not sent again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the outbox of &quot;%1&quot; holds %n note(s) amoCRM has not confirmed: removing the account throws its outbox away</source>
        <translation>
            <numerusform>the outbox of "%1" holds %n note amoCRM has not confirmed: removing the account throws its outbox away</numerusform>
            <numerusform>the outbox of "%1" holds %n notes amoCRM has not confirmed: removing the account throws its outbox away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1: %n refused change(s) given up</source>
        <translation>
            <numerusform>Run %1: %n refused change given up</numerusform>
            <numerusform>Run %1: %n refused changes given up</numerusform>
        </translation>
    </message>
</context>
</TS>
