<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>Bookflow</name>
    <message>
        <source>the window was not painted within 30 s; no screenshot was taken</source>
        <translation>vinduet ble ikke tegnet innen 30 s; det ble ikke tatt noe skjermbilde</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>kan ikke skrive skjermbildet til %1</translation>
    </message>
    <message>
        <source>HubSpot to QuickBooks Online workflows.</source>
        <translation>Arbeidsflyter fra HubSpot til QuickBooks Online.</translation>
    </message>
    <message>
        <source>Folder of the Bookflow database (default: %1).</source>
        <translation>Mappen for Bookflow-databasen (standard: %1).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>Save a PNG of the main window to FILE, print its title and quit.</source>
        <translation>Lagre et PNG-bilde av hovedvinduet i FIL, skriv ut tittelen og avslutt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>uventet argument «%1»</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot trenger et filnavn</translation>
    </message>
    <message>
        <source>“%1” is not a HubSpot %2 id.</source>
        <translation>«%1» er ikke en HubSpot-%2-id.</translation>
    </message>
    <message>
        <source>HubSpot did not answer for this record; Bookflow will try again.</source>
        <translation>HubSpot svarte ikke for denne posten; Bookflow prøver igjen.</translation>
    </message>
    <message>
        <source>A HubSpot list page holds 1 to %1 records, not %2.</source>
        <translation>En listeside i HubSpot har 1 til %1 poster, ikke %2.</translation>
    </message>
    <message>
        <source>This HubSpot search has more than %L1 results, and going past them needs one more filter per group than it has room for: %2</source>
        <translation>Dette HubSpot-søket har mer enn %L1 treff, og for å komme forbi dem trengs ett filter mer per gruppe enn det er plass til: %2</translation>
    </message>
    <message>
        <source>More than %L1 HubSpot records were changed at the same moment, so Bookflow cannot page through them. Narrow the search.</source>
        <translation>Mer enn %L1 HubSpot-poster ble endret i samme øyeblikk, så Bookflow kan ikke bla gjennom dem. Snevre inn søket.</translation>
    </message>
    <message>
        <source>There is nothing to change on the HubSpot %1 %2.</source>
        <translation>Det er ingenting å endre på HubSpot-%1 %2.</translation>
    </message>
    <message>
        <source>The HubSpot %1 %2 appears twice in one change; it was not sent.</source>
        <translation>HubSpot-%1 %2 forekommer to ganger i samme endring; den ble ikke sendt.</translation>
    </message>
    <message>
        <source>A HubSpot property group needs a name and a label.</source>
        <translation>En egenskapsgruppe i HubSpot trenger et navn og en etikett.</translation>
    </message>
    <message>
        <source>A HubSpot property needs a name, a label, a type, a field type and a group.</source>
        <translation>En egenskap i HubSpot trenger et navn, en etikett, en type, en felttype og en gruppe.</translation>
    </message>
    <message>
        <source>HubSpot no longer accepts Bookflow&apos;s sign-in. Reconnect HubSpot in Connections.</source>
        <translation>HubSpot godtar ikke lenger påloggingen til Bookflow. Koble til HubSpot på nytt under Tilkoblinger.</translation>
    </message>
    <message numerus="yes">
        <source>HubSpot is receiving too many requests from Bookflow; it will try again in %n second(s).</source>
        <translation>
            <numerusform>HubSpot får for mange forespørsler fra Bookflow; det prøves igjen om %n sekund.</numerusform>
            <numerusform>HubSpot får for mange forespørsler fra Bookflow; det prøves igjen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bookflow has used up today&apos;s HubSpot API allowance for this account. It will continue after midnight in the account&apos;s time zone.</source>
        <translation>Bookflow har brukt opp dagens HubSpot API-kvote for denne kontoen. Arbeidet fortsetter etter midnatt i kontoens tidssone.</translation>
    </message>
    <message>
        <source>HubSpot did not give Bookflow permission for this (missing: %1). Reconnect HubSpot in Connections and approve what Bookflow asks for.</source>
        <translation>HubSpot har ikke gitt Bookflow tillatelse til dette (mangler: %1). Koble til HubSpot på nytt under Tilkoblinger og godkjenn det Bookflow ber om.</translation>
    </message>
    <message>
        <source>HubSpot did not give Bookflow permission for this: %1 Reconnect HubSpot in Connections and approve what Bookflow asks for.</source>
        <translation>HubSpot har ikke gitt Bookflow tillatelse til dette: %1 Koble til HubSpot på nytt under Tilkoblinger og godkjenn det Bookflow ber om.</translation>
    </message>
    <message>
        <source>HubSpot did not give Bookflow permission for this. Reconnect HubSpot in Connections and approve what Bookflow asks for.</source>
        <translation>HubSpot har ikke gitt Bookflow tillatelse til dette. Koble til HubSpot på nytt under Tilkoblinger og godkjenn det Bookflow ber om.</translation>
    </message>
    <message>
        <source>HubSpot has locked this record for a moment; Bookflow will try again.</source>
        <translation>HubSpot har låst denne posten en liten stund; Bookflow prøver igjen.</translation>
    </message>
    <message>
        <source>HubSpot is moving this account&apos;s data to another data centre; Bookflow will try again when it is done.</source>
        <translation>HubSpot flytter dataene til denne kontoen til et annet datasenter; Bookflow prøver igjen når det er ferdig.</translation>
    </message>
    <message>
        <source>HubSpot is temporarily unavailable (HTTP %1); Bookflow will try again.</source>
        <translation>HubSpot er midlertidig utilgjengelig (HTTP %1); Bookflow prøver igjen.</translation>
    </message>
    <message>
        <source>The %1 %2 no longer exists in HubSpot.</source>
        <translation>HubSpot-%1 %2 finnes ikke lenger.</translation>
    </message>
    <message>
        <source>HubSpot does not know this %1 (HTTP 404).</source>
        <translation>HubSpot kjenner ikke til denne posten (%1, HTTP 404).</translation>
    </message>
    <message>
        <source>HubSpot does not know this record or address (HTTP 404).</source>
        <translation>HubSpot kjenner ikke til denne posten eller adressen (HTTP 404).</translation>
    </message>
    <message>
        <source>HubSpot refused the change because it conflicts with what is already there.</source>
        <translation>HubSpot avviste endringen fordi den er i konflikt med det som allerede finnes.</translation>
    </message>
    <message>
        <source>HubSpot refused the change because it conflicts with what is already there: %1</source>
        <translation>HubSpot avviste endringen fordi den er i konflikt med det som allerede finnes: %1</translation>
    </message>
    <message>
        <source>The request to HubSpot was too long. Ask for fewer properties or records at once.</source>
        <translation>Forespørselen til HubSpot var for lang. Be om færre egenskaper eller poster om gangen.</translation>
    </message>
    <message>
        <source>HubSpot sent an answer Bookflow could not read; Bookflow will try again.</source>
        <translation>HubSpot sendte et svar Bookflow ikke kunne lese; Bookflow prøver igjen.</translation>
    </message>
    <message>
        <source>HubSpot refused the request (HTTP %1).</source>
        <translation>HubSpot avviste forespørselen (HTTP %1).</translation>
    </message>
    <message>
        <source>HubSpot refused the request: %1</source>
        <translation>HubSpot avviste forespørselen: %1</translation>
    </message>
    <message>
        <source>This record no longer exists in HubSpot.</source>
        <translation>Denne posten finnes ikke lenger i HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot refused this record.</source>
        <translation>HubSpot avviste denne posten.</translation>
    </message>
    <message>
        <source>HubSpot answered in a form Bookflow does not understand. Please report this to Bookflow&apos;s makers.</source>
        <translation>HubSpot svarte i en form Bookflow ikke forstår. Meld gjerne fra om dette til utviklerne av Bookflow.</translation>
    </message>
    <message>
        <source>HubSpot no longer accepts the saved sign-in. Reconnect HubSpot in Connections.</source>
        <translation>HubSpot godtar ikke lenger den lagrede påloggingen. Koble til HubSpot på nytt under Tilkoblinger.</translation>
    </message>
    <message>
        <source>HubSpot sent no authorization code back; try connecting again.</source>
        <translation>HubSpot sendte ingen autorisasjonskode tilbake; prøv å koble til igjen.</translation>
    </message>
    <message>
        <source>There is no saved HubSpot sign-in to renew. Reconnect HubSpot in Connections.</source>
        <translation>Det finnes ingen lagret HubSpot-pålogging å fornye. Koble til HubSpot på nytt under Tilkoblinger.</translation>
    </message>
    <message>
        <source>HubSpot refused Bookflow&apos;s app credentials. Check the HubSpot app settings, then reconnect HubSpot in Connections.</source>
        <translation>HubSpot avviste app-legitimasjonen til Bookflow. Kontroller app-innstillingene i HubSpot, og koble deretter til HubSpot på nytt under Tilkoblinger.</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>avtale</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>tilbud</translation>
    </message>
    <message>
        <source>line item</source>
        <translation>linjeelement</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produkt</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>betaling</translation>
    </message>
    <message>
        <source>HubSpot rejected the private app token. Create a new token for the private app in HubSpot and enter it in Connections.</source>
        <translation>HubSpot avviste tilgangstokenet for den private appen. Lag et nytt token for den private appen i HubSpot, og skriv det inn under Tilkoblinger.</translation>
    </message>
    <message>
        <source>A HubSpot search filter has no property.</source>
        <translation>Et søkefilter i HubSpot mangler egenskap.</translation>
    </message>
    <message>
        <source>The HubSpot search filter on “%1” (%2) cannot carry a value.</source>
        <translation>HubSpot-søkefilteret på «%1» (%2) kan ikke ha noen verdi.</translation>
    </message>
    <message>
        <source>The HubSpot search filter on “%1” (%2) needs at least one value.</source>
        <translation>HubSpot-søkefilteret på «%1» (%2) trenger minst én verdi.</translation>
    </message>
    <message>
        <source>The HubSpot search filter on “%1” (%2) takes a list of values only.</source>
        <translation>HubSpot-søkefilteret på «%1» (%2) tar bare en liste med verdier.</translation>
    </message>
    <message>
        <source>The HubSpot search filter on “%1” (BETWEEN) needs a low and a high value.</source>
        <translation>HubSpot-søkefilteret på «%1» (BETWEEN) trenger en laveste og en høyeste verdi.</translation>
    </message>
    <message>
        <source>The HubSpot search filter on “%1” (BETWEEN) takes two values, not a list.</source>
        <translation>HubSpot-søkefilteret på «%1» (BETWEEN) tar to verdier, ikke en liste.</translation>
    </message>
    <message>
        <source>The HubSpot search filter on “%1” (%2) needs a value.</source>
        <translation>HubSpot-søkefilteret på «%1» (%2) trenger en verdi.</translation>
    </message>
    <message>
        <source>The HubSpot search filter on “%1” (%2) takes one value.</source>
        <translation>HubSpot-søkefilteret på «%1» (%2) tar én verdi.</translation>
    </message>
    <message>
        <source>A HubSpot search can combine at most %1 filter groups; this one has %2.</source>
        <translation>Et HubSpot-søk kan kombinere høyst %1 filtergrupper; dette har %2.</translation>
    </message>
    <message>
        <source>A HubSpot search filter group can hold at most %1 filters; group %2 has %3.</source>
        <translation>En filtergruppe i et HubSpot-søk kan ha høyst %1 filtre; gruppe %2 har %3.</translation>
    </message>
    <message>
        <source>A HubSpot search can hold at most %1 filters in all; this one has %2.</source>
        <translation>Et HubSpot-søk kan ha høyst %1 filtre totalt; dette har %2.</translation>
    </message>
    <message>
        <source>A HubSpot search page holds 1 to %1 results, not %2.</source>
        <translation>En søkeside i HubSpot har 1 til %1 treff, ikke %2.</translation>
    </message>
    <message>
        <source>A HubSpot search cannot start before its first result.</source>
        <translation>Et HubSpot-søk kan ikke starte før det første treffet.</translation>
    </message>
    <message>
        <source>A HubSpot search can page through at most %L1 results; this page would end at %L2.</source>
        <translation>Et HubSpot-søk kan bla gjennom høyst %L1 treff; denne siden ville sluttet ved %L2.</translation>
    </message>
    <message>
        <source>This HubSpot search is %L1 characters long; HubSpot accepts at most %L2. Use fewer filters or shorter value lists.</source>
        <translation>Dette HubSpot-søket er %L1 tegn langt; HubSpot godtar høyst %L2. Bruk færre filtre eller kortere verdilister.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; Bookflow will try again.</source>
        <translation>%1 svarte ikke i tide; Bookflow prøver igjen.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2); Bookflow will try again.</source>
        <translation>Fikk ikke kontakt med %1 (%2); Bookflow prøver igjen.</translation>
    </message>
    <message>
        <source>Bookflow only talks to %1 over https (plain http is allowed for this computer&apos;s own address only).</source>
        <translation>Bookflow snakker bare med %1 over https (vanlig http er bare tillatt for denne datamaskinens egen adresse).</translation>
    </message>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>ikke noe svar innen %1 sekunder</translation>
    </message>
    <message>
        <source>the connection ended without an answer</source>
        <translation>forbindelsen ble avsluttet uten svar</translation>
    </message>
    <message>
        <source>Bookflow did not give this QuickBooks change a request id, so a retry could create a duplicate; it was not sent.</source>
        <translation>Bookflow ga ikke denne QuickBooks-endringen en forespørsels-id, så et nytt forsøk kunne ha laget et duplikat; den ble ikke sendt.</translation>
    </message>
    <message>
        <source>The request id “%1” is longer than the %2 characters QuickBooks accepts; it was not sent.</source>
        <translation>Forespørsels-id-en «%1» er lengre enn de %2 tegnene QuickBooks godtar; den ble ikke sendt.</translation>
    </message>
    <message>
        <source>The request id “%1” has characters QuickBooks may not keep; it was not sent.</source>
        <translation>Forespørsels-id-en «%1» har tegn som QuickBooks kanskje ikke tar vare på; den ble ikke sendt.</translation>
    </message>
    <message>
        <source>“%1” is not a QuickBooks company id.</source>
        <translation>«%1» er ikke en firma-id i QuickBooks.</translation>
    </message>
    <message>
        <source>Bookflow does not change QuickBooks %1 records.</source>
        <translation>Bookflow endrer ikke %1-poster i QuickBooks.</translation>
    </message>
    <message>
        <source>A new QuickBooks record cannot carry an Id.</source>
        <translation>En ny QuickBooks-post kan ikke ha en Id.</translation>
    </message>
    <message>
        <source>A QuickBooks change needs the record&apos;s Id and SyncToken; it was not sent.</source>
        <translation>En endring i QuickBooks trenger postens Id og SyncToken; den ble ikke sendt.</translation>
    </message>
    <message>
        <source>“%1” is not a QuickBooks record id.</source>
        <translation>«%1» er ikke en post-id i QuickBooks.</translation>
    </message>
    <message>
        <source>A count look-up returns a number, not rows.</source>
        <translation>Et telleoppslag gir et tall, ikke rader.</translation>
    </message>
    <message>
        <source>Use QboQuery::count() to count QuickBooks records.</source>
        <translation>Bruk QboQuery::count() for å telle QuickBooks-poster.</translation>
    </message>
    <message>
        <source>A QuickBooks batch needs at least one step.</source>
        <translation>En QuickBooks-batch trenger minst ett steg.</translation>
    </message>
    <message>
        <source>A QuickBooks batch holds at most %1 steps; this one has %2. It was not sent.</source>
        <translation>En QuickBooks-batch kan ha høyst %1 steg; denne har %2. Den ble ikke sendt.</translation>
    </message>
    <message>
        <source>“%1” is not a valid batch step id (1–%2 letters, digits, - or _).</source>
        <translation>«%1» er ikke en gyldig id for et batch-steg (1–%2 bokstaver, sifre, - eller _).</translation>
    </message>
    <message>
        <source>The batch step id “%1” is used twice.</source>
        <translation>Id-en «%1» for batch-steget er brukt to ganger.</translation>
    </message>
    <message>
        <source>QuickBooks did not answer for this step; Bookflow will try again.</source>
        <translation>QuickBooks svarte ikke for dette steget; Bookflow prøver igjen.</translation>
    </message>
    <message>
        <source>%1 (field: %2)</source>
        <translation>%1 (felt: %2)</translation>
    </message>
    <message numerus="yes">
        <source>QuickBooks is receiving too many requests from Bookflow; it will try again in %n second(s).</source>
        <translation>
            <numerusform>QuickBooks får for mange forespørsler fra Bookflow; det prøves igjen om %n sekund.</numerusform>
            <numerusform>QuickBooks får for mange forespørsler fra Bookflow; det prøves igjen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>QuickBooks is receiving too many requests from Bookflow; it will try again in a minute.</source>
        <translation>QuickBooks får for mange forespørsler fra Bookflow; det prøves igjen om et minutt.</translation>
    </message>
    <message>
        <source>QuickBooks no longer accepts Bookflow&apos;s sign-in for this company. Reconnect QuickBooks in Connections.</source>
        <translation>QuickBooks godtar ikke lenger påloggingen til Bookflow for dette firmaet. Koble til QuickBooks på nytt under Tilkoblinger.</translation>
    </message>
    <message>
        <source>The QuickBooks user who connected Bookflow is no longer allowed to do this. Reconnect QuickBooks as a company administrator.</source>
        <translation>QuickBooks-brukeren som koblet til Bookflow, har ikke lenger lov til å gjøre dette. Koble til QuickBooks på nytt som administrator for firmaet.</translation>
    </message>
    <message>
        <source>QuickBooks had an internal problem; Bookflow will try again.</source>
        <translation>QuickBooks hadde et internt problem; Bookflow prøver igjen.</translation>
    </message>
    <message>
        <source>QuickBooks does not support this operation.</source>
        <translation>QuickBooks støtter ikke denne operasjonen.</translation>
    </message>
    <message>
        <source>Something this uses has been deleted or made inactive in QuickBooks (an account, customer, product or service, vendor or employee).</source>
        <translation>Noe som brukes her, er slettet eller gjort inaktivt i QuickBooks (en konto, kunde, et produkt eller en tjeneste, en leverandør eller ansatt).</translation>
    </message>
    <message>
        <source>QuickBooks needs a value that was not filled in.</source>
        <translation>QuickBooks trenger en verdi som ikke er fylt ut.</translation>
    </message>
    <message>
        <source>QuickBooks needs a value for “%1”, which was not filled in.</source>
        <translation>QuickBooks trenger en verdi for «%1», som ikke er fylt ut.</translation>
    </message>
    <message>
        <source>QuickBooks does not accept one of the values chosen.</source>
        <translation>QuickBooks godtar ikke en av de valgte verdiene.</translation>
    </message>
    <message>
        <source>QuickBooks does not accept the value chosen for “%1”.</source>
        <translation>QuickBooks godtar ikke verdien som er valgt for «%1».</translation>
    </message>
    <message>
        <source>Something this refers to does not exist in QuickBooks (it may have been deleted, or belong to another company).</source>
        <translation>Noe dette viser til, finnes ikke i QuickBooks (det kan være slettet eller høre til et annet firma).</translation>
    </message>
    <message>
        <source>QuickBooks could not understand a look-up Bookflow sent. Please report this to Bookflow&apos;s makers.</source>
        <translation>QuickBooks forsto ikke et oppslag som Bookflow sendte. Meld gjerne fra om dette til utviklerne av Bookflow.</translation>
    </message>
    <message>
        <source>QuickBooks refused a look-up Bookflow sent: it cannot search on that field.</source>
        <translation>QuickBooks avviste et oppslag som Bookflow sendte: det kan ikke søke i det feltet.</translation>
    </message>
    <message>
        <source>Someone changed this record in QuickBooks at the same time. It has to be read again before it can be changed.</source>
        <translation>Noen endret denne posten i QuickBooks samtidig. Den må leses på nytt før den kan endres.</translation>
    </message>
    <message>
        <source>QuickBooks did not accept this: %1</source>
        <translation>QuickBooks godtok ikke dette: %1</translation>
    </message>
    <message>
        <source>A line&apos;s amount is not its quantity times its unit price, so QuickBooks refused it.</source>
        <translation>Beløpet på en linje er ikke antall ganger enhetspris, så QuickBooks avviste den.</translation>
    </message>
    <message>
        <source>A line uses a sales tax code QuickBooks does not accept here (US companies use TAX or NON).</source>
        <translation>En linje bruker en avgiftskode som QuickBooks ikke godtar her (amerikanske firmaer bruker TAX eller NON).</translation>
    </message>
    <message>
        <source>QuickBooks already has a document with this number.</source>
        <translation>QuickBooks har allerede et dokument med dette nummeret.</translation>
    </message>
    <message>
        <source>QuickBooks already has a document numbered “%1”.</source>
        <translation>QuickBooks har allerede et dokument med nummer «%1».</translation>
    </message>
    <message>
        <source>This QuickBooks company&apos;s subscription has ended or has a billing problem. Renew it in QuickBooks, then try again.</source>
        <translation>Abonnementet til dette QuickBooks-firmaet er avsluttet eller har et betalingsproblem. Forny det i QuickBooks, og prøv igjen.</translation>
    </message>
    <message>
        <source>The books are closed for this date in QuickBooks. Use a later date, or ask your accountant to move the closing date.</source>
        <translation>Regnskapet er avsluttet for denne datoen i QuickBooks. Bruk en senere dato, eller be regnskapsføreren din flytte avslutningsdatoen.</translation>
    </message>
    <message>
        <source>QuickBooks already has a customer, vendor or employee with this name.</source>
        <translation>QuickBooks har allerede en kunde, leverandør eller ansatt med dette navnet.</translation>
    </message>
    <message>
        <source>QuickBooks already has a customer, vendor or employee named “%1”.</source>
        <translation>QuickBooks har allerede en kunde, leverandør eller ansatt som heter «%1».</translation>
    </message>
    <message>
        <source>This transaction has been deposited in QuickBooks and can no longer be changed.</source>
        <translation>Denne transaksjonen er ført som innskudd i QuickBooks og kan ikke lenger endres.</translation>
    </message>
    <message>
        <source>QuickBooks is temporarily unavailable (HTTP %1); Bookflow will try again.</source>
        <translation>QuickBooks er midlertidig utilgjengelig (HTTP %1); Bookflow prøver igjen.</translation>
    </message>
    <message>
        <source>QuickBooks sent an answer Bookflow could not read; Bookflow will try again.</source>
        <translation>QuickBooks sendte et svar Bookflow ikke kunne lese; Bookflow prøver igjen.</translation>
    </message>
    <message>
        <source>QuickBooks does not know this record or address (HTTP 404).</source>
        <translation>QuickBooks kjenner ikke til denne posten eller adressen (HTTP 404).</translation>
    </message>
    <message>
        <source>QuickBooks refused the request (HTTP %1).</source>
        <translation>QuickBooks avviste forespørselen (HTTP %1).</translation>
    </message>
    <message>
        <source>QuickBooks refused the request: %1</source>
        <translation>QuickBooks avviste forespørselen: %1</translation>
    </message>
    <message>
        <source>QuickBooks refused the request: %1 (code %2)</source>
        <translation>QuickBooks avviste forespørselen: %1 (kode %2)</translation>
    </message>
    <message>
        <source>no explanation given</source>
        <translation>ingen forklaring oppgitt</translation>
    </message>
    <message>
        <source>“%1” is not a QuickBooks entity name.</source>
        <translation>«%1» er ikke et enhetsnavn i QuickBooks.</translation>
    </message>
    <message>
        <source>“%1” is not a QuickBooks property name.</source>
        <translation>«%1» er ikke et egenskapsnavn i QuickBooks.</translation>
    </message>
    <message>
        <source>“%1” is not an operator QuickBooks queries accept.</source>
        <translation>«%1» er ikke en operator som QuickBooks-spørringer godtar.</translation>
    </message>
    <message>
        <source>A date in a look-up is not valid.</source>
        <translation>En dato i et oppslag er ugyldig.</translation>
    </message>
    <message>
        <source>A time in a look-up is not valid.</source>
        <translation>Et klokkeslett i et oppslag er ugyldig.</translation>
    </message>
    <message>
        <source>A look-up for “any of” needs at least one value.</source>
        <translation>Et oppslag med «en av» trenger minst én verdi.</translation>
    </message>
    <message>
        <source>A count cannot be ordered.</source>
        <translation>En opptelling kan ikke sorteres.</translation>
    </message>
    <message>
        <source>A look-up&apos;s first row is numbered from 1.</source>
        <translation>Den første raden i et oppslag har nummer 1.</translation>
    </message>
    <message>
        <source>A look-up returns between 1 and %1 rows at a time.</source>
        <translation>Et oppslag gir mellom 1 og %1 rader om gangen.</translation>
    </message>
    <message>
        <source>Bookflow could not update its database %1 to the current version (step %2: %3). The database was left as it was.</source>
        <translation>Bookflow kunne ikke oppdatere databasen %1 til gjeldende versjon (steg %2: %3). Databasen ble latt være som den var.</translation>
    </message>
    <message>
        <source>Bookflow could not update its database %1: it is at version %2 and the next step it knows is %3. The database was left as it was.</source>
        <translation>Bookflow kunne ikke oppdatere databasen %1: den er på versjon %2, og det neste steget Bookflow kjenner, er %3. Databasen ble latt være som den var.</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>tilgang ble nektet</translation>
    </message>
    <message>
        <source>another program is using the database</source>
        <translation>et annet program bruker databasen</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>filen eller mappen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>the disk reported an error (%1)</source>
        <translation>disken rapporterte en feil (%1)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>filen er skadet</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er full</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>filen kunne ikke åpnes</translation>
    </message>
    <message>
        <source>the file is not a database</source>
        <translation>filen er ikke en database</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>ukjent databasefeil</translation>
    </message>
    <message>
        <source>“Untitled workflow”</source>
        <translation>«Arbeidsflyt uten navn»</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>There is no workflow with the id %1.</source>
        <translation>Det finnes ingen arbeidsflyt med id-en %1.</translation>
    </message>
    <message>
        <source>%1 is not a Bookflow database: it is not a database file at all. Bookflow left the file untouched. Move it away or choose another data folder.</source>
        <translation>%1 er ikke en Bookflow-database: det er ikke en databasefil i det hele tatt. Bookflow rørte ikke filen. Flytt den bort eller velg en annen datamappe.</translation>
    </message>
    <message>
        <source>The Bookflow database %1 is damaged (%2). Bookflow left the file untouched. Restore it from a backup, or move it away to start with an empty database.</source>
        <translation>Bookflow-databasen %1 er skadet (%2). Bookflow rørte ikke filen. Gjenopprett den fra en sikkerhetskopi, eller flytt den bort for å starte med en tom database.</translation>
    </message>
    <message>
        <source>%1 is a database of another application, not of Bookflow. Bookflow left the file untouched. Choose another data folder for Bookflow.</source>
        <translation>%1 er en database for et annet program, ikke for Bookflow. Bookflow rørte ikke filen. Velg en annen datamappe for Bookflow.</translation>
    </message>
    <message>
        <source>The Bookflow database %1 was written by a newer version of Bookflow (database version %2; this version understands up to %3). Bookflow left the file untouched. Install the newer Bookflow to use it.</source>
        <translation>Bookflow-databasen %1 ble skrevet av en nyere versjon av Bookflow (databaseversjon %2; denne versjonen forstår opptil %3). Bookflow rørte ikke filen. Installer den nyere Bookflow-versjonen for å bruke den.</translation>
    </message>
    <message>
        <source>The Bookflow database %1 is locked by another program (perhaps Bookflow running elsewhere). Bookflow left the file untouched. Close the other program and try again.</source>
        <translation>Bookflow-databasen %1 er låst av et annet program (kanskje Bookflow som kjører et annet sted). Bookflow rørte ikke filen. Lukk det andre programmet og prøv igjen.</translation>
    </message>
    <message>
        <source>Bookflow cannot read its database %1 (%2). Bookflow left the file untouched.</source>
        <translation>Bookflow kan ikke lese databasen %1 (%2). Bookflow rørte ikke filen.</translation>
    </message>
    <message>
        <source>SQLite reports: %1</source>
        <translation>SQLite melder: %1</translation>
    </message>
    <message>
        <source>the file ends inside its first line</source>
        <translation>filen slutter midt i den første linjen</translation>
    </message>
    <message>
        <source>the file ends inside its header</source>
        <translation>filen slutter midt i hodet</translation>
    </message>
    <message>
        <source>its header is invalid</source>
        <translation>hodet er ugyldig</translation>
    </message>
    <message>
        <source>the file was cut short: it ends inside a page</source>
        <translation>filen er avkortet: den slutter midt i en side</translation>
    </message>
    <message>
        <source>the file was cut short: it has %1 of its %2 pages</source>
        <translation>filen er avkortet: den har %1 av sine %2 sider</translation>
    </message>
    <message>
        <source>Bookflow cannot open its database %1: the SQLite driver of Qt (QSQLITE) is missing. Reinstall Bookflow.</source>
        <translation>Bookflow kan ikke åpne databasen %1: SQLite-driveren til Qt (QSQLITE) mangler. Installer Bookflow på nytt.</translation>
    </message>
    <message>
        <source>its version number %1 is invalid</source>
        <translation>versjonsnummeret %1 er ugyldig</translation>
    </message>
    <message>
        <source>the workflow tables are missing</source>
        <translation>arbeidsflyttabellene mangler</translation>
    </message>
    <message>
        <source>Bookflow could not read its database %1 (%2).</source>
        <translation>Bookflow kunne ikke lese databasen %1 (%2).</translation>
    </message>
    <message>
        <source>Bookflow could not save to its database %1 (%2). Nothing was changed.</source>
        <translation>Bookflow kunne ikke lagre i databasen %1 (%2). Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The workflow %1 has a type this version of Bookflow does not know (“%2”).</source>
        <translation>Arbeidsflyten %1 har en type denne versjonen av Bookflow ikke kjenner («%2»).</translation>
    </message>
    <message>
        <source>The saved draft of %1</source>
        <translation>Det lagrede utkastet til %1</translation>
    </message>
    <message>
        <source>The database may be damaged. Restoring a published version or importing the workflow again replaces the draft.</source>
        <translation>Databasen kan være skadet. Utkastet erstattes hvis du gjenoppretter en publisert versjon eller importerer arbeidsflyten på nytt.</translation>
    </message>
    <message>
        <source>The workflow %1 has not been published yet, so it has no version %2.</source>
        <translation>Arbeidsflyten %1 er ikke publisert ennå, så den har ingen versjon %2.</translation>
    </message>
    <message>
        <source>The workflow %1 has no version %2 (its versions are 1 to %3).</source>
        <translation>Arbeidsflyten %1 har ingen versjon %2 (versjonene er 1 til %3).</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Versjon %1 av %2</translation>
    </message>
    <message>
        <source>The workflow %1 has no id, so it was not added.</source>
        <translation>Arbeidsflyten %1 har ingen id, så den ble ikke lagt til.</translation>
    </message>
    <message>
        <source>A workflow with the id %1 already exists (%2), so %3 was not added.</source>
        <translation>Det finnes allerede en arbeidsflyt med id-en %1 (%2), så %3 ble ikke lagt til.</translation>
    </message>
    <message>
        <source>The workflow %1 enrolls %2 records and cannot be changed to %3: the type of a workflow is fixed when it is created. Create a new workflow instead.</source>
        <translation>Arbeidsflyten %1 registrerer %2-poster og kan ikke endres til %3: typen til en arbeidsflyt bestemmes når den opprettes. Opprett en ny arbeidsflyt i stedet.</translation>
    </message>
    <message>
        <source>No data folder was given for the Bookflow database.</source>
        <translation>Det ble ikke oppgitt noen datamappe for Bookflow-databasen.</translation>
    </message>
    <message>
        <source>Bookflow could not create its data folder %1. Check that the location exists and that you may write there.</source>
        <translation>Bookflow kunne ikke opprette datamappen %1. Kontroller at stedet finnes, og at du har lov til å skrive der.</translation>
    </message>
    <message>
        <source>Bookflow cannot create its database in %1: the folder is read-only, or you may not write there. Choose another data folder.</source>
        <translation>Bookflow kan ikke opprette databasen sin i %1: mappen er skrivebeskyttet, eller du har ikke lov til å skrive der. Velg en annen datamappe.</translation>
    </message>
    <message>
        <source>%1 is not a file (a folder of that name is in the way). Bookflow left it untouched.</source>
        <translation>%1 er ikke en fil (en mappe med samme navn står i veien). Bookflow rørte den ikke.</translation>
    </message>
    <message>
        <source>Bookflow cannot use its database %1: this SQLite does not enforce foreign keys.</source>
        <translation>Bookflow kan ikke bruke databasen %1: denne SQLite-versjonen håndhever ikke fremmednøkler.</translation>
    </message>
    <message>
        <source>Nothing was published.</source>
        <translation>Ingenting ble publisert.</translation>
    </message>
    <message>
        <source>The workflow %1 cannot be turned on: it has not been published yet. Review and publish it first.</source>
        <translation>Arbeidsflyten %1 kan ikke slås på: den er ikke publisert ennå. Gå gjennom og publiser den først.</translation>
    </message>
    <message>
        <source>There is no version %1 to export.</source>
        <translation>Det finnes ingen versjon %1 å eksportere.</translation>
    </message>
    <message>
        <source>Create a QuickBooks invoice</source>
        <translation>Opprett en QuickBooks-faktura</translation>
    </message>
    <message>
        <source>Create a QuickBooks estimate</source>
        <translation>Opprett et QuickBooks-kostnadsoverslag</translation>
    </message>
    <message>
        <source>Create a QuickBooks sales receipt</source>
        <translation>Opprett en QuickBooks-salgskvittering</translation>
    </message>
    <message>
        <source>Create a paid invoice in QuickBooks</source>
        <translation>Opprett en betalt faktura i QuickBooks</translation>
    </message>
    <message>
        <source>Create a sales receipt in QuickBooks</source>
        <translation>Opprett en salgskvittering i QuickBooks</translation>
    </message>
    <message>
        <source>Create a QuickBooks expense</source>
        <translation>Opprett en QuickBooks-utgift</translation>
    </message>
    <message>
        <source>Create a QuickBooks refund receipt</source>
        <translation>Opprett en QuickBooks-refusjonskvittering</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Tilbud</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>is any of</source>
        <translation>er en av</translation>
    </message>
    <message>
        <source>is equal to any of</source>
        <translation>er lik en av</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>er ingen av</translation>
    </message>
    <message>
        <source>contains any of</source>
        <translation>inneholder en av</translation>
    </message>
    <message>
        <source>doesn&apos;t contain any of</source>
        <translation>inneholder ingen av</translation>
    </message>
    <message>
        <source>starts with any of</source>
        <translation>begynner med en av</translation>
    </message>
    <message>
        <source>is equal to</source>
        <translation>er lik</translation>
    </message>
    <message>
        <source>is not equal to</source>
        <translation>er ikke lik</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>er større enn</translation>
    </message>
    <message>
        <source>is greater than or equal to</source>
        <translation>er større enn eller lik</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>er mindre enn</translation>
    </message>
    <message>
        <source>is less than or equal to</source>
        <translation>er mindre enn eller lik</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>er mellom</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>er den</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>er før</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>er etter</translation>
    </message>
    <message>
        <source>is more than N days ago</source>
        <translation>er mer enn N dager siden</translation>
    </message>
    <message>
        <source>is less than N days ago</source>
        <translation>er mindre enn N dager siden</translation>
    </message>
    <message>
        <source>is known</source>
        <translation>er kjent</translation>
    </message>
    <message>
        <source>is unknown</source>
        <translation>er ukjent</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tall</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>dato og klokkeslett</translation>
    </message>
    <message>
        <source>dropdown</source>
        <translation>nedtrekksliste</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nei</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 is “%2” (%3 in %4)</source>
        <translation>%1 er «%2» (%3 i %4)</translation>
    </message>
    <message>
        <source>%1 is “%2” (%3)</source>
        <translation>%1 er «%2» (%3)</translation>
    </message>
    <message>
        <source>%1 is “%2”</source>
        <translation>%1 er «%2»</translation>
    </message>
    <message>
        <source>“%1” does not apply to a %2 property</source>
        <translation>«%1» kan ikke brukes på egenskaper av typen %2</translation>
    </message>
    <message numerus="yes">
        <source>The filter needs exactly %n value(s)</source>
        <translation>
            <numerusform>Filteret trenger nøyaktig %n verdi</numerusform>
            <numerusform>Filteret trenger nøyaktig %n verdier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filter needs at least %n value(s)</source>
        <translation>
            <numerusform>Filteret trenger minst %n verdi</numerusform>
            <numerusform>Filteret trenger minst %n verdier</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter has no text to compare with</source>
        <translation>Filteret har ingen tekst å sammenligne med</translation>
    </message>
    <message>
        <source>The filter value “%1” is not a number</source>
        <translation>Filterverdien «%1» er ikke et tall</translation>
    </message>
    <message>
        <source>The filter value “%1” is not a whole number of days</source>
        <translation>Filterverdien «%1» er ikke et helt antall dager</translation>
    </message>
    <message>
        <source>The filter value “%1” is not a date (YYYY-MM-DD)</source>
        <translation>Filterverdien «%1» er ikke en dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>Unknown property type</source>
        <translation>Ukjent egenskapstype</translation>
    </message>
    <message>
        <source>%1 is unknown: no %2 is associated</source>
        <translation>%1 er ukjent: ingen %2 er tilknyttet</translation>
    </message>
    <message>
        <source>%1 is unknown</source>
        <translation>%1 er ukjent</translation>
    </message>
    <message>
        <source>%1 is “%2”, which is not a number</source>
        <translation>%1 er «%2», som ikke er et tall</translation>
    </message>
    <message>
        <source>%1 is “%2”, which is not a date</source>
        <translation>%1 er «%2», som ikke er en dato</translation>
    </message>
    <message>
        <source>Trigger group %1, filter %2</source>
        <translation>Utløsergruppe %1, filter %2</translation>
    </message>
    <message>
        <source>Trigger group %1, filter %2 (%3 › %4)</source>
        <translation>Utløsergruppe %1, filter %2 (%3 › %4)</translation>
    </message>
    <message>
        <source>one of the values is empty; enter a value or remove it.</source>
        <translation>en av verdiene er tom; skriv inn en verdi eller fjern den.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write numbers with digits and a decimal point, without thousands separators (for example 1250.50).</source>
        <translation>«%1» er ikke et tall. Skriv tall med sifre og desimalpunktum, uten tusenskilletegn (for eksempel 1250.50).</translation>
    </message>
    <message>
        <source>the first number (%1) is greater than the second (%2); put the smaller number first.</source>
        <translation>det første tallet (%1) er større enn det andre (%2); sett det minste tallet først.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write dates as year-month-day, for example 2024-03-31.</source>
        <translation>«%1» er ikke en dato. Skriv datoer som år-måned-dag, for eksempel 2024-03-31.</translation>
    </message>
    <message>
        <source>the first date (%1) is after the second (%2); put the earlier date first.</source>
        <translation>den første datoen (%1) er etter den andre (%2); sett den tidligste datoen først.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days. Enter a whole number such as 30.</source>
        <translation>«%1» er ikke et antall dager. Skriv inn et helt tall, for eksempel 30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a yes/no value; choose Yes (true) or No (false).</source>
        <translation>«%1» er ikke en ja/nei-verdi; velg Ja (true) eller Nei (false).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no value; remove the values.</source>
        <translation>«%1» tar ingen verdi; fjern verdiene.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly one value.</source>
        <translation>«%1» trenger nøyaktig én verdi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs exactly %2 values.</source>
        <translation>«%1» trenger nøyaktig %2 verdier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs at least one value.</source>
        <translation>«%1» trenger minst én verdi.</translation>
    </message>
    <message>
        <source>%1: choose the property to check.</source>
        <translation>%1: velg egenskapen som skal sjekkes.</translation>
    </message>
    <message>
        <source>%1: a %2-based workflow can&apos;t read %3 properties. Choose a property of the %2 or of a record associated with it.</source>
        <translation>%1: en %2-basert arbeidsflyt kan ikke lese %3-egenskaper. Velg en egenskap fra %2 eller fra en post som er tilknyttet.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; can&apos;t be used with this kind of property; choose another condition.</source>
        <translation>%1: «%2» kan ikke brukes med denne typen egenskap; velg en annen betingelse.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add at least one trigger: a group of filters that says which records enroll in the workflow.</source>
        <translation>Legg til minst én utløser: en gruppe filtre som bestemmer hvilke poster som registreres i arbeidsflyten.</translation>
    </message>
    <message>
        <source>Trigger group %1 has no filters. Add a filter or remove the group — an empty group would enroll every record.</source>
        <translation>Utløsergruppe %1 har ingen filtre. Legg til et filter eller fjern gruppen – en tom gruppe ville registrert alle poster.</translation>
    </message>
    <message>
        <source>Trigger group %1 doesn&apos;t have the filter &quot;Payment › Source is none of Invoice&quot;. Payments already made on an invoice would then enroll too, and this workflow would create duplicate invoices or sales receipts for them in QuickBooks.</source>
        <translation>Utløsergruppe %1 mangler filteret «Betaling › Source er ingen av Invoice». Da ville også betalinger som allerede er gjort på en faktura, blitt registrert, og denne arbeidsflyten ville laget dobbelte fakturaer eller salgskvitteringer for dem i QuickBooks.</translation>
    </message>
    <message>
        <source>Add the filter</source>
        <translation>Legg til filteret</translation>
    </message>
    <message>
        <source>Re-enrollment is on, and this workflow creates documents in QuickBooks: each time a record enrolls again, new documents are created for it. Turn it off unless you mean to create them again.</source>
        <translation>Ny registrering er slått på, og denne arbeidsflyten oppretter dokumenter i QuickBooks: hver gang en post registreres på nytt, opprettes nye dokumenter for den. Slå det av med mindre du faktisk vil opprette dem på nytt.</translation>
    </message>
    <message>
        <source>Turn off re-enrollment</source>
        <translation>Slå av ny registrering</translation>
    </message>
    <message>
        <source>Action %1 (%2) has no id. Remove it and add it again.</source>
        <translation>Handling %1 (%2) har ingen id. Fjern den og legg den til igjen.</translation>
    </message>
    <message>
        <source>Action %1 (%2) has the same id (%3) as an earlier action. Remove it and add it again.</source>
        <translation>Handling %1 (%2) har samme id (%3) som en tidligere handling. Fjern den og legg den til igjen.</translation>
    </message>
    <message>
        <source>Action %1 (%2) can&apos;t be used in a %3-based workflow. Remove it or choose another action.</source>
        <translation>Handling %1 (%2) kan ikke brukes i en %3-basert arbeidsflyt. Fjern den eller velg en annen handling.</translation>
    </message>
    <message>
        <source>Action %1 (%2): choose which QuickBooks account to create it in.</source>
        <translation>Handling %1 (%2): velg hvilken QuickBooks-konto den skal opprettes i.</translation>
    </message>
    <message>
        <source>Action %1 (%2): payment terms apply only to invoices and would be ignored here. Clear the payment terms.</source>
        <translation>Handling %1 (%2): betalingsbetingelser gjelder bare fakturaer og ville blitt ignorert her. Fjern betalingsbetingelsene.</translation>
    </message>
    <message>
        <source>Action %1 (%2): choose the QuickBooks customer, or use the record&apos;s first associated contact.</source>
        <translation>Handling %1 (%2): velg QuickBooks-kunden, eller bruk den første kontakten som er tilknyttet posten.</translation>
    </message>
    <message>
        <source>Action %1 (%2): choose the QuickBooks product, or use the record&apos;s line items.</source>
        <translation>Handling %1 (%2): velg QuickBooks-produktet, eller bruk linjeelementene til posten.</translation>
    </message>
    <message>
        <source>Action %1 (%2): choose the account the fee is paid from.</source>
        <translation>Handling %1 (%2): velg kontoen gebyret betales fra.</translation>
    </message>
    <message>
        <source>Action %1 (%2): choose the expense category the fee is recorded in.</source>
        <translation>Handling %1 (%2): velg utgiftskategorien gebyret føres på.</translation>
    </message>
    <message>
        <source>Action %1 (%2): choose the account the refund is paid from.</source>
        <translation>Handling %1 (%2): velg kontoen refusjonen betales fra.</translation>
    </message>
    <message>
        <source>Give the workflow a name.</source>
        <translation>Gi arbeidsflyten et navn.</translation>
    </message>
    <message>
        <source>Add at least one action: what the workflow creates in QuickBooks.</source>
        <translation>Legg til minst én handling: det arbeidsflyten oppretter i QuickBooks.</translation>
    </message>
    <message>
        <source>Invoice e-signed quotes</source>
        <translation>Fakturer e-signerte tilbud</translation>
    </message>
    <message>
        <source>When all signers have e-signed a quote, create a QuickBooks invoice from its line items.</source>
        <translation>Når alle underskrivere har e-signert et tilbud, opprettes en QuickBooks-faktura fra linjeelementene i tilbudet.</translation>
    </message>
    <message>
        <source>Invoice deals paid by payment link</source>
        <translation>Fakturer avtaler betalt med betalingslenke</translation>
    </message>
    <message>
        <source>When a deal&apos;s name contains &quot;Payment link&quot;, create a QuickBooks invoice from its line items.</source>
        <translation>Når navnet på en avtale inneholder «Payment link», opprettes en QuickBooks-faktura fra linjeelementene i avtalen.</translation>
    </message>
    <message>
        <source>Paid invoice for payments</source>
        <translation>Betalt faktura for betalinger</translation>
    </message>
    <message>
        <source>When a payment succeeds, create an invoice in QuickBooks with the payment applied to it. Payments made on a QuickBooks invoice are left out, so no invoice is created twice.</source>
        <translation>Når en betaling lykkes, opprettes en faktura i QuickBooks med betalingen ført mot den. Betalinger som er gjort på en QuickBooks-faktura, holdes utenfor, slik at ingen faktura opprettes to ganger.</translation>
    </message>
    <message>
        <source>Refund receipt for refunded payments</source>
        <translation>Refusjonskvittering for refunderte betalinger</translation>
    </message>
    <message>
        <source>When a payment is refunded, create a QuickBooks refund receipt.</source>
        <translation>Når en betaling refunderes, opprettes en QuickBooks-refusjonskvittering.</translation>
    </message>
    <message>
        <source>Expense for payment fees</source>
        <translation>Utgift for betalingsgebyrer</translation>
    </message>
    <message>
        <source>When a payment has a processing fee, record the fee as an expense in QuickBooks.</source>
        <translation>Når en betaling har et behandlingsgebyr, føres gebyret som en utgift i QuickBooks.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <source>must be text, not %1</source>
        <translation>må være tekst, ikke %1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>må være sann eller usann, ikke %1</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>må være en liste, ikke %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>må være et objekt, ikke %1</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>«%1» er ikke en av %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>sann/usann</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tall</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>the operators of workflow file schema 1</source>
        <translation>operatorene i skjema 1 for arbeidsflytfiler</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>er tom</translation>
    </message>
    <message>
        <source>is too large to be a workflow file (%1 MB; the limit is %2 MB)</source>
        <translation>er for stor til å være en arbeidsflytfil (%1 MB; grensen er %2 MB)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; Bookflow reads workflow files saved as UTF-8</source>
        <translation>filen er UTF-16-tekst; Bookflow leser arbeidsflytfiler lagret som UTF-8</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (at byte %1); it may have been saved in another encoding. Save it again as UTF-8</source>
        <translation>filen er ikke UTF-8-tekst (ved byte %1); den kan være lagret med en annen tegnkoding. Lagre den på nytt som UTF-8</translation>
    </message>
    <message>
        <source>lists and objects are nested too deeply (at byte %1) for a workflow file</source>
        <translation>lister og objekter er nestet for dypt (ved byte %1) for en arbeidsflytfil</translation>
    </message>
    <message>
        <source>this is not valid JSON (%1 at byte %2); it may be truncated or not a workflow file</source>
        <translation>dette er ikke gyldig JSON (%1 ved byte %2); filen kan være avkortet eller ikke være en arbeidsflytfil</translation>
    </message>
    <message>
        <source>this is not a workflow file: expected a JSON object</source>
        <translation>dette er ikke en arbeidsflytfil: forventet et JSON-objekt</translation>
    </message>
    <message>
        <source>this is not a Bookflow workflow file: it has no “schema” field</source>
        <translation>dette er ikke en arbeidsflytfil fra Bookflow: den har ikke noe «schema»-felt</translation>
    </message>
    <message>
        <source>“schema” must be a whole number, not %1</source>
        <translation>«schema» må være et heltall, ikke %1</translation>
    </message>
    <message>
        <source>the file uses workflow schema %1, which this version of Bookflow cannot read (it reads schema %2). The file was not changed.</source>
        <translation>filen bruker arbeidsflytskjema %1, som denne versjonen av Bookflow ikke kan lese (den leser skjema %2). Filen ble ikke endret.</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>«%1» %2</translation>
    </message>
    <message>
        <source>%1: the file does not exist (%2)</source>
        <translation>%1: filen finnes ikke (%2)</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1: filen kan ikke leses (%2)</translation>
    </message>
    <message>
        <source>%1: is too large to be a workflow file (%2 MB; the limit is %3 MB)</source>
        <translation>%1: er for stor til å være en arbeidsflytfil (%2 MB; grensen er %3 MB)</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kan ikke skrives (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2); the previous file, if any, is unchanged</source>
        <translation>%1: kan ikke skrives (%2); den forrige filen, hvis det finnes en, er uendret</translation>
    </message>
    <message>
        <source>That is not the address the browser was sent to. Copy the whole address from the browser&apos;s address bar after approving, and paste it again.</source>
        <translation>Det er ikke adressen nettleseren ble sendt til. Kopier hele adressen fra adressefeltet i nettleseren etter at du har godkjent, og lim den inn på nytt.</translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the connection Bookflow started, so it was refused. Start connecting again.</source>
        <translation>Dette påloggingssvaret hører ikke til tilkoblingen Bookflow startet, så det ble avvist. Start tilkoblingen på nytt.</translation>
    </message>
    <message>
        <source>The connection was cancelled in the browser.</source>
        <translation>Tilkoblingen ble avbrutt i nettleseren.</translation>
    </message>
    <message>
        <source>The provider did not connect Bookflow (%1%2).</source>
        <translation>Tjenesten koblet ikke til Bookflow (%1%2).</translation>
    </message>
    <message>
        <source>The sign-in answer carried no authorization code. Start connecting again.</source>
        <translation>Påloggingssvaret inneholdt ingen autorisasjonskode. Start tilkoblingen på nytt.</translation>
    </message>
    <message>
        <source>The %1 connection needs to be reconnected in Connections.</source>
        <translation>Tilkoblingen til %1 må kobles til på nytt under Tilkoblinger.</translation>
    </message>
    <message>
        <source>Bookflow has no saved sign-in for this %1 connection in %2. Reconnect it in Connections.</source>
        <translation>Bookflow har ingen lagret pålogging for denne %1-tilkoblingen i %2. Koble den til på nytt under Tilkoblinger.</translation>
    </message>
    <message>
        <source>Another Bookflow program is renewing the %1 sign-in and has not finished; Bookflow will try again.</source>
        <translation>Et annet Bookflow-program holder på å fornye påloggingen til %1 og er ikke ferdig; Bookflow prøver igjen.</translation>
    </message>
    <message>
        <source>%1 refused the saved access token and it cannot be renewed. Reconnect it in Connections.</source>
        <translation>%1 avviste det lagrede tilgangstokenet, og det kan ikke fornyes. Koble til på nytt under Tilkoblinger.</translation>
    </message>
    <message>
        <source>Bookflow renewed the %1 sign-in but could not save it: %2</source>
        <translation>Bookflow fornyet påloggingen til %1, men kunne ikke lagre den: %2</translation>
    </message>
    <message>
        <source>The provider refused the sign-in it had just handed out. Try connecting again.</source>
        <translation>Tjenesten avviste påloggingen den nettopp hadde gitt. Prøv å koble til igjen.</translation>
    </message>
    <message>
        <source>Enter the app&apos;s client ID.</source>
        <translation>Skriv inn klient-ID-en til appen.</translation>
    </message>
    <message>
        <source>Enter the app&apos;s client secret.</source>
        <translation>Skriv inn klienthemmeligheten til appen.</translation>
    </message>
    <message>
        <source>The %1 app&apos;s address %2 does not use https. Bookflow only talks to %1 over https (plain http only to this computer). Nothing was sent.</source>
        <translation>Adressen %2 til %1-appen bruker ikke https. Bookflow snakker bare med %1 over https (vanlig http bare til denne datamaskinen). Ingenting ble sendt.</translation>
    </message>
    <message>
        <source>Bookflow has no %1 app credentials for %2 yet. Enter the client ID and secret in Connections first.</source>
        <translation>Bookflow har ennå ingen app-legitimasjon for %1 (%2). Skriv inn klient-ID og klienthemmelighet under Tilkoblinger først.</translation>
    </message>
    <message>
        <source>The %1 app&apos;s client secret is missing from %2. Enter it again in Connections.</source>
        <translation>Klienthemmeligheten til %1-appen mangler i %2. Skriv den inn på nytt under Tilkoblinger.</translation>
    </message>
    <message>
        <source>The app&apos;s redirect address %1 is not on this computer, so the address the browser ends on must be pasted into Bookflow.</source>
        <translation>Omdirigeringsadressen %1 til appen er ikke på denne datamaskinen, så adressen nettleseren ender på, må limes inn i Bookflow.</translation>
    </message>
    <message>
        <source>QuickBooks did not say which company was connected (no realmId in the answer). Try connecting again.</source>
        <translation>QuickBooks sa ikke hvilket firma som ble koblet til (ingen realmId i svaret). Prøv å koble til igjen.</translation>
    </message>
    <message>
        <source>HubSpot account %1</source>
        <translation>HubSpot-konto %1</translation>
    </message>
    <message>
        <source>Paste the private app&apos;s access token.</source>
        <translation>Lim inn tilgangstokenet til den private appen.</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged: %2. Bookflow left it exactly as it was; restore it from a backup, or move it aside and sign in to your accounts again.</source>
        <translation>Hemmelighetsfilen %1 er skadet: %2. Bookflow lot den være nøyaktig som den var; gjenopprett den fra en sikkerhetskopi, eller flytt den til side og logg på kontoene dine på nytt.</translation>
    </message>
    <message>
        <source>Other users of this computer can open the secrets file %1, so Bookflow will not use it: its sign-ins may have been seen. Make it private with the command chmod 600 %1 and try again (and consider signing in to your accounts again).</source>
        <translation>Andre brukere av denne datamaskinen kan åpne hemmelighetsfilen %1, så Bookflow vil ikke bruke den: påloggingene i den kan ha blitt sett. Gjør den privat med kommandoen chmod 600 %1 og prøv igjen (og vurder å logge på kontoene dine på nytt).</translation>
    </message>
    <message>
        <source>Bookflow could not save the secrets file %1: %2. The file was left as it was.</source>
        <translation>Bookflow kunne ikke lagre hemmelighetsfilen %1: %2. Filen ble latt være som den var.</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>Bookflow could not read the secrets file %1: %2.</source>
        <translation>Bookflow kunne ikke lese hemmelighetsfilen %1: %2.</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at character %2)</source>
        <translation>det er ikke JSON (%1 ved tegn %2)</translation>
    </message>
    <message>
        <source>it is not a Bookflow secrets file</source>
        <translation>det er ikke en hemmelighetsfil fra Bookflow</translation>
    </message>
    <message>
        <source>its format version is missing</source>
        <translation>formatversjonen mangler</translation>
    </message>
    <message>
        <source>The secrets file %1 was written by a newer Bookflow (format version %2). This Bookflow left it as it was; update Bookflow to use it.</source>
        <translation>Hemmelighetsfilen %1 ble skrevet av en nyere Bookflow (formatversjon %2). Denne Bookflow-versjonen lot den være som den var; oppdater Bookflow for å bruke den.</translation>
    </message>
    <message>
        <source>its format version %1 is unknown</source>
        <translation>formatversjonen %1 er ukjent</translation>
    </message>
    <message>
        <source>it holds no list of secrets</source>
        <translation>den inneholder ingen liste over hemmeligheter</translation>
    </message>
    <message>
        <source>the secret “%1” is not text</source>
        <translation>hemmeligheten «%1» er ikke tekst</translation>
    </message>
    <message>
        <source>Bookflow saved the secrets file %1, but other users of this computer could open it; its folder may be on a disk that ignores file permissions. Keep the data folder on your own disk, run chmod 600 %1, and consider signing in to your accounts again.</source>
        <translation>Bookflow lagret hemmelighetsfilen %1, men andre brukere av denne datamaskinen kan åpne den; mappen ligger kanskje på en disk som ignorerer filrettigheter. Ha datamappen på din egen disk, kjør chmod 600 %1, og vurder å logge på kontoene dine på nytt.</translation>
    </message>
    <message>
        <source>the file %1 (plain text)</source>
        <translation>filen %1 (ren tekst)</translation>
    </message>
    <message>
        <source>Your sign-ins are kept in plain text in %1, readable only by your user. Anyone who can use your account or read your backups can use them too. Use the system keychain where you can.</source>
        <translation>Påloggingene dine lagres som ren tekst i %1, som bare brukeren din kan lese. Alle som kan bruke brukerkontoen din eller lese sikkerhetskopiene dine, kan også bruke dem. Bruk systemets nøkkelring der du kan.</translation>
    </message>
    <message>
        <source>its folder %1 could not be created</source>
        <translation>mappen %1 kunne ikke opprettes</translation>
    </message>
    <message>
        <source>Another Bookflow program is saving to the secrets file %1 and has not finished; try again in a moment. If no other Bookflow program is running, delete %2.</source>
        <translation>Et annet Bookflow-program holder på å lagre i hemmelighetsfilen %1 og er ikke ferdig; prøv igjen om et øyeblikk. Hvis ingen andre Bookflow-programmer kjører, slett %2.</translation>
    </message>
    <message>
        <source>the lock file %1 could not be created</source>
        <translation>låsefilen %1 kunne ikke opprettes</translation>
    </message>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <translation>%1 (Nøkkelringen sa: %2)</translation>
    </message>
    <message>
        <source>No keychain is available to keep Bookflow&apos;s sign-ins safe. Start the desktop&apos;s keyring (GNOME Keyring or KWallet), or run with --secrets file to keep them in a file only you can read.</source>
        <translation>Ingen nøkkelring er tilgjengelig for å oppbevare påloggingene til Bookflow trygt. Start nøkkelringen til skrivebordsmiljøet (GNOME Keyring eller KWallet), eller kjør med --secrets file for å lagre dem i en fil som bare du kan lese.</translation>
    </message>
    <message>
        <source>The system keychain refused Bookflow access to its sign-ins; it may be locked. Unlock it (your desktop&apos;s Passwords and Keys, or KWallet) and try again.</source>
        <translation>Systemets nøkkelring nektet Bookflow tilgang til påloggingene; den kan være låst. Lås den opp (Passord og nøkler på skrivebordet ditt, eller KWallet) og prøv igjen.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be waiting for you to unlock it; unlock it and try again.</source>
        <translation>
            <numerusform>Systemets nøkkelring svarte ikke innen %n sekund. Den venter kanskje på at du skal låse den opp; lås den opp og prøv igjen.</numerusform>
            <numerusform>Systemets nøkkelring svarte ikke innen %n sekunder. Den venter kanskje på at du skal låse den opp; lås den opp og prøv igjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the keychain cannot be used on this computer, run Bookflow with --secrets file to keep sign-ins in a file only you can read.</source>
        <translation>Hvis nøkkelringen ikke kan brukes på denne datamaskinen, kan du kjøre Bookflow med --secrets file for å lagre påloggingene i en fil som bare du kan lese.</translation>
    </message>
    <message>
        <source>Bookflow could not read a saved sign-in from the system keychain.</source>
        <translation>Bookflow kunne ikke lese en lagret pålogging fra systemets nøkkelring.</translation>
    </message>
    <message>
        <source>Bookflow could not save a sign-in in the system keychain.</source>
        <translation>Bookflow kunne ikke lagre en pålogging i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>Bookflow could not remove a sign-in from the system keychain.</source>
        <translation>Bookflow kunne ikke fjerne en pålogging fra systemets nøkkelring.</translation>
    </message>
    <message>
        <source>Bookflow is closing</source>
        <translation>Bookflow avslutter</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>systemets nøkkelring</translation>
    </message>
    <message>
        <source>memory only (forgotten when Bookflow closes)</source>
        <translation>bare i minnet (glemmes når Bookflow avsluttes)</translation>
    </message>
    <message>
        <source>The sandbox at %1 did not answer (%2).</source>
        <translation>Sandkassen på %1 svarte ikke (%2).</translation>
    </message>
    <message>
        <source>The sandbox&apos;s sign-in page answered HTTP %1 instead of its consent page.</source>
        <translation>Påloggingssiden til sandkassen svarte med HTTP %1 i stedet for godkjenningssiden.</translation>
    </message>
    <message>
        <source>The sandbox offers no QuickBooks company to connect.</source>
        <translation>Sandkassen tilbyr ikke noe QuickBooks-firma å koble til.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s consent page has no form to approve.</source>
        <translation>Godkjenningssiden til sandkassen har ikke noe skjema å godkjenne.</translation>
    </message>
    <message>
        <source>Bookflow&apos;s sign-in listener answered HTTP %1 to the sandbox&apos;s redirect.</source>
        <translation>Påloggingslytteren til Bookflow svarte med HTTP %1 på omdirigeringen fra sandkassen.</translation>
    </message>
    <message>
        <source>The secrets file belongs in Bookflow&apos;s data folder, and no data folder was given.</source>
        <translation>Hemmelighetsfilen hører hjemme i datamappen til Bookflow, og det ble ikke oppgitt noen datamappe.</translation>
    </message>
    <message>
        <source>“%1” is not a place Bookflow can keep sign-ins; choose keychain, file or memory.</source>
        <translation>«%1» er ikke et sted Bookflow kan lagre pålogginger; velg keychain, file eller memory.</translation>
    </message>
    <message>
        <source>HubSpot does not accept this private-app access token. Copy it again from the private app&apos;s Auth tab in HubSpot.</source>
        <translation>HubSpot godtar ikke dette tilgangstokenet for den private appen. Kopier det på nytt fra fanen Auth for den private appen i HubSpot.</translation>
    </message>
    <message>
        <source>QuickBooks sent no authorization code back; try connecting again.</source>
        <translation>QuickBooks sendte ingen autorisasjonskode tilbake; prøv å koble til igjen.</translation>
    </message>
    <message>
        <source>There is no saved QuickBooks sign-in to renew. Reconnect the company in Connections.</source>
        <translation>Det finnes ingen lagret QuickBooks-pålogging å fornye. Koble til firmaet på nytt under Tilkoblinger.</translation>
    </message>
    <message>
        <source>QuickBooks answered the sign-in with something Bookflow cannot read; try connecting again.</source>
        <translation>QuickBooks svarte på påloggingen med noe Bookflow ikke kan lese; prøv å koble til igjen.</translation>
    </message>
    <message>
        <source>QuickBooks is busy and asked Bookflow to slow down; the sign-in will be renewed shortly.</source>
        <translation>QuickBooks er opptatt og ba Bookflow sette ned tempoet; påloggingen fornyes om kort tid.</translation>
    </message>
    <message>
        <source>QuickBooks&apos; sign-in service did not answer properly (HTTP %1); Bookflow will try again.</source>
        <translation>Påloggingstjenesten til QuickBooks svarte ikke som den skulle (HTTP %1); Bookflow prøver igjen.</translation>
    </message>
    <message>
        <source>QuickBooks refused Bookflow&apos;s app credentials (client id or secret). Check them, then reconnect the company in Connections.</source>
        <translation>QuickBooks avviste app-legitimasjonen til Bookflow (klient-ID eller klienthemmelighet). Kontroller den, og koble deretter til firmaet på nytt under Tilkoblinger.</translation>
    </message>
    <message>
        <source>QuickBooks no longer accepts the saved sign-in (it was revoked, expired or replaced). Reconnect the company in Connections.</source>
        <translation>QuickBooks godtar ikke lenger den lagrede påloggingen (den er trukket tilbake, utløpt eller erstattet). Koble til firmaet på nytt under Tilkoblinger.</translation>
    </message>
    <message>
        <source>QuickBooks refused the sign-in request (%1). Try connecting again.</source>
        <translation>QuickBooks avviste påloggingsforespørselen (%1). Prøv å koble til igjen.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandkasse</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <source>Data sync</source>
        <translation>Datasynkronisering</translation>
    </message>
    <message>
        <source>Legacy</source>
        <translation>Eldre</translation>
    </message>
    <message>
        <source>Needs reconnecting</source>
        <translation>Må kobles til på nytt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Tilkoblet</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Firma %1</translation>
    </message>
    <message>
        <source>%1 — %2 sandbox</source>
        <translation>%1 – %2-sandkasse</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>its installation id is missing</source>
        <translation>installasjons-id-en mangler</translation>
    </message>
    <message>
        <source>No connection with id %1 exists; it may have been removed.</source>
        <translation>Det finnes ingen tilkobling med id-en %1; den kan ha blitt fjernet.</translation>
    </message>
    <message>
        <source>%1 no longer accepts Bookflow&apos;s sign-in for this account. Connect it again.</source>
        <translation>%1 godtar ikke lenger påloggingen til Bookflow for denne kontoen. Koble den til på nytt.</translation>
    </message>
    <message>
        <source>its %1 are not valid JSON (%2)</source>
        <translation>%1 er ikke gyldig JSON (%2)</translation>
    </message>
    <message>
        <source>its %1 are not a list</source>
        <translation>%1 er ikke en liste</translation>
    </message>
    <message>
        <source>its %1 hold something other than text</source>
        <translation>%1 inneholder noe annet enn tekst</translation>
    </message>
    <message>
        <source>its %1 are not a table of ids</source>
        <translation>%1 er ikke en tabell over id-er</translation>
    </message>
    <message>
        <source>its %1 “%2” is unknown to this version of Bookflow</source>
        <translation>%1 «%2» er ukjent for denne versjonen av Bookflow</translation>
    </message>
    <message>
        <source>%1 contains a password. Bookflow never keeps passwords in its database; enter the address without it. Nothing was saved.</source>
        <translation>%1 inneholder et passord. Bookflow lagrer aldri passord i databasen; skriv inn adressen uten passordet. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>%1 is not a valid web address (%2). Nothing was saved.</source>
        <translation>%1 er ikke en gyldig nettadresse (%2). Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>tjenesten</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>miljøet</translation>
    </message>
    <message>
        <source>sign-in kind</source>
        <translation>påloggingstypen</translation>
    </message>
    <message>
        <source>permissions</source>
        <translation>tillatelsene</translation>
    </message>
    <message>
        <source>state</source>
        <translation>tilstanden</translation>
    </message>
    <message>
        <source>integration mode</source>
        <translation>integrasjonsmodusen</translation>
    </message>
    <message>
        <source>data-sync contact filters</source>
        <translation>kontaktfiltrene for datasynkronisering</translation>
    </message>
    <message>
        <source>its %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>product mapping entries</source>
        <translation>produkttilordningene</translation>
    </message>
    <message>
        <source>default accounts</source>
        <translation>standardkontoene</translation>
    </message>
    <message>
        <source>The saved connection %1 (id %2) cannot be read: %3. The database may be damaged; removing the connection and connecting again replaces it.</source>
        <translation>Den lagrede tilkoblingen %1 (id %2) kan ikke leses: %3. Databasen kan være skadet; tilkoblingen erstattes hvis du fjerner den og kobler til på nytt.</translation>
    </message>
    <message>
        <source>The connection to %1 was not saved: %2 did not say which account it is.</source>
        <translation>Tilkoblingen til %1 ble ikke lagret: %2 sa ikke hvilken konto det er.</translation>
    </message>
    <message>
        <source>The connection to %1 was not saved: only HubSpot accounts can be connected with a private app access token; %2 always signs in through its own consent page.</source>
        <translation>Tilkoblingen til %1 ble ikke lagret: bare HubSpot-kontoer kan kobles til med tilgangstoken for privat app; %2 logger alltid på gjennom sin egen godkjenningsside.</translation>
    </message>
    <message>
        <source>The API address of %1</source>
        <translation>API-adressen til %1</translation>
    </message>
    <message>
        <source>The connection %1 is %2 and cannot be changed to %3: a connection always stays with the account it was made for. Connect %3 as a connection of its own.</source>
        <translation>Tilkoblingen %1 gjelder %2 og kan ikke endres til %3: en tilkobling hører alltid til kontoen den ble laget for. Koble til %3 som en egen tilkobling.</translation>
    </message>
    <message>
        <source>the %1 sandbox app</source>
        <translation>sandkasse-appen for %1</translation>
    </message>
    <message>
        <source>the %1 app</source>
        <translation>appen for %1</translation>
    </message>
    <message>
        <source>Enter the client id of %1. Nothing was saved.</source>
        <translation>Skriv inn klient-ID-en til %1. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>The authorization address of %1</source>
        <translation>Autorisasjonsadressen til %1</translation>
    </message>
    <message>
        <source>The token address of %1</source>
        <translation>Token-adressen til %1</translation>
    </message>
    <message>
        <source>The revocation address of %1</source>
        <translation>Tilbakekallingsadressen til %1</translation>
    </message>
    <message>
        <source>The redirect address of %1</source>
        <translation>Omdirigeringsadressen til %1</translation>
    </message>
    <message>
        <source>Connect HubSpot: the workflow&apos;s triggers read HubSpot records.</source>
        <translation>Koble til HubSpot: utløserne i arbeidsflyten leser HubSpot-poster.</translation>
    </message>
    <message>
        <source>Reconnect HubSpot (%1) in Connections: %2</source>
        <translation>Koble til HubSpot (%1) på nytt under Tilkoblinger: %2</translation>
    </message>
    <message>
        <source>Action %1 (%2): the QuickBooks account it uses is not connected to Bookflow. Choose one of the connected QuickBooks accounts.</source>
        <translation>Handling %1 (%2): QuickBooks-kontoen den bruker, er ikke koblet til Bookflow. Velg en av de tilkoblede QuickBooks-kontoene.</translation>
    </message>
    <message>
        <source>Action %1 (%2): reconnect the QuickBooks company “%3” in Connections: %4</source>
        <translation>Handling %1 (%2): koble til QuickBooks-firmaet «%3» på nytt under Tilkoblinger: %4</translation>
    </message>
    <message>
        <source>Action %1 (%2): “%3” is a QuickBooks company outside the US (country: %4). Bookflow creates QuickBooks documents only in US companies; choose a US company.</source>
        <translation>Handling %1 (%2): «%3» er et QuickBooks-firma utenfor USA (land: %4). Bookflow oppretter QuickBooks-dokumenter bare i amerikanske firmaer; velg et amerikansk firma.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>line item %1</source>
        <translation>linjeelement %1</translation>
    </message>
    <message>
        <source>%1 (SKU %2)</source>
        <translation>%1 (SKU %2)</translation>
    </message>
    <message>
        <source>Line item %1</source>
        <translation>Linjeelement %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linje %1</translation>
    </message>
    <message>
        <source>product %1 (id %2)</source>
        <translation>produkt %1 (id %2)</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>leverandør</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>ansatt</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>kunde</translation>
    </message>
    <message>
        <source>an inactive %1 %2 (id %3)</source>
        <extracomment>&quot;an inactive vendor “Jane Doe” (id 3)&quot;</extracomment>
        <translation>en inaktiv %1 %2 (id %3)</translation>
    </message>
    <message>
        <source>the %1 %2 (id %3)</source>
        <extracomment>&quot;the vendor “Jane Doe” (id 3)&quot;</extracomment>
        <translation>%1 %2 (id %3)</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>faktura</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>kostnadsoverslag</translation>
    </message>
    <message>
        <source>sales receipt</source>
        <translation>salgskvittering</translation>
    </message>
    <message>
        <source>expense</source>
        <translation>utgift</translation>
    </message>
    <message>
        <source>refund receipt</source>
        <translation>refusjonskvittering</translation>
    </message>
    <message>
        <source>“%1” can&apos;t run in a %2-based workflow. Remove the action or use it in a workflow of the right kind.</source>
        <translation>«%1» kan ikke kjøres i en %2-basert arbeidsflyt. Fjern handlingen eller bruk den i en arbeidsflyt av riktig type.</translation>
    </message>
    <message>
        <source>Created by Bookflow from HubSpot %1</source>
        <extracomment>PrivateNote of every document Bookflow creates; %1 is &quot;deal 123&quot;, &quot;payment 789&quot;, …</extracomment>
        <translation>Opprettet av Bookflow fra HubSpot-%1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ikke kjent</translation>
    </message>
    <message>
        <source>“%1” is a QuickBooks company outside the US (country: %2). Bookflow creates QuickBooks documents only in US companies; choose a US company.</source>
        <translation>«%1» er et QuickBooks-firma utenfor USA (land: %2). Bookflow oppretter QuickBooks-dokumenter bare i amerikanske firmaer; velg et amerikansk firma.</translation>
    </message>
    <message>
        <source>The %1 chosen in this action (QuickBooks account id %2) no longer exists or is inactive in QuickBooks. Choose another account.</source>
        <translation>Valgt %1 i denne handlingen (QuickBooks-konto-id %2) finnes ikke lenger eller er inaktiv i QuickBooks. Velg en annen konto.</translation>
    </message>
    <message>
        <source>contact %1 (%2)</source>
        <translation>kontakt %1 (%2)</translation>
    </message>
    <message>
        <source>contact %1</source>
        <translation>kontakt %1</translation>
    </message>
    <message>
        <source>%1 has no associated contact, so there is no customer for the %2. Associate a contact with it in HubSpot, or choose one QuickBooks customer in the action.</source>
        <translation>%1 har ingen tilknyttet kontakt, så det finnes ingen kunde for dokumentet (%2). Knytt en kontakt til den i HubSpot, eller velg én QuickBooks-kunde i handlingen.</translation>
    </message>
    <message>
        <source>%1 has %2 associated contacts; the first, %3, is the customer.</source>
        <translation>%1 har %2 tilknyttede kontakter; den første, %3, er kunden.</translation>
    </message>
    <message>
        <source>Choose the QuickBooks customer this action uses.</source>
        <translation>Velg QuickBooks-kunden denne handlingen bruker.</translation>
    </message>
    <message>
        <source>The QuickBooks customer chosen in this action (id %1) no longer exists. Choose another customer.</source>
        <translation>QuickBooks-kunden som er valgt i denne handlingen (id %1), finnes ikke lenger. Velg en annen kunde.</translation>
    </message>
    <message>
        <source>The QuickBooks customer %1 (id %2) chosen in this action is inactive. Make it active again in QuickBooks, or choose another customer.</source>
        <translation>QuickBooks-kunden %1 (id %2) som er valgt i denne handlingen, er inaktiv. Gjør den aktiv igjen i QuickBooks, eller velg en annen kunde.</translation>
    </message>
    <message>
        <source>Customer: %1 (id %2), chosen in the action.</source>
        <translation>Kunde: %1 (id %2), valgt i handlingen.</translation>
    </message>
    <message>
        <source>Customer: %1 (id %2), %3.</source>
        <extracomment>&quot;Customer: “Jane Doe” (id 58), matched by email and name.&quot;</extracomment>
        <translation>Kunde: %1 (id %2), %3.</translation>
    </message>
    <message>
        <source>matched by email (the contact has no name)</source>
        <translation>funnet via e-post (kontakten har ikke noe navn)</translation>
    </message>
    <message>
        <source>matched by email and name</source>
        <translation>funnet via e-post og navn</translation>
    </message>
    <message numerus="yes">
        <source>%n QuickBooks customer(s) have the email %1, but none has the contact&apos;s first and last name, so a new customer is made.</source>
        <translation>
            <numerusform>%n QuickBooks-kunde har e-postadressen %1, men ingen har kontaktens fornavn og etternavn, så det opprettes en ny kunde.</numerusform>
            <numerusform>%n QuickBooks-kunder har e-postadressen %1, men ingen har kontaktens fornavn og etternavn, så det opprettes en ny kunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>matched by name (neither has an email address)</source>
        <translation>funnet via navn (ingen av dem har e-postadresse)</translation>
    </message>
    <message>
        <source>no filter group is met</source>
        <translation>ingen filtergruppe er oppfylt</translation>
    </message>
    <message>
        <source>; or </source>
        <translation>; eller </translation>
    </message>
    <message>
        <source>The %1 is not eligible for the QuickBooks data sync, so it is not synced and no customer was used or created: it doesn&apos;t meet the connection&apos;s data-sync contact filters (%2).</source>
        <translation>HubSpot-%1 er ikke med i QuickBooks-datasynkroniseringen, så den synkroniseres ikke, og ingen kunde ble brukt eller opprettet: den oppfyller ikke kontaktfiltrene for datasynkronisering i tilkoblingen (%2).</translation>
    </message>
    <message>
        <source>The %1 meets the connection&apos;s data-sync contact filters.</source>
        <translation>HubSpot-%1 oppfyller kontaktfiltrene for datasynkronisering i tilkoblingen.</translation>
    </message>
    <message>
        <source>The connection has no data-sync contact filters, so every contact is eligible.</source>
        <translation>Tilkoblingen har ingen kontaktfiltre for datasynkronisering, så alle kontakter er med.</translation>
    </message>
    <message>
        <source>The %1 has no email address. With the data sync, customers are matched by email, so Bookflow can&apos;t tell which QuickBooks customer this is. Add an email address to the contact in HubSpot.</source>
        <translation>HubSpot-%1 har ingen e-postadresse. Med datasynkroniseringen blir kunder funnet via e-post, så Bookflow kan ikke vite hvilken QuickBooks-kunde dette er. Legg til en e-postadresse på kontakten i HubSpot.</translation>
    </message>
    <message numerus="yes">
        <source>matched by email; %n other customer(s) have the same email, the oldest is used</source>
        <translation>
            <numerusform>funnet via e-post; %n annen kunde har samme e-postadresse, den eldste brukes</numerusform>
            <numerusform>funnet via e-post; %n andre kunder har samme e-postadresse, den eldste brukes</numerusform>
        </translation>
    </message>
    <message>
        <source>matched by email</source>
        <translation>funnet via e-post</translation>
    </message>
    <message>
        <source>The %1 has no name and no email address, so there is nothing to name a new QuickBooks customer by. Add a name or an email address to the contact in HubSpot.</source>
        <translation>HubSpot-%1 har verken navn eller e-postadresse, så det finnes ingenting å gi en ny QuickBooks-kunde navn etter. Legg til et navn eller en e-postadresse på kontakten i HubSpot.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>QuickBooks already has customers, vendors or employees named %1 and every variant Bookflow tried (up to %2), so it can&apos;t name the new customer for the %3. Rename some of them in QuickBooks, or choose one QuickBooks customer in the action.</source>
        <translation>QuickBooks har allerede kunder, leverandører eller ansatte som heter %1 og alle variantene Bookflow prøvde (opptil %2), så Bookflow kan ikke gi den nye kunden for %3 et navn. Gi noen av dem nytt navn i QuickBooks, eller velg én QuickBooks-kunde i handlingen.</translation>
    </message>
    <message>
        <source>Create customer %1</source>
        <translation>Opprett kunden %1</translation>
    </message>
    <message>
        <source>no QuickBooks customer has the email %1</source>
        <translation>ingen QuickBooks-kunde har e-postadressen %1</translation>
    </message>
    <message>
        <source>the contact has no email address and no customer without one has this name</source>
        <translation>kontakten har ingen e-postadresse, og ingen kunde uten e-postadresse har dette navnet</translation>
    </message>
    <message>
        <source>no QuickBooks customer has the email %1 and this name</source>
        <translation>ingen QuickBooks-kunde har e-postadressen %1 og dette navnet</translation>
    </message>
    <message>
        <source>Customer: a new customer %1 will be created for the %2 (%3). %4 is already the name of %5, and names must be unique across customers, vendors and employees in QuickBooks.</source>
        <translation>Kunde: en ny kunde %1 blir opprettet for %2 (%3). %4 er allerede navnet på %5, og navn må være unike på tvers av kunder, leverandører og ansatte i QuickBooks.</translation>
    </message>
    <message>
        <source>Customer: a new customer %1 will be created for the %2 (%3).</source>
        <translation>Kunde: en ny kunde %1 blir opprettet for %2 (%3).</translation>
    </message>
    <message>
        <source>Choose the QuickBooks product this action uses.</source>
        <translation>Velg QuickBooks-produktet denne handlingen bruker.</translation>
    </message>
    <message>
        <source>The QuickBooks product chosen in this action (id %1) no longer exists or is inactive. Choose another product.</source>
        <translation>QuickBooks-produktet som er valgt i denne handlingen (id %1), finnes ikke lenger eller er inaktivt. Velg et annet produkt.</translation>
    </message>
    <message>
        <source>Line: %1, chosen in the action: quantity 1 at %2, the %3 of %4.</source>
        <extracomment>&quot;Line: product “Consulting” (id 2), chosen in the action: quantity 1 at 1234.50, the amount of deal 104.&quot;</extracomment>
        <translation>Linje: %1, valgt i handlingen: antall 1 à %2, %3 for %4.</translation>
    </message>
    <message>
        <source>The income account chosen for new products in this QuickBooks connection (account id %1) no longer exists or is inactive. Choose another income account in the connection&apos;s settings.</source>
        <translation>Inntektskontoen som er valgt for nye produkter i denne QuickBooks-tilkoblingen (konto-id %1), finnes ikke lenger eller er inaktiv. Velg en annen inntektskonto i innstillingene for tilkoblingen.</translation>
    </message>
    <message>
        <source>Some products must be created in QuickBooks, but the company has no income account to book them to. Create an income account in QuickBooks and choose it in the connection&apos;s settings.</source>
        <translation>Noen produkter må opprettes i QuickBooks, men firmaet har ingen inntektskonto å føre dem på. Opprett en inntektskonto i QuickBooks og velg den i innstillingene for tilkoblingen.</translation>
    </message>
    <message>
        <source>%1 has neither a name nor a SKU, so Bookflow can&apos;t name the QuickBooks product to create for it. Give the line item a name in HubSpot.</source>
        <translation>%1 har verken navn eller SKU, så Bookflow kan ikke gi QuickBooks-produktet som skal opprettes for det, et navn. Gi linjeelementet et navn i HubSpot.</translation>
    </message>
    <message>
        <source>Create product %1 (service, income account %2)</source>
        <translation>Opprett produktet %1 (tjeneste, inntektskonto %2)</translation>
    </message>
    <message>
        <source>matched by the product mapping (HubSpot product %1)</source>
        <translation>funnet via produkttilordningen (HubSpot-produkt %1)</translation>
    </message>
    <message>
        <source>The product mapping links HubSpot product %1 to QuickBooks product id %2, which no longer exists or is inactive; %3 is matched by SKU and name instead.</source>
        <translation>Produkttilordningen knytter HubSpot-produkt %1 til QuickBooks-produkt-id %2, som ikke lenger finnes eller er inaktivt; %3 blir i stedet funnet via SKU og navn.</translation>
    </message>
    <message>
        <source>matched by SKU %1</source>
        <translation>funnet via SKU %1</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>funnet via navn</translation>
    </message>
    <message>
        <source>%1 has no line items, so there is nothing to put on the %2. Add line items to it in HubSpot, or choose one QuickBooks product in the action.</source>
        <translation>%1 har ingen linjeelementer, så det er ingenting å føre på dokumentet (%2). Legg til linjeelementer i HubSpot, eller velg ett QuickBooks-produkt i handlingen.</translation>
    </message>
    <message>
        <source>A line item of %1 can&apos;t be used: %2 Correct it in HubSpot.</source>
        <translation>Et linjeelement i %1 kan ikke brukes: %2 Rett det opp i HubSpot.</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message>
        <source>%1: %2, matched by name.</source>
        <translation>%1: %2, funnet via navn.</translation>
    </message>
    <message>
        <source>%1 matches no active QuickBooks product, and a new one can&apos;t be named %2: QuickBooks has an inactive product of that name (id %3). Make it active again in QuickBooks, or rename it.</source>
        <translation>%1 samsvarer ikke med noe aktivt QuickBooks-produkt, og et nytt kan ikke hete %2: QuickBooks har et inaktivt produkt med det navnet (id %3). Gjør det aktivt igjen i QuickBooks, eller gi det nytt navn.</translation>
    </message>
    <message>
        <source>%1: no QuickBooks product matches it by product mapping, SKU or name; product %2 will be created.</source>
        <translation>%1: ingen QuickBooks-produkter samsvarer via produkttilordning, SKU eller navn; produktet %2 blir opprettet.</translation>
    </message>
    <message numerus="yes">
        <source>No %1 was created: %n line item(s) match no QuickBooks product, and the action doesn&apos;t create missing products: %2. Add the products to QuickBooks, or set “Create the product in QuickBooks if it doesn&apos;t exist” to Yes.</source>
        <translation>
            <numerusform>Ingen %1 ble opprettet: %n linjeelement samsvarer ikke med noe QuickBooks-produkt, og handlingen oppretter ikke manglende produkter: %2. Legg til produktene i QuickBooks, eller sett «Opprett produktet i QuickBooks hvis det ikke finnes» til Ja.</numerusform>
            <numerusform>Ingen %1 ble opprettet: %n linjeelementer samsvarer ikke med noe QuickBooks-produkt, og handlingen oppretter ikke manglende produkter: %2. Legg til produktene i QuickBooks, eller sett «Opprett produktet i QuickBooks hvis det ikke finnes» til Ja.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: HubSpot&apos;s amount is %2, but quantity × unit price is %3 (a discount?); QuickBooks gets quantity × unit price.</source>
        <translation>%1: beløpet i HubSpot er %2, men antall × enhetspris er %3 (en rabatt?); QuickBooks får antall × enhetspris.</translation>
    </message>
    <message>
        <source>%1 has no %2, so the line for the product chosen in the action has no price.</source>
        <translation>%1 mangler %2, så linjen for produktet som er valgt i handlingen, har ingen pris.</translation>
    </message>
    <message>
        <source>%1 has no %2 (it is empty or 0), so there is nothing to record in QuickBooks.</source>
        <translation>%1 mangler %2 (feltet er tomt eller 0), så det er ingenting å føre i QuickBooks.</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>beløp</translation>
    </message>
    <message>
        <source>%1 is refunded in full (%2).</source>
        <translation>%1 er refundert i sin helhet (%2).</translation>
    </message>
    <message>
        <source>%1 is only partly refunded: %2 of %3. A refund receipt is created only when the whole payment is refunded.</source>
        <translation>%1 er bare delvis refundert: %2 av %3. En refusjonskvittering opprettes bare når hele betalingen er refundert.</translation>
    </message>
    <message>
        <source>%1 shows more refunded (%2) than was paid (%3). Check the payment in HubSpot; no refund receipt was created.</source>
        <translation>%1 viser mer refundert (%2) enn det som ble betalt (%3). Kontroller betalingen i HubSpot; ingen refusjonskvittering ble opprettet.</translation>
    </message>
    <message>
        <source>%1 has not been refunded (its refunded amount is empty or 0), so there is no refund to record.</source>
        <translation>%1 er ikke refundert (det refunderte beløpet er tomt eller 0), så det er ingen refusjon å føre.</translation>
    </message>
    <message numerus="yes">
        <source>A paid invoice can&apos;t be created for %1: %n line item(s) are taxed (%2), and Bookflow creates paid invoices only for untaxed line items, so the payment covers the invoice exactly. Use “Create a sales receipt in QuickBooks” for taxed payments.</source>
        <translation>
            <numerusform>Det kan ikke opprettes en betalt faktura for %1: %n linjeelement er avgiftsbelagt (%2), og Bookflow oppretter betalte fakturaer bare for linjeelementer uten avgift, slik at betalingen dekker fakturaen nøyaktig. Bruk «Opprett en salgskvittering i QuickBooks» for avgiftsbelagte betalinger.</numerusform>
            <numerusform>Det kan ikke opprettes en betalt faktura for %1: %n linjeelementer er avgiftsbelagt (%2), og Bookflow oppretter betalte fakturaer bare for linjeelementer uten avgift, slik at betalingen dekker fakturaen nøyaktig. Bruk «Opprett en salgskvittering i QuickBooks» for avgiftsbelagte betalinger.</numerusform>
        </translation>
    </message>
    <message>
        <source>refunded amount</source>
        <translation>refundert beløp</translation>
    </message>
    <message>
        <source>Payment terms: the customer&apos;s default.</source>
        <translation>Betalingsbetingelser: kundens standard.</translation>
    </message>
    <message>
        <source>The payment terms chosen in this action (QuickBooks term id %1) no longer exist or are inactive. Choose other terms, or the customer&apos;s default.</source>
        <translation>Betalingsbetingelsene som er valgt i denne handlingen (QuickBooks-betingelse-id %1), finnes ikke lenger eller er inaktive. Velg andre betingelser, eller kundens standard.</translation>
    </message>
    <message>
        <source>Payment terms: %1.</source>
        <translation>Betalingsbetingelser: %1.</translation>
    </message>
    <message>
        <source>Deposit to: Undeposited Funds (QuickBooks&apos; default).</source>
        <translation>Sett inn på: Undeposited Funds (standard i QuickBooks).</translation>
    </message>
    <message>
        <source>deposit-to account</source>
        <translation>innskuddskonto</translation>
    </message>
    <message>
        <source>Deposit to: %1.</source>
        <translation>Sett inn på: %1.</translation>
    </message>
    <message>
        <source>Choose the QuickBooks account the refund is paid from.</source>
        <translation>Velg QuickBooks-kontoen refusjonen betales fra.</translation>
    </message>
    <message>
        <source>refund-from account</source>
        <translation>refusjonskonto</translation>
    </message>
    <message>
        <source>Refund from: %1.</source>
        <translation>Refunder fra: %1.</translation>
    </message>
    <message>
        <source>Create %1 for %2 (lines total %3)</source>
        <extracomment>&quot;Create invoice for deal 123 (total 150.00)&quot;</extracomment>
        <translation>Opprett %1 for %2 (linjesum %3)</translation>
    </message>
    <message>
        <source>The refund receipt&apos;s lines total %1, while %2 refunded %3.</source>
        <translation>Linjene på refusjonskvitteringen utgjør %1, mens %2 refunderte %3.</translation>
    </message>
    <message>
        <source>The sales receipt&apos;s lines total %1, while %2 is for %3.</source>
        <translation>Linjene på salgskvitteringen utgjør %1, mens %2 gjelder %3.</translation>
    </message>
    <message>
        <source>Create payment of %1 applied to the invoice</source>
        <translation>Opprett en betaling på %1 ført mot fakturaen</translation>
    </message>
    <message>
        <source>The payment (%1) is more than the invoice (%2); %3 stays on the payment as a credit for the customer.</source>
        <translation>Betalingen (%1) er større enn fakturaen (%2); %3 blir stående på betalingen som kreditt for kunden.</translation>
    </message>
    <message>
        <source>The payment (%1) is less than the invoice (%2); the invoice stays open for %3.</source>
        <translation>Betalingen (%1) er mindre enn fakturaen (%2); fakturaen står åpen med %3.</translation>
    </message>
    <message>
        <source>%1 has no processing fee (its fees amount is empty or 0), so there is no expense to record.</source>
        <translation>%1 har ikke noe behandlingsgebyr (gebyrbeløpet er tomt eller 0), så det er ingen utgift å føre.</translation>
    </message>
    <message>
        <source>Choose the bank or credit card account the fee is paid from.</source>
        <translation>Velg bank- eller kredittkortkontoen gebyret betales fra.</translation>
    </message>
    <message>
        <source>Choose the expense category account for the fee.</source>
        <translation>Velg utgiftskategorikontoen for gebyret.</translation>
    </message>
    <message>
        <source>paid-from account</source>
        <translation>betalingskonto</translation>
    </message>
    <message>
        <source>The paid-from account %1 is of type “%2”; a fee can only be paid from a bank or credit card account. Choose another account.</source>
        <translation>Betalingskontoen %1 er av typen «%2»; et gebyr kan bare betales fra en bank- eller kredittkortkonto. Velg en annen konto.</translation>
    </message>
    <message>
        <source>expense category account</source>
        <translation>utgiftskategorikonto</translation>
    </message>
    <message>
        <source>Processing fee of HubSpot %1</source>
        <translation>Behandlingsgebyr for HubSpot-%1</translation>
    </message>
    <message>
        <source>Create expense of %1 for the processing fee of %2</source>
        <translation>Opprett en utgift på %1 for behandlingsgebyret til %2</translation>
    </message>
    <message>
        <source>Expense: %1 paid from %2 (%3), category %4.</source>
        <translation>Utgift: %1 betalt fra %2 (%3), kategori %4.</translation>
    </message>
    <message>
        <source>credit card</source>
        <translation>kredittkort</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>bank</translation>
    </message>
    <message>
        <source>Payee: none.</source>
        <translation>Betalingsmottaker: ingen.</translation>
    </message>
    <message>
        <source>Payee: vendor id %1.</source>
        <translation>Betalingsmottaker: leverandør-id %1.</translation>
    </message>
    <message>
        <source>Bookflow kept trying for 3 days and gave up: %1</source>
        <translation>Bookflow prøvde i 3 dager og ga opp: %1</translation>
    </message>
    <message>
        <source>The QuickBooks document number could not be stored on the HubSpot record: %1</source>
        <translation>Dokumentnummeret fra QuickBooks kunne ikke lagres på HubSpot-posten: %1</translation>
    </message>
    <message>
        <source>Publish the workflow before turning it on.</source>
        <translation>Publiser arbeidsflyten før du slår den på.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A HubSpot record in reasons and notes: &quot;deal 123&quot;, &quot;payment 789&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Line “%1”: the %2 “%3” is not a number.</source>
        <extracomment>%1 is a line item&apos;s name, %2 what was read (&quot;quantity&quot;, &quot;unit price&quot;), %3 the value.</extracomment>
        <translation>Linje «%1»: %2 «%3» er ikke et tall.</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>antall</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>enhetspris</translation>
    </message>
    <message>
        <source>Line “%1” has no unit price.</source>
        <translation>Linje «%1» har ingen enhetspris.</translation>
    </message>
    <message>
        <source>tax rate</source>
        <translation>avgiftssats</translation>
    </message>
    <message>
        <source>tax amount</source>
        <translation>avgiftsbeløp</translation>
    </message>
    <message>
        <source>HubSpot has no %1 %2; it may have been deleted.</source>
        <extracomment>%1 is &quot;deal&quot;, &quot;quote&quot; or &quot;payment&quot;, %2 its HubSpot id.</extracomment>
        <translation>HubSpot har ingen %1 %2; posten kan være slettet.</translation>
    </message>
    <message>
        <source>Reconnect “%1” in Connections.</source>
        <translation>Koble til «%1» på nytt under Tilkoblinger.</translation>
    </message>
    <message>
        <source>HubSpot is not connected. Connect it in Connections.</source>
        <translation>HubSpot er ikke tilkoblet. Koble til HubSpot under Tilkoblinger.</translation>
    </message>
    <message>
        <source>The QuickBooks company this action uses is no longer connected. Choose a connected company in the workflow.</source>
        <translation>QuickBooks-firmaet denne handlingen bruker, er ikke lenger tilkoblet. Velg et tilkoblet firma i arbeidsflyten.</translation>
    </message>
    <message>
        <source>QuickBooks invoice number</source>
        <translation>Fakturanummer i QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks estimate number</source>
        <translation>Nummer på kostnadsoverslag i QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks sales receipt number</source>
        <translation>Salgskvitteringsnummer i QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks refund receipt number</source>
        <translation>Refusjonskvitteringsnummer i QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks expense number</source>
        <translation>Utgiftsnummer i QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks invoice id</source>
        <translation>Faktura-id i QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks estimate id</source>
        <translation>Kostnadsoverslag-id i QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks sales receipt id</source>
        <translation>Salgskvittering-id i QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks refund receipt id</source>
        <translation>Refusjonskvittering-id i QuickBooks</translation>
    </message>
    <message>
        <source>QuickBooks expense id</source>
        <translation>Utgift-id i QuickBooks</translation>
    </message>
    <message>
        <source>The QuickBooks %1 number and id were not stored on the HubSpot %2 %3: %4 The %1 in QuickBooks is not affected. %5</source>
        <translation>Nummeret og id-en til QuickBooks-%1 ble ikke lagret på HubSpot-%2 %3: %4 Dokumentet i QuickBooks (%1) påvirkes ikke. %5</translation>
    </message>
    <message>
        <source>The number of the QuickBooks %1 that Bookflow created for this record.</source>
        <translation>Nummeret på dokumentet (QuickBooks-%1) som Bookflow opprettet for denne posten.</translation>
    </message>
    <message>
        <source>The id of the QuickBooks %1 that Bookflow created for this record; it identifies the %1 in QuickBooks.</source>
        <translation>Id-en til dokumentet (QuickBooks-%1) som Bookflow opprettet for denne posten; den identifiserer dokumentet (%1) i QuickBooks.</translation>
    </message>
    <message>
        <source>Bookflow does not store QuickBooks documents of type &quot;%1&quot; on HubSpot records.</source>
        <translation>Bookflow lagrer ikke QuickBooks-dokumenter av typen «%1» på HubSpot-poster.</translation>
    </message>
    <message>
        <source>There is no QuickBooks %1 id to store on the HubSpot %2 %3.</source>
        <translation>Det finnes ingen id for QuickBooks-%1 å lagre på HubSpot-%2 %3.</translation>
    </message>
    <message>
        <source>this HubSpot connection may not read the %1 properties.</source>
        <translation>denne HubSpot-tilkoblingen har ikke lov til å lese %1-egenskapene.</translation>
    </message>
    <message>
        <source>this HubSpot connection may not add the properties that hold them.</source>
        <translation>denne HubSpot-tilkoblingen har ikke lov til å legge til egenskapene som skal inneholde dem.</translation>
    </message>
    <message>
        <source>this HubSpot connection may not change that %1.</source>
        <translation>denne HubSpot-tilkoblingen har ikke lov til å endre denne posten (%1).</translation>
    </message>
    <message>
        <source>The QuickBooks %1 id %2 is stored on the HubSpot %3 %4.</source>
        <translation>Id-en %2 for QuickBooks-%1 er lagret på HubSpot-%3 %4.</translation>
    </message>
    <message>
        <source>The QuickBooks %1 number %2 (id %3) is stored on the HubSpot %4 %5.</source>
        <translation>Nummeret %2 (id %3) for QuickBooks-%1 er lagret på HubSpot-%4 %5.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Må gjennomgås</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Venter på nytt forsøk</translation>
    </message>
    <message>
        <source>Paused until reconnected</source>
        <translation>På pause til ny tilkobling</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykket</translation>
    </message>
    <message>
        <source>its %1 are not a JSON object</source>
        <translation>%1 er ikke et JSON-objekt</translation>
    </message>
    <message>
        <source>The run history in Bookflow&apos;s database cannot be read: %1 is damaged (%2). The database may have been changed by another program or by a newer Bookflow.</source>
        <translation>Kjørehistorikken i databasen til Bookflow kan ikke leses: %1 er skadet (%2). Databasen kan ha blitt endret av et annet program eller av en nyere Bookflow.</translation>
    </message>
    <message>
        <source>object type</source>
        <translation>objekttypen</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statusen</translation>
    </message>
    <message>
        <source>enrollment %1</source>
        <translation>registrering %1</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notatene</translation>
    </message>
    <message>
        <source>action run %1</source>
        <translation>handlingskjøring %1</translation>
    </message>
    <message>
        <source>request contents</source>
        <translation>forespørselsinnholdet</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>steg %1</translation>
    </message>
    <message>
        <source>The run history has no enrollment %1; it may have been removed.</source>
        <translation>Kjørehistorikken har ingen registrering %1; den kan ha blitt fjernet.</translation>
    </message>
    <message>
        <source>The run history has no action run %1; it may have been removed.</source>
        <translation>Kjørehistorikken har ingen handlingskjøring %1; den kan ha blitt fjernet.</translation>
    </message>
    <message>
        <source>The run history has no step %1; it may have been removed.</source>
        <translation>Kjørehistorikken har ikke noe steg %1; det kan ha blitt fjernet.</translation>
    </message>
    <message>
        <source>the action “%1” (run %2)</source>
        <translation>handlingen «%1» (kjøring %2)</translation>
    </message>
    <message>
        <source>A record can only be enrolled with the workflow&apos;s id and the record&apos;s id; one of them is missing. Nothing was enrolled.</source>
        <translation>En post kan bare registreres med id-en til arbeidsflyten og id-en til posten; en av dem mangler. Ingenting ble registrert.</translation>
    </message>
    <message>
        <source>There is no version %1 to enroll record %2 in. Nothing was enrolled.</source>
        <translation>Det finnes ingen versjon %1 å registrere post %2 i. Ingenting ble registrert.</translation>
    </message>
    <message>
        <source>The actions of the workflow %1 need distinct ids to be run (“%2” is empty or repeated). Nothing was enrolled.</source>
        <translation>Handlingene i arbeidsflyten %1 trenger forskjellige id-er for å kunne kjøres («%2» er tom eller gjentatt). Ingenting ble registrert.</translation>
    </message>
    <message>
        <source>step number %1 is negative or repeated</source>
        <translation>stegnummer %1 er negativt eller gjentatt</translation>
    </message>
    <message>
        <source>the step key “%1” is empty or repeated</source>
        <translation>stegnøkkelen «%1» er tom eller gjentatt</translation>
    </message>
    <message>
        <source>the request id “%1” of step %2 is empty, longer than 36 characters or repeated</source>
        <translation>forespørsels-id-en «%1» for steg %2 er tom, lengre enn 36 tegn eller gjentatt</translation>
    </message>
    <message>
        <source>The plan of action run %1 was not saved: %2.</source>
        <translation>Planen for handlingskjøring %1 ble ikke lagret: %2.</translation>
    </message>
    <message>
        <source>The plan of %1 was not saved: the action is already %2.</source>
        <translation>Planen for %1 ble ikke lagret: handlingen har allerede status «%2».</translation>
    </message>
    <message>
        <source>The plan of %1 was not saved: it was planned already, and a plan is never replaced while any of it may have been sent.</source>
        <translation>Planen for %1 ble ikke lagret: den er allerede planlagt, og en plan erstattes aldri så lenge noe av den kan ha blitt sendt.</translation>
    </message>
    <message>
        <source>The plan of %1 was not saved: its step %2 has the request id %3, which action run %4 already used. The same request id for two writes would make QuickBooks skip one of them.</source>
        <translation>Planen for %1 ble ikke lagret: steg %2 har forespørsels-id-en %3, som handlingskjøring %4 allerede har brukt. Samme forespørsels-id for to skrivinger ville fått QuickBooks til å hoppe over en av dem.</translation>
    </message>
    <message>
        <source>its state is unknown</source>
        <translation>tilstanden er ukjent</translation>
    </message>
    <message>
        <source>Step %1 of the action “%2” was not sent: %3.</source>
        <translation>Steg %1 av handlingen «%2» ble ikke sendt: %3.</translation>
    </message>
    <message>
        <source>QuickBooks already created it</source>
        <translation>QuickBooks har allerede opprettet det</translation>
    </message>
    <message>
        <source>QuickBooks refused it; retry the action first</source>
        <translation>QuickBooks avviste det; prøv handlingen på nytt først</translation>
    </message>
    <message>
        <source>the action is already finished</source>
        <translation>handlingen er allerede fullført</translation>
    </message>
    <message>
        <source>Step %1 cannot be recorded as done without the id QuickBooks gave it.</source>
        <translation>Steg %1 kan ikke registreres som utført uten id-en QuickBooks ga det.</translation>
    </message>
    <message>
        <source>Step %1 was already done as QuickBooks record %2; a second answer names record %3. Check QuickBooks for a duplicate.</source>
        <translation>Steg %1 er allerede utført som QuickBooks-post %2; et nytt svar nevner post %3. Se etter et duplikat i QuickBooks.</translation>
    </message>
    <message>
        <source>Step %1 cannot be recorded as done: it was never recorded as sent (Bookflow records every request before it leaves).</source>
        <translation>Steg %1 kan ikke registreres som utført: det ble aldri registrert som sendt (Bookflow registrerer hver forespørsel før den sendes).</translation>
    </message>
    <message>
        <source>Step %1 cannot be recorded as refused: %2.</source>
        <translation>Steg %1 kan ikke registreres som avvist: %2.</translation>
    </message>
    <message>
        <source>it was never sent</source>
        <translation>det ble aldri sendt</translation>
    </message>
    <message>
        <source>The attempt was not recorded: “%1” is not an outcome Bookflow knows.</source>
        <translation>Forsøket ble ikke registrert: «%1» er ikke et utfall Bookflow kjenner.</translation>
    </message>
    <message>
        <source>Action run %1 can only be finished as done or failed, not as “%2”.</source>
        <translation>Handlingskjøring %1 kan bare avsluttes som ferdig eller mislykket, ikke som «%2».</translation>
    </message>
    <message>
        <source>%1 is already %2 and cannot now be %3; retry it first if it failed.</source>
        <translation>%1 har allerede status «%2» og kan ikke nå få status «%3»; prøv den på nytt først hvis den mislyktes.</translation>
    </message>
    <message>
        <source>Action run %1 needs a valid time to retry at.</source>
        <translation>Handlingskjøring %1 trenger et gyldig tidspunkt for nytt forsøk.</translation>
    </message>
    <message>
        <source>%1 is already %2; there is nothing to retry.</source>
        <translation>%1 har allerede status «%2»; det er ingenting å prøve på nytt.</translation>
    </message>
    <message>
        <source>The QuickBooks connection needs reconnecting before this action can run.</source>
        <translation>QuickBooks-tilkoblingen må kobles til på nytt før denne handlingen kan kjøres.</translation>
    </message>
    <message>
        <source>Only a failed action can be retried; %1 is %2.</source>
        <translation>Bare en mislykket handling kan prøves på nytt; %1 har status «%2».</translation>
    </message>
    <message>
        <source>%1 may already have created its document, so its plan is kept.</source>
        <translation>%1 kan allerede ha opprettet dokumentet sitt, så planen beholdes.</translation>
    </message>
    <message>
        <source>The history could not be written: the file is not open for writing.</source>
        <translation>Historikken kunne ikke skrives: filen er ikke åpnet for skriving.</translation>
    </message>
    <message>
        <source>The history could not be written (%1).</source>
        <translation>Historikken kunne ikke skrives (%1).</translation>
    </message>
    <message>
        <source>Enrolled at</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>Workflow id</source>
        <translation>Arbeidsflyt-id</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Objekttype</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Objekt-id</translation>
    </message>
    <message>
        <source>Enrollment no</source>
        <translation>Registrering nr.</translation>
    </message>
    <message>
        <source>Action id</source>
        <translation>Handlings-id</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Dokumenttype</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <source>Document id</source>
        <translation>Dokument-id</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>Feilklasse</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>The polling position of workflow %1 needs a valid time.</source>
        <translation>Avlesningsposisjonen til arbeidsflyten %1 trenger et gyldig tidspunkt.</translation>
    </message>
    <message>
        <source>re-enrollment values</source>
        <translation>verdiene for ny registrering</translation>
    </message>
    <message>
        <source>what was remembered about record %1</source>
        <translation>det som ble husket om post %1</translation>
    </message>
    <message>
        <source>A record without an id cannot be remembered for workflow %1. Nothing was saved.</source>
        <translation>En post uten id kan ikke huskes for arbeidsflyten %1. Ingenting ble lagret.</translation>
    </message>
    <message>
        <source>Where sign-ins are kept: keychain (the default), file or memory.</source>
        <translation>Hvor pålogginger lagres: keychain (standard), file eller memory.</translation>
    </message>
    <message>
        <source>BACKEND</source>
        <translation>LAGRING</translation>
    </message>
    <message>
        <source>HubSpot needs to be reconnected. Reconnect it under Connections; Bookflow tries again by itself.</source>
        <translation>HubSpot må kobles til på nytt. Koble til HubSpot på nytt under Tilkoblinger; Bookflow prøver igjen av seg selv.</translation>
    </message>
    <message>
        <source>Nothing to do: Bookflow tries again by itself. It keeps trying for up to 3 days before it gives up and lists the action under Needs review.</source>
        <translation>Du trenger ikke gjøre noe: Bookflow prøver igjen av seg selv. Bookflow fortsetter å prøve i opptil 3 dager før den gir opp og viser handlingen under Må gjennomgås.</translation>
    </message>
    <message>
        <source>Reconnect the QuickBooks company under Connections. The work waiting for it goes on by itself once it is reconnected.</source>
        <translation>Koble til QuickBooks-firmaet på nytt under Tilkoblinger. Arbeidet som venter på det, fortsetter av seg selv når det er koblet til igjen.</translation>
    </message>
    <message>
        <source>QuickBooks or HubSpot could not be reached for 3 days. Check that the connections work, then choose Retry. A retry never creates a second document.</source>
        <translation>QuickBooks eller HubSpot kunne ikke nås på 3 dager. Kontroller at tilkoblingene virker, og velg deretter Prøv igjen. Et nytt forsøk oppretter aldri et dokument nummer to.</translation>
    </message>
    <message>
        <source>Reconnect the account under Connections, then choose Retry. A retry never creates a second document.</source>
        <translation>Koble til kontoen på nytt under Tilkoblinger, og velg deretter Prøv igjen. Et nytt forsøk oppretter aldri et dokument nummer to.</translation>
    </message>
    <message>
        <source>Fix the cause in HubSpot or QuickBooks, then choose Retry. A retry never creates a second document. Changing the workflow does not change this run: it keeps the version it enrolled with.</source>
        <translation>Rett opp årsaken i HubSpot eller QuickBooks, og velg deretter Prøv igjen. Et nytt forsøk oppretter aldri et dokument nummer to. Endringer i arbeidsflyten endrer ikke denne kjøringen: den beholder versjonen den ble registrert med.</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Kostnadsoverslag</translation>
    </message>
    <message>
        <source>Sales receipt</source>
        <translation>Salgskvittering</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Utgift</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Refusjonskvittering</translation>
    </message>
    <message>
        <source>Bookflow ref %1</source>
        <extracomment>The marker at the end of a QuickBooks document&apos;s private note; %1 is a long id.</extracomment>
        <translation>Bookflow-referanse %1</translation>
    </message>
    <message>
        <source>Version %1 of the workflow no longer has this action (%2), so Bookflow cannot tell what to create. Publish the workflow again and retry.</source>
        <translation>Versjon %1 av arbeidsflyten har ikke lenger denne handlingen (%2), så Bookflow kan ikke vite hva som skal opprettes. Publiser arbeidsflyten på nytt og prøv igjen.</translation>
    </message>
    <message>
        <source>Bookflow&apos;s saved plan for this action is damaged (step %1 needs “%2”, which was never created); nothing more was sent. Retry the action to plan it again.</source>
        <translation>Den lagrede planen til Bookflow for denne handlingen er skadet (steg %1 trenger «%2», som aldri ble opprettet); ingenting mer ble sendt. Prøv handlingen på nytt for å planlegge den på nytt.</translation>
    </message>
    <message>
        <source>Bookflow&apos;s saved plan for this action names a QuickBooks record type it doesn&apos;t know (“%1”); nothing was sent. Retry the action to plan it again.</source>
        <translation>Den lagrede planen til Bookflow for denne handlingen nevner en QuickBooks-posttype Bookflow ikke kjenner («%1»); ingenting ble sendt. Prøv handlingen på nytt for å planlegge den på nytt.</translation>
    </message>
    <message>
        <source>Bookflow could not finish this action in one pass; it will try again shortly.</source>
        <translation>Bookflow kunne ikke fullføre denne handlingen i én runde; den prøver igjen om kort tid.</translation>
    </message>
    <message>
        <source>Found in QuickBooks by its Bookflow marker: it was created earlier, so it was not created again.</source>
        <translation>Funnet i QuickBooks via Bookflow-merket: det ble opprettet tidligere, så det ble ikke opprettet på nytt.</translation>
    </message>
    <message>
        <source>Bookflow&apos;s plan for this action creates no QuickBooks document, so nothing was sent. Retry the action to plan it again.</source>
        <translation>Planen til Bookflow for denne handlingen oppretter ikke noe QuickBooks-dokument, så ingenting ble sendt. Prøv handlingen på nytt for å planlegge den på nytt.</translation>
    </message>
    <message>
        <source>Publish the workflow before running it for real.</source>
        <translation>Publiser arbeidsflyten før du kjører den på ekte.</translation>
    </message>
    <message>
        <source>Deal “%1”</source>
        <translation>Avtale «%1»</translation>
    </message>
    <message>
        <source>Quote “%1”</source>
        <translation>Tilbud «%1»</translation>
    </message>
    <message>
        <source>Payment %1</source>
        <translation>Betaling %1</translation>
    </message>
    <message>
        <source>Contact information</source>
        <translation>Kontaktinformasjon</translation>
    </message>
    <message>
        <source>Deal information</source>
        <translation>Avtaleinformasjon</translation>
    </message>
    <message>
        <source>Quote information</source>
        <translation>Tilbudsinformasjon</translation>
    </message>
    <message>
        <source>Payment information</source>
        <translation>Betalingsinformasjon</translation>
    </message>
    <message>
        <source>Line item information</source>
        <translation>Linjeelementinformasjon</translation>
    </message>
    <message>
        <source>Product information</source>
        <translation>Produktinformasjon</translation>
    </message>
    <message>
        <source>Invoice information</source>
        <translation>Fakturainformasjon</translation>
    </message>
    <message>
        <source>Email information</source>
        <translation>E-postinformasjon</translation>
    </message>
    <message>
        <source>Web analytics history</source>
        <translation>Nettanalysehistorikk</translation>
    </message>
    <message>
        <source>Deal activity</source>
        <translation>Avtaleaktivitet</translation>
    </message>
    <message>
        <source>Sales properties</source>
        <translation>Salgsegenskaper</translation>
    </message>
    <message>
        <source>Conversion information</source>
        <translation>Konverteringsinformasjon</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>Andre egenskaper</translation>
    </message>
    <message>
        <source>payment terms</source>
        <translation>betalingsbetingelser</translation>
    </message>
    <message>
        <source>deposit account</source>
        <translation>innskuddskonto</translation>
    </message>
    <message>
        <source>expense category</source>
        <translation>utgiftskategori</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>avtaler</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>tilbud</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>betalinger</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>det er ikke gyldig JSON (%1 ved byte %2)</translation>
    </message>
    <message>
        <source>it does not hold the demo&apos;s records</source>
        <translation>den inneholder ikke postene til demoen</translation>
    </message>
    <message>
        <source>The demo could not start its local HubSpot and QuickBooks: %1</source>
        <translation>Demoen kunne ikke starte sin lokale HubSpot og QuickBooks: %1</translation>
    </message>
    <message>
        <source>The demo data in %1 could not be read: %2. The file was left as it is and the demo started from its sample records; Reset demo data starts afresh.</source>
        <translation>Demodataene i %1 kunne ikke leses: %2. Filen ble latt være som den er, og demoen startet med eksempelpostene sine; Tilbakestill demodata starter på nytt.</translation>
    </message>
    <message>
        <source>Start the demo workspace even when real accounts are connected (it starts by itself when none are).</source>
        <translation>Start demoarbeidsområdet selv om ekte kontoer er tilkoblet (det starter av seg selv når ingen er det).</translation>
    </message>
    <message>
        <source>Start without opening the window (at login): workflows that are on run, and the tray icon or starting Bookflow again opens it.</source>
        <translation>Start uten å åpne vinduet (ved pålogging): arbeidsflyter som er slått på, kjører, og vinduet åpnes fra ikonet i systemstatusfeltet eller når du starter Bookflow på nytt.</translation>
    </message>
    <message>
        <source>Bookflow is already running on %1; its window was brought to the front.</source>
        <translation>Bookflow kjører allerede med datamappen %1; vinduet ble hentet frem.</translation>
    </message>
    <message>
        <source>a second Bookflow could start on the same data folder: %1</source>
        <translation>en annen Bookflow kan starte med samme datamappe: %1</translation>
    </message>
    <message>
        <source>no keychain answers (%1); the demo keeps its sign-ins in memory for this session. To connect real accounts, start Bookflow in a desktop session with a keyring, or with --secrets file.</source>
        <translation>ingen nøkkelring svarer (%1); demoen holder påloggingene sine i minnet denne økten. For å koble til ekte kontoer starter du Bookflow i en skrivebordsøkt med nøkkelring, eller med --secrets file.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>Keeps the workflows that are on running from the moment you log in</source>
        <translation>Holder arbeidsflytene som er slått på, i gang fra du logger på</translation>
    </message>
    <message>
        <source>Bookflow could not create the folder %1, so it cannot start at login.</source>
        <translation>Bookflow kunne ikke opprette mappen %1, så Bookflow kan ikke starte ved pålogging.</translation>
    </message>
    <message>
        <source>Bookflow could not write %1, so it cannot start at login: %2</source>
        <translation>Bookflow kunne ikke skrive %1, så Bookflow kan ikke starte ved pålogging: %2</translation>
    </message>
    <message>
        <source>Bookflow could not remove %1, so it will still start at login: %2</source>
        <translation>Bookflow kunne ikke fjerne %1, så Bookflow starter fortsatt ved pålogging: %2</translation>
    </message>
    <message>
        <source>Bookflow has no translation for “%1”.</source>
        <translation>Bookflow har ingen oversettelse for «%1».</translation>
    </message>
    <message>
        <source>Bookflow could not save its settings to %1.</source>
        <translation>Bookflow kunne ikke lagre innstillingene sine i %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>unknown command “%1” (try --help)</source>
        <translation>ukjent kommando «%1» (prøv --help)</translation>
    </message>
    <message>
        <source>usage: bookflow-cli %1</source>
        <translation>bruk: bookflow-cli %1</translation>
    </message>
    <message>
        <source>“%1” matches %2 workflows; give more of the id</source>
        <translation>«%1» passer med %2 arbeidsflyter; oppgi mer av id-en</translation>
    </message>
    <message>
        <source>there is no workflow with the id “%1” (see bookflow-cli list)</source>
        <translation>det finnes ingen arbeidsflyt med id-en «%1» (se bookflow-cli list)</translation>
    </message>
    <message>
        <source>Imported “%1” as %2 (a draft).</source>
        <translation>Importerte «%1» som %2 (et utkast).</translation>
    </message>
    <message>
        <source>--published must be a published version number (1, 2, …)</source>
        <translation>--published må være et publisert versjonsnummer (1, 2, …)</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Eksporterte %1 til %2.</translation>
    </message>
    <message>
        <source>No workflows yet. Import one with: bookflow-cli import FILE</source>
        <translation>Ingen arbeidsflyter ennå. Importer en med: bookflow-cli import FILE</translation>
    </message>
    <message>
        <source>on</source>
        <translation>på</translation>
    </message>
    <message>
        <source>off</source>
        <translation>av</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>unpublished</source>
        <translation>upublisert</translation>
    </message>
    <message>
        <source>, draft edited</source>
        <translation>, utkastet er endret</translation>
    </message>
    <message>
        <source>%1 (%2-based workflow)</source>
        <translation>%1 (%2-basert arbeidsflyt)</translation>
    </message>
    <message>
        <source>id %1 · %2 · %3</source>
        <translation>id %1 · %2 · %3</translation>
    </message>
    <message>
        <source>published version %1</source>
        <translation>publisert versjon %1</translation>
    </message>
    <message>
        <source>never published</source>
        <translation>aldri publisert</translation>
    </message>
    <message>
        <source>Enrolls when:</source>
        <translation>Registrerer når:</translation>
    </message>
    <message>
        <source>  OR</source>
        <translation>  ELLER</translation>
    </message>
    <message>
        <source>AND </source>
        <translation>OG </translation>
    </message>
    <message>
        <source>Re-enrolls when it meets the triggers again.</source>
        <translation>Registrerer på nytt når posten oppfyller utløserne igjen.</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>Deretter:</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Ingen problemer funnet.</translation>
    </message>
    <message>
        <source>error:</source>
        <translation>feil:</translation>
    </message>
    <message>
        <source>warning:</source>
        <translation>advarsel:</translation>
    </message>
    <message>
        <source>Published version %1.</source>
        <translation>Publiserte versjon %1.</translation>
    </message>
    <message>
        <source>Turned on.</source>
        <translation>Slått på.</translation>
    </message>
    <message>
        <source>Turned off.</source>
        <translation>Slått av.</translation>
    </message>
    <message>
        <source>Keep the database in DIR.</source>
        <translation>Lagre databasen i DIR.</translation>
    </message>
    <message>
        <source>Where secrets are kept: keychain (default), file or memory.</source>
        <translation>Hvor hemmeligheter lagres: keychain (standard), file eller memory.</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Skriv ut ett JSON-dokument på standard ut.</translation>
    </message>
    <message>
        <source>import: the QuickBooks connection for every action.</source>
        <translation>import: QuickBooks-tilkoblingen for alle handlinger.</translation>
    </message>
    <message>
        <source>export, show: a published version number.</source>
        <translation>export, show: et publisert versjonsnummer.</translation>
    </message>
    <message>
        <source>What to do (see above).</source>
        <translation>Hva som skal gjøres (se ovenfor).</translation>
    </message>
    <message>
        <source>--secrets must be keychain, file or memory</source>
        <translation>--secrets må være keychain, file eller memory</translation>
    </message>
    <message>
        <source>no command given (try --help)</source>
        <translation>ingen kommando oppgitt (prøv --help)</translation>
    </message>
    <message>
        <source>--connection must name a QuickBooks connection (see bookflow-cli connections)</source>
        <translation>--connection må angi en QuickBooks-tilkobling (se bookflow-cli connections)</translation>
    </message>
    <message>
        <source>--environment must be sandbox or production</source>
        <translation>--environment må være sandbox eller production</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>tilkoblet</translation>
    </message>
    <message>
        <source>needs reconnect</source>
        <translation>må kobles til på nytt</translation>
    </message>
    <message>
        <source>realmId</source>
        <translation>realmId</translation>
    </message>
    <message>
        <source>hubId</source>
        <translation>hubId</translation>
    </message>
    <message>
        <source>usage: bookflow-cli connect sandbox --url URL</source>
        <translation>bruk: bookflow-cli connect sandbox --url URL</translation>
    </message>
    <message>
        <source>--url must be the sandbox&apos;s http://127.0.0.1:PORT address</source>
        <translation>--url må være sandkassens http://127.0.0.1:PORT-adresse</translation>
    </message>
    <message>
        <source>Connected %1</source>
        <translation>Koblet til %1</translation>
    </message>
    <message>
        <source>connect what? sandbox, hubspot or quickbooks</source>
        <translation>koble til hva? sandbox, hubspot eller quickbooks</translation>
    </message>
    <message>
        <source>--private-app is for HubSpot only</source>
        <translation>--private-app gjelder bare HubSpot</translation>
    </message>
    <message>
        <source>Open this address in your browser and approve Bookflow:</source>
        <translation>Åpne denne adressen i nettleseren og godkjenn Bookflow:</translation>
    </message>
    <message>
        <source>Paste the address your browser ended on:</source>
        <translation>Lim inn adressen nettleseren endte på:</translation>
    </message>
    <message>
        <source>nothing on standard input</source>
        <translation>ingenting på standard inn</translation>
    </message>
    <message>
        <source>app: hubspot or quickbooks</source>
        <translation>app: hubspot eller quickbooks</translation>
    </message>
    <message>
        <source>app: --client-id is required</source>
        <translation>app: --client-id er påkrevd</translation>
    </message>
    <message>
        <source>Saved the %1 app (the client secret is in %2).</source>
        <translation>Lagret %1-appen (klienthemmeligheten ligger i %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing is connected. Try: bookflow-cli connect sandbox --url http://127.0.0.1:PORT</source>
        <translation>Ingenting er tilkoblet. Prøv: bookflow-cli connect sandbox --url http://127.0.0.1:PORT</translation>
    </message>
    <message>
        <source>Disconnected %1 (%2); its sign-in was revoked.</source>
        <translation>Koblet fra %1 (%2); påloggingen ble trukket tilbake.</translation>
    </message>
    <message>
        <source>connect: the sandbox&apos;s (or HubSpot API&apos;s) address.</source>
        <translation>connect: adressen til sandkassen (eller HubSpot-API-et).</translation>
    </message>
    <message>
        <source>connect, app: sandbox or production (default).</source>
        <translation>connect, app: sandbox eller production (standard).</translation>
    </message>
    <message>
        <source>connect hubspot: use a private app&apos;s access token (read from standard input).</source>
        <translation>connect hubspot: bruk tilgangstokenet til en privat app (leses fra standard inn).</translation>
    </message>
    <message>
        <source>app: the OAuth client ID.</source>
        <translation>app: OAuth-klient-ID-en.</translation>
    </message>
    <message>
        <source>app: the redirect URI registered with the provider.</source>
        <translation>app: omdirigerings-URI-en som er registrert hos tjenesten.</translation>
    </message>
    <message>
        <source>connections: ask each provider whether the sign-in still works.</source>
        <translation>connections: spør hver tjeneste om påloggingen fortsatt virker.</translation>
    </message>
    <message>
        <source>--enroll-existing must be yes or no</source>
        <translation>--enroll-existing må være yes eller no</translation>
    </message>
    <message>
        <source>Polling HubSpot failed: %1</source>
        <translation>Avlesning av HubSpot mislyktes: %1</translation>
    </message>
    <message>
        <source>%1 enrolled, %2 actions done, %3 failed, %4 to retry, %5 paused.</source>
        <translation>%1 registrert, %2 handlinger ferdige, %3 mislykket, %4 skal prøves igjen, %5 på pause.</translation>
    </message>
    <message>
        <source>test: --record OBJECT_ID is required</source>
        <translation>test: --record OBJECT_ID er påkrevd</translation>
    </message>
    <message>
        <source>Dry run on %1 (nothing is written):</source>
        <translation>Prøvekjøring på %1 (ingenting blir skrevet):</translation>
    </message>
    <message>
        <source>The record meets the triggers.</source>
        <translation>Posten oppfyller utløserne.</translation>
    </message>
    <message>
        <source>The record does not meet the triggers.</source>
        <translation>Posten oppfyller ikke utløserne.</translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation>Handling %1: %2</translation>
    </message>
    <message>
        <source>would create</source>
        <translation>ville opprettet</translation>
    </message>
    <message>
        <source>would fail: %1</source>
        <translation>ville mislyktes: %1</translation>
    </message>
    <message>
        <source>Action %1: created %2 %3 (id %4)</source>
        <translation>Handling %1: opprettet %2 %3 (id %4)</translation>
    </message>
    <message>
        <source>Action %1: %2 — %3</source>
        <translation>Handling %1: %2 – %3</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>kan ikke skrive til standard ut</translation>
    </message>
    <message>
        <source>Nothing has run yet.</source>
        <translation>Ingenting har kjørt ennå.</translation>
    </message>
    <message>
        <source>publish, on: whether records already meeting the triggers enroll (yes|no).</source>
        <translation>publish, on: om poster som allerede oppfyller utløserne, skal registreres (yes|no).</translation>
    </message>
    <message>
        <source>test: the HubSpot record id.</source>
        <translation>test: id-en til HubSpot-posten.</translation>
    </message>
    <message>
        <source>test: run the actions for real on that record.</source>
        <translation>test: kjør handlingene på ekte for den posten.</translation>
    </message>
    <message>
        <source>run: one pass, then exit.</source>
        <translation>run: én runde, og avslutt deretter.</translation>
    </message>
    <message>
        <source>history: only this workflow.</source>
        <translation>history: bare denne arbeidsflyten.</translation>
    </message>
    <message>
        <source>history: CSV instead of text or JSON.</source>
        <translation>history: CSV i stedet for tekst eller JSON.</translation>
    </message>
    <message>
        <source>retry: give the action run&apos;s id (a number)</source>
        <translation>retry: oppgi id-en til handlingskjøringen (et tall)</translation>
    </message>
    <message>
        <source>Done: %1 %2 (id %3).</source>
        <translation>Ferdig: %1 %2 (id %3).</translation>
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
        <translation>Bookflow på kommandolinjen: administrer arbeidsflyter som gjør HubSpot-poster om til QuickBooks-dokumenter.

Kommandoer:
  import FILE [--connection ID]   legg til en arbeidsflytfil som et nytt utkast
  export ID [FILE] [--published N]  skriv utkastet (eller publisert versjon N) som en arbeidsflytfil
  list                            vis arbeidsflytene
  show ID [--published N]           beskriv en arbeidsflyt (--json: arbeidsflytfilen)
  validate ID                     gå gjennom utkastet; avslutter med 1 ved feil
  publish ID                      gå gjennom, og frys deretter utkastet som neste versjon
  on ID | off ID                  slå en publisert arbeidsflyt på eller av
  connect sandbox --url URL       koble til HubSpot og alle QuickBooks-firmaer i en Bookflow-sandkasse
  connect hubspot|quickbooks [--environment E] [--private-app]
                                  koble til en ekte konto (godkjenn i nettleseren)
  app hubspot|quickbooks --client-id ID [--redirect-uri URI] [--environment E]
                                  lagre legitimasjonen til en app (klienthemmeligheten på standard inn)
  connections [--check]           vis tilkoblingene og tilstanden deres (--check spør tjenestene)
  disconnect ID                   trekk tilbake påloggingen til en tilkobling og glem den
  publish ID [--enroll-existing yes|no]  bestem også hva som skjer med poster som allerede oppfyller utløserne
  test ID --record OBJECT_ID [--live]  prøvekjøring på en post (ingenting skrives); --live kjører den på ekte
  run [--once]                    les av, registrer og send det som skal sendes (én gang, eller hvert minutt)
  history [--workflow ID] [--csv] [--needs-review]  kjørehistorikken
  retry ACTION_RUN_ID             prøv en mislykket handling igjen (etter at årsaken er rettet)</translation>
    </message>
    <message>
        <source>history: only enrollments with a failed action.</source>
        <translation>history: bare registreringer med en mislykket handling.</translation>
    </message>
</context>
<context>
    <name>FilterEdit</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og klokkeslett</translation>
    </message>
    <message>
        <source>Dropdown (options)</source>
        <translation>Nedtrekksliste (alternativer)</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Ja/Nei</translation>
    </message>
</context>
<context>
    <name>FilterText</name>
    <message>
        <source>(no property chosen)</source>
        <translation>(ingen egenskap valgt)</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is more than %2 days ago</source>
        <translation>%1 er mer enn %2 dager siden</translation>
    </message>
    <message>
        <source>%1 is less than %2 days ago</source>
        <translation>%1 er mindre enn %2 dager siden</translation>
    </message>
    <message>
        <source>%1 is between %2 and %3</source>
        <translation>%1 er mellom %2 og %3</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 %2 …</source>
        <translation>%1 %2 …</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>bookflow::ActionPanel</name>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Which QuickBooks account?</source>
        <translation>Hvilken QuickBooks-konto?</translation>
    </message>
    <message>
        <source>&amp;Which QuickBooks account?</source>
        <translation>&amp;Hvilken QuickBooks-konto?</translation>
    </message>
    <message>
        <source>Change the QuickBooks account to %1</source>
        <translation>Bytt QuickBooks-konto til %1</translation>
    </message>
    <message>
        <source>Change the QuickBooks account to %1 (clears the %2 chosen in %3)</source>
        <translation>Bytt QuickBooks-konto til %1 (fjerner %2 som var valgt i %3)</translation>
    </message>
    <message>
        <source>&amp;Payment terms</source>
        <translation>&amp;Betalingsbetingelser</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Betalingsbetingelser</translation>
    </message>
    <message>
        <source>Change payment terms</source>
        <translation>Endre betalingsbetingelser</translation>
    </message>
    <message>
        <source>The customer&apos;s default terms</source>
        <translation>Kundens standardbetingelser</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Change the customer</source>
        <translation>Endre kunden</translation>
    </message>
    <message>
        <source>P&amp;roducts</source>
        <translation>P&amp;rodukter</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <source>Change the products</source>
        <translation>Endre produktene</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>No, don&apos;t create missing products</source>
        <translation>Nei, ikke opprett manglende produkter</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes, create missing products</source>
        <translation>Ja, opprett manglende produkter</translation>
    </message>
    <message>
        <source>Create the product in QuickBooks if it doesn&apos;t exist</source>
        <translation>Opprett produktet i QuickBooks hvis det ikke finnes</translation>
    </message>
    <message>
        <source>Create missing products in QuickBooks</source>
        <translation>Opprett manglende produkter i QuickBooks</translation>
    </message>
    <message>
        <source>Don&apos;t create missing products in QuickBooks</source>
        <translation>Ikke opprett manglende produkter i QuickBooks</translation>
    </message>
    <message>
        <source>&amp;Deposit to</source>
        <translation>&amp;Sett inn på</translation>
    </message>
    <message>
        <source>Deposit to</source>
        <translation>Sett inn på</translation>
    </message>
    <message>
        <source>Change the deposit account</source>
        <translation>Endre innskuddskontoen</translation>
    </message>
    <message>
        <source>Undeposited Funds (QuickBooks&apos; default)</source>
        <translation>Undeposited Funds (standard i QuickBooks)</translation>
    </message>
    <message>
        <source>P&amp;aid from (bank or credit card)</source>
        <translation>Betalt &amp;fra (bank eller kredittkort)</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Betalt fra</translation>
    </message>
    <message>
        <source>Change the account the fee is paid from</source>
        <translation>Endre kontoen gebyret betales fra</translation>
    </message>
    <message>
        <source>Choose an account</source>
        <translation>Velg en konto</translation>
    </message>
    <message>
        <source>&amp;Expense category</source>
        <translation>&amp;Utgiftskategori</translation>
    </message>
    <message>
        <source>Expense category</source>
        <translation>Utgiftskategori</translation>
    </message>
    <message>
        <source>Change the expense category</source>
        <translation>Endre utgiftskategorien</translation>
    </message>
    <message>
        <source>Payee &amp;vendor (optional)</source>
        <translation>Betalingsmottaker (&amp;leverandør, valgfritt)</translation>
    </message>
    <message>
        <source>Payee vendor</source>
        <translation>Leverandør som betalingsmottaker</translation>
    </message>
    <message>
        <source>Change the payee vendor</source>
        <translation>Endre leverandøren som er betalingsmottaker</translation>
    </message>
    <message>
        <source>No payee</source>
        <translation>Ingen betalingsmottaker</translation>
    </message>
    <message>
        <source>Re&amp;fund from</source>
        <translation>Re&amp;funder fra</translation>
    </message>
    <message>
        <source>Refund from</source>
        <translation>Refunder fra</translation>
    </message>
    <message>
        <source>Change the account the refund is paid from</source>
        <translation>Endre kontoen refusjonen betales fra</translation>
    </message>
    <message>
        <source>Rule of this action</source>
        <translation>Regel for denne handlingen</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Slett handlingen</translation>
    </message>
    <message>
        <source>The deal&apos;s first contact</source>
        <translation>Den første kontakten på avtalen</translation>
    </message>
    <message>
        <source>The deal&apos;s line items</source>
        <translation>Linjeelementene i avtalen</translation>
    </message>
    <message>
        <source>With one QuickBooks product chosen, the document has one line for the deal&apos;s amount.</source>
        <translation>Med ett QuickBooks-produkt valgt får dokumentet én linje med beløpet fra avtalen.</translation>
    </message>
    <message>
        <source>The quote&apos;s first contact</source>
        <translation>Den første kontakten på tilbudet</translation>
    </message>
    <message>
        <source>The quote&apos;s line items</source>
        <translation>Linjeelementene i tilbudet</translation>
    </message>
    <message>
        <source>With one QuickBooks product chosen, the document has one line for the quote&apos;s amount.</source>
        <translation>Med ett QuickBooks-produkt valgt får dokumentet én linje med beløpet fra tilbudet.</translation>
    </message>
    <message>
        <source>The payment&apos;s first contact</source>
        <translation>Den første kontakten på betalingen</translation>
    </message>
    <message>
        <source>The payment&apos;s line items</source>
        <translation>Linjeelementene i betalingen</translation>
    </message>
    <message>
        <source>With one QuickBooks product chosen, the document has one line for the payment&apos;s amount.</source>
        <translation>Med ett QuickBooks-produkt valgt får dokumentet én linje med beløpet fra betalingen.</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Firma %1</translation>
    </message>
    <message>
        <source>%1 — outside the US, can&apos;t be used</source>
        <translation>%1 – utenfor USA, kan ikke brukes</translation>
    </message>
    <message>
        <source>Bookflow creates QuickBooks documents only in US companies.</source>
        <translation>Bookflow oppretter QuickBooks-dokumenter bare i amerikanske firmaer.</translation>
    </message>
    <message>
        <source>%1 — needs reconnecting</source>
        <translation>%1 – må kobles til på nytt</translation>
    </message>
    <message>
        <source>A company that is not connected (id %1)</source>
        <translation>Et firma som ikke er tilkoblet (id %1)</translation>
    </message>
    <message>
        <source>No QuickBooks company is connected</source>
        <translation>Ingen QuickBooks-firmaer er tilkoblet</translation>
    </message>
    <message>
        <source>Choose a QuickBooks company</source>
        <translation>Velg et QuickBooks-firma</translation>
    </message>
    <message>
        <source>Connect a QuickBooks company in Connections to choose it here.</source>
        <translation>Koble til et QuickBooks-firma under Tilkoblinger for å kunne velge det her.</translation>
    </message>
    <message>
        <source>⚠ %1 is outside the US (country: %2). Bookflow creates QuickBooks documents only in US companies; choose a US company.</source>
        <translation>⚠ %1 er utenfor USA (land: %2). Bookflow oppretter QuickBooks-dokumenter bare i amerikanske firmaer; velg et amerikansk firma.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukjent</translation>
    </message>
    <message>
        <source>⚠ %1 needs reconnecting in Connections: %2</source>
        <translation>⚠ %1 må kobles til på nytt under Tilkoblinger: %2</translation>
    </message>
    <message>
        <source>⚠ The QuickBooks company this action was made for is not connected. Choose a connected company.</source>
        <translation>⚠ QuickBooks-firmaet denne handlingen ble laget for, er ikke tilkoblet. Velg et tilkoblet firma.</translation>
    </message>
    <message>
        <source>This action no longer exists.</source>
        <translation>Denne handlingen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>⚠ Paid invoices are created only when no line item is taxable. The payment is recorded against the invoice for the payment&apos;s amount.</source>
        <translation>⚠ Betalte fakturaer opprettes bare når ingen linjeelementer er avgiftspliktige. Betalingen føres mot fakturaen med betalingens beløp.</translation>
    </message>
    <message>
        <source>⚠ Refund receipts are created only for payments that are fully refunded.</source>
        <translation>⚠ Refusjonskvitteringer opprettes bare for betalinger som er refundert i sin helhet.</translation>
    </message>
    <message>
        <source>The expense records the payment&apos;s processing fee (its fees amount); payments without a fee are skipped with that reason.</source>
        <translation>Utgiften fører behandlingsgebyret for betalingen (gebyrbeløpet); betalinger uten gebyr hoppes over med den begrunnelsen.</translation>
    </message>
    <message>
        <source>Sales receipts take any products, taxable or not.</source>
        <translation>Salgskvitteringer tar alle produkter, avgiftspliktige eller ikke.</translation>
    </message>
</context>
<context>
    <name>bookflow::AppCredentialsDialog</name>
    <message>
        <source>%1 app credentials (%2)</source>
        <translation>App-legitimasjon for %1 (%2)</translation>
    </message>
    <message>
        <source>Enter the credentials of the app you created in your HubSpot developer account (Apps › your app › Auth).</source>
        <translation>Skriv inn legitimasjonen til appen du opprettet i HubSpot-utviklerkontoen din (Apper › appen din › Auth).</translation>
    </message>
    <message>
        <source>Enter the keys of the app you created on developer.intuit.com (your app › Keys and credentials, %1 keys).</source>
        <translation>Skriv inn nøklene til appen du opprettet på developer.intuit.com (appen din › Keys and credentials, nøklene for %1).</translation>
    </message>
    <message>
        <source>development</source>
        <translation>utvikling</translation>
    </message>
    <message>
        <source>production</source>
        <translation>produksjon</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Klient-ID</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Klient-&amp;ID:</translation>
    </message>
    <message>
        <source>Redirect address</source>
        <translation>Omdirigeringsadresse</translation>
    </message>
    <message>
        <source>http://localhost:8765/callback</source>
        <translation>http://localhost:8765/callback</translation>
    </message>
    <message>
        <source>&amp;Redirect address:</source>
        <translation>&amp;Omdirigeringsadresse:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Klienthemmelighet</translation>
    </message>
    <message>
        <source>Kept in your system keychain only</source>
        <translation>Lagres bare i systemets nøkkelring</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Klient&amp;hemmelighet:</translation>
    </message>
    <message>
        <source>The redirect address must be exactly the one registered with the app. A http://localhost address is answered by Bookflow itself; leave it empty to use a free port. For any other address (Intuit&apos;s production keys need HTTPS), Bookflow asks you to paste the address your browser ends on.</source>
        <translation>Omdirigeringsadressen må være nøyaktig den som er registrert for appen. En http://localhost-adresse besvares av Bookflow selv; la feltet stå tomt for å bruke en ledig port. For alle andre adresser (produksjonsnøklene til Intuit krever HTTPS) ber Bookflow deg lime inn adressen nettleseren ender på.</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Lagre og koble til</translation>
    </message>
    <message>
        <source>Save the app credentials and connect</source>
        <translation>Lagre app-legitimasjonen og koble til</translation>
    </message>
</context>
<context>
    <name>bookflow::ChipList</name>
    <message>
        <source>New value</source>
        <translation>Ny verdi</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Fjern «%1»</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Fjern %1</translation>
    </message>
</context>
<context>
    <name>bookflow::ConnectDialog</name>
    <message>
        <source>Connect HubSpot</source>
        <translation>Koble til HubSpot</translation>
    </message>
    <message>
        <source>Connect QuickBooks</source>
        <translation>Koble til QuickBooks</translation>
    </message>
    <message>
        <source>Bookflow reads your HubSpot deals, quotes and payments and writes the QuickBooks document numbers back onto them.</source>
        <translation>Bookflow leser avtaler, tilbud og betalinger i HubSpot og skriver dokumentnumrene fra QuickBooks tilbake på dem.</translation>
    </message>
    <message>
        <source>Bookflow creates invoices, estimates, sales receipts, expenses and refund receipts in the QuickBooks company you approve. You can connect several companies.</source>
        <translation>Bookflow oppretter fakturaer, kostnadsoverslag, salgskvitteringer, utgifter og refusjonskvitteringer i QuickBooks-firmaet du godkjenner. Du kan koble til flere firmaer.</translation>
    </message>
    <message>
        <source>Which accounts?</source>
        <translation>Hvilke kontoer?</translation>
    </message>
    <message>
        <source>Your HubSpot account</source>
        <translation>HubSpot-kontoen din</translation>
    </message>
    <message>
        <source>Production — your real QuickBooks company</source>
        <translation>Produksjon – ditt ekte QuickBooks-firma</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produksjon</translation>
    </message>
    <message>
        <source>A HubSpot developer test account (sandbox)</source>
        <translation>En testkonto for HubSpot-utviklere (sandkasse)</translation>
    </message>
    <message>
        <source>Sandbox — a QuickBooks developer test company</source>
        <translation>Sandkasse – et testfirma for QuickBooks-utviklere</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandkasse</translation>
    </message>
    <message>
        <source>How should Bookflow sign in?</source>
        <translation>Hvordan skal Bookflow logge på?</translation>
    </message>
    <message>
        <source>Approve Bookflow in your browser (OAuth app)</source>
        <translation>Godkjenn Bookflow i nettleseren (OAuth-app)</translation>
    </message>
    <message>
        <source>Approve in the browser</source>
        <translation>Godkjenn i nettleseren</translation>
    </message>
    <message>
        <source>Use a private app token</source>
        <translation>Bruk et token for privat app</translation>
    </message>
    <message>
        <source>Access token (Settings › Integrations › Private Apps in HubSpot):</source>
        <translation>Tilgangstoken (Innstillinger › Integrasjoner › Private apper i HubSpot):</translation>
    </message>
    <message>
        <source>Private app access token</source>
        <translation>Tilgangstoken for privat app</translation>
    </message>
    <message>
        <source>pat-…</source>
        <translation>pat-…</translation>
    </message>
    <message>
        <source>Enter new app credentials first</source>
        <translation>Skriv inn ny app-legitimasjon først</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Koble til…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Koble til</translation>
    </message>
    <message>
        <source>Bookflow uses the app credentials you saved for these accounts.</source>
        <translation>Bookflow bruker app-legitimasjonen du lagret for disse kontoene.</translation>
    </message>
    <message>
        <source>Enter the app&apos;s credentials next</source>
        <translation>Skriv inn legitimasjonen til appen i neste steg</translation>
    </message>
    <message>
        <source>You&apos;ll need the client ID and client secret of the app you registered with %1.</source>
        <translation>Du trenger klient-ID-en og klienthemmeligheten til appen du registrerte hos %1.</translation>
    </message>
</context>
<context>
    <name>bookflow::ConnectProgressDialog</name>
    <message>
        <source>Connecting</source>
        <translation>Kobler til</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Kopier adressen</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Kopier påloggingsadressen</translation>
    </message>
    <message>
        <source>If your browser did not open, paste this address into it.</source>
        <translation>Hvis nettleseren ikke åpnet seg, limer du inn denne adressen i den.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel connecting</source>
        <translation>Avbryt tilkoblingen</translation>
    </message>
</context>
<context>
    <name>bookflow::ConnectionCard</name>
    <message>
        <source>Country not known yet</source>
        <translation>Land ikke kjent ennå</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sjekk</translation>
    </message>
    <message>
        <source>Ask %1 whether Bookflow can still sign in</source>
        <translation>Spør %1 om Bookflow fortsatt kan logge på</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Koble til på nytt…</translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation>Koble fra…</translation>
    </message>
    <message>
        <source>HubSpot account %1</source>
        <translation>HubSpot-konto %1</translation>
    </message>
    <message>
        <source>QuickBooks company %1</source>
        <translation>QuickBooks-firma %1</translation>
    </message>
    <message>
        <source>%1 connection: %2</source>
        <translation>%1-tilkobling: %2</translation>
    </message>
    <message>
        <source>Hub ID %1</source>
        <translation>Hub-ID %1</translation>
    </message>
    <message>
        <source>private app token</source>
        <translation>token for privat app</translation>
    </message>
    <message>
        <source>Company ID %1</source>
        <translation>Firma-ID %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Land: %1</translation>
    </message>
    <message>
        <source>Bookflow only works with US companies. QuickBooks has not said where this company is yet: use Check to ask again.</source>
        <translation>Bookflow fungerer bare med amerikanske firmaer. QuickBooks har ennå ikke sagt hvor dette firmaet holder til: bruk Sjekk for å spørre igjen.</translation>
    </message>
    <message>
        <source>Bookflow only works with US companies: workflows can&apos;t create documents in this company.</source>
        <translation>Bookflow fungerer bare med amerikanske firmaer: arbeidsflyter kan ikke opprette dokumenter i dette firmaet.</translation>
    </message>
    <message>
        <source>Needs reconnect</source>
        <translation>Må kobles til på nytt</translation>
    </message>
    <message>
        <source>Needs reconnect — %1</source>
        <translation>Må kobles til på nytt – %1</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Sjekk %1</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Koble til %1 på nytt</translation>
    </message>
    <message>
        <source>Enter a new private app token</source>
        <translation>Skriv inn et nytt token for privat app</translation>
    </message>
    <message>
        <source>Sign in to %1 again; the connection keeps its settings and workflows</source>
        <translation>Logg på %1 igjen; tilkoblingen beholder innstillingene og arbeidsflytene sine</translation>
    </message>
    <message>
        <source>Disconnect %1</source>
        <translation>Koble fra %1</translation>
    </message>
    <message>
        <source>Revoke Bookflow&apos;s access and forget this connection</source>
        <translation>Trekk tilbake tilgangen til Bookflow og glem denne tilkoblingen</translation>
    </message>
</context>
<context>
    <name>bookflow::ConnectionsPage</name>
    <message>
        <source>Connect &amp;HubSpot…</source>
        <translation>Koble til &amp;HubSpot…</translation>
    </message>
    <message>
        <source>Connect &amp;QuickBooks…</source>
        <translation>Koble til &amp;QuickBooks…</translation>
    </message>
    <message>
        <source>Connect HubSpot</source>
        <translation>Koble til HubSpot</translation>
    </message>
    <message>
        <source>Connect QuickBooks</source>
        <translation>Koble til QuickBooks</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Tilkoblinger</translation>
    </message>
    <message>
        <source>Your HubSpot account and the QuickBooks companies Bookflow works with. Sign-ins are kept in your system keychain only.</source>
        <translation>HubSpot-kontoen din og QuickBooks-firmaene Bookflow jobber med. Pålogginger lagres bare i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Sjekk alle</translation>
    </message>
    <message>
        <source>Check every connection</source>
        <translation>Sjekk alle tilkoblinger</translation>
    </message>
    <message>
        <source>Ask each provider whether Bookflow can still sign in (%1)</source>
        <translation>Spør hver tjeneste om Bookflow fortsatt kan logge på (%1)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Lukk meldingen</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Tilkoblede kontoer</translation>
    </message>
    <message>
        <source>Nothing connected yet</source>
        <translation>Ingenting er tilkoblet ennå</translation>
    </message>
    <message>
        <source>Connect your HubSpot account, then each QuickBooks company Bookflow should create documents in.</source>
        <translation>Koble til HubSpot-kontoen din, og deretter hvert QuickBooks-firma Bookflow skal opprette dokumenter i.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Bookflow could not read the connections: %1</source>
        <translation>Bookflow kunne ikke lese tilkoblingene: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Påloggingen ble avbrutt.</translation>
    </message>
    <message>
        <source>Bookflow could not open your browser. Copy the address, open it in your browser and approve Bookflow there.</source>
        <translation>Bookflow kunne ikke åpne nettleseren din. Kopier adressen, åpne den i nettleseren og godkjenn Bookflow der.</translation>
    </message>
    <message>
        <source>Paste the address</source>
        <translation>Lim inn adressen</translation>
    </message>
    <message>
        <source>After you approve Bookflow, your browser opens the app&apos;s redirect address. Copy that whole address from the browser&apos;s address bar and paste it here:</source>
        <translation>Når du har godkjent Bookflow, åpner nettleseren omdirigeringsadressen til appen. Kopier hele adressen fra adressefeltet i nettleseren og lim den inn her:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <source>Waiting for you to approve Bookflow in your browser…</source>
        <translation>Venter på at du godkjenner Bookflow i nettleseren…</translation>
    </message>
    <message>
        <source>Choose %1 when QuickBooks asks which company to connect.</source>
        <translation>Velg %1 når QuickBooks spør hvilket firma som skal kobles til.</translation>
    </message>
    <message>
        <source>Checking the private app token with HubSpot…</source>
        <translation>Sjekker tokenet for den private appen hos HubSpot…</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Koble til %1 på nytt</translation>
    </message>
    <message>
        <source>Paste the private app&apos;s access token (HubSpot › Settings › Integrations › Private Apps):</source>
        <translation>Lim inn tilgangstokenet til den private appen (HubSpot › Innstillinger › Integrasjoner › Private apper):</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Koble til på nytt</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Tilkoblingen ble avbrutt.</translation>
    </message>
    <message>
        <source>You approved %1, not %2: %1 is connected now, and %2 still needs reconnecting.</source>
        <translation>Du godkjente %1, ikke %2: %1 er nå tilkoblet, og %2 må fortsatt kobles til på nytt.</translation>
    </message>
    <message>
        <source>Connected %1.</source>
        <translation>Koblet til %1.</translation>
    </message>
    <message>
        <source>Reconnected %1.</source>
        <translation>Koblet til %1 på nytt.</translation>
    </message>
    <message>
        <source>Couldn&apos;t connect %1: %2</source>
        <translation>Kunne ikke koble til %1: %2</translation>
    </message>
    <message>
        <source>Disconnect the HubSpot account %1 (hub ID %2)?

Bookflow revokes its access at HubSpot and forgets this connection. Workflows stop finding new records until you connect HubSpot again.</source>
        <translation>Vil du koble fra HubSpot-kontoen %1 (hub-ID %2)?

Bookflow trekker tilbake tilgangen sin hos HubSpot og glemmer denne tilkoblingen. Arbeidsflytene finner ikke nye poster før du kobler til HubSpot igjen.</translation>
    </message>
    <message>
        <source>Disconnect the QuickBooks company %1 (%2, company ID %3)?

Bookflow revokes its access at QuickBooks and forgets this connection and its settings. Workflows that create documents in it stop until you connect it again.</source>
        <translation>Vil du koble fra QuickBooks-firmaet %1 (%2, firma-ID %3)?

Bookflow trekker tilbake tilgangen sin hos QuickBooks og glemmer denne tilkoblingen og innstillingene for den. Arbeidsflyter som oppretter dokumenter i firmaet, stopper til du kobler det til igjen.</translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation>Vil du koble fra %1?</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Koble fra</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Kobler fra…</translation>
    </message>
    <message>
        <source>Disconnected %1.</source>
        <translation>Koblet fra %1.</translation>
    </message>
    <message>
        <source>Couldn&apos;t disconnect: %1</source>
        <translation>Kunne ikke koble fra: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sjekker…</translation>
    </message>
    <message>
        <source>Checked: Bookflow can sign in to %1.</source>
        <translation>Sjekket: Bookflow kan logge på %1.</translation>
    </message>
    <message>
        <source>Couldn&apos;t check: %1</source>
        <translation>Kunne ikke sjekke: %1</translation>
    </message>
    <message>
        <source>Connect HubSpot to choose from its products.</source>
        <translation>Koble til HubSpot for å velge blant produktene der.</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>SKU %1 · id %2</source>
        <translation>SKU %1 · id %2</translation>
    </message>
</context>
<context>
    <name>bookflow::DemoMode</name>
    <message>
        <source>Connecting the demo accounts…</source>
        <translation>Kobler til demokontoene…</translation>
    </message>
    <message>
        <source>The demo accounts could not be connected: %1</source>
        <translation>Demokontoene kunne ikke kobles til: %1</translation>
    </message>
    <message>
        <source>The demo is not running.</source>
        <translation>Demoen kjører ikke.</translation>
    </message>
    <message>
        <source>The demo data could not be saved to %1: %2</source>
        <translation>Demodataene kunne ikke lagres i %1: %2</translation>
    </message>
    <message>
        <source>Resetting the demo data…</source>
        <translation>Tilbakestiller demodataene…</translation>
    </message>
    <message>
        <source>The demo data could not be reset: %1</source>
        <translation>Demodataene kunne ikke tilbakestilles: %1</translation>
    </message>
    <message>
        <source>The demo data could not be reset: %1 could not be moved aside.</source>
        <translation>Demodataene kunne ikke tilbakestilles: %1 kunne ikke flyttes til side.</translation>
    </message>
</context>
<context>
    <name>bookflow::DesktopApp</name>
    <message>
        <source>Checking HubSpot…</source>
        <translation>Sjekker HubSpot…</translation>
    </message>
    <message>
        <source>Checking HubSpot every %1 s · last check %2 · %3</source>
        <translation>Sjekker HubSpot hvert %1. sekund · siste sjekk %2 · %3</translation>
    </message>
    <message>
        <source>Last check %1 failed: %2</source>
        <translation>Siste sjekk %1 mislyktes: %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starter…</translation>
    </message>
    <message>
        <source>Open Bookflow</source>
        <translation>Åpne Bookflow</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Sjekk nå</translation>
    </message>
    <message>
        <source>Quit Bookflow</source>
        <translation>Avslutt Bookflow</translation>
    </message>
    <message>
        <source>No workflow is on</source>
        <translation>Ingen arbeidsflyt er slått på</translation>
    </message>
    <message numerus="yes">
        <source>Running: %n workflow(s) on, checking HubSpot now</source>
        <translation>
            <numerusform>I gang: %n arbeidsflyt slått på, sjekker HubSpot nå</numerusform>
            <numerusform>I gang: %n arbeidsflyter slått på, sjekker HubSpot nå</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Running: %n workflow(s) on</source>
        <translation>
            <numerusform>I gang: %n arbeidsflyt slått på</numerusform>
            <numerusform>I gang: %n arbeidsflyter slått på</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) need review</source>
        <translation>
            <numerusform>%n handling må gjennomgås</numerusform>
            <numerusform>%n handlinger må gjennomgås</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs to be reconnected</source>
        <translation>%1 må kobles til på nytt</translation>
    </message>
    <message>
        <source>Bookflow</source>
        <translation>Bookflow</translation>
    </message>
    <message>
        <source>Bookflow keeps running</source>
        <translation>Bookflow fortsetter å kjøre</translation>
    </message>
    <message>
        <source>Workflows that are on go on running. Open Bookflow or quit it from this icon.</source>
        <translation>Arbeidsflyter som er slått på, fortsetter å kjøre. Åpne eller avslutt Bookflow fra dette ikonet.</translation>
    </message>
