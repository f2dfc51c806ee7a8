<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Bookflow</name>
    <message>
        <source>the window was not painted within 30 s; no screenshot was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot to QuickBooks Online workflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the Bookflow database (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the demo workspace when nothing is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window to FILE, print its title and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a HubSpot %2 id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot did not answer for this record; Bookflow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubSpot list page holds 1 to %1 records, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This HubSpot search has more than %L1 results, and going past them needs one more filter per group than it has room for: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %L1 HubSpot records were changed at the same moment, so Bookflow cannot page through them. Narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to change on the HubSpot %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubSpot %1 %2 appears twice in one change; it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubSpot property group needs a name and a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubSpot property needs a name, a label, a type, a field type and a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot no longer accepts Bookflow&apos;s sign-in. Reconnect HubSpot in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>HubSpot is receiving too many requests from Bookflow; it will try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Bookflow has used up today&apos;s HubSpot API allowance for this account. It will continue after midnight in the account&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot did not give Bookflow permission for this (missing: %1). Reconnect HubSpot in Connections and approve what Bookflow asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot did not give Bookflow permission for this: %1 Reconnect HubSpot in Connections and approve what Bookflow asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot did not give Bookflow permission for this. Reconnect HubSpot in Connections and approve what Bookflow asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot has locked this record for a moment; Bookflow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot is moving this account&apos;s data to another data centre; Bookflow will try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot is temporarily unavailable (HTTP %1); Bookflow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 no longer exists in HubSpot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot does not know this %1 (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot does not know this record or address (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused the change because it conflicts with what is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused the change because it conflicts with what is already there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to HubSpot was too long. Ask for fewer properties or records at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot sent an answer Bookflow could not read; Bookflow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists in HubSpot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot answered in a form Bookflow does not understand. Please report this to Bookflow&apos;s makers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot no longer accepts the saved sign-in. Reconnect HubSpot in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot sent no authorization code back; try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved HubSpot sign-in to renew. Reconnect HubSpot in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused Bookflow&apos;s app credentials. Check the HubSpot app settings, then reconnect HubSpot in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot rejected the private app token. Create a new token for the private app in HubSpot and enter it in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubSpot search filter has no property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubSpot search filter on “%1” (%2) cannot carry a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubSpot search filter on “%1” (%2) needs at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubSpot search filter on “%1” (%2) takes a list of values only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubSpot search filter on “%1” (BETWEEN) needs a low and a high value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubSpot search filter on “%1” (BETWEEN) takes two values, not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubSpot search filter on “%1” (%2) needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubSpot search filter on “%1” (%2) takes one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubSpot search can combine at most %1 filter groups; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubSpot search filter group can hold at most %1 filters; group %2 has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubSpot search can hold at most %1 filters in all; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubSpot search page holds 1 to %1 results, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubSpot search cannot start before its first result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubSpot search can page through at most %L1 results; this page would end at %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This HubSpot search is %L1 characters long; HubSpot accepts at most %L2. Use fewer filters or shorter value lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time; Bookflow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 (%2); Bookflow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow only talks to %1 over https (plain http is allowed for this computer&apos;s own address only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection ended without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow did not give this QuickBooks change a request id, so a retry could create a duplicate; it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request id “%1” is longer than the %2 characters QuickBooks accepts; it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request id “%1” has characters QuickBooks may not keep; it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a QuickBooks company id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow does not change QuickBooks %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new QuickBooks record cannot carry an Id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QuickBooks change needs the record&apos;s Id and SyncToken; it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a QuickBooks record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count look-up returns a number, not rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use QboQuery::count() to count QuickBooks records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QuickBooks batch needs at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QuickBooks batch holds at most %1 steps; this one has %2. It was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid batch step id (1–%2 letters, digits, - or _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch step id “%1” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks did not answer for this step; Bookflow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (field: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>QuickBooks is receiving too many requests from Bookflow; it will try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>QuickBooks is receiving too many requests from Bookflow; it will try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks no longer accepts Bookflow&apos;s sign-in for this company. Reconnect QuickBooks in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QuickBooks user who connected Bookflow is no longer allowed to do this. Reconnect QuickBooks as a company administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks had an internal problem; Bookflow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks does not support this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something this uses has been deleted or made inactive in QuickBooks (an account, customer, product or service, vendor or employee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks needs a value that was not filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks needs a value for “%1”, which was not filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks does not accept one of the values chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks does not accept the value chosen for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something this refers to does not exist in QuickBooks (it may have been deleted, or belong to another company).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks could not understand a look-up Bookflow sent. Please report this to Bookflow&apos;s makers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks refused a look-up Bookflow sent: it cannot search on that field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this record in QuickBooks at the same time. It has to be read again before it can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks did not accept this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line&apos;s amount is not its quantity times its unit price, so QuickBooks refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line uses a sales tax code QuickBooks does not accept here (US companies use TAX or NON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks already has a document with this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks already has a document numbered “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QuickBooks company&apos;s subscription has ended or has a billing problem. Renew it in QuickBooks, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The books are closed for this date in QuickBooks. Use a later date, or ask your accountant to move the closing date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks already has a customer, vendor or employee with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks already has a customer, vendor or employee named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction has been deposited in QuickBooks and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks is temporarily unavailable (HTTP %1); Bookflow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks sent an answer Bookflow could not read; Bookflow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks does not know this record or address (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks refused the request: %1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a QuickBooks entity name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a QuickBooks property name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an operator QuickBooks queries accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date in a look-up is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time in a look-up is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A look-up for “any of” needs at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count cannot be ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A look-up&apos;s first row is numbered from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A look-up returns between 1 and %1 rows at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not update its database %1 to the current version (step %2: %3). The database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not update its database %1: it is at version %2 and the next step it knows is %3. The database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is using the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Untitled workflow”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workflow with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Bookflow database: it is not a database file at all. Bookflow left the file untouched. Move it away or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bookflow database %1 is damaged (%2). Bookflow left the file untouched. Restore it from a backup, or move it away to start with an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another application, not of Bookflow. Bookflow left the file untouched. Choose another data folder for Bookflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bookflow database %1 was written by a newer version of Bookflow (database version %2; this version understands up to %3). Bookflow left the file untouched. Install the newer Bookflow to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Bookflow database %1 is locked by another program (perhaps Bookflow running elsewhere). Bookflow left the file untouched. Close the other program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow cannot read its database %1 (%2). Bookflow left the file untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside its first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was cut short: it ends inside a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was cut short: it has %1 of its %2 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow cannot open its database %1: the SQLite driver of Qt (QSQLITE) is missing. Reinstall Bookflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its version number %1 is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow tables are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not read its database %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not save to its database %1 (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow %1 has a type this version of Bookflow does not know (“%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved draft of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database may be damaged. Restoring a published version or importing the workflow again replaces the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow %1 has not been published yet, so it has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow %1 has no version %2 (its versions are 1 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow %1 has no id, so it was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workflow with the id %1 already exists (%2), so %3 was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow %1 enrolls %2 records and cannot be changed to %3: the type of a workflow is fixed when it is created. Create a new workflow instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data folder was given for the Bookflow database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not create its data folder %1. Check that the location exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file (a folder of that name is in the way). Bookflow left it untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow cannot use its database %1: this SQLite does not enforce foreign keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow %1 cannot be turned on: it has not been published yet. Review and publish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version %1 to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a QuickBooks invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a QuickBooks estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a QuickBooks sales receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a paid invoice in QuickBooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a sales receipt in QuickBooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a QuickBooks expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a QuickBooks refund receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is equal to any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doesn&apos;t contain any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is greater than or equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than or equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than N days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is less than N days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2” (%3 in %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not apply to a %2 property</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The filter needs exactly %n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filter needs at least %n value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The filter has no text to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter value “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter value “%1” is not a whole number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter value “%1” is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown property type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unknown: no %2 is associated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”, which is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is “%2”, which is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger group %1, filter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger group %1, filter %2 (%3 › %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the values is empty; enter a value or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write numbers with digits and a decimal point, without thousands separators (for example 1250.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first number (%1) is greater than the second (%2); put the smaller number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write dates as year-month-day, for example 2024-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first date (%1) is after the second (%2); put the earlier date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days. Enter a whole number such as 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes/no value; choose Yes (true) or No (false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no value; remove the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly %2 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose the property to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a %2-based workflow can&apos;t read %3 properties. Choose a property of the %2 or of a record associated with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; can&apos;t be used with this kind of property; choose another condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one trigger: a group of filters that says which records enroll in the workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger group %1 has no filters. Add a filter or remove the group — an empty group would enroll every record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger group %1 doesn&apos;t have the filter &quot;Payment › Source is none of Invoice&quot;. Payments already made on an invoice would then enroll too, and this workflow would create duplicate invoices or sales receipts for them in QuickBooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enrollment is on, and this workflow creates documents in QuickBooks: each time a record enrolls again, new documents are created for it. Turn it off unless you mean to create them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off re-enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2) has no id. Remove it and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2) has the same id (%3) as an earlier action. Remove it and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2) can&apos;t be used in a %3-based workflow. Remove it or choose another action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2): choose which QuickBooks account to create it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2): payment terms apply only to invoices and would be ignored here. Clear the payment terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2): choose the QuickBooks customer, or use the record&apos;s first associated contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2): choose the QuickBooks product, or use the record&apos;s line items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2): choose the account the fee is paid from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2): choose the expense category the fee is recorded in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2): choose the account the refund is paid from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the workflow a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one action: what the workflow creates in QuickBooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice e-signed quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When all signers have e-signed a quote, create a QuickBooks invoice from its line items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice deals paid by payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a deal&apos;s name contains &quot;Payment link&quot;, create a QuickBooks invoice from its line items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid invoice for payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a payment succeeds, create an invoice in QuickBooks with the payment applied to it. Payments made on a QuickBooks invoice are left out, so no invoice is created twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund receipt for refunded payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a payment is refunded, create a QuickBooks refund receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense for payment fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a payment has a processing fee, record the fee as an expense in QuickBooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operators of workflow file schema 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large to be a workflow file (%1 MB; the limit is %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not valid JSON (%1 at byte %2); it may be truncated or not a workflow file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a workflow file: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Bookflow workflow file: it has no “schema” field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“schema” must be a whole number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file uses workflow schema %1, which this version of Bookflow cannot read (it reads schema %2). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file does not exist (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is too large to be a workflow file (%2 MB; the limit is %3 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written (%2); the previous file, if any, is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the address the browser was sent to. Copy the whole address from the browser&apos;s address bar after approving, and paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the connection Bookflow started, so it was refused. Start connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was cancelled in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not connect Bookflow (%1%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer carried no authorization code. Start connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 connection needs to be reconnected in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow has no saved sign-in for this %1 connection in %2. Reconnect it in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Bookflow program is renewing the %1 sign-in and has not finished; Bookflow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the saved access token and it cannot be renewed. Reconnect it in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow renewed the %1 sign-in but could not save it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the sign-in it had just handed out. Try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the app&apos;s client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the app&apos;s client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow has no %1 app credentials for %2 yet. Enter the client ID and secret in Connections first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 app&apos;s client secret is missing from %2. Enter it again in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s redirect address %1 is not on this computer, so the address the browser ends on must be pasted into Bookflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks did not say which company was connected (no realmId in the answer). Try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the private app&apos;s access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged: %2. Bookflow left it exactly as it was; restore it from a backup, or move it aside and sign in to your accounts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users of this computer can open the secrets file %1, so Bookflow will not use it: its sign-ins may have been seen. Make it private with the command chmod 600 %1 and try again (and consider signing in to your accounts again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not save the secrets file %1: %2. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not read the secrets file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not JSON (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Bookflow secrets file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format version is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file %1 was written by a newer Bookflow (format version %2). This Bookflow left it as it was; update Bookflow to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format version %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no list of secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret “%1” is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow saved the secrets file %1, but other users of this computer could open it; its folder may be on a disk that ignores file permissions. Keep the data folder on your own disk, run chmod 600 %1, and consider signing in to your accounts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-ins are kept in plain text in %1, readable only by your user. Anyone who can use your account or read your backups can use them too. Use the system keychain where you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder %1 could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Bookflow program is saving to the secrets file %1 and has not finished; try again in a moment. If no other Bookflow program is running, delete %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lock file %1 could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available to keep Bookflow&apos;s sign-ins safe. Start the desktop&apos;s keyring (GNOME Keyring or KWallet), or run with --secrets file to keep them in a file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused Bookflow access to its sign-ins; it may be locked. Unlock it (your desktop&apos;s Passwords and Keys, or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be waiting for you to unlock it; unlock it and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>If the keychain cannot be used on this computer, run Bookflow with --secrets file to keep sign-ins in a file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not read a saved sign-in from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not save a sign-in in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not remove a sign-in from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow is closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory only (forgotten when Bookflow closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox at %1 did not answer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page answered HTTP %1 instead of its consent page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox offers no QuickBooks company to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s consent page has no form to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow&apos;s sign-in listener answered HTTP %1 to the sandbox&apos;s redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file belongs in Bookflow&apos;s data folder, and no data folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a place Bookflow can keep sign-ins; choose keychain, file or memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot does not accept this private-app access token. Copy it again from the private app&apos;s Auth tab in HubSpot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks sent no authorization code back; try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved QuickBooks sign-in to renew. Reconnect the company in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks answered the sign-in with something Bookflow cannot read; try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks is busy and asked Bookflow to slow down; the sign-in will be renewed shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks&apos; sign-in service did not answer properly (HTTP %1); Bookflow will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks refused Bookflow&apos;s app credentials (client id or secret). Check them, then reconnect the company in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks no longer accepts the saved sign-in (it was revoked, expired or replaced). Reconnect the company in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks refused the sign-in request (%1). Try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its installation id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection with id %1 exists; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts Bookflow&apos;s sign-in for this account. Connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 are not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 hold something other than text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 are not a table of ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 “%2” is unknown to this version of Bookflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains a password. Bookflow never keeps passwords in its database; enter the address without it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid web address (%2). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data-sync contact filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product mapping entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved connection %1 (id %2) cannot be read: %3. The database may be damaged; removing the connection and connecting again replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was not saved: %2 did not say which account it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was not saved: only HubSpot accounts can be connected with a private app access token; %2 always signs in through its own consent page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection %1 is %2 and cannot be changed to %3: a connection always stays with the account it was made for. Connect %3 as a connection of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 sandbox app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client id of %1. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect HubSpot: the workflow&apos;s triggers read HubSpot records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect HubSpot (%1) in Connections: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2): the QuickBooks account it uses is not connected to Bookflow. Choose one of the connected QuickBooks accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2): reconnect the QuickBooks company “%3” in Connections: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (%2): “%3” is a QuickBooks company outside the US (country: %4). Bookflow creates QuickBooks documents only in US companies; choose a US company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SKU %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an inactive %1 %2 (id %3)</source>
        <extracomment>&quot;an inactive vendor “Jane Doe” (id 3)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 (id %3)</source>
        <extracomment>&quot;the vendor “Jane Doe” (id 3)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can&apos;t run in a %2-based workflow. Remove the action or use it in a workflow of the right kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by Bookflow from HubSpot %1</source>
        <extracomment>PrivateNote of every document Bookflow creates; %1 is &quot;deal 123&quot;, &quot;payment 789&quot;, …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a QuickBooks company outside the US (country: %2). Bookflow creates QuickBooks documents only in US companies; choose a US company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 chosen in this action (QuickBooks account id %2) no longer exists or is inactive in QuickBooks. Choose another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no associated contact, so there is no customer for the %2. Associate a contact with it in HubSpot, or choose one QuickBooks customer in the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 associated contacts; the first, %3, is the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the QuickBooks customer this action uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QuickBooks customer chosen in this action (id %1) no longer exists. Choose another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QuickBooks customer %1 (id %2) chosen in this action is inactive. Make it active again in QuickBooks, or choose another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 (id %2), chosen in the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 (id %2), %3.</source>
        <extracomment>&quot;Customer: “Jane Doe” (id 58), matched by email and name.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by email (the contact has no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by email and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n QuickBooks customer(s) have the email %1, but none has the contact&apos;s first and last name, so a new customer is made.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>matched by name (neither has an email address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no filter group is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is not eligible for the QuickBooks data sync, so it is not synced and no customer was used or created: it doesn&apos;t meet the connection&apos;s data-sync contact filters (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 meets the connection&apos;s data-sync contact filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no data-sync contact filters, so every contact is eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no email address. With the data sync, customers are matched by email, so Bookflow can&apos;t tell which QuickBooks customer this is. Add an email address to the contact in HubSpot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>matched by email; %n other customer(s) have the same email, the oldest is used</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>matched by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has no name and no email address, so there is nothing to name a new QuickBooks customer by. Add a name or an email address to the contact in HubSpot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks already has customers, vendors or employees named %1 and every variant Bookflow tried (up to %2), so it can&apos;t name the new customer for the %3. Rename some of them in QuickBooks, or choose one QuickBooks customer in the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no QuickBooks customer has the email %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact has no email address and no customer without one has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no QuickBooks customer has the email %1 and this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: a new customer %1 will be created for the %2 (%3). %4 is already the name of %5, and names must be unique across customers, vendors and employees in QuickBooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: a new customer %1 will be created for the %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the QuickBooks product this action uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QuickBooks product chosen in this action (id %1) no longer exists or is inactive. Choose another product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line: %1, chosen in the action: quantity 1 at %2, the %3 of %4.</source>
        <extracomment>&quot;Line: product “Consulting” (id 2), chosen in the action: quantity 1 at 1234.50, the amount of deal 104.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The income account chosen for new products in this QuickBooks connection (account id %1) no longer exists or is inactive. Choose another income account in the connection&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some products must be created in QuickBooks, but the company has no income account to book them to. Create an income account in QuickBooks and choose it in the connection&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither a name nor a SKU, so Bookflow can&apos;t name the QuickBooks product to create for it. Give the line item a name in HubSpot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create product %1 (service, income account %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by the product mapping (HubSpot product %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product mapping links HubSpot product %1 to QuickBooks product id %2, which no longer exists or is inactive; %3 is matched by SKU and name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no line items, so there is nothing to put on the %2. Add line items to it in HubSpot, or choose one QuickBooks product in the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line “%1” of %2 can&apos;t be used: %3. Correct it in HubSpot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, matched by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches no active QuickBooks product, and a new one can&apos;t be named %2: QuickBooks has an inactive product of that name (id %3). Make it active again in QuickBooks, or rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no QuickBooks product matches it by product mapping, SKU or name; product %2 will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No %1 was created: %n line item(s) match no QuickBooks product, and the action doesn&apos;t create missing products: %2. Add the products to QuickBooks, or set “Create the product in QuickBooks if it doesn&apos;t exist” to Yes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: HubSpot&apos;s amount is %2, but quantity × unit price is %3 (a discount?); QuickBooks gets quantity × unit price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2, so the line for the product chosen in the action has no price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 (it is empty or 0), so there is nothing to record in QuickBooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refunded in full (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only partly refunded: %2 of %3. A refund receipt is created only when the whole payment is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shows more refunded (%2) than was paid (%3). Check the payment in HubSpot; no refund receipt was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been refunded (its refunded amount is empty or 0), so there is no refund to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A paid invoice can&apos;t be created for %1: %n line item(s) are taxed (%2), and Bookflow creates paid invoices only for untaxed line items, so the payment covers the invoice exactly. Use “Create a sales receipt in QuickBooks” for taxed payments.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>refunded amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms: the customer&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment terms chosen in this action (QuickBooks term id %1) no longer exist or are inactive. Choose other terms, or the customer&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit to: Undeposited Funds (QuickBooks&apos; default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit-to account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the QuickBooks account the refund is paid from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund-from account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund from: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1 for %2 (lines total %3)</source>
        <extracomment>&quot;Create invoice for deal 123 (total 150.00)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund receipt&apos;s lines total %1, while %2 refunded %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales receipt&apos;s lines total %1, while %2 is for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create payment of %1 applied to the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment (%1) is more than the invoice (%2); %3 stays on the payment as a credit for the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment (%1) is less than the invoice (%2); the invoice stays open for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no processing fee (its fees amount is empty or 0), so there is no expense to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bank or credit card account the fee is paid from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the expense category account for the fee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid-from account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paid-from account %1 is of type “%2”; a fee can only be paid from a bank or credit card account. Choose another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expense category account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing fee of HubSpot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create expense of %1 for the processing fee of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense: %1 paid from %2 (%3), category %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee: vendor id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow kept trying for 3 days and gave up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QuickBooks document number could not be stored on the HubSpot record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the workflow before turning it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A HubSpot record in reasons and notes: &quot;deal 123&quot;, &quot;payment 789&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line “%1”: the %2 “%3” is not a number.</source>
        <extracomment>%1 is a line item&apos;s name, %2 what was read (&quot;quantity&quot;, &quot;unit price&quot;), %3 the value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line “%1” has no unit price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot has no %1 %2; it may have been deleted.</source>
        <extracomment>%1 is &quot;deal&quot;, &quot;quote&quot; or &quot;payment&quot;, %2 its HubSpot id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect “%1” in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot is not connected. Connect it in Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QuickBooks company this action uses is no longer connected. Choose a connected company in the workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks estimate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks sales receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks refund receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks expense number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks invoice id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks estimate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks sales receipt id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks refund receipt id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks expense id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QuickBooks %1 number and id were not stored on the HubSpot %2 %3: %4 The %1 in QuickBooks is not affected. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the QuickBooks %1 that Bookflow created for this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the QuickBooks %1 that Bookflow created for this record; it identifies the %1 in QuickBooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow does not store QuickBooks documents of type &quot;%1&quot; on HubSpot records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no QuickBooks %1 id to store on the HubSpot %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this HubSpot connection may not read the %1 properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this HubSpot connection may not add the properties that hold them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this HubSpot connection may not change that %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QuickBooks %1 id %2 is stored on the HubSpot %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QuickBooks %1 number %2 (id %3) is stored on the HubSpot %4 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until reconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 are not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history in Bookflow&apos;s database cannot be read: %1 is damaged (%2). The database may have been changed by another program or by a newer Bookflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrollment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history has no enrollment %1; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history has no action run %1; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history has no step %1; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action “%1” (run %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record can only be enrolled with the workflow&apos;s id and the record&apos;s id; one of them is missing. Nothing was enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no version %1 to enroll record %2 in. Nothing was enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions of the workflow %1 need distinct ids to be run (“%2” is empty or repeated). Nothing was enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step number %1 is negative or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step key “%1” is empty or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request id “%1” of step %2 is empty, longer than 36 characters or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of action run %1 was not saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of %1 was not saved: the action is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of %1 was not saved: it was planned already, and a plan is never replaced while any of it may have been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of %1 was not saved: its step %2 has the request id %3, which action run %4 already used. The same request id for two writes would make QuickBooks skip one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its state is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of the action “%2” was not sent: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks already created it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks refused it; retry the action first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action is already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 cannot be recorded as done without the id QuickBooks gave it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 was already done as QuickBooks record %2; a second answer names record %3. Check QuickBooks for a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 cannot be recorded as done: it was never recorded as sent (Bookflow records every request before it leaves).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 cannot be recorded as refused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt was not recorded: “%1” is not an outcome Bookflow knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action run %1 can only be finished as done or failed, not as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2 and cannot now be %3; retry it first if it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action run %1 needs a valid time to retry at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2; there is nothing to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QuickBooks connection needs reconnecting before this action can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed action can be retried; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may already have created its document, so its plan is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be written: the file is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The polling position of workflow %1 needs a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-enrollment values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was remembered about record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record without an id cannot be remembered for workflow %1. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where sign-ins are kept: keychain (the default), file or memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACKEND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot needs to be reconnected. Reconnect it under Connections; Bookflow tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: Bookflow tries again by itself. It keeps trying for up to 3 days before it gives up and lists the action under Needs review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the QuickBooks company under Connections. The work waiting for it goes on by itself once it is reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks or HubSpot could not be reached for 3 days. Check that the connections work, then choose Retry. A retry never creates a second document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the account under Connections, then choose Retry. A retry never creates a second document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause in HubSpot or QuickBooks, then choose Retry. A retry never creates a second document. Changing the workflow does not change this run: it keeps the version it enrolled with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow ref %1</source>
        <extracomment>The marker at the end of a QuickBooks document&apos;s private note; %1 is a long id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the workflow no longer has this action (%2), so Bookflow cannot tell what to create. Publish the workflow again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow&apos;s saved plan for this action is damaged (step %1 needs “%2”, which was never created); nothing more was sent. Retry the action to plan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow&apos;s saved plan for this action names a QuickBooks record type it doesn&apos;t know (“%1”); nothing was sent. Retry the action to plan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not finish this action in one pass; it will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in QuickBooks by its Bookflow marker: it was created earlier, so it was not created again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow&apos;s plan for this action creates no QuickBooks document, so nothing was sent. Retry the action to plan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the workflow before running it for real.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web analytics history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deposit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expense category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown command “%1” (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: bookflow-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches %2 workflows; give more of the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no workflow with the id “%1” (see bookflow-cli list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1” as %2 (a draft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--published must be a published version number (1, 2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workflows yet. Import one with: bookflow-cli import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, draft edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2-based workflow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolls when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  OR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AND </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enrolls when it meets the triggers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where secrets are kept: keychain (default), file or memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the QuickBooks connection for every action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export, show: a published version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secrets must be keychain, file or memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connection must name a QuickBooks connection (see bookflow-cli connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--environment must be sandbox or production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realmId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hubId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: bookflow-cli connect sandbox --url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url must be the sandbox&apos;s http://127.0.0.1:PORT address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect what? sandbox, hubspot or quickbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--private-app is for HubSpot only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your browser and approve Bookflow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address your browser ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app: hubspot or quickbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app: --client-id is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the %1 app (the client secret is in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is connected. Try: bookflow-cli connect sandbox --url http://127.0.0.1:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected %1 (%2); its sign-in was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect: the sandbox&apos;s (or HubSpot API&apos;s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect, app: sandbox or production (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect hubspot: use a private app&apos;s access token (read from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app: the OAuth client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app: the redirect URI registered with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections: ask each provider whether the sign-in still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--enroll-existing must be yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling HubSpot failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enrolled, %2 actions done, %3 failed, %4 to retry, %5 paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: --record OBJECT_ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run on %1 (nothing is written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record meets the triggers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record does not meet the triggers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would fail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: created %2 %3 (id %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish, on: whether records already meeting the triggers enroll (yes|no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: the HubSpot record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: run the actions for real on that record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: one pass, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: only this workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: CSV instead of text or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry: give the action run&apos;s id (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 %2 (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow on the command line: manage workflows that turn HubSpot records into QuickBooks documents.

Commands:
  import FILE [--connection ID]   add a workflow file as a new draft
  export ID [FILE] [--published N]  write the draft (or published version N) as a workflow file
  list                            list the workflows
  show ID [--published N]           describe a workflow (--json: the workflow file)
  validate ID                     review the draft; exit 1 on errors
  publish ID                      review, then freeze the draft as the next version
  on ID | off ID                  turn a published workflow on or off
  connect sandbox --url URL       connect HubSpot and every QuickBooks company of a Bookflow sandbox
  connect hubspot|quickbooks [--environment E] [--private-app]
                                  connect a real account (approve in the browser)
  app hubspot|quickbooks --client-id ID [--redirect-uri URI] [--environment E]
                                  save an app&apos;s credentials (client secret on standard input)
  connections [--check]           list the connections and their state (--check asks the providers)
  disconnect ID                   revoke a connection&apos;s sign-in and forget it
  publish ID [--enroll-existing yes|no]  also decide what records already meeting the triggers do
  test ID --record OBJECT_ID [--live]  dry run on a record (nothing written); --live runs it for real
  run [--once]                    poll, enroll and send what is due (once, or every minute)
  history [--workflow ID] [--csv] [--needs-review]  the run history
  retry ACTION_RUN_ID             try a failed action again (after fixing its cause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: only enrollments with a failed action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterEdit</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropdown (options)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterText</name>
    <message>
        <source>(no property chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than %2 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is less than %2 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::ActionPanel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which QuickBooks account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Which QuickBooks account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the QuickBooks account to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the QuickBooks account to %1 (clears the %2 chosen in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s default terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roducts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, don&apos;t create missing products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, create missing products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the product in QuickBooks if it doesn&apos;t exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create missing products in QuickBooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t create missing products in QuickBooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deposit to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the deposit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeposited Funds (QuickBooks&apos; default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aid from (bank or credit card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the account the fee is paid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expense category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the expense category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee &amp;vendor (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the payee vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fund from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the account the refund is paid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule of this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal&apos;s first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal&apos;s line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With one QuickBooks product chosen, the document has one line for the deal&apos;s amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote&apos;s first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote&apos;s line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With one QuickBooks product chosen, the document has one line for the quote&apos;s amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment&apos;s first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment&apos;s line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With one QuickBooks product chosen, the document has one line for the payment&apos;s amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — outside the US, can&apos;t be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow creates QuickBooks documents only in US companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — needs reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company that is not connected (id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QuickBooks company is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a QuickBooks company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a QuickBooks company in Connections to choose it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 is outside the US (country: %2). Bookflow creates QuickBooks documents only in US companies; choose a US company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 needs reconnecting in Connections: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The QuickBooks company this action was made for is not connected. Choose a connected company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Paid invoices are created only when no line item is taxable. The payment is recorded against the invoice for the payment&apos;s amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Refund receipts are created only for payments that are fully refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expense records the payment&apos;s processing fee (its fees amount); payments without a fee are skipped with that reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales receipts take any products, taxable or not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::AppCredentialsDialog</name>
    <message>
        <source>%1 app credentials (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the credentials of the app you created in your HubSpot developer account (Apps › your app › Auth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the keys of the app you created on developer.intuit.com (your app › Keys and credentials, %1 keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://localhost:8765/callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in your system keychain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect address must be exactly the one registered with the app. A http://localhost address is answered by Bookflow itself; leave it empty to use a free port. For any other address (Intuit&apos;s production keys need HTTPS), Bookflow asks you to paste the address your browser ends on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the app credentials and connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::ChipList</name>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::ConnectDialog</name>
    <message>
        <source>Connect HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect QuickBooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow reads your HubSpot deals, quotes and payments and writes the QuickBooks document numbers back onto them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow creates invoices, estimates, sales receipts, expenses and refund receipts in the QuickBooks company you approve. You can connect several companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which accounts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your HubSpot account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production — your real QuickBooks company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubSpot developer test account (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox — a QuickBooks developer test company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How should Bookflow sign in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Bookflow in your browser (OAuth app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a private app token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token (Settings › Integrations › Private Apps in HubSpot):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pat-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter new app credentials first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow uses the app credentials you saved for these accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the app&apos;s credentials next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;ll need the client ID and client secret of the app you registered with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::ConnectProgressDialog</name>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your browser did not open, paste this address into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel connecting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::ConnectionCard</name>
    <message>
        <source>Country not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 whether Bookflow can still sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private app token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow only works with US companies. QuickBooks has not said where this company is yet: use Check to ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow only works with US companies: workflows can&apos;t create documents in this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnect — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new private app token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 again; the connection keeps its settings and workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Bookflow&apos;s access and forget this connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::ConnectionsPage</name>
    <message>
        <source>Connect &amp;HubSpot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;QuickBooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect QuickBooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your HubSpot account and the QuickBooks companies Bookflow works with. Sign-ins are kept in your system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each provider whether Bookflow can still sign in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing connected yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your HubSpot account, then each QuickBooks company Bookflow should create documents in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not read the connections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not open your browser. Copy the address, open it in your browser and approve Bookflow there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you approve Bookflow, your browser opens the app&apos;s redirect address. Copy that whole address from the browser&apos;s address bar and paste it here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to approve Bookflow in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1 when QuickBooks asks which company to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the private app token with HubSpot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the private app&apos;s access token (HubSpot › Settings › Integrations › Private Apps):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You approved %1, not %2: %1 is connected now, and %2 still needs reconnecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t connect %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the HubSpot account %1 (hub ID %2)?

Bookflow revokes its access at HubSpot and forgets this connection. Workflows stop finding new records until you connect HubSpot again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the QuickBooks company %1 (%2, company ID %3)?

Bookflow revokes its access at QuickBooks and forgets this connection and its settings. Workflows that create documents in it stop until you connect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t disconnect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: Bookflow can sign in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect HubSpot to choose from its products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU %1 · id %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::DesktopApp</name>
    <message>
        <source>Checking HubSpot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking HubSpot every %1 s · last check %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::EngineLoop</name>
    <message>
        <source>Checking HubSpot for records that meet the triggers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking HubSpot failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n action(s) to QuickBooks…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to QuickBooks: %1 of %2 actions finished…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to QuickBooks stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) enrolled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) created</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to try again later</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a reconnect</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before everything due was sent; the next check sends the rest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::FilterGroupsEditor</name>
    <message>
        <source>Remove group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AND filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an AND filter to group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1, filter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filters yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add filter group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a filter group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that meet every filter of any one group qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::FilterRow</name>
    <message>
        <source>Record the filter reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which record the filter reads: the enrolled one or one associated with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not for this kind of property)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the property to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot has no %1 property named “%2”; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot says this property is of the kind “%1”, not “%2”; choose it again to use HubSpot&apos;s kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — internal name %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the property to check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::FilterValueEditor</name>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ value, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value and press Enter to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not offered by HubSpot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Search %n options</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1250.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::LookupComboBox</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::LoopbackListener</name>
    <message>
        <source>Bookflow cannot wait for the sign-in answer: port %1 on this computer is already in use by another program. Close that program or choose another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer address “%1” is not a valid path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow is not allowed to use port %1 on this computer to wait for the sign-in answer. Choose a port above 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow cannot wait for the sign-in answer on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not find a free port on this computer to wait for the sign-in answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow is already waiting for this sign-in answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow is not waiting for a sign-in answer. Start connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from the sign-in page within %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from the sign-in page within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Request not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not understand this request; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is too large for Bookflow; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Bookflow&apos;s sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not Bookflow&apos;s sign-in page; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow&apos;s sign-in page only answers the browser&apos;s usual page requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Bookflow&apos;s sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the connection Bookflow started; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was cancelled in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page answered with the error “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page answered with the error “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page answered without an authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow is connected. You can close this tab and return to Bookflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow was not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to Bookflow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::MainWindow</name>
    <message>
        <source>Bookflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow cannot open its workflow database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workflow files (.json) as new drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a workflow file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not read the workflow list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow list is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workflows match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workflow files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1” as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 workflows as drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow file could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 files could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a workflow&apos;s name in a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal-based workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quote-based workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New payment-based workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank workflow that enrolls HubSpot deals. You add its triggers and QuickBooks actions in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank workflow that enrolls HubSpot quotes. You add its triggers and QuickBooks actions in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank workflow that enrolls HubSpot payments. You add its triggers and QuickBooks actions in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workflow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a workflow from scratch or from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected workflow as a workflow file (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected workflow in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected workflow as a new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search workflows by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bookflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are exploring demo data: nothing reaches a real HubSpot portal or QuickBooks company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workflows yet. Start one from a template or from scratch, or import a workflow file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a workflow file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are exploring demo data. Connect HubSpot and QuickBooks to use your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the demo data back as it was?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s workflows, run history and sample records return to how they started. Your own accounts are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 enrollment with a failed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enrollments with a failed action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop enrolling new records in the selected workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review, publish and turn on the selected workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a workflow name and a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow editor is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workflow from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow could not be duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn it off before deleting it: no new records enroll from then on, and the records already enrolled finish their actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow could not be turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its draft is deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its draft and its published version are deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its draft and its %1 published versions are deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history stays, and documents already created stay in QuickBooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record enrolled in it has not finished its actions. If you delete the workflow now, its remaining actions will not run. To let it finish, delete the workflow later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records enrolled in it have not finished their actions. If you delete the workflow now, their remaining actions will not run. To let them finish, delete the workflow later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off: no new records enroll. Records already enrolled finish their actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which one do you want to save as a file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft (with unpublished changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft (same as the latest version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, published %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the draft of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %1 of %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bookflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bookflow&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows that create QuickBooks Online documents from HubSpot deals, quotes and payments. Your workflows and history stay on this computer; your sign-ins are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::ProductMappingEditor</name>
    <message>
        <source>Product mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products mapped yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot product to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks product to map it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maps to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the product mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks product for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mapping of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This HubSpot product is mapped already; adding replaces its QuickBooks product.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::PropertyCatalog</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::PropertyPicker</name>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a property…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search properties by label or internal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the properties from HubSpot again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of property:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the typed internal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the property to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — internal name %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot lists no property named “%1”. Use it anyway as an internal name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1” as the property&apos;s internal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot&apos;s properties aren&apos;t available here. Type a property&apos;s internal name to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the properties from HubSpot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The properties couldn&apos;t be loaded from HubSpot: %1
The properties already used are listed; you can also type a property&apos;s internal name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No property matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::QboCatalog</name>
    <message>
        <source>Due on receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name, id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow is closing; the list was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::QuickBooksSettingsPanel</name>
    <message>
        <source>No filters: every contact is eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AND %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings for this company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy customer matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sync customer matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is matched to a QuickBooks customer by name and email; a missing customer is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts that meet the filters below are synced, matched by email; for any other contact the action fails and creates nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-sync contact filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact filters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep HubSpot products linked to QuickBooks products. A line item of a mapped HubSpot product uses the QuickBooks product chosen here; other line items are matched by SKU, then by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income account for new products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income account for new products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s first income account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts new actions start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default deposit account for paid invoices and sales receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undeposited Funds (QuickBooks&apos; default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default account refunds are paid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees paid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default account payment fees are paid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees recorded in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default expense category for payment fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::ReviewDialog</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t enroll the records that already meet the triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the records that already meet the triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish and &amp;turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish and turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow couldn&apos;t read the connected accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found. The workflow is ready to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem must be fixed before the workflow can be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems must be fixed before the workflow can be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning is worth a look; it doesn&apos;t stop publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings are worth a look; they don&apos;t stop publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is the same as version %1, which is live: there is nothing to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is the same as version %1: turning the workflow on needs no new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, only %1 that meet the triggers from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workflow has been on before: only %1 that meet the triggers from now on enroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add triggers to see how many %1 already meet them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the %1 that already meet the triggers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, enroll them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow couldn&apos;t count the %1 that already meet the triggers: %2
Enroll them when the workflow turns on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 meet the triggers now, so there is nothing from before to enroll: %1 that meet them from now on enroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 %1 already meets the triggers. Enroll it when the workflow turns on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, enroll that %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 already meet the triggers. Enroll them when the workflow turns on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, enroll those %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is the same as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow couldn&apos;t save the draft, so nothing was published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is published. Turning the workflow on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is published. Turning it on and enrolling the %2 that already meet the triggers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is published. Turning it on and noting the %2 that already meet the triggers, so that only new ones enroll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is published, but Bookflow couldn&apos;t turn the workflow on: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is published and on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::RunDetailPane</name>
    <message>
        <source>Run details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run to see its steps, attempts and errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other actions of this enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What planning found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to QuickBooks for this action yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next try is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The next try is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QuickBooks document was created by this action yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the Bookflow sandbox, which has no QuickBooks web pages to open. The document&apos;s QuickBooks id is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks has no page for this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, enrollment %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— run for real from the test screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A removed connection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, QuickBooks id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps: nothing was planned for QuickBooks yet, or planning stopped before any step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — request id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by QuickBooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not get through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::RunHistoryModel</name>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed workflow (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled %1; last change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, enrollment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — next try %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, QuickBooks id %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::RunHistoryPage</name>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in QuickBooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the run history of the chosen workflow (every status) as a CSV file for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check HubSpot for records that meet the triggers and send what is due to QuickBooks now, without waiting for the next check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record your workflows enrolled, and what Bookflow did for it in QuickBooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions that failed. Fix the cause in HubSpot or QuickBooks, then retry them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only runs enrolled on or after a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only runs enrolled on or before a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions that need review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet. Turn a workflow on and Bookflow will check HubSpot every minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs review. When an action fails, it is listed here with the reason, so you can fix the cause and try it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in QuickBooks (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run with a QuickBooks document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retry is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a failed action to try it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action created its document; it is never run twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed action can be retried; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this action again now, after fixing its cause. It never creates a second document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying the action again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookflow-run-history-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the run history to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow could not open %1 in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 was created in QuickBooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action failed again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::TestPanel</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a sandbox company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a production company (your real books)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test on a &amp;record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1 by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of the draft on the chosen record; nothing is written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record above and run the test: you see, filter by filter, whether it meets the triggers, and what each action would send to QuickBooks. Nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run for &amp;real on this record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run for real on this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot couldn&apos;t be searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot has no %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 changed most recently; type to search by name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a %1 to test on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the draft on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test couldn&apos;t run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of the draft on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow has no triggers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ The %1 meets the triggers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ The %1 doesn&apos;t meet the triggers, so it would not enroll. The actions below show what would happen if it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow has no actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the test only read HubSpot and QuickBooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would create it with the requests below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would fail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the workflow to run it for real: a run for real uses the published version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a %1 to run the workflow on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a QuickBooks company that is no longer connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” for real on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published version has no actions, so nothing would be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This creates documents in QuickBooks, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs published version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft has changes that are not published; they are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run for real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for real on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run for real didn&apos;t happen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran published version %1 on the %2 (enrollment %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 had already run in this workflow (enrollment %2), and nothing is created twice. Its actions now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuickBooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1: created %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will be tried again at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paused until the company is reconnected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in QuickBooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run history has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::TriggerPanel</name>
    <message>
        <source>Enrollment triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 enrolls when it meets every filter of at least one group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No triggers yet: add a filter group to choose which %1 enroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enroll records when they meet the triggers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also re-enroll when one of these %1 properties changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No properties chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enrollment properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a re-enrollment property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a property…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without re-enrollment a record enrolls only the first time it meets the triggers. With it, a record enrolls again when it starts meeting them again, or when one of the chosen properties changes while it meets them — and every new enrollment creates its QuickBooks documents again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on re-enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off re-enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add re-enrollment property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove re-enrollment property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal name: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::VersionsDialog</name>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore into the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow couldn&apos;t read the versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest, off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workflow has not been published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookflow couldn&apos;t read version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolls a %1 when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no triggers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records enroll again when they meet the triggers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no QuickBooks company chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is already the same as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is now the draft. Undo brings back what was there before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::WorkflowCanvas</name>
    <message>
        <source>%1 to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger: deal is enrolled when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger: quote is enrolled when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger: payment is enrolled when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No triggers yet — add a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty group — add a filter to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AND %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records enroll again when they meet the triggers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to change the triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a QuickBooks company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QuickBooks company that is no longer connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to change this action. Alt+Up and Alt+Down move it; Delete deletes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action after the trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action after action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions you can add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::WorkflowCard</name>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::WorkflowEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of the selected card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workflow could not be opened.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the draft on a record without creating anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what needs fixing, then publish the draft and turn it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published versions, to view or restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow&apos;s name; type to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes to the draft are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Bookflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft · unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft · not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version %1 · draft has unpublished changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow is on: records that meet the triggers enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow is off: no record enrolls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger&apos;s filters appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of “%1” appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the trigger or an action to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::WorkflowListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>draft column: the draft equals the published version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <comment>draft column: unpublished changes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never published</source>
        <comment>draft column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: records that meet the triggers are enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: no records are enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workflow has not been published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal-based workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote-based workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment-based workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <comment>last run</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <comment>issues column: not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>issues column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is the same as published version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft has changes that are not published yet (published version: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record has been enrolled in this workflow yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last enrollment or action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review finds nothing to fix in the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 in the draft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the draft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::WorkflowNameDialog</name>
    <message>
        <source>Workflow name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bookflow::sandbox::SandboxServer</name>
    <message>
        <source>The sandbox is already listening on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
