// The tollgate executable: everything lives in tollgate_core; main only hands
// over the arguments so the CLI can be tested in-process.
#include "runner/cli/app.hpp"
#include "runner/core/process_memory.hpp"

int main(int argc, char** argv) {
    tollgate::prepare_process_memory();
    return tollgate::run_cli(argc, argv);
}
