#include "runner/schedule/recorded_durations.hpp"

#include "runner/core/error.hpp"

#include <gtest/gtest.h>

namespace tollgate {
namespace {

TEST(RecordedDurations, ReadsDurationsOfGatesThatRan) {
    const auto d = parse_recorded_durations(R"({"version":1,"gates":[
        {"id":"a","status":"passed","duration_s":1.5},
        {"id":"b","status":"failed","duration_s":0.25},
        {"id":"c","status":"skipped","duration_s":0},
        {"id":"d","status":"manual"}]})",
                                            "results.json");
    EXPECT_EQ(d, (std::map<std::string, Millis>{{"a", Millis(1500)}, {"b", Millis(250)}}));
}

TEST(RecordedDurations, IgnoresDurationsBeyondAnyRun) {
    // 1e300 s became a negative count of milliseconds (llround out of range).
    const auto d = parse_recorded_durations(R"({"gates":[{"id":"a","status":"passed","duration_s":1e300},
        {"id":"b","status":"passed","duration_s":2}]})",
                                            "results.json");
    EXPECT_EQ(d, (std::map<std::string, Millis>{{"b", Millis(2000)}}));
}

TEST(RecordedDurations, RejectsFilesThatAreNotResults) {
    EXPECT_THROW(parse_recorded_durations("not json", "x"), UsageError);
    EXPECT_THROW(parse_recorded_durations("[]", "x"), UsageError);
    EXPECT_THROW(parse_recorded_durations(R"({"gates":[{"status":"passed"}]})", "x"), UsageError);
}

TEST(RecordedDurations, MissingFileIsAnEnvironmentError) {
    EXPECT_THROW(read_recorded_durations("/nonexistent/results.json"), EnvironmentError);
}

}  // namespace
}  // namespace tollgate
