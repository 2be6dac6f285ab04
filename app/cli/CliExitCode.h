#pragma once

/**
 * The command line's exit codes, by name. The numbers are part of its contract with scripts (README): never
 * renumber. main() hands the number to the system.
 */
enum class CliExitCode
{
    Success = 0, // created with every member (or --help / --version, a valid dry run, a directory command)
    InvalidInput = 2, // usage or validation error: nothing was sent
    Refused = 3, // DingTalk refused with an answer that proves nothing was created
    PartiallyCreated = 4, // the group exists, some members could not be added
    // A network failure, or an answer that does not prove nothing was done: check DingTalk before trying again.
    OutcomeUnknown = 5,
};