</context>
<context>
    <name>bookflow::EngineLoop</name>
    <message>
        <source>Checking HubSpot for records that meet the triggers…</source>
        <translation>Ser etter poster i HubSpot som oppfyller utløserne…</translation>
    </message>
    <message>
        <source>Checking HubSpot failed: %1</source>
        <translation>Sjekken av HubSpot mislyktes: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n action(s) to QuickBooks…</source>
        <translation>
            <numerusform>Sender %n handling til QuickBooks…</numerusform>
            <numerusform>Sender %n handlinger til QuickBooks…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to QuickBooks: %1 of %2 actions finished…</source>
        <translation>Sender til QuickBooks: %1 av %2 handlinger ferdige…</translation>
    </message>
    <message>
        <source>Sending to QuickBooks stopped: %1</source>
        <translation>Sendingen til QuickBooks stoppet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) enrolled</source>
        <translation>
            <numerusform>%n post registrert</numerusform>
            <numerusform>%n poster registrert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) created</source>
        <translation>
            <numerusform>%n dokument opprettet</numerusform>
            <numerusform>%n dokumenter opprettet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislykket</numerusform>
            <numerusform>%n mislykket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to try again later</source>
        <translation>
            <numerusform>%n skal prøves igjen senere</numerusform>
            <numerusform>%n skal prøves igjen senere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a reconnect</source>
        <translation>
            <numerusform>%n venter på ny tilkobling</numerusform>
            <numerusform>%n venter på ny tilkobling</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before everything due was sent; the next check sends the rest.</source>
        <translation>Stoppet før alt som skulle sendes, var sendt; neste sjekk sender resten.</translation>
    </message>
