#include "runner/core/parallel_for.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

namespace tollgate {
namespace {

TEST(ParallelFor, VisitsEveryIndexExactlyOnce) {
    std::vector<std::atomic<int>> seen(10'000);
    parallel_for(seen.size(), 4, [&](std::size_t i) { ++seen[i]; });
    for (const auto& s : seen) EXPECT_EQ(s.load(), 1);
}

TEST(ParallelFor, GivesEachThreadItsOwnStateAndTheCallerThreadZero) {
    std::vector<std::size_t> thread_of(1'000, 99);
    parallel_for(
        thread_of.size(), 3, [](std::size_t t) { return t; }, [&](std::size_t& t, std::size_t i) { thread_of[i] = t; });
    for (const auto t : thread_of) EXPECT_LT(t, 3U);
    std::vector<std::size_t> single(5, 99);
    parallel_for(
        single.size(), 1, [](std::size_t t) { return t; }, [&](std::size_t& t, std::size_t i) { single[i] = t; });
    EXPECT_EQ(single, std::vector<std::size_t>(5, 0));
}

TEST(ParallelFor, RethrowsTheFirstFailureAfterEveryThreadHasStopped) {
    std::atomic<int> after_failure{0};
    EXPECT_THROW(parallel_for(100'000, 2,
                              [&](std::size_t i) {
                                  if (i == 10) throw std::runtime_error("boom");
                                  if (i > 50'000) ++after_failure;
                              }),
                 std::runtime_error);
    // The others stop taking indices soon after; they never run to the end.
    EXPECT_LT(after_failure.load(), 50'000);
}

TEST(ParallelFor, AFailureToMakeAThreadsStateIsRethrownToo) {
    EXPECT_THROW(parallel_for(
                     10, 2,
                     [](std::size_t t) {
                         if (t == 1) throw std::runtime_error("cannot open");
                         return 0;
                     },
                     [](int, std::size_t) {}),
                 std::runtime_error);
}

TEST(ParallelFor, NothingToDoRunsNothing) {
    int calls = 0;
    parallel_for(0, 4, [&](std::size_t) { ++calls; });
    EXPECT_EQ(calls, 0);
    EXPECT_GE(useful_threads(0, 10), 1U);
    EXPECT_EQ(useful_threads(5, 10), 1U);
}

}  // namespace
}  // namespace tollgate
