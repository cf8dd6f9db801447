// Fuzz target for one coverage reader, chosen at build time by
// TOLLGATE_FUZZ_READER (read_lcov, read_cobertura, …): CMake compiles this
// file once per reader. Readers take a byte range, so the fuzzer's buffer is
// handed over as is (ASan sees any read past its end). A ReportError is a
// clean refusal; anything else that escapes, a crash or a sanitizer report is
// a finding. Invariants: no total counts more covered than coverable items,
// and merging a report into itself keeps that true.

#include "runner/coverage/cobertura_reader.hpp"
#include "runner/coverage/gcovr_json_reader.hpp"
#include "runner/coverage/go_profile_reader.hpp"
#include "runner/coverage/jacoco_reader.hpp"
#include "runner/coverage/lcov_reader.hpp"
#include "runner/coverage/llvm_json_reader.hpp"
#include "tests/fuzz/fuzz_support.hpp"

#ifndef TOLLGATE_FUZZ_READER
#error "define TOLLGATE_FUZZ_READER as the reader function to fuzz"
#endif

namespace {

void check_totals(const tollgate::CoverageTotals& t) {
    using tollgate::fuzz::check;
    check(t.lines.covered <= t.lines.total, "covered lines <= coverable lines");
    check(t.branches.covered <= t.branches.total, "covered branches <= branches");
    check(t.functions.covered <= t.functions.total, "called functions <= functions");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tollgate;
    std::size_t released = 0;
    ReportInput input{fuzz::as_text(data, size), "report", [&](std::size_t offset) {
                          fuzz::check(offset <= size, "release offsets stay inside the report");
                          fuzz::check(offset >= released, "release offsets only grow");
                          released = offset;
                      }};
    try {
        ParsedReport report = TOLLGATE_FUZZ_READER(input);
        check_totals(report.data.totals());
        CoverageData twice = report.data;
        twice.merge(report.data);
        check_totals(twice.totals());
        for (const auto& w : report.warnings) (void)w.str();
    } catch (const ReportError& e) {
        fuzz::check(std::string_view(e.what()).starts_with("report:"), "report errors name the report", e.what());
    }
    return 0;
}
