#!/usr/bin/env python3
"""Writes the seed corpora of fuzz/corpus/<target>/ from real payloads.

Run once by hand when the seeds should change (the build and the tests never run it):

    python3 fuzz/make_seeds.py [SHARED_FIXTURES_DIR]

Sources: the workflow templates (resources/templates), the captured QuickBooks and HubSpot
payloads of the shared fixtures (default /work/shared/fixtures; see their SOURCES.md) and the
client tests' own fixtures (tests/quickbooks/fixtures, tests/hubspot/fixtures), wrapped in the
script format the client targets read (fuzz/README.md). Seeds are named seed-*; files libFuzzer
adds when a corpus is merged back are named by their SHA-1, so the two never collide.
"""

import json
import os
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/fixtures"
SEP = b"\n~~~\n"


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(target, name, data):
    folder = os.path.join(ROOT, "fuzz", "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "seed-" + name), "wb") as f:
        f.write(data)


def qbo(name):
    return read(os.path.join(SHARED, "qbo", name))


def hs(name):
    return read(os.path.join(SHARED, "hubspot", "examples", name))


def test_qbo(name):
    return read(os.path.join(ROOT, "tests", "quickbooks", "fixtures", name))


def test_hs(name):
    return read(os.path.join(ROOT, "tests", "hubspot", "fixtures", name))


def answer(body, status=None, headers=()):
    if status is None:
        return body
    head = str(status).encode() + b"\n"
    for key, value in headers:
        head += key.encode() + b": " + value.encode() + b"\n"
    return head + b"\n" + body


def script(operation, *answers):
    return operation.encode() + b"\n" + SEP.join(answers)


# --- workflowcodec and filterevaluator ------------------------------------------------------------

templates = os.path.join(ROOT, "resources", "templates")
workflows = {}
for name in sorted(os.listdir(templates)):
    workflows[name] = read(os.path.join(templates, name))

# Every property type and operator, unknown fields at each level, every action type.
every_operator = {
    "schema": 1,
    "id": "0b7d1c7e-3c6e-4d7a-9d0e-5f9a7c1b2e3f",
    "name": "Every operator",
    "objectType": "deal",
    "futureField": {"kept": [1, 2.5, None, True, "x"]},
    "enrollment": {
        "filterGroups": [
            {"filters": [
                {"object": "deal", "property": "dealname", "propertyType": "text",
                 "operator": "contains_any", "values": ["Payment link", "Straße"]},
                {"object": "deal", "property": "amount", "propertyType": "number",
                 "operator": "between", "values": ["100", "2500.50"]},
                {"object": "deal", "property": "closedate", "propertyType": "datetime",
                 "operator": "before", "values": ["2024-04-01"]},
            ]},
            {"filters": [
                {"object": "contact", "property": "email", "propertyType": "text",
                 "operator": "starts_with_any", "values": ["billing@"]},
                {"object": "deal", "property": "dealstage", "propertyType": "enumeration",
                 "operator": "is_none_of", "values": ["closedlost"]},
                {"object": "deal", "property": "hs_is_closed_won", "propertyType": "bool",
                 "operator": "is_any_of", "values": ["true"]},
            ], "note": "unknown group field"},
            {"filters": [
                {"object": "deal", "property": "createdate", "propertyType": "date",
                 "operator": "less_than_days_ago", "values": ["30"]},
                {"object": "deal", "property": "hs_lastmodifieddate", "propertyType": "datetime",
                 "operator": "more_than_days_ago", "values": ["7"]},
                {"object": "deal", "property": "amount", "propertyType": "number",
                 "operator": "gte", "values": ["1500.00"], "x-extra": "kept"},
                {"object": "deal", "property": "description", "propertyType": "text",
                 "operator": "is_unknown"},
            ]},
        ],
        "reenroll": {"enabled": True, "properties": ["amount", "dealstage"]},
    },
    "actions": [
        {"id": "a1", "type": "quickbooks.createInvoice", "connection": "c1", "paymentTerms": "3",
         "customer": {"source": "firstAssociatedContact"},
         "products": {"source": "lineItems"}, "createProductIfMissing": True},
        {"id": "a2", "type": "quickbooks.createEstimate", "connection": "c1",
         "customer": {"source": "quickbooksCustomer", "id": "58"},
         "products": {"source": "quickbooksItem", "id": "19"}},
        {"id": "a3", "type": "quickbooks.createSalesReceipt", "connection": "",
         "depositAccount": "35", "unknownActionField": {"a": [1]}},
    ],
}
payment_actions = {
    "schema": 1,
    "id": "5e0f7d1a-8a4b-4c3d-9e2f-1a2b3c4d5e6f",
    "name": "Payments: every action",
    "objectType": "payment",
    "enrollment": {"filterGroups": [{"filters": [
        {"object": "payment", "property": "hs_latest_status", "propertyType": "enumeration",
         "operator": "is_any_of", "values": ["succeeded", "refunded"]},
        {"object": "quote", "property": "hs_title", "propertyType": "text",
         "operator": "is_known"},
        {"object": "payment", "property": "hs_fees_amount", "propertyType": "number",
         "operator": "gt", "values": ["0"]}]}],
        "reenroll": {"enabled": False, "properties": []}},
    "actions": [
        {"id": "a1", "type": "quickbooks.createPaidInvoice", "connection": "c1",
         "depositAccount": "35"},
        {"id": "a2", "type": "quickbooks.createPaymentSalesReceipt", "connection": "c1"},
        {"id": "a3", "type": "quickbooks.createExpense", "connection": "c1",
         "paidFromAccount": "35", "expenseAccount": "80", "vendor": "56"},
        {"id": "a4", "type": "quickbooks.createRefundReceipt", "connection": "c1",
         "refundFromAccount": "35"},
    ],
}
workflows["every-operator.json"] = json.dumps(every_operator, indent=2,
                                              ensure_ascii=False).encode()
workflows["payment-actions.json"] = json.dumps(payment_actions, indent=2).encode()
for name, data in workflows.items():
    write("workflowcodec", name, data)

# Records: the properties of captured deals, payments and contacts, plus odd values HubSpot sends.
deal = json.loads(test_hs("deal-get-associations.json"))["properties"]
payment = json.loads(hs("commerce-payment-get-with-properties.json"))["properties"]
contact = json.loads(hs("contact-get.json"))["properties"]
odd_deal = dict(deal, amount="1.5E3", closedate="1711562651823", dealname="ACME PAYMENT LINK",
                dealstage="closedwon;contractsent", hs_is_closed_won="TRUE",
                createdate="2024-03-01", hs_lastmodifieddate="2024-03-27T18:04:12+02:00")
records = {
    "deal": {"deal": deal, "contact": contact, "now": "2024-03-28T12:00:00Z",
             "zone": "America/New_York"},
    "deal-odd": {"deal": odd_deal, "contact": dict(contact, email=None),
                 "now": 1711627200000, "zone": "Pacific/Auckland"},
    "payment": {"payment": dict(payment, hs_fees_amount="2.90"), "quote": {"hs_title": ""},
                "zone": "Europe/Oslo"},
    "empty": {},
}
for wname, wdata in workflows.items():
    for rname, record in records.items():
        if rname.startswith("payment") != (b'"payment"' in wdata):
            continue
        write("filterevaluator", wname.replace(".json", "") + "--" + rname,
              wdata + SEP + json.dumps(record, ensure_ascii=False).encode())

# --- qboquery ------------------------------------------------------------------------------------
# flags, entity index, then operations: opcode, property choice, operator choice, length + bytes.


def text(value, utf16=False):
    data = value.encode("utf-16-le" if utf16 else "utf-8")[:255]
    return bytes([len(data)]) + data


names = []
for source in ("item-query-response.json", "account-query-response.json",
               "vendor-response.json"):
    doc = json.loads(qbo(source))

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("Name", "DisplayName", "FullyQualifiedName", "Sku",
                           "PrintOnCheckName") and isinstance(item, str):
                    names.append(item)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
    walk(doc)
names = sorted(set(names))[:12] + ["O'Brien", "back\\slash", "100% off", "\\'", "''",
                                   "Søren Åsgård", "a\x00b", "quote ' in \\' middle",
                                   "emoji 🧾", "新しい顧客"]
for i, name in enumerate(names):
    seed = bytes([0, 0])                       # UTF-8, SELECT *, entity Customer
    seed += bytes([0, 1, 0]) + text(name)      # DisplayName = 'name'
    seed += bytes([1, 2, 2]) + text(name) + text(name.upper())  # PrimaryEmailAddr IN (…)
    seed += bytes([2, 3]) + text("%" + name + "%")              # Name LIKE '%name%'
    seed += bytes([3, 12, 3]) + text("1500.25")                 # TotalAmt > 1500.25
    seed += bytes([6])                                          # Active IN (true, false)
    seed += bytes([7, 0, 1])                                    # ORDERBY Id DESC
    seed += bytes([8]) + struct.pack("<i", 1) + bytes([9]) + struct.pack("<i", 1000)
    write("qboquery", "names-%02d" % i, seed)
write("qboquery", "utf16-surrogates",
      bytes([1, 1, 0, 1, 0]) + bytes([6]) + b"\x00\xd8'\x00\\\x00" + bytes([5, 9, 4])
      + struct.pack("<q", 1711562651823))
write("qboquery", "count-dates",
      bytes([2, 8, 4, 11, 4]) + struct.pack("<i", 2460397) + bytes([10, 5, 0, 1]))
write("qboquery", "bad-names",
      bytes([4]) + text("Invoice; DROP") + bytes([0, 0xC1, 0]) + text("Meta..Data")
      + text("x") + bytes([0, 1, 0xF5]) + text("!=") + text("y"))

# --- qboresponses --------------------------------------------------------------------------------

html = test_qbo("html-502.html")
xml = test_qbo("throttle-3001.xml")
qbo_seeds = {
    "read-invoice": script("read 130", qbo("invoice-read-response.json")),
    "read-invoice-test": script("read", test_qbo("invoice-read.json")),
    "create-salesreceipt": script("create", qbo("salesreceipt-create-response.json")),
    "update-vendor": script("update", qbo("vendor-response.json")),
    "preferences": script("preferences", qbo("preferences-read-response.json")),
    "query-items": script("query", qbo("item-query-response.json")),
    "queryall-accounts": script("queryAll 2", qbo("account-query-response.json"),
                                qbo("account-query-response.json")),
    "count": script("count", b'{"QueryResponse":{"totalCount":5},"time":"2024-03-11T22:45:22-07:00"}'),
    "batch": script("batch", qbo("batch-response-create-and-query.json")),
    "batch-test": script("batch", test_qbo("batch-response.json")),
    "exchange": script("exchange", qbo("oauth-token-response.json")),
    "refresh": script("refresh", qbo("oauth-refresh-token-response-dotnet-sdk.json")),
    "refresh-invalid-grant": script("refresh", answer(
        qbo("oauth-refresh-invalid-grant-authresponse-mock.json"), 400)),
    "throttle-xml": script("create", answer(xml, 429, [("Retry-After", "30"),
                                                       ("Content-Type", "application/xml")])),
    "html-502": script("read", answer(html, 502, [("Content-Type", "text/html")])),
    "401-then-ok": script("read", answer(test_qbo("fault-3200-unauthorized.json"), 401),
                          qbo("invoice-read-response.json")),
    "json-purchase": script("json", qbo("purchase-response.json"), qbo("bill-response-with-salestermref-linkedtxn.json")),
}
for name in sorted(os.listdir(os.path.join(SHARED, "qbo"))):
    if name.startswith("fault-"):
        qbo_seeds["fault-" + name[6:-5]] = script("fault", answer(qbo(name), 400))
for name in ("fault-query-nested.json", "throttle-3001-legacy-403.xml", "throttle-3001.json",
             "fault-6240-lowercase.json", "fault-610-inactive.json"):
    status = 403 if "403" in name else 429 if "3001" in name else 400
    qbo_seeds["test-" + name.rsplit(".", 1)[0]] = script("fault", answer(test_qbo(name), status))
qbo_seeds["create-fault-6240"] = script("create", answer(qbo("fault-duplicate-name-6240.json"), 400))
for name, data in qbo_seeds.items():
    write("qboresponses", name, data)

# --- hubspotresponses ----------------------------------------------------------------------------

hs_seeds = {
    "get-deal": script("get", test_hs("deal-get-associations.json")),
    "get-deal-paged": script("get", test_hs("deal-get-associations-paged.json"),
                             test_hs("associations-v3-contacts-page2.json")),
    "get-contact": script("get 301", hs("contact-get.json")),
    "get-payment": script("get", hs("commerce-payment-get-with-properties.json")),
    "get-line-item": script("get", hs("line-item-get-tiered-pricing.json")),
    "get-quote-underscore": script("get", test_hs("quote-get-line-items-underscore.json")),
    "list": script("list", hs("objects-list-response-with-paging.json")),
    "listall": script("listAll", test_hs("objects-list-page1.json"),
                      test_hs("objects-list-page2.json")),
    "batchread-207": script("batchRead 101 102 103",
                            answer(test_hs("batch-read-multistatus.json"), 207)),
    "batchupdate-207": script("batchUpdate", answer(test_hs("batch-update-multistatus.json"), 207)),
    "batchcreate-207": script("batchRead", answer(hs("batch-create-multistatus-response.json"), 207)),
    "search": script("search", test_hs("search-response-deals-page.json")),
    "search-contacts": script("search", hs("search-response-contacts-no-paging.json")),
    "searchall": script("searchAll 2", test_hs("search-response-deals-page.json"),
                        hs("search-response-companies-with-paging.json")),
    "properties": script("properties", test_hs("properties-deals.json")),
    "createproperty-409": script("createProperty",
                                 answer(test_hs("error-409-property-exists.json"), 409)),
    "createpropertygroup": script("createPropertyGroup", b'{"name":"bookflow","label":"Bookflow"}'),
    "associations": script("associations", test_hs("associations-v4-get-page1.json"),
                           test_hs("associations-v4-get-page2.json")),
    "associations-label-removed": script("associations",
                                         hs("associations-v4-get-after-label-removal.json")),
    "batchassociations": script("batchAssociations",
                                answer(test_hs("associations-v4-batch-read-multistatus.json"), 207)),
    "batchassociations-shared": script("batchAssociations",
                                       hs("associations-v4-batch-read-response.json")),
    "update": script("update", hs("commerce-payment-create-response.json")),
    "exchange": script("exchange", hs("oauth-v1-token-response.json")),
    "refresh-v3": script("refresh", hs("oauth-v3-token-response.json")),
    "refresh-invalid-grant": script("refresh", answer(hs("oauth-error-invalid-grant.json"), 400)),
    "tokeninfo": script("tokenInfo", hs("oauth-v1-access-token-metadata.json")),
    "revoke": script("revoke", answer(b"", 204)),
    "html-502": script("get", answer(test_hs("html-502.html"), 502,
                                     [("Content-Type", "text/html")])),
    "401-refresh-then-ok": script("get", answer(test_hs("error-401.json"), 401),
                                  hs("contact-get.json")),
    "load-deal": script("load deal 14795354663",
                        answer(json.dumps({"status": "COMPLETE", "results": [
                            json.loads(test_hs("deal-get-associations.json"))]}).encode()),
                        hs("associations-v4-batch-read-response.json"),
                        hs("associations-v4-batch-read-response.json"),
                        answer(json.dumps({"status": "COMPLETE", "results": [
                            json.loads(hs("contact-get.json"))]}).encode()),
                        answer(json.dumps({"status": "COMPLETE", "results": [
                            json.loads(hs("line-item-get-tiered-pricing.json"))]}).encode())),
}
for name in ("error-403-missing-scopes.json", "error-404-object.json", "error-423-locked.json",
             "error-429-search-secondly.json", "error-429-ten-secondly.json",
             "error-477-migration.json", "error-openapi-spec-example.json",
             "error-rate-limit-429-daily.json", "error-validation.json"):
    digits = [int(part) for part in name.split("-") if part.isdigit()]
    status = digits[0] if digits else 400
    headers = [("Retry-After", "2")] if status in (423, 429) else []
    hs_seeds["errors-" + name[6:-5]] = script("errors", answer(test_hs(name) if os.path.exists(
        os.path.join(ROOT, "tests", "hubspot", "fixtures", name)) else hs(name), status, headers))
for name, data in hs_seeds.items():
    write("hubspotresponses", name, data)
