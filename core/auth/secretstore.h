#pragma once

#include "core/util/result.h"

#include <QString>

#include <memory>
#include <optional>

namespace bookflow {

// Where Bookflow keeps sign-ins (OAuth tokens, client secrets): ARCHITECTURE.md "Secrets".
// Keys are opaque strings chosen by callers (e.g. "<installation id>/connection/<id>/tokens")
// and may be logged; values are text (callers store JSON) and never appear in any log.
//
// Every call is synchronous and safe to make from any thread. Backends:
// - Keychain (the default): the operating system's keychain through QtKeychain;
// - File: an explicit opt-in for headless machines, a plain-text file only its owner can read;
// - Memory: for unit tests only, forgotten when the object is destroyed.
class SecretStore
{
public:
    enum class Backend { Keychain, File, Memory };

    virtual ~SecretStore();

    virtual Backend backend() const = 0;
    // Where secrets go, in words for a person: "the system keychain",
    // "the file /x/secrets.json (plain text)".
    virtual QString describe() const = 0;
    // std::nullopt when there is no such secret; a Failure (reason in plain words) when the store
    // could not be read.
    virtual Result<std::optional<QString>> read(const QString &key) = 0;
    virtual Status write(const QString &key, const QString &value) = 0;
    // Removing a key that does not exist succeeds.
    virtual Status remove(const QString &key) = 0;

    // Factory used by the CLI and the GUI: "keychain" (the default, also for an empty name),
    // "file" (dataDir/secrets.json) or "memory". An unknown name is a Failure.
    static Result<std::unique_ptr<SecretStore>> create(const QString &backendName,
                                                       const QString &dataDir);
};

} // namespace bookflow
