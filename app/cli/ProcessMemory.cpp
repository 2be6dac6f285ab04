#include "ProcessMemory.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void ProcessMemory::keepFreedMemory()
{
#if defined(__GLIBC__)
    constexpr int MiB = 1024 * 1024;
    // Blocks up to 32 MiB (glibc's ceiling for this) come from the heap, which grows 32 MiB at a time and is trimmed
    // only beyond 256 MiB of free space: at exit the system takes everything back anyway.
    mallopt(M_MMAP_THRESHOLD, 32 * MiB);
    mallopt(M_TOP_PAD, 32 * MiB);
    mallopt(M_TRIM_THRESHOLD, 256 * MiB);
#endif
}
