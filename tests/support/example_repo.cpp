#include "tests/support/example_repo.hpp"

#include "tests/support/shell.hpp"

#include <gtest/gtest.h>

namespace tollgate::test {

void copy_example(const GitRepo& repo, const std::string& name) {
    const auto source = source_dir() / "examples" / name;
    const auto r = sh("cp -R " + shell_quote((source / ".").string()) +
                          " . && rm -rf build .coverage && find . -name __pycache__ -prune -exec rm -rf {} +",
                      repo.path());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    repo.commit_all("example " + name);
}

}  // namespace tollgate::test
