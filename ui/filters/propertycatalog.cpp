#include "ui/filters/propertycatalog.h"

#include "core/engine/runsession.h"
#include "core/engine/workspace.h"
#include "core/hubspot/hubspotfilterproperty.h"

#include <QCollator>

#include <algorithm>
#include <climits>

namespace bookflow {

namespace {

struct Answer
{
    bool ok = false;
    QVector<PropertyInfo> properties;
    QString reason;
};

PropertyInfo infoOf(const HubSpotProperty &property)
{
    PropertyInfo info;
    info.name = property.name;
    info.label = property.label.isEmpty() ? property.name : property.label;
    info.group = hubSpotGroupLabel(property.groupName);
    info.type = filterPropertyType(property);
    info.hidden = property.hidden;
    QVector<HubSpotProperty::Option> options = property.options;
    // HubSpot's own order; options without one keep theirs after those that have it.
    std::stable_sort(options.begin(), options.end(), [](const auto &a, const auto &b) {
        const int x = a.displayOrder < 0 ? INT_MAX : a.displayOrder;
        const int y = b.displayOrder < 0 ? INT_MAX : b.displayOrder;
        return x < y;
    });
    for (const HubSpotProperty::Option &option : options) {
        if (option.hidden)
            continue;
        info.options.append({option.value, option.label.isEmpty() ? option.value : option.label});
    }
    if (info.type == PropertyType::Bool && info.options.isEmpty())
        info.options = PropertyCatalog::yesNoOptions();
    return info;
}

} // namespace

PropertyCatalog::PropertyCatalog(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
{
}

PropertyCatalog::~PropertyCatalog() = default;

QVector<QPair<QString, QString>> PropertyCatalog::yesNoOptions()
{
    return {{QStringLiteral("true"), tr("Yes")}, {QStringLiteral("false"), tr("No")}};
}

void PropertyCatalog::load(FilterObject object)
{
    if (entry(object) && entry(object)->state != State::NotLoaded)
        return;
    start(object);
}

void PropertyCatalog::retry(FilterObject object)
{
    if (isLoading(object))
        return;
    start(object);
}

void PropertyCatalog::start(FilterObject object)
{
    m_entries[int(object)].state = State::Loading;
    m_workspace.post<Answer>(
        Workspace::Lane::Interactive, this,
        [object](WorkspaceContext &ctx) {
            Answer answer;
            const Status ready = ctx.ready();
            if (!ready) {
                answer.reason = ready.reason();
                return answer;
            }
            std::unique_ptr<RunSession> session = ctx.newSession();
            const ApiResult<HubSpotClient *> client = session->hubSpot();
            if (!client) {
                answer.reason = client.reason();
                return answer;
            }
            const ApiResult<QVector<HubSpotProperty>> listed =
                (*client)->properties(hubSpotObjectOf(object));
            if (!listed) {
                answer.reason = listed.reason();
                return answer;
            }
            for (const HubSpotProperty &property : *listed)
                answer.properties.append(infoOf(property));
            QCollator collator;
            collator.setCaseSensitivity(Qt::CaseInsensitive);
            std::stable_sort(answer.properties.begin(), answer.properties.end(),
                             [&collator](const PropertyInfo &a, const PropertyInfo &b) {
                                 const int group = collator.compare(a.group, b.group);
                                 if (group != 0)
                                     return group < 0;
                                 return collator.compare(a.label, b.label) < 0;
                             });
            answer.ok = true;
            return answer;
        },
        [this, object](Answer answer) {
            Entry &entry = m_entries[int(object)];
            if (!answer.ok) {
                entry.state = State::Failed;
                entry.error = answer.reason;
                Q_EMIT failed(object, answer.reason);
                return;
            }
            entry.state = State::Loaded;
            entry.error.clear();
            entry.properties = std::move(answer.properties);
            entry.byName.clear();
            for (int i = 0; i < entry.properties.size(); ++i)
                entry.byName.insert(entry.properties.at(i).name, i);
            Q_EMIT loaded(object);
        });
}

const PropertyCatalog::Entry *PropertyCatalog::entry(FilterObject object) const
{
    const auto it = m_entries.constFind(int(object));
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

bool PropertyCatalog::isLoaded(FilterObject object) const
{
    const Entry *e = entry(object);
    return e && e->state == State::Loaded;
}

bool PropertyCatalog::isLoading(FilterObject object) const
{
    const Entry *e = entry(object);
    return e && e->state == State::Loading;
}

QString PropertyCatalog::error(FilterObject object) const
{
    const Entry *e = entry(object);
    return e && e->state == State::Failed ? e->error : QString();
}

QVector<PropertyInfo> PropertyCatalog::properties(FilterObject object) const
{
    const Entry *e = entry(object);
    return e ? e->properties : QVector<PropertyInfo>();
}

std::optional<PropertyInfo> PropertyCatalog::find(FilterObject object, const QString &name) const
{
    const Entry *e = entry(object);
    if (!e)
        return std::nullopt;
    const auto it = e->byName.constFind(name);
    if (it == e->byName.constEnd())
        return std::nullopt;
    return e->properties.at(it.value());
}

} // namespace bookflow
