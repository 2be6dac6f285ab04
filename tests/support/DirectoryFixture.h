#pragma once

#include "DemoOrganisation.h"
#include "directory/Directory.h"
#include "directory/DirectorySyncResult.h"

class GroupApi;

/** The organisation's directory in tests: the demo organisation as a copy without the network, or a real sync. */
namespace DirectoryFixture {

/** `organisation` as the directory a sync would make of it (people who left are not in it). */
Directory directoryOf(const EmulatedOrganisation& organisation);
/** The demo organisation's directory (DemoOrganisation), without a sync. */
Directory demoDirectory();
/** Up to `count` active employees, with a job number, whose name nobody else has; `except` (the owner) left out. */
QList<EmulatedEmployee> uniquelyNamed(const QList<EmulatedEmployee>& employees, int count, const QString& except);
/** Runs a DirectorySync to its end (fails the running test after 60 s); `directory` gets the copy if it completed. */
DirectorySyncResult sync(GroupApi* api, Directory* directory = nullptr);

} // namespace DirectoryFixture
