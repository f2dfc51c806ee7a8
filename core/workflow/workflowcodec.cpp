#include "core/workflow/workflowcodec.h"

#include "core/util/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QSaveFile>

#include <cerrno>
#include <cmath>
#include <initializer_list>

namespace bookflow {

namespace {

// ---------------------------------------------------------------------------------------------
// Decoding: a small cursor over the JSON that knows where it is ("actions[1].customer.source"),
// so every error names the field. It collects unknown keys of each object as `extra`.

class DecodeError
{
public:
    QString path;
    QString problem;
};

class Reader
{
public:
    Reader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    QString pathOf(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    bool has(const QString &key) const
    {
        return m_object.contains(key) && !m_object.value(key).isNull();
    }

    QString string(const QString &key, bool required = false)
    {
        m_known << key;
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                throw DecodeError{pathOf(key), Tr::tr("is missing")};
            return {};
        }
        if (!v.isString())
            throw DecodeError{pathOf(key), Tr::tr("must be text, not %1").arg(typeName(v))};
        return v.toString();
    }

    bool boolean(const QString &key, bool fallback)
    {
        m_known << key;
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            throw DecodeError{pathOf(key), Tr::tr("must be true or false, not %1").arg(typeName(v))};
        return v.toBool();
    }

    QStringList strings(const QString &key)
    {
        QStringList out;
        const QJsonArray items = array(key);
        for (int i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString()) {
                throw DecodeError{pathOf(key) + QStringLiteral("[%1]").arg(i),
                                  Tr::tr("must be text, not %1").arg(typeName(items.at(i)))};
            }
            out << items.at(i).toString();
        }
        return out;
    }

    QJsonArray array(const QString &key)
    {
        m_known << key;
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            throw DecodeError{pathOf(key), Tr::tr("must be a list, not %1").arg(typeName(v))};
        return v.toArray();
    }

    // The child object at `key` (empty when absent).
    Reader object(const QString &key)
    {
        m_known << key;
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() || v.isNull())
            return Reader(QJsonObject(), pathOf(key));
        if (!v.isObject())
            throw DecodeError{pathOf(key), Tr::tr("must be an object, not %1").arg(typeName(v))};
        return Reader(v.toObject(), pathOf(key));
    }

    static Reader element(const QJsonArray &items, int index, const QString &arrayPath)
    {
        const QString path = arrayPath + QStringLiteral("[%1]").arg(index);
        const QJsonValue v = items.at(index);
        if (!v.isObject())
            throw DecodeError{path, Tr::tr("must be an object, not %1").arg(typeName(v))};
        return Reader(v.toObject(), path);
    }

    template <typename Enum>
    Enum key(const QString &key, std::optional<Enum> (*fromKey)(const QString &),
             const QString &expected)
    {
        const QString text = string(key, true);
        const std::optional<Enum> value = fromKey(text);
        if (!value) {
            throw DecodeError{pathOf(key),
                              Tr::tr("“%1” is not one of %2").arg(text, expected)};
        }
        return *value;
    }

    // Every key not read so far: kept verbatim.
    QJsonObject extra() const
    {
        QJsonObject out;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_known.contains(it.key()))
                out.insert(it.key(), it.value());
        }
        return out;
    }

    const QJsonObject &raw() const { return m_object; }

    static QString typeName(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
            return Tr::tr("null");
        case QJsonValue::Bool:
            return Tr::tr("true/false");
        case QJsonValue::Double:
            return Tr::tr("a number");
        case QJsonValue::String:
            return Tr::tr("text");
        case QJsonValue::Array:
            return Tr::tr("a list");
        case QJsonValue::Object:
            return Tr::tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return Tr::tr("nothing");
    }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList m_known;
};

QString keysOf(std::initializer_list<const char *> keys)
{
    QStringList quoted;
    for (const char *k : keys)
        quoted << QStringLiteral("“%1”").arg(QLatin1String(k));
    return quoted.join(QStringLiteral(", "));
}

