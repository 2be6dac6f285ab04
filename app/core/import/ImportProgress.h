#pragma once

#include <QtGlobal>

#include <functional>

/**
 * Called from time to time while a large file is read, on the reading thread: `done` of `total` units of work
 * (bytes or characters, whatever the step counts). Return false to cancel; the result is then ImportError::Cancelled.
 */
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;
