#include "runner/git/libgit_loader.hpp"

#include "runner/core/error.hpp"

#include <gtest/gtest.h>

#include <string>

namespace tollgate {
namespace {

std::string load_error(const std::string& soname) {
    try {
        check_libgit2_loadable(soname);
    } catch (const EnvironmentError& e) {
        return e.what();
    }
    return "";
}

TEST(LibgitLoader, LoadsTheLibgit2TheBuildWasMadeAgainstWithEveryFunctionTollgateCalls) {
    EXPECT_EQ(std::string(libgit2_soname()).rfind("libgit2.so.", 0), 0U) << libgit2_soname();
    EXPECT_NO_THROW(check_libgit2_loadable(libgit2_soname()));
}

TEST(LibgitLoader, AMissingLibraryIsAnEnvironmentErrorThatSaysWhatToInstall) {
    const std::string message = load_error("libgit2.so.0.0-not-installed");
    EXPECT_NE(message.find("cannot load libgit2: libgit2.so.0.0-not-installed"), std::string::npos) << message;
    EXPECT_NE(message.find(std::string("tollgate was built against ") + libgit2_soname()), std::string::npos)
        << message;
    // Debian's package is named after the soname's version (libgit2-1.5 on 12, libgit2-1.9 on 13).
    const std::string package = "libgit2-" + std::string(libgit2_soname()).substr(std::string("libgit2.so.").size());
    EXPECT_NE(message.find("apt-get install " + package + ")"), std::string::npos) << message;
}

TEST(LibgitLoader, NamesTheVersionItLoaded) {
    const std::string version = loaded_libgit2_version();
    // The soname carries major.minor; the loader refuses any other minor release.
    const std::string soname_version = std::string(libgit2_soname()).substr(std::string("libgit2.so.").size());
    EXPECT_EQ(version.rfind(soname_version + ".", 0), 0U) << version << " from " << libgit2_soname();
}

TEST(LibgitLoader, ALibraryWithoutTheFunctionsIsRefusedNamingTheFirstMissingOne) {
    // zlib loads fine but is not libgit2: the first entry of the table is missing.
    const std::string message = load_error("libz.so.1");
    EXPECT_NE(message.find("cannot load libgit2: libz.so.1 has no git_blob_free"), std::string::npos) << message;
}

}  // namespace
}  // namespace tollgate
