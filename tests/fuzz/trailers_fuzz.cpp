// Fuzz target: commit trailer parsing. Invariants: every trailer has a
// non-empty key without ':' or line breaks, its value has no line break and
// no surrounding spaces, and parsing is deterministic.

#include "runner/git/trailers.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tollgate;
    const auto message = fuzz::as_text(data, size);
    const auto trailers = parse_trailers(message);
    for (const auto& t : trailers) {
        fuzz::check(!t.key.empty(), "a trailer key is not empty", message);
        fuzz::check(t.key.find('\n') == std::string::npos, "a trailer key has no newline", message);
        fuzz::check(t.value.find('\n') == std::string::npos, "a trailer value has no newline", message);
    }
    fuzz::check(parse_trailers(message) == trailers, "trailer parsing is deterministic", message);
    return 0;
}
