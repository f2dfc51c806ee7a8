#include "core/workflow/recordnoun.h"

#include "core/util/tr.h"

namespace bookflow {

QString recordNoun(ObjectType type, bool plural)
{
    switch (type) {
    case ObjectType::Deal:
        return plural ? Tr::tr("deals") : Tr::tr("deal");
    case ObjectType::Quote:
        return plural ? Tr::tr("quotes") : Tr::tr("quote");
    case ObjectType::Payment:
        return plural ? Tr::tr("payments") : Tr::tr("payment");
    }
    return {};
}

} // namespace bookflow
