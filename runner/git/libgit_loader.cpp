// Loads libgit2 the first time a verb needs git and resolves the function
// table of libgit.hpp. Why not link it: see libgit.hpp.

#include "runner/git/libgit_loader.hpp"
#include "runner/core/error.hpp"
#include "runner/git/libgit.hpp"

#include <dlfcn.h>

#include <string>

#ifndef TOLLGATE_LIBGIT2_SONAME
#error "TOLLGATE_LIBGIT2_SONAME (the soname of the libgit2 the headers belong to) comes from CMakeLists.txt"
#endif

namespace tollgate::libgit {

constexpr const char* k_soname = TOLLGATE_LIBGIT2_SONAME;

namespace {

std::string dl_error() {
    const char* text = dlerror();
    return text != nullptr ? text : "unknown error";
}

// Debian names the runtime package after the soname's version:
// libgit2.so.1.5 is in libgit2-1.5 (Debian 12), libgit2.so.1.9 in libgit2-1.9.
std::string debian_package() {
    const std::string soname = k_soname;
    const std::string prefix = "libgit2.so.";
    return soname.rfind(prefix, 0) == 0 ? "libgit2-" + soname.substr(prefix.size()) : "libgit2";
}

// The same fix whatever went wrong: the library the build used must be there.
std::string install_hint() {
    return std::string("; tollgate was built against ") + k_soname + " (libgit2 " + std::to_string(LIBGIT2_VER_MAJOR) +
           "." + std::to_string(LIBGIT2_VER_MINOR) + "): install that library (Debian: apt-get install " +
           debian_package() + ") or rebuild tollgate";
}

Functions load(const std::string& soname) {
    // RTLD_NOW: an incomplete library fails here, not in the middle of a
    // diff. Never closed: the process keeps git until it exits.
    void* library = dlopen(soname.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (library == nullptr) throw EnvironmentError("cannot load libgit2: " + dl_error() + install_hint());
    Functions table;
#define TOLLGATE_GIT_FUNCTION(name)                                             \
    table.name = reinterpret_cast<decltype(table.name)>(dlsym(library, #name)); \
    if (table.name == nullptr)                                                  \
        throw EnvironmentError("cannot load libgit2: " + soname + " has no " + #name + install_hint());
#include "runner/git/libgit_functions.inc"
#undef TOLLGATE_GIT_FUNCTION
    // Same soname, other minor release: the structs the headers describe
    // (options, deltas) may differ in layout, so refuse rather than guess.
    int major = 0;
    int minor = 0;
    int revision = 0;
    table.git_libgit2_version(&major, &minor, &revision);
    if (major != LIBGIT2_VER_MAJOR || minor != LIBGIT2_VER_MINOR)
        throw EnvironmentError("cannot use libgit2 " + std::to_string(major) + "." + std::to_string(minor) + "." +
                               std::to_string(revision) + " found as " + soname + install_hint());
    return table;
}

}  // namespace

std::atomic<const Functions*> g_loaded_functions{nullptr};

const Functions& load_git2() {
    // A static initialised on first use: thread-safe, and a failed load
    // throws and is tried again by the next call.
    static const Functions table = load(k_soname);
    g_loaded_functions.store(&table, std::memory_order_release);
    return table;
}

}  // namespace tollgate::libgit

namespace tollgate {

const char* libgit2_soname() {
    return libgit::k_soname;
}

std::string loaded_libgit2_version() {
    int major = 0;
    int minor = 0;
    int revision = 0;
    git2().git_libgit2_version(&major, &minor, &revision);
    return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(revision);
}

void check_libgit2_loadable(const std::string& soname) {
    (void)libgit::load(soname);
}

}  // namespace tollgate
