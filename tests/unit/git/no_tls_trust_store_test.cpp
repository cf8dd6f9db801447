#include "runner/git/repository.hpp"
#include "tests/support/git_repo.hpp"

#include <gtest/gtest.h>

#include <atomic>

namespace tollgate::git_trust_store {
extern std::atomic<int> skipped_loads;
}

namespace tollgate {
namespace {

TEST(NoTlsTrustStore, LibgitInitialisationNoLongerParsesTheSystemCaBundle) {
    test::GitRepo repo;
    repo.write("a.txt", "1\n");
    repo.commit_all("base");
    const int before = git_trust_store::skipped_loads.load();
    {
        // A fresh session: libgit2 initialises (and asks for certificates) again.
        const auto repository = Repository::discover(repo.path());
    }
    EXPECT_GT(git_trust_store::skipped_loads.load(), before)
        << "libgit2 did not call the executable's mbedtls_x509_crt_parse_file: is it built "
           "without mbedTLS, or does it bind the symbol internally? Start-up then pays the "
           "CA bundle parse again (see runner/git/no_tls_trust_store.cpp).";
}

}  // namespace
}  // namespace tollgate