</context>
<context>
    <name>bookflow::FilterGroupsEditor</name>
    <message>
        <source>Remove group</source>
        <translation>Fjern gruppen</translation>
    </message>
    <message>
        <source>AND filter</source>
        <translation>OG-filter</translation>
    </message>
    <message>
        <source>Filter group %1</source>
        <translation>Filtergruppe %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Remove group %1</source>
        <translation>Fjern gruppe %1</translation>
    </message>
    <message>
        <source>Add an AND filter to group %1</source>
        <translation>Legg til et OG-filter i gruppe %1</translation>
    </message>
    <message>
        <source>AND</source>
        <translation>OG</translation>
    </message>
    <message>
        <source>Group %1, filter %2</source>
        <translation>Gruppe %1, filter %2</translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation>Filtergrupper</translation>
    </message>
    <message>
        <source>No filters yet.</source>
        <translation>Ingen filtre ennå.</translation>
    </message>
    <message>
        <source>Add filter group</source>
        <translation>Legg til filtergruppe</translation>
    </message>
    <message>
        <source>Add a filter group</source>
        <translation>Legg til en filtergruppe</translation>
    </message>
    <message>
        <source>Records that meet every filter of any one group qualify</source>
        <translation>Poster som oppfyller alle filtrene i en hvilken som helst gruppe, kvalifiserer</translation>
    </message>
    <message>
        <source>OR</source>
        <translation>ELLER</translation>
    </message>
    <message>
        <source>Add filter</source>
        <translation>Legg til filter</translation>
    </message>
    <message>
        <source>Remove filter</source>
        <translation>Fjern filteret</translation>
    </message>
