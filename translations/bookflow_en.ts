<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Bookflow</name>
    <message numerus="yes">
        <source>HubSpot is receiving too many requests from Bookflow; it will try again in %n second(s).</source>
        <translation>
            <numerusform>HubSpot is receiving too many requests from Bookflow; it will try again in %n second.</numerusform>
            <numerusform>HubSpot is receiving too many requests from Bookflow; it will try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>QuickBooks is receiving too many requests from Bookflow; it will try again in %n second(s).</source>
        <translation>
            <numerusform>QuickBooks is receiving too many requests from Bookflow; it will try again in %n second.</numerusform>
            <numerusform>QuickBooks is receiving too many requests from Bookflow; it will try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filter needs exactly %n value(s)</source>
        <translation>
            <numerusform>The filter needs exactly %n value</numerusform>
            <numerusform>The filter needs exactly %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filter needs at least %n value(s)</source>
        <translation>
            <numerusform>The filter needs at least %n value</numerusform>
            <numerusform>The filter needs at least %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be waiting for you to unlock it; unlock it and try again.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second. It may be waiting for you to unlock it; unlock it and try again.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds. It may be waiting for you to unlock it; unlock it and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n QuickBooks customer(s) have the email %1, but none has the contact&apos;s first and last name, so a new customer is made.</source>
        <translation>
            <numerusform>%n QuickBooks customer has the email %1, but not the contact&apos;s first and last name, so a new customer is made.</numerusform>
            <numerusform>%n QuickBooks customers have the email %1, but none has the contact&apos;s first and last name, so a new customer is made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>matched by email; %n other customer(s) have the same email, the oldest is used</source>
        <translation>
            <numerusform>matched by email; %n other customer has the same email, the oldest is used</numerusform>
            <numerusform>matched by email; %n other customers have the same email, the oldest is used</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No %1 was created: %n line item(s) match no QuickBooks product, and the action doesn&apos;t create missing products: %2. Add the products to QuickBooks, or set “Create the product in QuickBooks if it doesn&apos;t exist” to Yes.</source>
        <translation>
            <numerusform>No %1 was created: %n line item matches no QuickBooks product, and the action doesn&apos;t create missing products: %2. Add the product to QuickBooks, or set “Create the product in QuickBooks if it doesn&apos;t exist” to Yes.</numerusform>
            <numerusform>No %1 was created: %n line items match no QuickBooks product, and the action doesn&apos;t create missing products: %2. Add the products to QuickBooks, or set “Create the product in QuickBooks if it doesn&apos;t exist” to Yes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A paid invoice can&apos;t be created for %1: %n line item(s) are taxed (%2), and Bookflow creates paid invoices only for untaxed line items, so the payment covers the invoice exactly. Use “Create a sales receipt in QuickBooks” for taxed payments.</source>
        <translation>
            <numerusform>A paid invoice can&apos;t be created for %1: %n line item is taxed (%2), and Bookflow creates paid invoices only for untaxed line items, so the payment covers the invoice exactly. Use “Create a sales receipt in QuickBooks” for taxed payments.</numerusform>
            <numerusform>A paid invoice can&apos;t be created for %1: %n line items are taxed (%2), and Bookflow creates paid invoices only for untaxed line items, so the payment covers the invoice exactly. Use “Create a sales receipt in QuickBooks” for taxed payments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bookflow::DesktopApp</name>
    <message numerus="yes">
        <source>Running: %n workflow(s) on, checking HubSpot now</source>
        <translation>
            <numerusform>Running: %n workflow on, checking HubSpot now</numerusform>
            <numerusform>Running: %n workflows on, checking HubSpot now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running: %n workflow(s) on</source>
        <translation>
            <numerusform>Running: %n workflow on</numerusform>
            <numerusform>Running: %n workflows on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) need review</source>
        <translation>
            <numerusform>%n action needs review</numerusform>
            <numerusform>%n actions need review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bookflow::EngineLoop</name>
    <message numerus="yes">
        <source>Sending %n action(s) to QuickBooks…</source>
        <translation>
            <numerusform>Sending %n action to QuickBooks…</numerusform>
            <numerusform>Sending %n actions to QuickBooks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) enrolled</source>
        <translation>
            <numerusform>%n record enrolled</numerusform>
            <numerusform>%n records enrolled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) created</source>
        <translation>
            <numerusform>%n document created</numerusform>
            <numerusform>%n documents created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to try again later</source>
        <translation>
            <numerusform>%n to try again later</numerusform>
            <numerusform>%n to try again later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a reconnect</source>
        <translation>
            <numerusform>%n waiting for a reconnect</numerusform>
            <numerusform>%n waiting for a reconnect</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bookflow::FilterValueEditor</name>
    <message numerus="yes">
        <source>Search %n options</source>
        <translation>
            <numerusform>Search %n option</numerusform>
            <numerusform>Search %n options</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bookflow::LoopbackListener</name>
    <message numerus="yes">
        <source>No answer came back from the sign-in page within %n minute(s).</source>
        <translation>
            <numerusform>No answer came back from the sign-in page within %n minute.</numerusform>
            <numerusform>No answer came back from the sign-in page within %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from the sign-in page within %n second(s).</source>
        <translation>
            <numerusform>No answer came back from the sign-in page within %n second.</numerusform>
            <numerusform>No answer came back from the sign-in page within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bookflow::QboCatalog</name>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bookflow::WorkflowListModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
