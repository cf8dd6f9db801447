#pragma once

// Peak-RSS limits of the bounded-memory tests, in KiB. Under
// AddressSanitizer (`make sanitize` compiles the tests with
// TOLLGATE_SANITIZED) `tollgate --version` alone peaks near 100 MB: the
// runtime's shadow memory and allocator and the pages of a 290 MB
// instrumented binary, against 9 MB for the plain binary. There a limit is
// the plain one plus k_sanitizer_rss_kb: still a small fraction of the
// gigabytes the tests stream, so unbounded buffering fails either way.

namespace tollgate::test {

#ifdef TOLLGATE_SANITIZED
inline constexpr long k_sanitizer_rss_kb = 160L * 1024;
#else
inline constexpr long k_sanitizer_rss_kb = 0;
#endif

/// `plain_kb` in the plain build; plus the sanitizer runtime's share under ASan.
constexpr long rss_limit_kb(long plain_kb) {
    return plain_kb + k_sanitizer_rss_kb;
}

}  // namespace tollgate::test
