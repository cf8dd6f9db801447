#include "runner/core/process_memory.hpp"

#include <gtest/gtest.h>

#include <sys/mman.h>
#include <sys/resource.h>

#include <cstdlib>

namespace tollgate {
namespace {

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

long minor_faults() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

// Linux before 5.14 refuses the advice; preparing is then a no-op by design.
bool kernel_populates() {
    constexpr std::size_t size = 4096;
    void* page = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED) return false;
    const bool ok = madvise(page, size, MADV_POPULATE_WRITE) == 0;
    munmap(page, size);
    return ok;
}

TEST(PrepareProcessMemory, LeavesTheHeapsNextStretchMappedSoItsFirstTouchesTakeNoPageFaults) {
#ifdef TOLLGATE_SANITIZED
    GTEST_SKIP() << "a sanitizer's allocator is not glibc's heap";
#endif
    if (!kernel_populates()) GTEST_SKIP() << "this kernel has no MADV_POPULATE_WRITE (Linux < 5.14)";
    prepare_process_memory();
    // 256 KiB is 64 pages: touched one by one, each would be a fault.
    constexpr std::size_t bytes = 256 * 1024;
    const long before = minor_faults();
    auto* block = static_cast<volatile char*>(std::malloc(bytes));
    ASSERT_NE(block, nullptr);
    for (std::size_t i = 0; i < bytes; i += 4096) block[i] = 1;
    const long faults = minor_faults() - before;
    std::free(const_cast<char*>(block));
    EXPECT_LT(faults, 8) << "touching 64 fresh heap pages took " << faults << " page faults";
}

TEST(PrepareProcessMemory, KeepsMallocWorkingForSmallAndLargeBlocksAfterwards) {
    prepare_process_memory();
    for (std::size_t size : {std::size_t{16}, std::size_t{4096}, std::size_t{1} << 20, std::size_t{80} << 20}) {
        auto* block = static_cast<char*>(std::malloc(size));
        ASSERT_NE(block, nullptr) << size;
        block[0] = 1;
        block[size - 1] = 2;
        EXPECT_EQ(block[0] + block[size - 1], 3);
        std::free(block);
    }
}

}  // namespace
}  // namespace tollgate
