#pragma once

/** The command line's one memory setting, the only allocator-specific code of the project. */
class ProcessMemory
{
public:
    /**
     * Keeps the memory the run frees for its own later use instead of handing it back to the system at once. A
     * short-lived process that reads a 100,000-row file allocates and frees blocks of several megabytes; with glibc's
     * defaults each is mapped, zeroed and unmapped anew (measured: 12% of the run). Does nothing elsewhere.
     */
    static void keepFreedMemory();
};
