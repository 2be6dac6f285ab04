#pragma once

/**
 * The sanitizer build (-DDTG_SANITIZE=ON, which defines DTG_SANITIZED for the tests) runs the same code several times
 * slower. Suites that hold work to a time limit multiply the limit by `slowdown`, so the limit still catches a freeze
 * or a quadratic loop there without failing on the instrumentation itself.
 */
struct SanitizedBuild
{
#if defined(DTG_SANITIZED)
    static constexpr bool enabled = true;
    static constexpr int slowdown = 10;
#else
    static constexpr bool enabled = false;
    static constexpr int slowdown = 1;
#endif
};
