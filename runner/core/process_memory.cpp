#include "runner/core/process_memory.hpp"

#include <link.h>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace tollgate {

namespace {

// Linux 5.14 added both; older kernels answer EINVAL and nothing changes.
#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22
#endif
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

// The heap a small verb touches: `zones --packet` on the examples first
// touches about 300 KiB of it (75 faults, perf record -e page-faults).
constexpr std::size_t k_heap_prefault_bytes = 512 * 1024;

std::uintptr_t page_size() {
    return static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
}

void populate(std::uintptr_t begin, std::uintptr_t end, int advice) {
    const std::uintptr_t page = page_size();
    begin &= ~(page - 1);
    end = (end + page - 1) & ~(page - 1);
    if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, advice);  // a hint: failure changes nothing
}

// The executable's read-only segments (code, constants, unwind tables).
int populate_own_code(dl_phdr_info* info, std::size_t /*size*/, void* /*data*/) {
    for (int i = 0; i < info->dlpi_phnum; ++i) {
        const ElfW(Phdr)& segment = info->dlpi_phdr[i];
        if (segment.p_type != PT_LOAD || (segment.p_flags & PF_W) != 0) continue;
        const std::uintptr_t begin = info->dlpi_addr + segment.p_vaddr;
        populate(begin, begin + segment.p_memsz, MADV_POPULATE_READ);
    }
    return 1;  // the first object listed is the executable; stop there
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
    // the kernel maps a range in one call: start-up was half page faults.
    // The code is mapped as one range; the heap's next stretch is allocated,
    // mapped and freed, and later allocations are carved from those pages.
    dl_iterate_phdr(populate_own_code, nullptr);
    if (void* block = std::malloc(k_heap_prefault_bytes)) {
        const auto begin = reinterpret_cast<std::uintptr_t>(block);
        populate(begin, begin + k_heap_prefault_bytes, MADV_POPULATE_WRITE);
        std::free(block);
    }
}

}  // namespace tollgate
