#pragma once

#include <thread>

namespace tollgate {

/// Loads libgit2 on a second thread while the verb parses its inventory, so
/// the two costs overlap instead of adding up (see runner/git/libgit.hpp);
/// joins when it goes out of scope. A failed load is left to the first real
/// call, which loads again and reports the error where it matters.
class GitPreload {
public:
    GitPreload();
    ~GitPreload();
    GitPreload(const GitPreload&) = delete;
    GitPreload& operator=(const GitPreload&) = delete;

private:
    std::thread m_thread;
};

}  // namespace tollgate
