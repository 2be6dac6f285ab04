#pragma once

/** The command line's exit codes: part of its contract with scripts, never renumber. */
namespace CliExitCode {
constexpr int Success = 0; // created with every member (or --help / --version)
constexpr int InvalidInput = 2; // usage or validation error: nothing was sent
constexpr int Refused = 3; // DingTalk refused with an answer that proves nothing was created
constexpr int PartiallyCreated = 4; // the group exists, some members could not be added
// The outcome is unknown: a network failure, or an answer that does not prove nothing was done (check DingTalk).
constexpr int TransportFailure = 5;
} // namespace CliExitCode