Filter decodeFilter(Reader r)
{
    Filter f;
    f.object = r.key<FilterObject>(QStringLiteral("object"), filterObjectFromKey,
                                   keysOf({"deal", "quote", "payment", "contact"}));
    f.property = r.string(QStringLiteral("property"), true);
    f.propertyType =
        r.key<PropertyType>(QStringLiteral("propertyType"), propertyTypeFromKey,
                            keysOf({"text", "number", "date", "datetime", "enumeration", "bool"}));
    f.op = r.key<Operator>(QStringLiteral("operator"), operatorFromKey,
                           Tr::tr("the operators of workflow file schema 1"));
    f.values = r.strings(QStringLiteral("values"));
    f.extra = r.extra();
    return f;
}

// Filter groups wherever they appear: a workflow's triggers, a connection's data-sync filters.
QVector<FilterGroup> decodeGroups(const QJsonArray &groups, const QString &groupsPath)
{
    QVector<FilterGroup> out;
    for (int g = 0; g < groups.size(); ++g) {
        Reader group = Reader::element(groups, g, groupsPath);
        FilterGroup fg;
        const QString filtersPath = group.pathOf(QStringLiteral("filters"));
        const QJsonArray filters = group.array(QStringLiteral("filters"));
        for (int f = 0; f < filters.size(); ++f)
            fg.filters << decodeFilter(Reader::element(filters, f, filtersPath));
        fg.extra = group.extra();
        out << fg;
    }
    return out;
}

Action decodeAction(Reader r)
{
    Action a;
    a.id = r.string(QStringLiteral("id"), true);
    QStringList typeKeys;
    for (const ActionSpec &spec : actionSpecs())
        typeKeys << QStringLiteral("“%1”").arg(QLatin1String(spec.key));
    a.type = r.key<ActionType>(QStringLiteral("type"), actionTypeFromKey,
                               typeKeys.join(QStringLiteral(", ")));
    a.connection = r.string(QStringLiteral("connection"));
    a.paymentTerms = r.string(QStringLiteral("paymentTerms"));

    Reader customer = r.object(QStringLiteral("customer"));
    if (customer.has(QStringLiteral("source"))) {
        const QString source = customer.string(QStringLiteral("source"));
        if (source == QLatin1String("firstAssociatedContact"))
            a.customer.source = CustomerChoice::Source::FirstAssociatedContact;
        else if (source == QLatin1String("quickbooksCustomer"))
            a.customer.source = CustomerChoice::Source::QuickBooksCustomer;
        else
            throw DecodeError{customer.pathOf(QStringLiteral("source")),
                              Tr::tr("“%1” is not one of %2")
                                  .arg(source, keysOf({"firstAssociatedContact",
                                                       "quickbooksCustomer"}))};
    } else {
        customer.string(QStringLiteral("source"));
    }
    a.customer.id = customer.string(QStringLiteral("id"));
    a.customer.extra = customer.extra();

    Reader products = r.object(QStringLiteral("products"));
    if (products.has(QStringLiteral("source"))) {
        const QString source = products.string(QStringLiteral("source"));
        if (source == QLatin1String("lineItems"))
            a.products.source = ProductChoice::Source::LineItems;
        else if (source == QLatin1String("quickbooksItem"))
            a.products.source = ProductChoice::Source::QuickBooksItem;
        else
            throw DecodeError{products.pathOf(QStringLiteral("source")),
                              Tr::tr("“%1” is not one of %2")
                                  .arg(source, keysOf({"lineItems", "quickbooksItem"}))};
    } else {
        products.string(QStringLiteral("source"));
    }
    a.products.id = products.string(QStringLiteral("id"));
    a.products.extra = products.extra();

    a.createProductIfMissing = r.boolean(QStringLiteral("createProductIfMissing"), false);
    a.depositAccount = r.string(QStringLiteral("depositAccount"));
    a.paidFromAccount = r.string(QStringLiteral("paidFromAccount"));
    a.expenseAccount = r.string(QStringLiteral("expenseAccount"));
    a.vendor = r.string(QStringLiteral("vendor"));
    a.refundFromAccount = r.string(QStringLiteral("refundFromAccount"));
    a.extra = r.extra();
    return a;
}

