#pragma once

// The bodies of the fuzz targets (fuzz/README.md). Each is a plain function, so the same code runs
// under libFuzzer (fuzz/main_libfuzzer.cpp, clang only) and in the replay test that make test
// runs with the normal compiler (tests/core/tst_fuzzregressions.cpp). None of them depends on
// libFuzzer.
//
// A target returns 0 for every input. When an input breaks a promise the code under test makes
// (a round trip that is not exact, a quoted literal that leaks out of its quotes, an error
// without a reason), the target reports it through fuzzCheck(), which prints what broke and
// aborts: libFuzzer records the input as a crash, and the replay test fails.

#include <cstddef>
#include <cstdint>

namespace bookflow::fuzz {

// Workflow files: WorkflowCodec::decode, then encode/decode round trips and the review.
int fuzzWorkflowCodec(const uint8_t *data, size_t size);
// A workflow's triggers evaluated on a record (FilterEvaluator), every way of asking agreeing.
int fuzzFilterEvaluator(const uint8_t *data, size_t size);
// QboQuery built from arbitrary strings: each literal parses back to exactly what was quoted.
int fuzzQboQuery(const uint8_t *data, size_t size);
// QuickBooks answers (entities, queries, batches, faults, OAuth tokens) read by QboClient.
int fuzzQboResponses(const uint8_t *data, size_t size);
// HubSpot answers (records, lists, searches, batches, associations, properties, errors, OAuth
// tokens) read by HubSpotClient and RecordLoader.
int fuzzHubSpotResponses(const uint8_t *data, size_t size);

// Every target, by the name its corpus and regression folders use.
struct FuzzTarget
{
    const char *name;
    int (*run)(const uint8_t *data, size_t size);
};
inline constexpr FuzzTarget AllTargets[] = {
    {"workflowcodec", fuzzWorkflowCodec},
    {"filterevaluator", fuzzFilterEvaluator},
    {"qboquery", fuzzQboQuery},
    {"qboresponses", fuzzQboResponses},
    {"hubspotresponses", fuzzHubSpotResponses},
};

} // namespace bookflow::fuzz
