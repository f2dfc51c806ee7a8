// libFuzzer's entry points around one target of fuzz/targets (chosen at build time with
// BOOKFLOW_FUZZ_TARGET, e.g. fuzzWorkflowCodec). Built only with clang (fuzz/CMakeLists.txt).
#include "targets/fuzzsupport.h"
#include "targets/fuzztargets.h"

#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

#ifndef BOOKFLOW_FUZZ_TARGET
#error "BOOKFLOW_FUZZ_TARGET names the target function, e.g. fuzzWorkflowCodec"
#endif

namespace {

// The code under test reports odd input with qWarning now and then; millions of runs of it would
// bury libFuzzer's own output. Fatal messages still end the run (and count as a crash).
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(quietMessages);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try {
        return bookflow::fuzz::BOOKFLOW_FUZZ_TARGET(data, size);
    } catch (const bookflow::fuzz::FuzzFailure &failure) {
        // A broken promise: libFuzzer keeps the input as a crash (fuzz/crashes/).
        std::fprintf(stderr, "\n==FUZZ FAILURE== %s\n", failure.what());
        std::abort();
    }
}