Workflow decodeWorkflow(Reader r)
{
    Workflow w;
    w.id = r.string(QStringLiteral("id"), true);
    if (w.id.trimmed().isEmpty())
        throw DecodeError{QStringLiteral("id"), Tr::tr("is empty")};
    w.name = r.string(QStringLiteral("name"), true);
    w.objectType = r.key<ObjectType>(QStringLiteral("objectType"), objectTypeFromKey,
                                     keysOf({"deal", "quote", "payment"}));

    Reader enrollment = r.object(QStringLiteral("enrollment"));
    w.enrollment.filterGroups = decodeGroups(enrollment.array(QStringLiteral("filterGroups")),
                                             enrollment.pathOf(QStringLiteral("filterGroups")));
    Reader reenroll = enrollment.object(QStringLiteral("reenroll"));
    w.enrollment.reenroll.enabled = reenroll.boolean(QStringLiteral("enabled"), false);
    w.enrollment.reenroll.properties = reenroll.strings(QStringLiteral("properties"));
    w.enrollment.reenroll.extra = reenroll.extra();
    w.enrollment.extra = enrollment.extra();

    const QJsonArray actions = r.array(QStringLiteral("actions"));
    for (int i = 0; i < actions.size(); ++i)
        w.actions << decodeAction(Reader::element(actions, i, QStringLiteral("actions")));
    w.extra = r.extra();
    return w;
}

// ---------------------------------------------------------------------------------------------
// Encoding: known keys in a fixed, readable order (schema first), then unknown keys sorted.
// QJsonDocument would sort every key alphabetically, burying "schema" in the middle.

class Writer
{
public:
    QByteArray take()
    {
        m_out += '\n';
        return std::move(m_out);
    }

    void beginObject()
    {
        m_out += '{';
        m_first.push_back(true);
    }
    void endObject() { close('}'); }
    void beginArray()
    {
        m_out += '[';
        m_first.push_back(true);
    }
    void endArray() { close(']'); }

    void key(const QString &k)
    {
        element();
        writeString(k);
        m_out += ": ";
    }
    void element()
    {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
        newline();
    }

    void value(const QString &s) { writeString(s); }
    void value(bool b) { m_out += b ? "true" : "false"; }
    void value(int n) { m_out += QByteArray::number(n); }

    void field(const char *k, const QString &s)
    {
        key(QLatin1String(k));
        value(s);
    }
    void field(const char *k, bool b)
    {
        key(QLatin1String(k));
        value(b);
    }
    void stringList(const char *k, const QStringList &items)
    {
        key(QLatin1String(k));
        beginArray();
        for (const QString &s : items) {
            element();
            value(s);
        }
        endArray();
    }

    // Unknown keys, skipping any that collide with a known one.
    void extra(const QJsonObject &extra, std::initializer_list<const char *> known)
    {
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            bool isKnown = false;
            for (const char *k : known)
                isKnown = isKnown || it.key() == QLatin1String(k);
            if (isKnown)
                continue;
            key(it.key());
            json(it.value());
        }
    }

    void json(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::Null:
        case QJsonValue::Undefined:
            m_out += "null";
            break;
        case QJsonValue::Bool:
            value(v.toBool());
            break;
        case QJsonValue::Double:
            writeNumber(v.toDouble());
            break;
        case QJsonValue::String:
            writeString(v.toString());
            break;
        case QJsonValue::Array: {
            beginArray();
            const QJsonArray items = v.toArray();
            for (const QJsonValue &item : items) {
                element();
                json(item);
            }
            endArray();
            break;
        }
        case QJsonValue::Object: {
            beginObject();
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                key(it.key());
                json(it.value());
            }
            endObject();
            break;
        }
        }
    }