</context>
<context>
    <name>bookflow::FilterRow</name>
    <message>
        <source>Record the filter reads</source>
        <translation>Posten filteret leser</translation>
    </message>
    <message>
        <source>Which record the filter reads: the enrolled one or one associated with it</source>
        <translation>Hvilken post filteret leser: den registrerte posten eller en som er tilknyttet den</translation>
    </message>
    <message>
        <source>Property to check</source>
        <translation>Egenskap som skal sjekkes</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Fjern dette filteret</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Betingelse</translation>
    </message>
    <message>
        <source>Change record</source>
        <translation>Endre post</translation>
    </message>
    <message>
        <source>Change property</source>
        <translation>Endre egenskap</translation>
    </message>
    <message>
        <source>Change operator</source>
        <translation>Endre operator</translation>
    </message>
    <message>
        <source>Edit values</source>
        <translation>Rediger verdier</translation>
    </message>
    <message>
        <source>%1 (not for this kind of property)</source>
        <translation>%1 (ikke for denne typen egenskap)</translation>
    </message>
    <message>
        <source>Choose the property to check.</source>
        <translation>Velg egenskapen som skal sjekkes.</translation>
    </message>
    <message>
        <source>HubSpot has no %1 property named “%2”; choose another one.</source>
        <translation>HubSpot har ingen %1-egenskap som heter «%2»; velg en annen.</translation>
    </message>
    <message>
        <source>HubSpot says this property is of the kind “%1”, not “%2”; choose it again to use HubSpot&apos;s kind.</source>
        <translation>HubSpot sier at denne egenskapen er av typen «%1», ikke «%2»; velg den på nytt for å bruke typen fra HubSpot.</translation>
    </message>
    <message>
        <source>%1 — internal name %2</source>
        <translation>%1 – internt navn %2</translation>
    </message>
    <message>
        <source>Choose the property to check</source>
        <translation>Velg egenskapen som skal sjekkes</translation>
    </message>
