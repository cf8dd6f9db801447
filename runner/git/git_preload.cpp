#include "runner/git/git_preload.hpp"

#include "runner/git/libgit.hpp"

namespace tollgate {

GitPreload::GitPreload()
    : m_thread([] {
          try {
              static_cast<void>(git2());
          } catch (...) {
              // Deliberately dropped: the verb's own first call reports it.
          }
      }) {}

GitPreload::~GitPreload() {
    m_thread.join();
}

}  // namespace tollgate