private:
    void close(char bracket)
    {
        const bool empty = m_first.back();
        m_first.pop_back();
        if (!empty)
            newline();
        m_out += bracket;
    }
    void newline()
    {
        m_out += '\n';
        m_out += QByteArray(2 * int(m_first.size()), ' ');
    }
    void writeString(const QString &s)
    {
        QString escaped;
        escaped.reserve(s.size() + 2);
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QChar c = s.at(i);
            const char16_t u = c.unicode();
            // An unpaired surrogate has no UTF-8 form (toUtf8() would replace it): escaped, it
            // reads back as the same code unit, so the round trip stays exact.
            const bool unpaired =
                (c.isHighSurrogate() && (i + 1 == s.size() || !s.at(i + 1).isLowSurrogate())) ||
                (c.isLowSurrogate() && (i == 0 || !s.at(i - 1).isHighSurrogate()));
            if (u == '"')
                escaped += QLatin1String("\\\"");
            else if (u == '\\')
                escaped += QLatin1String("\\\\");
            else if (u == '\n')
                escaped += QLatin1String("\\n");
            else if (u == '\r')
                escaped += QLatin1String("\\r");
            else if (u == '\t')
                escaped += QLatin1String("\\t");
            else if (u == '\b')
                escaped += QLatin1String("\\b");
            else if (u == '\f')
                escaped += QLatin1String("\\f");
            else if (u < 0x20 || unpaired)
                escaped += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            else
                escaped += c;
        }
        m_out += '"';
        m_out += escaped.toUtf8();
        m_out += '"';
    }
    void writeNumber(double d)
    {
        if (!std::isfinite(d)) {
            m_out += "null"; // JSON has no NaN or infinity
        } else if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0) {
            m_out += QByteArray::number(static_cast<qint64>(d));
        } else {
            m_out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        }
    }

    QByteArray m_out;
    std::vector<bool> m_first;
};

void encodeFilter(Writer &w, const Filter &f)
{
    w.beginObject();
    w.field("object", filterObjectKey(f.object));
    w.field("property", f.property);
    w.field("propertyType", propertyTypeKey(f.propertyType));
    w.field("operator", operatorKey(f.op));
    if (!f.values.isEmpty() || valueCountFor(f.op).max != 0)
        w.stringList("values", f.values);
    w.extra(f.extra, {"object", "property", "propertyType", "operator", "values"});
    w.endObject();
}

void encodeGroup(Writer &w, const FilterGroup &group)
{
    w.beginObject();
    w.key(QStringLiteral("filters"));
    w.beginArray();
    for (const Filter &f : group.filters) {
        w.element();
        encodeFilter(w, f);
    }
    w.endArray();
    w.extra(group.extra, {"filters"});
    w.endObject();
}

void encodeAction(Writer &w, const Action &a)
{
    const ActionSpec &spec = actionSpec(a.type);
    w.beginObject();
    w.field("id", a.id);
    w.field("type", actionTypeKey(a.type));
    w.field("connection", a.connection);
    if (!a.paymentTerms.isEmpty())
        w.field("paymentTerms", a.paymentTerms);
    if (spec.usesCustomerAndProducts || a.customer != CustomerChoice()) {
        w.key(QStringLiteral("customer"));
        w.beginObject();
        w.field("source", a.customer.source == CustomerChoice::Source::QuickBooksCustomer
                              ? QStringLiteral("quickbooksCustomer")
                              : QStringLiteral("firstAssociatedContact"));
        if (!a.customer.id.isEmpty())
            w.field("id", a.customer.id);
        w.extra(a.customer.extra, {"source", "id"});
        w.endObject();
    }
    if (spec.usesCustomerAndProducts || a.products != ProductChoice()) {
        w.key(QStringLiteral("products"));
        w.beginObject();
        w.field("source", a.products.source == ProductChoice::Source::QuickBooksItem
                              ? QStringLiteral("quickbooksItem")
                              : QStringLiteral("lineItems"));
        if (!a.products.id.isEmpty())
            w.field("id", a.products.id);
        w.extra(a.products.extra, {"source", "id"});
        w.endObject();
    }
    if (spec.usesCustomerAndProducts || a.createProductIfMissing)
        w.field("createProductIfMissing", a.createProductIfMissing);
    const std::pair<const char *, const QString *> accounts[] = {
        {"depositAccount", &a.depositAccount},   {"paidFromAccount", &a.paidFromAccount},
        {"expenseAccount", &a.expenseAccount},   {"vendor", &a.vendor},
        {"refundFromAccount", &a.refundFromAccount},
    };
    for (const auto &[key, value] : accounts) {
        if (!value->isEmpty())
            w.field(key, *value);
    }
    w.extra(a.extra, {"id", "type", "connection", "paymentTerms", "customer", "products",
                      "createProductIfMissing", "depositAccount", "paidFromAccount",
                      "expenseAccount", "vendor", "refundFromAccount"});
    w.endObject();
}

