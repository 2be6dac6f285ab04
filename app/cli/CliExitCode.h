#pragma once

/** The command line's exit codes: part of its contract with scripts, never renumber. */
namespace CliExitCode {
constexpr int Success = 0; // created with every member (or --help / --version)
constexpr int InvalidInput = 2; // usage or validation error: nothing was sent
constexpr int Refused = 3; // DingTalk refused: nothing was created
constexpr int PartiallyCreated = 4; // the group exists, some members could not be added
constexpr int TransportFailure = 5; // nothing created, or the outcome is unknown: check DingTalk before retrying
} // namespace CliExitCode
