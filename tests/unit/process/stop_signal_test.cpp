#include "runner/process/stop_signal.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <poll.h>

namespace tollgate {
namespace {

bool readable(int fd) {
    pollfd p{fd, POLLIN, 0};
    return ::poll(&p, 1, 0) == 1;
}

TEST(StopSignal, CountsRequestsAndWakesAPoller) {
    StopSignal stop;
    EXPECT_FALSE(stop.requested());
    EXPECT_FALSE(readable(stop.fd()));
    stop.request();
    EXPECT_TRUE(stop.requested());
    EXPECT_TRUE(readable(stop.fd()));
    stop.drain();
    EXPECT_FALSE(readable(stop.fd()));
    stop.request();
    EXPECT_EQ(stop.count(), 2);
    EXPECT_TRUE(readable(stop.fd()));
}

TEST(SignalGuard, TurnsSigintAndSigtermIntoStopRequestsWhileAlive) {
    StopSignal stop;
    {
        SignalGuard guard(stop);
        ASSERT_EQ(::raise(SIGINT), 0);
        ASSERT_EQ(::raise(SIGTERM), 0);
        ASSERT_EQ(::raise(SIGPIPE), 0);  // ignored while the guard lives
    }
    EXPECT_EQ(stop.count(), 2);
    struct sigaction now {};
    ::sigaction(SIGINT, nullptr, &now);
    EXPECT_EQ(now.sa_handler, SIG_DFL);
}

}  // namespace
}  // namespace tollgate