</context>
<context>
    <name>bookflow::FilterValueEditor</name>
    <message>
        <source>Values</source>
        <translation>Verdier</translation>
    </message>
    <message>
        <source>+ value, then Enter</source>
        <translation>+ verdi, deretter Enter</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Legg til en verdi</translation>
    </message>
    <message>
        <source>Type a value and press Enter to add it</source>
        <translation>Skriv en verdi og trykk Enter for å legge den til</translation>
    </message>
    <message>
        <source>%1 (not offered by HubSpot)</source>
        <translation>%1 (ikke et alternativ i HubSpot)</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>Lagres som %1</translation>
    </message>
    <message>
        <source>Search the options</source>
        <translation>Søk i alternativene</translation>
    </message>
    <message numerus="yes">
        <source>Search %n options</source>
        <translation>
            <numerusform>Søk i %n alternativ</numerusform>
            <numerusform>Søk i %n alternativer</numerusform>
        </translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Alternativer</translation>
    </message>
    <message>
        <source>and</source>
        <translation>og</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Lowest number</source>
        <translation>Laveste tall</translation>
    </message>
    <message>
        <source>Highest number</source>
        <translation>Høyeste tall</translation>
    </message>
    <message>
        <source>e.g. 1250.50</source>
        <translation>f.eks. 1250.50</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Første dato</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Siste dato</translation>
    </message>
    <message>
        <source>Number of days</source>
        <translation>Antall dager</translation>
    </message>
    <message>
        <source>days ago</source>
        <translation>dager siden</translation>
    </message>
