// The tollgate executable: everything lives in tollgate_core; main only hands
// over the arguments so the CLI can be tested in-process.
#include "runner/cli/app.hpp"

#include <malloc.h>

int main(int argc, char** argv) {
    // A short-lived process that builds large results (a 20,000-file change
    // is tens of megabytes of strings) spends much of its time in page
    // faults and mmap/munmap when glibc gives every large block back to the
    // kernel at once. Keep freed memory for reuse and grow the heap in large
    // steps instead; untouched pages of the padding cost nothing.
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 64 << 20);
    return tollgate::run_cli(argc, argv);
}
