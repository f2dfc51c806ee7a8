#pragma once

#include "core/engine/runsession.h"
#include "core/engine/workspace.h"
#include "core/net/apierror.h"

#include <functional>
#include <memory>

namespace bookflow {

// A Workspace job that works with a fresh engine session (its look-ups cached for this job only):
// `work` runs on the lane when the lane could open the data folder; otherwise the job answers
// why it couldn't.
template <typename T>
std::function<ApiResult<T>(WorkspaceContext &)>
sessionJob(std::function<ApiResult<T>(RunSession &)> work)
{
    return [work = std::move(work)](WorkspaceContext &ctx) -> ApiResult<T> {
        if (const Status ready = ctx.ready(); !ready) {
            ApiError error;
            error.reason = ready.reason();
            return error;
        }
        const std::unique_ptr<RunSession> session = ctx.newSession();
        return work(*session);
    };
}

} // namespace bookflow
