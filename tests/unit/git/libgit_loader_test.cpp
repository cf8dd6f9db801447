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
    EXPECT_NE(message.find("apt-get install libgit2-1.5"), std::string::npos) << message;
}

TEST(LibgitLoader, ALibraryWithoutTheFunctionsIsRefusedNamingTheFirstMissingOne) {
    // zlib loads fine but is not libgit2: the first entry of the table is missing.
    const std::string message = load_error("libz.so.1");
    EXPECT_NE(message.find("cannot load libgit2: libz.so.1 has no git_blob_free"), std::string::npos) << message;
}

}  // namespace
}  // namespace tollgate
