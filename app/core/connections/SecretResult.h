#pragma once

#include <QString>

/** The outcome of one SecretStore operation. */
struct SecretResult
{
    enum class Status
    {
        Ok, // done (for a read: `secret` holds the value)
        NotFound, // nothing stored under this key
        Failed, // the store could not do it; `message` says why
    };

    Status status = Status::Ok;
    QString secret; // reads only
    QString message; // for the user, translated; empty when there is nothing to say
    bool sessionOnly = false; // the secret is held in memory for this session only, never written to disk

    bool ok() const { return status == Status::Ok; }
};