QString displayName(const QString &path) { return QFileInfo(path).fileName(); }

} // namespace

Result<Workflow> WorkflowCodec::decode(const QByteArray &json, const QString &sourceName)
{
    const auto fail = [&](const QString &problem) {
        return Failure{Tr::tr("%1: %2").arg(sourceName, problem)};
    };
    if (json.size() > MaxFileSize) {
        return fail(Tr::tr("is too large to be a workflow file (%1 MB; the limit is %2 MB)")
                        .arg(json.size() / (1024 * 1024))
                        .arg(MaxFileSize / (1024 * 1024)));
    }
    if (json.trimmed().isEmpty())
        return fail(Tr::tr("the file is empty"));
    // Windows editors save "Unicode" text as UTF-16 (with its byte-order mark): say so, rather
    // than "illegal value at byte 1", so the person knows to save it again as UTF-8.
    if (json.startsWith("\xFF\xFE") || json.startsWith("\xFE\xFF"))
        return fail(Tr::tr("the file is UTF-16 text; Bookflow reads workflow files saved as UTF-8"));

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    switch (error.error) {
    case QJsonParseError::NoError:
        break;
    case QJsonParseError::IllegalUTF8String:
        return fail(Tr::tr("the file is not UTF-8 text (at byte %1); it may have been saved in "
                           "another encoding. Save it again as UTF-8")
                        .arg(error.offset));
    case QJsonParseError::DeepNesting:
        return fail(Tr::tr("lists and objects are nested too deeply (at byte %1) for a workflow "
                           "file")
                        .arg(error.offset));
    default:
        return fail(Tr::tr("this is not valid JSON (%1 at byte %2); it may be truncated or not a "
                           "workflow file")
                        .arg(error.errorString())
                        .arg(error.offset));
    }
    if (!doc.isObject())
        return fail(Tr::tr("this is not a workflow file: expected a JSON object"));

    const QJsonObject root = doc.object();
    const QJsonValue schema = root.value(QStringLiteral("schema"));
    if (schema.isUndefined())
        return fail(Tr::tr("this is not a Bookflow workflow file: it has no “schema” field"));
    if (!schema.isDouble() || schema.toDouble() != std::floor(schema.toDouble()))
        return fail(Tr::tr("“schema” must be a whole number, not %1").arg(Reader::typeName(schema)));
    if (schema.toDouble() != Workflow::Schema) {
        return fail(Tr::tr("the file uses workflow schema %1, which this version of Bookflow "
                           "cannot read (it reads schema %2). The file was not changed.")
                        .arg(schema.toDouble())
                        .arg(Workflow::Schema));
    }

    try {
        QJsonObject withoutSchema = root;
        withoutSchema.remove(QStringLiteral("schema"));
        return decodeWorkflow(Reader(withoutSchema, QString()));
    } catch (const DecodeError &e) {
        return fail(Tr::tr("“%1” %2").arg(e.path, e.problem));
    }
}

