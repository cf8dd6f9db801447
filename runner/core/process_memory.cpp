#include "runner/core/process_memory.hpp"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace tollgate {

namespace {

// Linux 5.14 added it; older kernels answer EINVAL and nothing changes.
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

// The heap a small verb touches: `zones --packet` on the examples first
// touches about 300 KiB of it (75 faults, perf record -e page-faults).
constexpr std::size_t k_heap_prefault_bytes = 512 * 1024;

std::uintptr_t page_size() {
    return static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
}

// Maps [begin, end), widened to whole pages, writable, in one call.
void populate_for_writing(std::uintptr_t begin, std::uintptr_t end) {
    const std::uintptr_t page = page_size();
    begin &= ~(page - 1);
    end = (end + page - 1) & ~(page - 1);
    // A hint: when it fails, the pages fault in one by one as before.
    if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE);
}

}  // namespace

void prepare_process_memory() {
    // A short-lived process that builds large results (a 20,000-file change
    // is tens of megabytes of strings) spends much of its time in page
    // faults and mmap/munmap when glibc gives every large block back to the
    // kernel at once. Keep freed memory for reuse and grow the heap in large
    // steps instead; untouched pages of the padding cost nothing.
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 64 << 20);

    // Every first touch of a page is a fault, and in a virtual machine (CI
    // runners are) a fault costs 10-15 us against about 1 us per page when
    // the kernel maps a range in one call. The heap's next stretch is
    // allocated, mapped and freed, and later allocations are carved from
    // those pages. (Mapping the code ahead too saved 17 faults but cost as
    // much as it saved: hyperfine could not tell the two apart.)
    if (void* block = std::malloc(k_heap_prefault_bytes)) {
        const auto begin = reinterpret_cast<std::uintptr_t>(block);
        populate_for_writing(begin, begin + k_heap_prefault_bytes);
        std::free(block);
    }
}

}  // namespace tollgate
