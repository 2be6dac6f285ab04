#include "DirectoryPerson.h"

#include "members/MobileNumber.h"

QString DirectoryPerson::mobileKey(const QString& text)
{
    // The phone columns' own rule, so a number in the copy and one in a file meet whatever their spelling.
    return MobileNumber::normalise(text);
}
