<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BatchDialog</name>
    <message numerus="yes">
        <source>Reading the people of %n groups…</source>
        <translation>
            <numerusform>Reading the people of %n group…</numerusform>
            <numerusform>Reading the people of %n groups…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n groups in the sheet, every one valid.</source>
        <translation>
            <numerusform>%n group in the sheet, valid.</numerusform>
            <numerusform>%n groups in the sheet, every one valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone numbers have no DingTalk user: their rows are invalid.</source>
        <translation>
            <numerusform>%n phone number has no DingTalk user: its row is invalid.</numerusform>
            <numerusform>%n phone numbers have no DingTalk user: their rows are invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Leave out the %n invalid rows</source>
        <translation>
            <numerusform>&amp;Leave out the %n invalid row</numerusform>
            <numerusform>&amp;Leave out the %n invalid rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryMenu</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The directory is up to date: %1 in %n departments.</source>
        <translation>
            <numerusform>The directory is up to date: %1 in %n department.</numerusform>
            <numerusform>The directory is up to date: %1 in %n departments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departments are outside the app&apos;s contacts scope: their people are not in the copy.</source>
        <translation>
            <numerusform>%n department is outside the app&apos;s contacts scope: its people are not in the copy.</numerusform>
            <numerusform>%n departments are outside the app&apos;s contacts scope: their people are not in the copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryStatusLabel</name>
    <message numerus="yes">
        <source>updated %n minutes ago</source>
        <translation>
            <numerusform>updated %n minute ago</numerusform>
            <numerusform>updated %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hours ago</source>
        <translation>
            <numerusform>updated %n hour ago</numerusform>
            <numerusform>updated %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n days ago</source>
        <translation>
            <numerusform>updated %n day ago</numerusform>
            <numerusform>updated %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %1; %n departments.</source>
        <translation>
            <numerusform>Synced %1; %n department.</numerusform>
            <numerusform>Synced %1; %n departments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departments are outside the app&apos;s contacts scope: their people are not in the copy.</source>
        <translation>
            <numerusform>%n department is outside the app&apos;s contacts scope: its people are not in the copy.</numerusform>
            <numerusform>%n departments are outside the app&apos;s contacts scope: their people are not in the copy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Added %n people from the directory.</source>
        <translation>
            <numerusform>Added %n person from the directory.</numerusform>
            <numerusform>Added %n people from the directory.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonCompleter</name>
    <message numerus="yes">
        <source>%n people have this name: choose one from the list.</source>
        <translation>
            <numerusform>%n person has this name: choose them from the list.</numerusform>
            <numerusform>%n people have this name: choose one from the list.</numerusform>
        </translation>
    </message>
</context>
</TS>
