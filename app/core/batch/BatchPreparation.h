#pragma once

#include "BatchItem.h"
#include "BatchSheet.h"
#include "presets/Preset.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class PersonResolver;

/**
 * From sheet rows to groups that can be sent, in three steps around the phone lookups the caller makes: resolve()
 * reads every person by the one rule (PersonResolver) and every department through its Directory, and applies
 * presets and switch columns; mobiles() lists the numbers to
 * look up; validate() puts their userids in and judges each row with GroupSpec::validate(), as the form judges one
 * group. Nothing here sends anything.
 */
class BatchPreparation
{
public:
    using PresetLookup = std::function<std::optional<Preset>(const QString& name)>;
    using MobileLookup = std::function<QString(const QString& mobile)>; // the userid, or empty

    /**
     * A resolver over a null Directory reads userids and mobile numbers only: names, job numbers and departments are
     * then errors of their rows (BatchIssue::Code::NeedsDirectory).
     */
    static QList<BatchItem> resolve(const BatchSheet& sheet, const PersonResolver& people,
                                    const PresetLookup& presets = {});
    /** Every mobile number of `items` (owners too), each once, in order. */
    static QStringList mobiles(const QList<BatchItem>& items);
    /** Puts the looked-up userids in (numbers without one stay unresolved) and validates each item. */
    static void validate(QList<BatchItem>& items, const MobileLookup& userids = {});
    static int validCount(const QList<BatchItem>& items);
};