</context>
<context>
    <name>bookflow::LookupComboBox</name>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Søk i listen</translation>
    </message>
    <message>
        <source>Matching entries</source>
        <translation>Treff</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laster inn</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Load the list again</source>
        <translation>Last inn listen på nytt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster inn…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
</context>
<context>
    <name>bookflow::LoopbackListener</name>
    <message>
        <source>Bookflow cannot wait for the sign-in answer: port %1 on this computer is already in use by another program. Close that program or choose another port.</source>
        <translation>Bookflow kan ikke vente på påloggingssvaret: port %1 på denne datamaskinen brukes allerede av et annet program. Lukk det programmet eller velg en annen port.</translation>
    </message>
    <message>
        <source>The sign-in answer address “%1” is not a valid path.</source>
        <translation>Adressen for påloggingssvaret «%1» er ikke en gyldig sti.</translation>
    </message>
    <message>
        <source>Bookflow is not allowed to use port %1 on this computer to wait for the sign-in answer. Choose a port above 1024.</source>
        <translation>Bookflow har ikke lov til å bruke port %1 på denne datamaskinen til å vente på påloggingssvaret. Velg en port over 1024.</translation>
    </message>
    <message>
        <source>Bookflow cannot wait for the sign-in answer on this computer: %1</source>
        <translation>Bookflow kan ikke vente på påloggingssvaret på denne datamaskinen: %1</translation>
    </message>
    <message>
        <source>Bookflow could not find a free port on this computer to wait for the sign-in answer.</source>
        <translation>Bookflow fant ingen ledig port på denne datamaskinen for å vente på påloggingssvaret.</translation>
    </message>
    <message>
        <source>Bookflow is already waiting for this sign-in answer.</source>
        <translation>Bookflow venter allerede på dette påloggingssvaret.</translation>
    </message>
    <message>
        <source>Bookflow is not waiting for a sign-in answer. Start connecting again.</source>
        <translation>Bookflow venter ikke på noe påloggingssvar. Start tilkoblingen på nytt.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Påloggingen ble avbrutt.</translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from the sign-in page within %n minute(s).</source>
        <translation>
            <numerusform>Det kom ikke noe svar fra påloggingssiden innen %n minutt.</numerusform>
            <numerusform>Det kom ikke noe svar fra påloggingssiden innen %n minutter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from the sign-in page within %n second(s).</source>
        <translation>
            <numerusform>Det kom ikke noe svar fra påloggingssiden innen %n sekund.</numerusform>
            <numerusform>Det kom ikke noe svar fra påloggingssiden innen %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request not understood</source>
        <translation>Forespørselen ble ikke forstått</translation>
    </message>
    <message>
        <source>Bookflow could not understand this request; nothing was changed.</source>
        <translation>Bookflow forsto ikke denne forespørselen; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Forespørselen er for stor</translation>
    </message>
    <message>
        <source>This request is too large for Bookflow; nothing was changed.</source>
        <translation>Denne forespørselen er for stor for Bookflow; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Not Bookflow&apos;s sign-in page</source>
        <translation>Ikke påloggingssiden til Bookflow</translation>
    </message>
    <message>
        <source>This address is not Bookflow&apos;s sign-in page; nothing was changed.</source>
        <translation>Denne adressen er ikke påloggingssiden til Bookflow; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ikke funnet</translation>
    </message>
    <message>
        <source>There is nothing at this address.</source>
        <translation>Det finnes ingenting på denne adressen.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Ikke tillatt</translation>
    </message>
    <message>
        <source>Bookflow&apos;s sign-in page only answers the browser&apos;s usual page requests.</source>
        <translation>Påloggingssiden til Bookflow svarer bare på vanlige sideforespørsler fra nettleseren.</translation>
    </message>
    <message>
        <source>Not Bookflow&apos;s sign-in</source>
        <translation>Ikke en pålogging for Bookflow</translation>
    </message>
    <message>
        <source>This sign-in answer does not belong to the connection Bookflow started; nothing was changed.</source>
        <translation>Dette påloggingssvaret hører ikke til tilkoblingen Bookflow startet; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The connection was cancelled in the browser.</source>
        <translation>Tilkoblingen ble avbrutt i nettleseren.</translation>
    </message>
    <message>
        <source>The sign-in page answered with the error “%1”.</source>
        <translation>Påloggingssiden svarte med feilen «%1».</translation>
    </message>
    <message>
        <source>The sign-in page answered with the error “%1”: %2</source>
        <translation>Påloggingssiden svarte med feilen «%1»: %2</translation>
    </message>
    <message>
        <source>The sign-in page answered without an authorization code.</source>
        <translation>Påloggingssiden svarte uten autorisasjonskode.</translation>
    </message>
    <message>
        <source>Bookflow is connected</source>
        <translation>Bookflow er tilkoblet</translation>
    </message>
    <message>
        <source>Bookflow is connected. You can close this tab and return to Bookflow.</source>
        <translation>Bookflow er tilkoblet. Du kan lukke denne fanen og gå tilbake til Bookflow.</translation>
    </message>
    <message>
        <source>Bookflow was not connected</source>
        <translation>Bookflow ble ikke tilkoblet</translation>
    </message>
    <message>
        <source>The connection was not made: %1</source>
        <translation>Tilkoblingen ble ikke opprettet: %1</translation>
    </message>
    <message>
        <source>You can close this tab and return to Bookflow.</source>
        <translation>Du kan lukke denne fanen og gå tilbake til Bookflow.</translation>
    </message>
