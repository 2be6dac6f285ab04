#include "DirectorySyncResult.h"

QString DirectorySyncResult::missingPermission() const
{
    return ErrorCatalogue::isMissingPermission(error) ? ErrorCatalogue::permissionFor(operation) : QString();
}

ErrorExplanation DirectorySyncResult::explanation() const
{
    return ErrorCatalogue::explain(error, operation);
}
