#pragma once

// A work-sharing loop over [0, count): the caller's thread and up to
// `threads - 1` more take the next index from one counter until none is left.
// Each thread first builds its own state (a libgit2 repository handle, say:
// libgit2 objects must not cross threads); thread 0 is the caller's. The
// first exception stops the others from taking new indices and is rethrown
// once all have joined, so nothing runs on after parallel_for returns.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace tollgate {

/// Threads worth using for `count` items of which each thread should get at least `per_thread`.
inline std::size_t useful_threads(std::size_t count, std::size_t per_thread, std::size_t cap = 8) {
    const std::size_t cpus = std::max(1u, std::thread::hardware_concurrency());
    return std::max<std::size_t>(1, std::min({cpus, cap, count / std::max<std::size_t>(1, per_thread)}));
}

/// Calls work(state, i) for every i in [0, count) over `threads` threads,
/// where state = make_state(t) is made once per thread t (0 = the caller).
template <typename MakeState, typename Work>
void parallel_for(std::size_t count, std::size_t threads, MakeState make_state, Work work) {
    threads = std::max<std::size_t>(1, std::min(threads, count));
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto run = [&](std::size_t t) {
        try {
            auto state = make_state(t);
            for (std::size_t i = next++; i < count; i = next++) work(state, i);
        } catch (...) {
            const std::lock_guard lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            next = count;
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(run, t);
    run(0);
    for (auto& t : pool) t.join();
    if (failure) std::rethrow_exception(failure);
}

/// parallel_for without per-thread state.
template <typename Work>
void parallel_for(std::size_t count, std::size_t threads, Work work) {
    parallel_for(
        count, threads, [](std::size_t) { return 0; }, [&](int, std::size_t i) { work(i); });
}

}  // namespace tollgate