</context>
<context>
    <name>bookflow::MainWindow</name>
    <message>
        <source>Bookflow</source>
        <translation>Bookflow</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Databasefil: %1</translation>
    </message>
    <message>
        <source>Bookflow cannot open its workflow database</source>
        <translation>Bookflow kan ikke åpne arbeidsflytdatabasen sin</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>Import workflow files (.json) as new drafts</source>
        <translation>Importer arbeidsflytfiler (.json) som nye utkast</translation>
    </message>
    <message>
        <source>Search workflows</source>
        <translation>Søk i arbeidsflyter</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seksjoner</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Arbeidsflyter</translation>
    </message>
    <message>
        <source>Import a workflow file…</source>
        <translation>Importer en arbeidsflytfil…</translation>
    </message>
    <message>
        <source>Bookflow could not read the workflow list</source>
        <translation>Bookflow kunne ikke lese arbeidsflytlisten</translation>
    </message>
    <message>
        <source>The workflow list is unavailable</source>
        <translation>Arbeidsflytlisten er ikke tilgjengelig</translation>
    </message>
    <message>
        <source>No workflows match “%1”.</source>
        <translation>Ingen arbeidsflyter passer med «%1».</translation>
    </message>
    <message>
        <source>No workflows</source>
        <translation>Ingen arbeidsflyter</translation>
    </message>
    <message>
        <source>1 workflow</source>
        <translation>1 arbeidsflyt</translation>
    </message>
    <message>
        <source>%1 workflows</source>
        <translation>%1 arbeidsflyter</translation>
    </message>
    <message>
        <source>%1 · %2 on</source>
        <translation>%1 · %2 slått på</translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <translation>%1 av %2 vises</translation>
    </message>
    <message>
        <source>Import workflow files</source>
        <translation>Importer arbeidsflytfiler</translation>
    </message>
    <message>
        <source>Workflow files (*.json);;All files (*)</source>
        <translation>Arbeidsflytfiler (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Imported “%1” as a draft.</source>
        <translation>Importerte «%1» som utkast.</translation>
    </message>
    <message>
        <source>Imported %1 workflows as drafts.</source>
        <translation>Importerte %1 arbeidsflyter som utkast.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The workflow file could not be imported.</source>
        <translation>Arbeidsflytfilen kunne ikke importeres.</translation>
    </message>
    <message>
        <source>%1 of the %2 files could not be imported.</source>
        <translation>%1 av de %2 filene kunne ikke importeres.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a workflow&apos;s name in a sentence</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>New deal-based workflow</source>
        <translation>Ny avtalebasert arbeidsflyt</translation>
    </message>
    <message>
        <source>New quote-based workflow</source>
        <translation>Ny tilbudsbasert arbeidsflyt</translation>
    </message>
    <message>
        <source>New payment-based workflow</source>
        <translation>Ny betalingsbasert arbeidsflyt</translation>
    </message>
    <message>
        <source>A blank workflow that enrolls HubSpot deals. You add its triggers and QuickBooks actions in the editor.</source>
        <translation>En tom arbeidsflyt som registrerer HubSpot-avtaler. Du legger til utløsere og QuickBooks-handlinger i redigeringsvinduet.</translation>
    </message>
    <message>
        <source>A blank workflow that enrolls HubSpot quotes. You add its triggers and QuickBooks actions in the editor.</source>
        <translation>En tom arbeidsflyt som registrerer HubSpot-tilbud. Du legger til utløsere og QuickBooks-handlinger i redigeringsvinduet.</translation>
    </message>
    <message>
        <source>A blank workflow that enrolls HubSpot payments. You add its triggers and QuickBooks actions in the editor.</source>
        <translation>En tom arbeidsflyt som registrerer HubSpot-betalinger. Du legger til utløsere og QuickBooks-handlinger i redigeringsvinduet.</translation>
    </message>
    <message>
        <source>New workflow</source>
        <translation>Ny arbeidsflyt</translation>
    </message>
    <message>
        <source>From a template</source>
        <translation>Fra en mal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New workflow…</source>
        <translation>&amp;Ny arbeidsflyt…</translation>
    </message>
    <message>
        <source>Start a workflow from scratch or from a template</source>
        <translation>Start en arbeidsflyt fra bunnen av eller fra en mal</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>Save the selected workflow as a workflow file (.json)</source>
        <translation>Lagre den valgte arbeidsflyten som en arbeidsflytfil (.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Open the selected workflow in the editor</source>
        <translation>Åpne den valgte arbeidsflyten i redigeringsvinduet</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliser</translation>
    </message>
    <message>
        <source>Copy the selected workflow as a new draft</source>
        <translation>Kopier den valgte arbeidsflyten som et nytt utkast</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <source>Delete the selected workflow</source>
        <translation>Slett den valgte arbeidsflyten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Turn &amp;on…</source>
        <translation>Slå &amp;på…</translation>
    </message>
    <message>
        <source>Turn on or off</source>
        <translation>Slå på eller av</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Finn…</translation>
    </message>
    <message>
        <source>Search workflows by name</source>
        <translation>Søk etter arbeidsflyter etter navn</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>&amp;About Bookflow</source>
        <translation>&amp;Om Bookflow</translation>
    </message>
    <message>
        <source>&amp;Workflows</source>
        <translation>&amp;Arbeidsflyter</translation>
    </message>
    <message>
        <source>Run &amp;history</source>
        <translation>Kjøre&amp;historikk</translation>
    </message>
    <message>
        <source>Needs &amp;review</source>
        <translation>Må &amp;gjennomgås</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Tilkoblinger</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demoarbeidsområde</translation>
    </message>
    <message>
        <source>You are exploring demo data: nothing reaches a real HubSpot portal or QuickBooks company.</source>
        <translation>Du utforsker demodata: ingenting når en ekte HubSpot-portal eller et ekte QuickBooks-firma.</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Databaseproblem</translation>
    </message>
    <message>
        <source>No workflows yet. Start one from a template or from scratch, or import a workflow file.</source>
        <translation>Ingen arbeidsflyter ennå. Start en fra en mal eller fra bunnen av, eller importer en arbeidsflytfil.</translation>
    </message>
    <message>
        <source>Import a workflow file</source>
        <translation>Importer en arbeidsflytfil</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodata</translation>
    </message>
    <message>
        <source>You are exploring demo data. Connect HubSpot and QuickBooks to use your own.</source>
        <translation>Du utforsker demodata. Koble til HubSpot og QuickBooks for å bruke dine egne.</translation>
    </message>
    <message>
        <source>Connect accounts</source>
        <translation>Koble til kontoer</translation>
    </message>
    <message>
        <source>Reset demo data…</source>
        <translation>Tilbakestill demodata…</translation>
    </message>
    <message>
        <source>Reset demo data</source>
        <translation>Tilbakestill demodata</translation>
    </message>
    <message>
        <source>Put the demo data back as it was?</source>
        <translation>Vil du sette demodataene tilbake slik de var?</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Kjørehistorikk</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Må gjennomgås</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Tilkoblinger</translation>
    </message>
    <message>
        <source>%1 is not available yet.</source>
        <translation>%1 er ikke tilgjengelig ennå.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeider</translation>
    </message>
    <message>
        <source>1 enrollment with a failed action</source>
        <translation>1 registrering med en mislykket handling</translation>
    </message>
    <message>
        <source>%1 enrollments with a failed action</source>
        <translation>%1 registreringer med en mislykket handling</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Turn &amp;off</source>
        <translation>Slå &amp;av</translation>
    </message>
    <message>
        <source>Stop enrolling new records in the selected workflow</source>
        <translation>Slutt å registrere nye poster i den valgte arbeidsflyten</translation>
    </message>
    <message>
        <source>Review, publish and turn on the selected workflow</source>
        <translation>Gå gjennom, publiser og slå på den valgte arbeidsflyten</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Slå av</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Slå på</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a workflow name and a number</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The workflow editor is not available in this build.</source>
        <translation>Redigeringsvinduet for arbeidsflyter finnes ikke i denne versjonen.</translation>
    </message>
    <message>
        <source>The workflow could not be created.</source>
        <translation>Arbeidsflyten kunne ikke opprettes.</translation>
    </message>
    <message>
        <source>New workflow from a template</source>
        <translation>Ny arbeidsflyt fra en mal</translation>
    </message>
    <message>
        <source>The template could not be read.</source>
        <translation>Malen kunne ikke leses.</translation>
    </message>
    <message>
        <source>Created %1 as a draft.</source>
        <translation>Opprettet %1 som utkast.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (kopi %2)</translation>
    </message>
    <message>
        <source>The workflow could not be duplicated.</source>
        <translation>Arbeidsflyten kunne ikke dupliseres.</translation>
    </message>
    <message>
        <source>Delete workflow</source>
        <translation>Slett arbeidsflyt</translation>
    </message>
    <message>
        <source>%1 is on.</source>
        <translation>%1 er slått på.</translation>
    </message>
    <message>
        <source>Turn it off before deleting it: no new records enroll from then on, and the records already enrolled finish their actions.</source>
        <translation>Slå den av før du sletter den: fra da av registreres ingen nye poster, og postene som allerede er registrert, fullfører handlingene sine.</translation>
    </message>
    <message>
        <source>The workflow could not be turned off.</source>
        <translation>Arbeidsflyten kunne ikke slås av.</translation>
    </message>
    <message>
        <source>The workflow could not be deleted.</source>
        <translation>Arbeidsflyten kunne ikke slettes.</translation>
    </message>
    <message>
        <source>Its draft is deleted. This cannot be undone.</source>
        <translation>Utkastet slettes. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Its draft and its published version are deleted. This cannot be undone.</source>
        <translation>Utkastet og den publiserte versjonen slettes. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Its draft and its %1 published versions are deleted. This cannot be undone.</source>
        <translation>Utkastet og de %1 publiserte versjonene slettes. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>The run history stays, and documents already created stay in QuickBooks.</source>
        <translation>Kjørehistorikken blir liggende, og dokumenter som allerede er opprettet, blir liggende i QuickBooks.</translation>
    </message>
    <message>
        <source>1 record enrolled in it has not finished its actions. If you delete the workflow now, its remaining actions will not run. To let it finish, delete the workflow later.</source>
        <translation>1 post som er registrert i arbeidsflyten, har ikke fullført handlingene sine. Hvis du sletter arbeidsflyten nå, kjøres ikke de gjenstående handlingene. Slett arbeidsflyten senere hvis du vil la posten fullføre.</translation>
    </message>
    <message>
        <source>%1 records enrolled in it have not finished their actions. If you delete the workflow now, their remaining actions will not run. To let them finish, delete the workflow later.</source>
        <translation>%1 poster som er registrert i arbeidsflyten, har ikke fullført handlingene sine. Hvis du sletter arbeidsflyten nå, kjøres ikke de gjenstående handlingene. Slett arbeidsflyten senere hvis du vil la postene fullføre.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Vil du slette %1?</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Slettet %1.</translation>
    </message>
    <message>
        <source>%1 is off: no new records enroll. Records already enrolled finish their actions.</source>
        <translation>%1 er slått av: ingen nye poster registreres. Poster som allerede er registrert, fullfører handlingene sine.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Eksporter %1</translation>
    </message>
    <message>
        <source>Which one do you want to save as a file?</source>
        <translation>Hvilken vil du lagre som fil?</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Hva som skal eksporteres</translation>
    </message>
    <message>
        <source>The draft (with unpublished changes)</source>
        <translation>Utkastet (med upubliserte endringer)</translation>
    </message>
    <message>
        <source>The draft (same as the latest version)</source>
        <translation>Utkastet (likt den nyeste versjonen)</translation>
    </message>
    <message>
        <source>Version %1, published %2</source>
        <translation>Versjon %1, publisert %2</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Eksporter:</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Velg fil…</translation>
    </message>
    <message>
        <source>The workflow could not be exported.</source>
        <translation>Arbeidsflyten kunne ikke eksporteres.</translation>
    </message>
    <message>
        <source>Export workflow</source>
        <translation>Eksporter arbeidsflyt</translation>
    </message>
    <message>
        <source>Saved the draft of %1 to %2.</source>
        <translation>Lagret utkastet til %1 i %2.</translation>
    </message>
    <message>
        <source>Saved version %1 of %2 to %3.</source>
        <translation>Lagret versjon %1 av %2 i %3.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Vindu</translation>
    </message>
    <message>
        <source>About Bookflow</source>
        <translation>Om Bookflow</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bookflow&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Bookflow&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Workflows that create QuickBooks Online documents from HubSpot deals, quotes and payments. Your workflows and history stay on this computer; your sign-ins are kept in the system keychain.</source>
        <translation>Arbeidsflyter som oppretter QuickBooks Online-dokumenter fra avtaler, tilbud og betalinger i HubSpot. Arbeidsflytene og historikken din blir på denne datamaskinen; påloggingene dine lagres i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>The sample records in the demo&apos;s HubSpot and QuickBooks return to how they started and the run history is cleared. Your workflows are kept, turned off, so nothing runs until you turn them on again.</source>
        <translation>Eksempelpostene i demoens HubSpot og QuickBooks går tilbake til slik de var i starten, og kjørehistorikken tømmes. Arbeidsflytene dine beholdes, men slås av, så ingenting kjører før du slår dem på igjen.</translation>
    </message>
</context>
<context>
    <name>bookflow::ProductMappingEditor</name>
    <message>
        <source>Product mapping</source>
        <translation>Produkttilordning</translation>
    </message>
    <message>
        <source>HubSpot product</source>
        <translation>HubSpot-produkt</translation>
    </message>
    <message>
        <source>QuickBooks product</source>
        <translation>QuickBooks-produkt</translation>
    </message>
    <message>
        <source>No products mapped yet.</source>
        <translation>Ingen produkter er tilordnet ennå.</translation>
    </message>
    <message>
        <source>HubSpot product to map</source>
        <translation>HubSpot-produkt som skal tilordnes</translation>
    </message>
    <message>
        <source>HubSpot product…</source>
        <translation>HubSpot-produkt…</translation>
    </message>
    <message>
        <source>QuickBooks product to map it to</source>
        <translation>QuickBooks-produkt det skal tilordnes til</translation>
    </message>
    <message>
        <source>QuickBooks product…</source>
        <translation>QuickBooks-produkt…</translation>
    </message>
    <message>
        <source>maps to</source>
        <translation>tilordnes til</translation>
    </message>
    <message>
        <source>Add mapping</source>
        <translation>Legg til tilordning</translation>
    </message>
    <message>
        <source>Add the product mapping</source>
        <translation>Legg til produkttilordningen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>HubSpot product %1</source>
        <translation>HubSpot-produkt %1</translation>
    </message>
    <message>
        <source>QuickBooks product for %1</source>
        <translation>QuickBooks-produkt for %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove this mapping</source>
        <translation>Fjern denne tilordningen</translation>
    </message>
    <message>
        <source>Remove the mapping of %1</source>
        <translation>Fjern tilordningen av %1</translation>
    </message>
    <message>
        <source>This HubSpot product is mapped already; adding replaces its QuickBooks product.</source>
        <translation>Dette HubSpot-produktet er allerede tilordnet; hvis du legger det til, erstattes QuickBooks-produktet.</translation>
    </message>
</context>
<context>
    <name>bookflow::PropertyCatalog</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>bookflow::PropertyPicker</name>
    <message>
        <source>Property</source>
        <translation>Egenskap</translation>
    </message>
    <message>
        <source>Choose a property…</source>
        <translation>Velg en egenskap…</translation>
    </message>
    <message>
        <source>Choose a property</source>
        <translation>Velg en egenskap</translation>
    </message>
    <message>
        <source>Search properties</source>
        <translation>Søk i egenskaper</translation>
    </message>
    <message>
        <source>Search properties by label or internal name</source>
        <translation>Søk i egenskaper etter etikett eller internt navn</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Load the properties from HubSpot again</source>
        <translation>Last inn egenskapene fra HubSpot på nytt</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>Kind of property:</source>
        <translation>Type egenskap:</translation>
    </message>
    <message>
        <source>Kind of property</source>
        <translation>Type egenskap</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Use the typed internal name</source>
        <translation>Bruk det interne navnet du skrev</translation>
    </message>
    <message>
        <source>Choose the property to check</source>
        <translation>Velg egenskapen som skal sjekkes</translation>
    </message>
    <message>
        <source>Internal name: %1</source>
        <translation>Internt navn: %1</translation>
    </message>
    <message>
        <source>%1 — internal name %2, %3</source>
        <translation>%1 – internt navn %2, %3</translation>
    </message>
    <message>
        <source>Used here</source>
        <translation>Brukt her</translation>
    </message>
    <message>
        <source>HubSpot lists no property named “%1”. Use it anyway as an internal name?</source>
        <translation>HubSpot har ingen egenskap som heter «%1». Vil du bruke det som internt navn likevel?</translation>
    </message>
    <message>
        <source>Use “%1” as the property&apos;s internal name.</source>
        <translation>Bruk «%1» som internt navn på egenskapen.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s properties aren&apos;t available here. Type a property&apos;s internal name to use it.</source>
        <translation>Egenskapene fra HubSpot er ikke tilgjengelige her. Skriv det interne navnet på en egenskap for å bruke den.</translation>
    </message>
    <message>
        <source>Loading the properties from HubSpot…</source>
        <translation>Laster inn egenskapene fra HubSpot…</translation>
    </message>
    <message>
        <source>The properties couldn&apos;t be loaded from HubSpot: %1
The properties already used are listed; you can also type a property&apos;s internal name.</source>
        <translation>Egenskapene kunne ikke lastes inn fra HubSpot: %1
Egenskapene som allerede er i bruk, vises; du kan også skrive det interne navnet på en egenskap.</translation>
    </message>
    <message>
        <source>No property matches “%1”.</source>
        <translation>Ingen egenskaper passer med «%1».</translation>
    </message>
</context>
<context>
    <name>bookflow::QboCatalog</name>
    <message>
        <source>Due on receipt</source>
        <translation>Forfaller ved mottak</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Forfaller om %n dag</numerusform>
            <numerusform>Forfaller om %n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>SKU %1</translation>
    </message>
    <message>
        <source>(no name, id %1)</source>
        <translation>(uten navn, id %1)</translation>
    </message>
    <message>
        <source>Bookflow is closing; the list was not loaded.</source>
        <translation>Bookflow avslutter; listen ble ikke lastet inn.</translation>
    </message>
</context>
<context>
    <name>bookflow::QuickBooksSettingsPanel</name>
    <message>
        <source>No filters: every contact is eligible.</source>
        <translation>Ingen filtre: alle kontakter er med.</translation>
    </message>
    <message>
        <source>OR</source>
        <translation>ELLER</translation>
    </message>
    <message>
        <source>AND %1</source>
        <translation>OG %1</translation>
    </message>
    <message>
        <source>Settings of %1</source>
        <translation>Innstillinger for %1</translation>
    </message>
    <message>
        <source>Settings for this company</source>
        <translation>Innstillinger for dette firmaet</translation>
    </message>
    <message>
        <source>Settings saved state</source>
        <translation>Lagringsstatus for innstillingene</translation>
    </message>
    <message>
        <source>Legacy customer matching</source>
        <translation>Kundekobling (eldre modus)</translation>
    </message>
    <message>
        <source>Data sync customer matching</source>
        <translation>Kundekobling via datasynkronisering</translation>
    </message>
    <message>
        <source>The contact is matched to a QuickBooks customer by name and email; a missing customer is created.</source>
        <translation>Kontakten kobles til en QuickBooks-kunde via navn og e-post; en kunde som mangler, blir opprettet.</translation>
    </message>
    <message>
        <source>Only contacts that meet the filters below are synced, matched by email; for any other contact the action fails and creates nothing.</source>
        <translation>Bare kontakter som oppfyller filtrene nedenfor, synkroniseres, og de kobles via e-post; for alle andre kontakter mislykkes handlingen og oppretter ingenting.</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>Kunder:</translation>
    </message>
    <message>
        <source>Data-sync contact filters</source>
        <translation>Kontaktfiltre for datasynkronisering</translation>
    </message>
    <message>
        <source>Contact filters:</source>
        <translation>Kontaktfiltre:</translation>
    </message>
    <message>
        <source>Product sync</source>
        <translation>Produktsynkronisering</translation>
    </message>
    <message>
        <source>Keep HubSpot products linked to QuickBooks products. A line item of a mapped HubSpot product uses the QuickBooks product chosen here; other line items are matched by SKU, then by name.</source>
        <translation>Hold HubSpot-produkter koblet til QuickBooks-produkter. Et linjeelement med et tilordnet HubSpot-produkt bruker QuickBooks-produktet som er valgt her; andre linjeelementer kobles via SKU og deretter navn.</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Produkter:</translation>
    </message>
    <message>
        <source>Income account for new products:</source>
        <translation>Inntektskonto for nye produkter:</translation>
    </message>
    <message>
        <source>Income account for new products</source>
        <translation>Inntektskonto for nye produkter</translation>
    </message>
    <message>
        <source>The company&apos;s first income account</source>
        <translation>Firmaets første inntektskonto</translation>
    </message>
    <message>
        <source>Accounts new actions start with</source>
        <translation>Kontoer nye handlinger starter med</translation>
    </message>
    <message>
        <source>Deposit to:</source>
        <translation>Sett inn på:</translation>
    </message>
    <message>
        <source>Default deposit account for paid invoices and sales receipts</source>
        <translation>Standard innskuddskonto for betalte fakturaer og salgskvitteringer</translation>
    </message>
    <message>
        <source>Undeposited Funds (QuickBooks&apos; default)</source>
        <translation>Undeposited Funds (standard i QuickBooks)</translation>
    </message>
    <message>
        <source>Refund from:</source>
        <translation>Refunder fra:</translation>
    </message>
    <message>
        <source>Default account refunds are paid from</source>
        <translation>Standardkonto som refusjoner betales fra</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Ikke valgt</translation>
    </message>
    <message>
        <source>Fees paid from:</source>
        <translation>Gebyrer betales fra:</translation>
    </message>
    <message>
        <source>Default account payment fees are paid from</source>
        <translation>Standardkonto som betalingsgebyrer betales fra</translation>
    </message>
    <message>
        <source>Fees recorded in:</source>
        <translation>Gebyrer føres på:</translation>
    </message>
    <message>
        <source>Default expense category for payment fees</source>
        <translation>Standard utgiftskategori for betalingsgebyrer</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke lagret: %1</translation>
    </message>
</context>
<context>
    <name>bookflow::ReviewDialog</name>
    <message>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Review and publish</source>
        <translation>Gå gjennom og publiser</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemer som ble funnet</translation>
    </message>
    <message>
        <source>Don&apos;t enroll the records that already meet the triggers</source>
        <translation>Ikke registrer postene som allerede oppfyller utløserne</translation>
    </message>
    <message>
        <source>Enroll the records that already meet the triggers</source>
        <translation>Registrer postene som allerede oppfyller utløserne</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publiser</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiser</translation>
    </message>
    <message>
        <source>Publish and &amp;turn on</source>
        <translation>Publiser og &amp;slå på</translation>
    </message>
    <message>
        <source>Publish and turn on</source>
        <translation>Publiser og slå på</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation>Gå gjennom «%1»</translation>
    </message>
    <message>
        <source>Bookflow couldn&apos;t read the connected accounts: %1</source>
        <translation>Bookflow kunne ikke lese de tilkoblede kontoene: %1</translation>
    </message>
    <message>
        <source>No problems found. The workflow is ready to publish.</source>
        <translation>Ingen problemer funnet. Arbeidsflyten er klar til å publiseres.</translation>
    </message>
    <message>
        <source>1 problem must be fixed before the workflow can be published.</source>
        <translation>1 problem må rettes før arbeidsflyten kan publiseres.</translation>
    </message>
    <message>
        <source>%1 problems must be fixed before the workflow can be published.</source>
        <translation>%1 problemer må rettes før arbeidsflyten kan publiseres.</translation>
    </message>
    <message>
        <source>1 warning is worth a look; it doesn&apos;t stop publishing.</source>
        <translation>1 advarsel er verdt å se på; den hindrer ikke publisering.</translation>
    </message>
    <message>
        <source>%1 warnings are worth a look; they don&apos;t stop publishing.</source>
        <translation>%1 advarsler er verdt å se på; de hindrer ikke publisering.</translation>
    </message>
    <message>
        <source>The draft is the same as version %1, which is live: there is nothing to publish.</source>
        <translation>Utkastet er likt versjon %1, som er i drift: det er ingenting å publisere.</translation>
    </message>
    <message>
        <source>The draft is the same as version %1: turning the workflow on needs no new version.</source>
        <translation>Utkastet er likt versjon %1: arbeidsflyten trenger ingen ny versjon for å slås på.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Feil: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Show the triggers</source>
        <translation>Vis utløserne</translation>
    </message>
    <message>
        <source>Show the action</source>
        <translation>Vis handlingen</translation>
    </message>
    <message>
        <source>No, only %1 that meet the triggers from now on</source>
        <translation>Nei, bare %1 som oppfyller utløserne fra nå av</translation>
    </message>
    <message>
        <source>This workflow has been on before: only %1 that meet the triggers from now on enroll.</source>
        <translation>Denne arbeidsflyten har vært slått på før: bare %1 som oppfyller utløserne fra nå av, blir registrert.</translation>
    </message>
    <message>
        <source>Add triggers to see how many %1 already meet them.</source>
        <translation>Legg til utløsere for å se hvor mange %1 som allerede oppfyller dem.</translation>
    </message>
    <message>
        <source>Counting the %1 that already meet the triggers…</source>
        <translation>Teller %1 som allerede oppfyller utløserne…</translation>
    </message>
    <message>
        <source>Yes, enroll them</source>
        <translation>Ja, registrer dem</translation>
    </message>
    <message>
        <source>Bookflow couldn&apos;t count the %1 that already meet the triggers: %2
Enroll them when the workflow turns on?</source>
        <translation>Bookflow kunne ikke telle %1 som allerede oppfyller utløserne: %2
Skal de registreres når arbeidsflyten slås på?</translation>
    </message>
    <message>
        <source>No %1 meet the triggers now, so there is nothing from before to enroll: %1 that meet them from now on enroll.</source>
        <translation>Ingen %1 oppfyller utløserne nå, så det er ingenting fra før å registrere: %1 som oppfyller dem fra nå av, blir registrert.</translation>
    </message>
    <message>
        <source>1 %1 already meets the triggers. Enroll it when the workflow turns on?</source>
        <translation>1 %1 oppfyller allerede utløserne. Skal posten registreres når arbeidsflyten slås på?</translation>
    </message>
    <message>
        <source>Yes, enroll that %1</source>
        <translation>Ja, registrer 1 %1</translation>
    </message>
    <message>
        <source>%1 %2 already meet the triggers. Enroll them when the workflow turns on?</source>
        <translation>%1 %2 oppfyller allerede utløserne. Skal de registreres når arbeidsflyten slås på?</translation>
    </message>
    <message>
        <source>Yes, enroll those %1</source>
        <translation>Ja, registrer disse %1</translation>
    </message>
    <message>
        <source>The draft is the same as version %1.</source>
        <translation>Utkastet er likt versjon %1.</translation>
    </message>
    <message>
        <source>&amp;Turn on</source>
        <translation>&amp;Slå på</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Slå på</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Bookflow couldn&apos;t save the draft, so nothing was published: %1</source>
        <translation>Bookflow kunne ikke lagre utkastet, så ingenting ble publisert: %1</translation>
    </message>
    <message>
        <source>Nothing was published: %1</source>
        <translation>Ingenting ble publisert: %1</translation>
    </message>
    <message>
        <source>Version %1 is published. Turning the workflow on…</source>
        <translation>Versjon %1 er publisert. Slår på arbeidsflyten…</translation>
    </message>
    <message>
        <source>Version %1 is published. Turning it on and enrolling the %2 that already meet the triggers…</source>
        <translation>Versjon %1 er publisert. Slår den på og registrerer %2 som allerede oppfyller utløserne…</translation>
    </message>
    <message>
        <source>Version %1 is published. Turning it on and noting the %2 that already meet the triggers, so that only new ones enroll…</source>
        <translation>Versjon %1 er publisert. Slår den på og noterer %2 som allerede oppfyller utløserne, slik at bare nye blir registrert…</translation>
    </message>
    <message>
        <source>Version %1 is published, but Bookflow couldn&apos;t turn the workflow on: %2</source>
        <translation>Versjon %1 er publisert, men Bookflow kunne ikke slå på arbeidsflyten: %2</translation>
    </message>
    <message>
        <source>Version %1 is published and on.</source>
        <translation>Versjon %1 er publisert og slått på.</translation>
    </message>
</context>
<context>
    <name>bookflow::RunDetailPane</name>
    <message>
        <source>Run details</source>
        <translation>Kjøringsdetaljer</translation>
    </message>
    <message>
        <source>Select a run to see its steps, attempts and errors.</source>
        <translation>Velg en kjøring for å se stegene, forsøkene og feilene.</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Hva som gikk galt</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Hva du kan gjøre</translation>
    </message>
    <message>
        <source>Other actions of this enrollment</source>
        <translation>Andre handlinger i denne registreringen</translation>
    </message>
    <message>
        <source>What planning found</source>
        <translation>Hva planleggingen fant</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Forespørsels-id</translation>
    </message>
    <message>
        <source>QuickBooks record</source>
        <translation>QuickBooks-post</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Steps of the action</source>
        <translation>Stegene i handlingen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Attempts of the action</source>
        <translation>Forsøkene for handlingen</translation>
    </message>
    <message>
        <source>Nothing was sent to QuickBooks for this action yet.</source>
        <translation>Ingenting er sendt til QuickBooks for denne handlingen ennå.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>The next try is at %1.</source>
        <translation>Neste forsøk er %1.</translation>
    </message>
    <message>
        <source>%1 The next try is at %2.</source>
        <translation>%1 Neste forsøk er %2.</translation>
    </message>
    <message>
        <source>No QuickBooks document was created by this action yet.</source>
        <translation>Denne handlingen har ikke opprettet noe QuickBooks-dokument ennå.</translation>
    </message>
    <message>
        <source>%1 is on the Bookflow sandbox, which has no QuickBooks web pages to open. The document&apos;s QuickBooks id is %2.</source>
        <translation>%1 ligger i Bookflow-sandkassen, som ikke har noen QuickBooks-nettsider å åpne. QuickBooks-id-en til dokumentet er %2.</translation>
    </message>
    <message>
        <source>QuickBooks has no page for this document.</source>
        <translation>QuickBooks har ingen side for dette dokumentet.</translation>
    </message>
    <message>
        <source>Workflow:</source>
        <translation>Arbeidsflyt:</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versjon %2</translation>
    </message>
    <message>
        <source>%1, enrollment %2 (%3)</source>
        <translation>%1, registrering %2 (%3)</translation>
    </message>
    <message>
        <source>— run for real from the test screen</source>
        <translation>– kjørt på ekte fra testvinduet</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Post:</translation>
    </message>
    <message>
        <source>Enrolled:</source>
        <translation>Registrert:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Handling:</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 av %2: %3</translation>
    </message>
    <message>
        <source>QuickBooks company:</source>
        <translation>QuickBooks-firma:</translation>
    </message>
    <message>
        <source>A removed connection (%1)</source>
        <translation>En fjernet tilkobling (%1)</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>%1, QuickBooks id %2</source>
        <translation>%1, QuickBooks-id %2</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 siden %2</translation>
    </message>
    <message>
        <source>Tries:</source>
        <translation>Forsøk:</translation>
    </message>
    <message>
        <source>Next try:</source>
        <translation>Neste forsøk:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Sist endret:</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 – %3</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>%1 id %2</source>
        <translation>%1 id %2</translation>
    </message>
    <message>
        <source>%1 %2 (id %3)</source>
        <translation>%1 %2 (id %3)</translation>
    </message>
    <message>
        <source>No steps: nothing was planned for QuickBooks yet, or planning stopped before any step.</source>
        <translation>Ingen steg: ingenting er planlagt for QuickBooks ennå, eller planleggingen stoppet før første steg.</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planlegging</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Steg %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 — request id %2</source>
        <translation>%1 – forespørsels-id %2</translation>
    </message>
    <message>
        <source>Create the customer</source>
        <translation>Opprett kunden</translation>
    </message>
    <message>
        <source>Create the product</source>
        <translation>Opprett produktet</translation>
    </message>
    <message>
        <source>Record the payment</source>
        <translation>Bokfør betalingen</translation>
    </message>
    <message>
        <source>Create the %1</source>
        <translation>Opprett %1</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Ikke sendt ennå</translation>
    </message>
    <message>
        <source>Sent, no answer yet</source>
        <translation>Sendt, ikke noe svar ennå</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Refused by QuickBooks</source>
        <translation>Avvist av QuickBooks</translation>
    </message>
    <message>
        <source>Could not get through</source>
        <translation>Kom ikke gjennom</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>For mange forespørsler</translation>
    </message>
    <message>
        <source>Needs a reconnect</source>
        <translation>Må kobles til på nytt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvist</translation>
    </message>
</context>
<context>
    <name>bookflow::RunHistoryModel</name>
    <message>
        <source>Enrolled</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Arbeidsflyt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>QuickBooks document</source>
        <translation>QuickBooks-dokument</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Removed workflow (%1)</source>
        <translation>Fjernet arbeidsflyt (%1)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Enrolled %1; last change %2</source>
        <translation>Registrert %1; sist endret %2</translation>
    </message>
    <message>
        <source>Enrolled %1</source>
        <translation>Registrert %1</translation>
    </message>
    <message>
        <source>%1, enrollment %2</source>
        <translation>%1, registrering %2</translation>
    </message>
    <message>
        <source>%1 — next try %2</source>
        <translation>%1 – neste forsøk %2</translation>
    </message>
    <message>
        <source>%1, QuickBooks id %2</source>
        <translation>%1, QuickBooks-id %2</translation>
    </message>
</context>
<context>
    <name>bookflow::RunHistoryPage</name>
    <message>
        <source>Run history</source>
        <translation>Kjørehistorikk</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Må gjennomgås</translation>
    </message>
    <message>
        <source>Export the run history</source>
        <translation>Eksporter kjørehistorikken</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Oppdater</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Prøv &amp;igjen</translation>
    </message>
    <message>
        <source>&amp;Open in QuickBooks</source>
        <translation>&amp;Åpne i QuickBooks</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksporter CSV…</translation>
    </message>
    <message>
        <source>Save the run history of the chosen workflow (every status) as a CSV file for a spreadsheet.</source>
        <translation>Lagre kjørehistorikken for den valgte arbeidsflyten (alle statuser) som en CSV-fil for et regneark.</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Sjekk &amp;nå</translation>
    </message>
    <message>
        <source>Check HubSpot for records that meet the triggers and send what is due to QuickBooks now, without waiting for the next check.</source>
        <translation>Sjekk HubSpot for poster som oppfyller utløserne, og send det som skal sendes til QuickBooks nå, uten å vente på neste sjekk.</translation>
    </message>
    <message>
        <source>Every record your workflows enrolled, and what Bookflow did for it in QuickBooks.</source>
        <translation>Alle poster arbeidsflytene dine har registrert, og hva Bookflow gjorde for dem i QuickBooks.</translation>
    </message>
    <message>
        <source>Actions that failed. Fix the cause in HubSpot or QuickBooks, then retry them.</source>
        <translation>Handlinger som mislyktes. Rett opp årsaken i HubSpot eller QuickBooks, og prøv dem deretter på nytt.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Arbeidsflyt</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Arbeidsflyt:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>Only runs enrolled on or after a date</source>
        <translation>Bare kjøringer registrert på eller etter en dato</translation>
    </message>
    <message>
        <source>Enrolled on or after</source>
        <translation>Registrert på eller etter</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>Only runs enrolled on or before a date</source>
        <translation>Bare kjøringer registrert på eller før en dato</translation>
    </message>
    <message>
        <source>Enrolled on or before</source>
        <translation>Registrert på eller før</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Fjern fi&amp;ltre</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Fjern filtre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Lukk meldingen</translation>
    </message>
    <message>
        <source>Actions that need review</source>
        <translation>Handlinger som må gjennomgås</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeider</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Siste sjekk</translation>
    </message>
    <message>
        <source>All workflows</source>
        <translation>Alle arbeidsflyter</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>Kjørehistorikken kunne ikke leses: %1</translation>
    </message>
    <message>
        <source>No runs yet. Turn a workflow on and Bookflow will check HubSpot every minute.</source>
        <translation>Ingen kjøringer ennå. Slå på en arbeidsflyt, så sjekker Bookflow HubSpot hvert minutt.</translation>
    </message>
    <message>
        <source>Nothing needs review. When an action fails, it is listed here with the reason, so you can fix the cause and try it again.</source>
        <translation>Ingenting må gjennomgås. Når en handling mislykkes, vises den her med årsaken, slik at du kan rette opp årsaken og prøve igjen.</translation>
    </message>
    <message>
        <source>No runs match these filters.</source>
        <translation>Ingen kjøringer passer med disse filtrene.</translation>
    </message>
    <message>
        <source>Open %1 in QuickBooks (%2)</source>
        <translation>Åpne %1 i QuickBooks (%2)</translation>
    </message>
    <message>
        <source>Select a run with a QuickBooks document.</source>
        <translation>Velg en kjøring med et QuickBooks-dokument.</translation>
    </message>
    <message>
        <source>A retry is running.</source>
        <translation>Et nytt forsøk pågår.</translation>
    </message>
    <message>
        <source>Select a failed action to try it again.</source>
        <translation>Velg en mislykket handling for å prøve den igjen.</translation>
    </message>
    <message>
        <source>This action created its document; it is never run twice.</source>
        <translation>Denne handlingen har opprettet dokumentet sitt; den kjøres aldri to ganger.</translation>
    </message>
    <message>
        <source>Only a failed action can be retried; this one is %1.</source>
        <translation>Bare en mislykket handling kan prøves på nytt; denne har status «%1».</translation>
    </message>
    <message>
        <source>Try this action again now, after fixing its cause. It never creates a second document.</source>
        <translation>Prøv denne handlingen igjen nå, etter at du har rettet opp årsaken. Den oppretter aldri et dokument nummer to.</translation>
    </message>
    <message>
        <source>Trying the action again…</source>
        <translation>Prøver handlingen igjen…</translation>
    </message>
    <message>
        <source>Checking for work…</source>
        <translation>Ser etter arbeid…</translation>
    </message>
    <message>
        <source>Last check %1: %2</source>
        <translation>Siste sjekk %1: %2</translation>
    </message>
    <message>
        <source>Last check %1: %2 %3</source>
        <translation>Siste sjekk %1: %2 %3</translation>
    </message>
    <message>
        <source>bookflow-run-history-%1.csv</source>
        <translation>bookflow-kjørehistorikk-%1.csv</translation>
    </message>
    <message>
        <source>The run history could not be saved to %1: %2</source>
        <translation>Kjørehistorikken kunne ikke lagres i %1: %2</translation>
    </message>
    <message>
        <source>Saved the run history to %1.</source>
        <translation>Lagret kjørehistorikken i %1.</translation>
    </message>
    <message>
        <source>Bookflow could not open %1 in your web browser.</source>
        <translation>Bookflow kunne ikke åpne %1 i nettleseren.</translation>
    </message>
    <message>
        <source>Done: %1 was created in QuickBooks.</source>
        <translation>Ferdig: %1 ble opprettet i QuickBooks.</translation>
    </message>
    <message>
        <source>The action failed again: %1</source>
        <translation>Handlingen mislyktes igjen: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bookflow::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <source>The new language takes effect the next time Bookflow starts.</source>
        <translation>Det nye språket tas i bruk neste gang Bookflow starter.</translation>
    </message>
    <message>
        <source>&amp;Start Bookflow at login</source>
        <translation>&amp;Start Bookflow ved pålogging</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Bookflow starts in the background when you log in to this computer, so the workflows that are on keep running without you opening it.</source>
        <translation>Bookflow starter i bakgrunnen når du logger på denne datamaskinen, slik at arbeidsflytene som er slått på, fortsetter å kjøre uten at du åpner programmet.</translation>
    </message>
</context>
<context>
    <name>bookflow::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
</context>
<context>
    <name>bookflow::TestPanel</name>
    <message>
        <source>Met</source>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Ikke oppfylt</translation>
    </message>
    <message>
        <source>%1, a sandbox company</source>
        <translation>%1, et sandkassefirma</translation>
    </message>
    <message>
        <source>%1, a production company (your real books)</source>
        <translation>%1, et produksjonsfirma (ditt ekte regnskap)</translation>
    </message>
    <message>
        <source>Test “%1”</source>
        <translation>Test «%1»</translation>
    </message>
    <message>
        <source>Test on a &amp;record:</source>
        <translation>Test på en &amp;post:</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Søk i poster</translation>
    </message>
    <message>
        <source>Search %1 by name or id</source>
        <translation>Søk i %1 etter navn eller id</translation>
    </message>
    <message>
        <source>Run &amp;test</source>
        <translation>Kjør &amp;test</translation>
    </message>
    <message>
        <source>Run test</source>
        <translation>Kjør test</translation>
    </message>
    <message>
        <source>Dry run of the draft on the chosen record; nothing is written (%1)</source>
        <translation>Prøvekjøring av utkastet på den valgte posten; ingenting blir skrevet (%1)</translation>
    </message>
    <message>
        <source>Matching records</source>
        <translation>Poster som passer</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testresultat</translation>
    </message>
    <message>
        <source>Choose a record above and run the test: you see, filter by filter, whether it meets the triggers, and what each action would send to QuickBooks. Nothing is written.</source>
        <translation>Velg en post ovenfor og kjør testen: du ser, filter for filter, om den oppfyller utløserne, og hva hver handling ville sendt til QuickBooks. Ingenting blir skrevet.</translation>
    </message>
    <message>
        <source>Run for &amp;real on this record…</source>
        <translation>Kjør på &amp;ekte for denne posten…</translation>
    </message>
    <message>
        <source>Run for real on this record</source>
        <translation>Kjør på ekte for denne posten</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søker…</translation>
    </message>
    <message>
        <source>HubSpot couldn&apos;t be searched: %1</source>
        <translation>Kunne ikke søke i HubSpot: %1</translation>
    </message>
    <message>
        <source>HubSpot has no %1 yet.</source>
        <translation>HubSpot har ingen %1 ennå.</translation>
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation>Ingen %1 passer med «%2».</translation>
    </message>
    <message>
        <source>The %1 changed most recently; type to search by name or id.</source>
        <translation>Viser %1 som er endret sist; skriv for å søke etter navn eller id.</translation>
    </message>
    <message>
        <source>Choose a %1 to test on.</source>
        <translation>Velg %1 å teste på.</translation>
    </message>
    <message>
        <source>Testing the draft on %1…</source>
        <translation>Tester utkastet på %1…</translation>
    </message>
    <message>
        <source>The test couldn&apos;t run: %1</source>
        <translation>Testen kunne ikke kjøres: %1</translation>
    </message>
    <message>
        <source>Dry run of the draft on %1</source>
        <translation>Prøvekjøring av utkastet på %1</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Utløsere</translation>
    </message>
    <message>
        <source>or</source>
        <translation>eller</translation>
    </message>
    <message>
        <source>The workflow has no triggers yet.</source>
        <translation>Arbeidsflyten har ingen utløsere ennå.</translation>
    </message>
    <message>
        <source>→ The %1 meets the triggers.</source>
        <translation>→ Valgt %1 oppfyller utløserne.</translation>
    </message>
    <message>
        <source>→ The %1 doesn&apos;t meet the triggers, so it would not enroll. The actions below show what would happen if it did.</source>
        <translation>→ Valgt %1 oppfyller ikke utløserne, så posten ville ikke blitt registrert. Handlingene nedenfor viser hva som ville skjedd om den ble det.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>The workflow has no actions yet.</source>
        <translation>Arbeidsflyten har ingen handlinger ennå.</translation>
    </message>
    <message>
        <source>Nothing was written: the test only read HubSpot and QuickBooks.</source>
        <translation>Ingenting ble skrevet: testen bare leste fra HubSpot og QuickBooks.</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Handling %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Would create it with the requests below.</source>
        <translation>Ville opprettet dokumentet med forespørslene nedenfor.</translation>
    </message>
    <message>
        <source>Would fail: %1</source>
        <translation>Ville mislyktes: %1</translation>
    </message>
    <message>
        <source>Show the request: %1</source>
        <translation>Vis forespørselen: %1</translation>
    </message>
    <message>
        <source>Request body: %1</source>
        <translation>Forespørselsinnhold: %1</translation>
    </message>
    <message>
        <source>Publish the workflow to run it for real: a run for real uses the published version.</source>
        <translation>Publiser arbeidsflyten for å kjøre den på ekte: en kjøring på ekte bruker den publiserte versjonen.</translation>
    </message>
    <message>
        <source>Choose a %1 to run the workflow on.</source>
        <translation>Velg %1 å kjøre arbeidsflyten på.</translation>
    </message>
    <message>
        <source>a QuickBooks company that is no longer connected</source>
        <translation>et QuickBooks-firma som ikke lenger er tilkoblet</translation>
    </message>
    <message>
        <source>Run “%1” for real on %2?</source>
        <translation>Vil du kjøre «%1» på ekte for %2?</translation>
    </message>
    <message>
        <source>The published version has no actions, so nothing would be created.</source>
        <translation>Den publiserte versjonen har ingen handlinger, så ingenting ville blitt opprettet.</translation>
    </message>
    <message>
        <source>This creates documents in QuickBooks, in %1.</source>
        <translation>Dette oppretter dokumenter i QuickBooks, i %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <source>It runs published version %1.</source>
        <translation>Publisert versjon %1 kjøres.</translation>
    </message>
    <message>
        <source>The draft has changes that are not published; they are not used.</source>
        <translation>Utkastet har endringer som ikke er publisert; de blir ikke brukt.</translation>
    </message>
    <message>
        <source>Run for real</source>
        <translation>Kjør på ekte</translation>
    </message>
    <message>
        <source>Running for real on %1…</source>
        <translation>Kjører på ekte for %1…</translation>
    </message>
    <message>
        <source>The run for real didn&apos;t happen: %1</source>
        <translation>Kjøringen på ekte ble ikke gjennomført: %1</translation>
    </message>
    <message>
        <source>Ran published version %1 on the %2 (enrollment %3):</source>
        <translation>Kjørte publisert versjon %1 på valgt %2 (registrering %3):</translation>
    </message>
    <message>
        <source>This %1 had already run in this workflow (enrollment %2), and nothing is created twice. Its actions now:</source>
        <translation>Denne posten (%1) har allerede kjørt i denne arbeidsflyten (registrering %2), og ingenting opprettes to ganger. Handlingene nå:</translation>
    </message>
    <message>
        <source>QuickBooks</source>
        <translation>QuickBooks</translation>
    </message>
    <message>
        <source>✓ %1: created %2 in %3.</source>
        <translation>✓ %1: opprettet %2 i %3.</translation>
    </message>
    <message>
        <source>✗ %1 failed: %2</source>
        <translation>✗ %1 mislyktes: %2</translation>
    </message>
    <message>
        <source>%1 will be tried again at %2: %3</source>
        <translation>%1 prøves igjen %2: %3</translation>
    </message>
    <message>
        <source>%1 is paused until the company is reconnected: %2</source>
        <translation>%1 er satt på pause til firmaet er koblet til på nytt: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open in QuickBooks</source>
        <translation>Åpne i QuickBooks</translation>
    </message>
    <message>
        <source>The run history has the details.</source>
        <translation>Kjørehistorikken har detaljene.</translation>
    </message>
</context>
<context>
    <name>bookflow::TriggerPanel</name>
    <message>
        <source>Enrollment triggers</source>
        <translation>Registreringsutløsere</translation>
    </message>
    <message>
        <source>A %1 enrolls when it meets every filter of at least one group.</source>
        <translation>En post av typen %1 registreres når den oppfyller alle filtrene i minst én gruppe.</translation>
    </message>
    <message>
        <source>No triggers yet: add a filter group to choose which %1 enroll.</source>
        <translation>Ingen utløsere ennå: legg til en filtergruppe for å velge hvilke %1 som registreres.</translation>
    </message>
    <message>
        <source>Re-enroll records when they meet the triggers again</source>
        <translation>Registrer poster på nytt når de oppfyller utløserne igjen</translation>
    </message>
    <message>
        <source>Also re-enroll when one of these %1 properties changes:</source>
        <translation>Registrer også på nytt når en av disse %1-egenskapene endres:</translation>
    </message>
    <message>
        <source>No properties chosen.</source>
        <translation>Ingen egenskaper valgt.</translation>
    </message>
    <message>
        <source>Re-enrollment properties</source>
        <translation>Egenskaper for ny registrering</translation>
    </message>
    <message>
        <source>Add a re-enrollment property</source>
        <translation>Legg til en egenskap for ny registrering</translation>
    </message>
    <message>
        <source>Add a property…</source>
        <translation>Legg til en egenskap…</translation>
    </message>
    <message>
        <source>Without re-enrollment a record enrolls only the first time it meets the triggers. With it, a record enrolls again when it starts meeting them again, or when one of the chosen properties changes while it meets them — and every new enrollment creates its QuickBooks documents again.</source>
        <translation>Uten ny registrering blir en post registrert bare første gang den oppfyller utløserne. Med ny registrering blir en post registrert igjen når den begynner å oppfylle dem på nytt, eller når en av de valgte egenskapene endres mens den oppfyller dem – og hver nye registrering oppretter QuickBooks-dokumentene på nytt.</translation>
    </message>
    <message>
        <source>Turn on re-enrollment</source>
        <translation>Slå på ny registrering</translation>
    </message>
    <message>
        <source>Turn off re-enrollment</source>
        <translation>Slå av ny registrering</translation>
    </message>
    <message>
        <source>Add re-enrollment property</source>
        <translation>Legg til egenskap for ny registrering</translation>
    </message>
    <message>
        <source>Remove re-enrollment property</source>
        <translation>Fjern egenskap for ny registrering</translation>
    </message>
    <message>
        <source>Internal name: %1</source>
        <translation>Internt navn: %1</translation>
    </message>
</context>
<context>
    <name>bookflow::VersionsDialog</name>
    <message>
        <source>Versions</source>
        <translation>Versjoner</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Publiserte versjoner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The selected version</source>
        <translation>Den valgte versjonen</translation>
    </message>
    <message>
        <source>&amp;Restore into the draft</source>
        <translation>&amp;Gjenopprett i utkastet</translation>
    </message>
    <message>
        <source>Restore into the draft</source>
        <translation>Gjenopprett i utkastet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Bookflow couldn&apos;t read the versions: %1</source>
        <translation>Bookflow kunne ikke lese versjonene: %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>I drift</translation>
    </message>
    <message>
        <source>Latest, off</source>
        <translation>Nyeste, slått av</translation>
    </message>
    <message>
        <source>This workflow has not been published yet.</source>
        <translation>Denne arbeidsflyten er ikke publisert ennå.</translation>
    </message>
    <message>
        <source>Bookflow couldn&apos;t read version %1: %2</source>
        <translation>Bookflow kunne ikke lese versjon %1: %2</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Versjon %1 · %2</translation>
    </message>
    <message>
        <source>Enrolls a %1 when</source>
        <translation>Registrerer en post av typen %1 når</translation>
    </message>
    <message>
        <source>(no triggers)</source>
        <translation>(ingen utløsere)</translation>
    </message>
    <message>
        <source>or</source>
        <translation>eller</translation>
    </message>
    <message>
        <source>and %1</source>
        <translation>og %1</translation>
    </message>
    <message>
        <source>Records enroll again when they meet the triggers again.</source>
        <translation>Poster registreres på nytt når de oppfyller utløserne igjen.</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Deretter</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · no QuickBooks company chosen</source>
        <translation>%1 · ikke noe QuickBooks-firma valgt</translation>
    </message>
    <message>
        <source>(no actions)</source>
        <translation>(ingen handlinger)</translation>
    </message>
    <message>
        <source>The draft is already the same as version %1.</source>
        <translation>Utkastet er allerede likt versjon %1.</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Gjenopprett versjon %1</translation>
    </message>
    <message>
        <source>Version %1 is now the draft. Undo brings back what was there before.</source>
        <translation>Versjon %1 er nå utkastet. Angre henter tilbake det som var der før.</translation>
    </message>
</context>
<context>
    <name>bookflow::WorkflowCanvas</name>
    <message>
        <source>%1 to fix</source>
        <translation>%1 å rette</translation>
    </message>
    <message>
        <source>%1 to check</source>
        <translation>%1 å se på</translation>
    </message>
    <message>
        <source>Trigger: deal is enrolled when</source>
        <translation>Utløser: avtalen registreres når</translation>
    </message>
    <message>
        <source>Trigger: quote is enrolled when</source>
        <translation>Utløser: tilbudet registreres når</translation>
    </message>
    <message>
        <source>Trigger: payment is enrolled when</source>
        <translation>Utløser: betalingen registreres når</translation>
    </message>
    <message>
        <source>No triggers yet — add a filter</source>
        <translation>Ingen utløsere ennå – legg til et filter</translation>
    </message>
    <message>
        <source>OR</source>
        <translation>ELLER</translation>
    </message>
    <message>
        <source>An empty group — add a filter to it</source>
        <translation>En tom gruppe – legg til et filter i den</translation>
    </message>
    <message>
        <source>AND %1</source>
        <translation>OG %1</translation>
    </message>
    <message>
        <source>Records enroll again when they meet the triggers again</source>
        <translation>Poster registreres på nytt når de oppfyller utløserne igjen</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Utløser</translation>
    </message>
    <message>
        <source>Click to change the triggers</source>
        <translation>Klikk for å endre utløserne</translation>
    </message>
    <message>
        <source>Choose a QuickBooks company</source>
        <translation>Velg et QuickBooks-firma</translation>
    </message>
    <message>
        <source>%1 · sandbox</source>
        <translation>%1 · sandkasse</translation>
    </message>
    <message>
        <source>A QuickBooks company that is no longer connected</source>
        <translation>Et QuickBooks-firma som ikke lenger er tilkoblet</translation>
    </message>
    <message>
        <source>Action %1: %2</source>
        <translation>Handling %1: %2</translation>
    </message>
    <message>
        <source>Click to change this action. Alt+Up and Alt+Down move it; Delete deletes it.</source>
        <translation>Klikk for å endre denne handlingen. Alt+Pil opp og Alt+Pil ned flytter den; Delete sletter den.</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add an action after the trigger</source>
        <translation>Legg til en handling etter utløseren</translation>
    </message>
    <message>
        <source>Add an action after action %1</source>
        <translation>Legg til en handling etter handling %1</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>End of the workflow</source>
        <translation>Slutten av arbeidsflyten</translation>
    </message>
    <message>
        <source>Actions you can add</source>
        <translation>Handlinger du kan legge til</translation>
    </message>
</context>
<context>
    <name>bookflow::WorkflowCard</name>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Slett handlingen</translation>
    </message>
</context>
<context>
    <name>bookflow::WorkflowEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Settings of the selected card</source>
        <translation>Innstillinger for det valgte kortet</translation>
    </message>
    <message>
        <source>This workflow could not be opened.
%1</source>
        <translation>Denne arbeidsflyten kunne ikke åpnes.
%1</translation>
    </message>
    <message>
        <source>Rename workflow</source>
        <translation>Gi arbeidsflyten nytt navn</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save the draft (%1)</source>
        <translation>Lagre utkastet (%1)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Try the draft on a record without creating anything</source>
        <translation>Prøv utkastet på en post uten å opprette noe</translation>
    </message>
    <message>
        <source>Review and publish</source>
        <translation>Gå gjennom og publiser</translation>
    </message>
    <message>
        <source>See what needs fixing, then publish the draft and turn it on</source>
        <translation>Se hva som må rettes, og publiser deretter utkastet og slå det på</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versjoner</translation>
    </message>
    <message>
        <source>The published versions, to view or restore</source>
        <translation>De publiserte versjonene, for visning eller gjenoppretting</translation>
    </message>
    <message>
        <source>Workflow name</source>
        <translation>Navn på arbeidsflyten</translation>
    </message>
    <message>
        <source>Name the workflow</source>
        <translation>Gi arbeidsflyten et navn</translation>
    </message>
    <message>
        <source>The workflow&apos;s name; type to change it</source>
        <translation>Navnet på arbeidsflyten; skriv for å endre det</translation>
    </message>
    <message>
        <source>The workflow was not saved</source>
        <translation>Arbeidsflyten ble ikke lagret</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Legg til «%1»</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>Flytt «%1» opp</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>Flytt «%1» ned</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Slett «%1»</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Vil du lagre endringene i «%1» før du lukker?</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes to the draft are lost.</source>
        <translation>Hvis du ikke lagrer, går endringene i utkastet tapt.</translation>
    </message>
    <message>
        <source>%1[*] — Bookflow</source>
        <translation>%1[*] – Bookflow</translation>
    </message>
    <message>
        <source>Untitled workflow</source>
        <translation>Arbeidsflyt uten navn</translation>
    </message>
    <message>
        <source>Draft · unsaved changes</source>
        <translation>Utkast · ulagrede endringer</translation>
    </message>
    <message>
        <source>Draft · not published yet</source>
        <translation>Utkast · ikke publisert ennå</translation>
    </message>
    <message>
        <source>Published version %1 · draft has unpublished changes</source>
        <translation>Publisert versjon %1 · utkastet har upubliserte endringer</translation>
    </message>
    <message>
        <source>Published version %1</source>
        <translation>Publisert versjon %1</translation>
    </message>
    <message>
        <source>● On</source>
        <translation>● På</translation>
    </message>
    <message>
        <source>○ Off</source>
        <translation>○ Av</translation>
    </message>
    <message>
        <source>The workflow is on: records that meet the triggers enroll</source>
        <translation>Arbeidsflyten er slått på: poster som oppfyller utløserne, blir registrert</translation>
    </message>
    <message>
        <source>The workflow is off: no record enrolls</source>
        <translation>Arbeidsflyten er slått av: ingen poster blir registrert</translation>
    </message>
    <message>
        <source>The trigger&apos;s filters appear here.</source>
        <translation>Filtrene til utløseren vises her.</translation>
    </message>
    <message>
        <source>The settings of “%1” appear here.</source>
        <translation>Innstillingene for «%1» vises her.</translation>
    </message>
    <message>
        <source>Select the trigger or an action to change it.</source>
        <translation>Velg utløseren eller en handling for å endre den.</translation>
    </message>
</context>
<context>
    <name>bookflow::WorkflowListModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>On</source>
        <translation>På</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>—</source>
        <comment>draft column: the draft equals the published version</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>draft column: unpublished changes</comment>
        <translation>endret</translation>
    </message>
    <message>
        <source>never published</source>
        <comment>draft column</comment>
        <translation>aldri publisert</translation>
    </message>
    <message>
        <source>Untitled workflow</source>
        <translation>Arbeidsflyt uten navn</translation>
    </message>
    <message>
        <source>Last changed %1</source>
        <translation>Sist endret %1</translation>
    </message>
    <message>
        <source>On: records that meet the triggers are enrolled.</source>
        <translation>På: poster som oppfyller utløserne, blir registrert.</translation>
    </message>
    <message>
        <source>Off: no records are enrolled.</source>
        <translation>Av: ingen poster blir registrert.</translation>
    </message>
    <message>
        <source>This workflow has not been published yet.</source>
        <translation>Denne arbeidsflyten er ikke publisert ennå.</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Siste kjøring</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <source>Deal-based workflow</source>
        <translation>Avtalebasert arbeidsflyt</translation>
    </message>
    <message>
        <source>Quote-based workflow</source>
        <translation>Tilbudsbasert arbeidsflyt</translation>
    </message>
    <message>
        <source>Payment-based workflow</source>
        <translation>Betalingsbasert arbeidsflyt</translation>
    </message>
    <message>
        <source>never</source>
        <comment>last run</comment>
        <translation>aldri</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>akkurat nå</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>for %n min siden</numerusform>
            <numerusform>for %n min siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>for %n t siden</numerusform>
            <numerusform>for %n t siden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dager siden</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <comment>issues column: not known</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>None</source>
        <comment>issues column</comment>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>The draft is the same as published version %1.</source>
        <translation>Utkastet er likt publisert versjon %1.</translation>
    </message>
    <message>
        <source>The draft has changes that are not published yet (published version: %1).</source>
        <translation>Utkastet har endringer som ikke er publisert ennå (publisert versjon: %1).</translation>
    </message>
    <message>
        <source>No record has been enrolled in this workflow yet.</source>
        <translation>Ingen poster er registrert i denne arbeidsflyten ennå.</translation>
    </message>
    <message>
        <source>Last enrollment or action: %1</source>
        <translation>Siste registrering eller handling: %1</translation>
    </message>
    <message>
        <source>The draft could not be reviewed.</source>
        <translation>Utkastet kunne ikke gjennomgås.</translation>
    </message>
    <message>
        <source>Review finds nothing to fix in the draft.</source>
        <translation>Gjennomgangen finner ingenting å rette i utkastet.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 feil</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 feil</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advarsel</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 advarsler</translation>
    </message>
    <message>
        <source>%1 and %2 in the draft:</source>
        <translation>%1 og %2 i utkastet:</translation>
    </message>
    <message>
        <source>%1 in the draft:</source>
        <translation>%1 i utkastet:</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… og %1 til</translation>
    </message>
</context>
<context>
    <name>bookflow::WorkflowNameDialog</name>
    <message>
        <source>Workflow name</source>
        <translation>Navn på arbeidsflyten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Opprett</translation>
    </message>
</context>
<context>
    <name>bookflow::sandbox::SandboxServer</name>
    <message>
        <source>The sandbox is already listening on port %1.</source>
        <translation>Sandkassen lytter allerede på port %1.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Kan ikke lytte på 127.0.0.1:%1: %2</translation>
    </message>
</context>
</TS>