QByteArray WorkflowCodec::encode(const Workflow &workflow)
{
    Writer w;
    w.beginObject();
    w.key(QStringLiteral("schema"));
    w.value(Workflow::Schema);
    w.field("id", workflow.id);
    w.field("name", workflow.name);
    w.field("objectType", objectTypeKey(workflow.objectType));

    const Enrollment &e = workflow.enrollment;
    w.key(QStringLiteral("enrollment"));
    w.beginObject();
    w.key(QStringLiteral("filterGroups"));
    w.beginArray();
    for (const FilterGroup &group : e.filterGroups) {
        w.element();
        encodeGroup(w, group);
    }
    w.endArray();
    w.key(QStringLiteral("reenroll"));
    w.beginObject();
    w.field("enabled", e.reenroll.enabled);
    w.stringList("properties", e.reenroll.properties);
    w.extra(e.reenroll.extra, {"enabled", "properties"});
    w.endObject();
    w.extra(e.extra, {"filterGroups", "reenroll"});
    w.endObject();

    w.key(QStringLiteral("actions"));
    w.beginArray();
    for (const Action &a : workflow.actions) {
        w.element();
        encodeAction(w, a);
    }
    w.endArray();
    w.extra(workflow.extra, {"schema", "id", "name", "objectType", "enrollment", "actions"});
    w.endObject();
    return w.take();
}

QJsonArray WorkflowCodec::encodeFilterGroups(const QVector<FilterGroup> &groups)
{
    // The Writer stays the one definition of how a group is written; reading its text back
    // yields exactly the JSON values a workflow file holds for the same groups.
    Writer w;
    w.beginArray();
    for (const FilterGroup &group : groups) {
        w.element();
        encodeGroup(w, group);
    }
    w.endArray();
    return QJsonDocument::fromJson(w.take()).array();
}

Result<QVector<FilterGroup>> WorkflowCodec::decodeFilterGroups(const QJsonArray &groups,
                                                               const QString &where)
{
    try {
        return decodeGroups(groups, QStringLiteral("filterGroups"));
    } catch (const DecodeError &e) {
        return Failure{Tr::tr("%1: %2").arg(where, Tr::tr("“%1” %2").arg(e.path, e.problem))};
    }
}

Result<Workflow> WorkflowCodec::readFile(const QString &path)
{
    const QString name = displayName(path);
    QFile file(path);
    if (!file.exists())
        return Failure{Tr::tr("%1: the file does not exist (%2)").arg(name, path)};
    if (!file.open(QIODevice::ReadOnly))
        return Failure{Tr::tr("%1: the file cannot be read (%2)").arg(name, file.errorString())};
    if (file.size() > MaxFileSize) {
        return Failure{Tr::tr("%1: is too large to be a workflow file (%2 MB; the limit is %3 MB)")
                           .arg(name)
                           .arg(file.size() / (1024 * 1024))
                           .arg(MaxFileSize / (1024 * 1024))};
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Failure{Tr::tr("%1: the file cannot be read (%2)").arg(name, file.errorString())};
    return decode(bytes, name);
}

Status WorkflowCodec::writeFile(const Workflow &workflow, const QString &path)
{
    const QString name = displayName(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{Tr::tr("%1: cannot be written (%2)").arg(name, file.errorString())};
    const QByteArray bytes = encode(workflow);
    if (file.write(bytes) != bytes.size()) {
        // A short write (a full disk) leaves QSaveFile without an error of its own; the system's
        // reason is still in errno. Not committed, so the old file stays.
        const QString why =
            file.error() == QFileDevice::NoError ? qt_error_string(errno) : file.errorString();
        file.cancelWriting();
        return Failure{Tr::tr("%1: cannot be written (%2); the previous file, if any, is unchanged")
                           .arg(name, why)};
    }
    if (!file.commit())
        return Failure{Tr::tr("%1: cannot be written (%2); the previous file, if any, is unchanged")
                           .arg(name, file.errorString())};
    return Status::success();
}

} // namespace bookflow
