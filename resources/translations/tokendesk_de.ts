<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BulkProgressDialog</name>
    <message>
        <source>Bulk action</source>
        <translation>Sammelaktion</translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What the token is for, e.g. ci-pipeline-7</source>
        <translation>Wofür das Token ist, z. B. ci-pipeline-7</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Berechtigungen:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Läuft ab:</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Delete token</source>
        <translation>Token löschen</translation>
    </message>
</context>
<context>
    <name>EditTokenDialog</name>
    <message>
        <source>Edit token</source>
        <translation>Token bearbeiten</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktiv</translation>
    </message>
    <message>
        <source>&amp;Revoked (cannot be used; can be reactivated)</source>
        <translation>&amp;Widerrufen (nicht verwendbar; kann reaktiviert werden)</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Berechtigungen:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Tick the columns to export; drag them or use Up and Down to change their order.</source>
        <translation>Haken Sie die zu exportierenden Spalten an; ziehen Sie sie oder verwenden Sie „Nach oben“ und „Nach unten“, um ihre Reihenfolge zu ändern.</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>The columns the table shows, in its order.</source>
        <translation>Die Spalten, die die Tabelle zeigt, in ihrer Reihenfolge.</translation>
    </message>
    <message>
        <source>&amp;Table columns</source>
        <translation>&amp;Tabellenspalten</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Header row with the column names</source>
        <translation>&amp;Kopfzeile mit den Spaltennamen</translation>
    </message>
    <message>
        <source>Protect against spreadsheet &amp;formulas</source>
        <translation>Vor Tabellenkalkulations-&amp;Formeln schützen</translation>
    </message>
    <message>
        <source>Rows without details</source>
        <translation>Zeilen ohne Details</translation>
    </message>
    <message>
        <source>&amp;Load them first</source>
        <translation>Zuerst &amp;laden</translation>
    </message>
    <message>
        <source>Export them with &amp;empty cells</source>
        <translation>Mit &amp;leeren Zellen exportieren</translation>
    </message>
    <message>
        <source>A name, ID, owner or scope starting with = + - @ gets a leading &apos; so that a spreadsheet shows it as text instead of running it.</source>
        <translation>Ein Name, eine ID, ein Besitzer oder eine Berechtigung, die mit = + - @ beginnen, erhalten ein vorangestelltes &apos;, damit eine Tabellenkalkulation sie als Text zeigt, statt sie auszuführen.</translation>
    </message>
    <message>
        <source>Tokens the filter cannot decide yet</source>
        <translation>Tokens, über die der Filter noch nicht entscheiden kann</translation>
    </message>
    <message>
        <source>Load &amp;their details</source>
        <translation>&amp;Ihre Details laden</translation>
    </message>
    <message>
        <source>Loads the details of exactly these tokens; the rows above then include those that match</source>
        <translation>Lädt die Details genau dieser Tokens; die Zeilen oben enthalten dann die passenden</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <source>Look up a token by its secret</source>
        <translation>Token anhand seines Geheimnisses nachschlagen</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Zuletzt verwendet:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>Show in &amp;table</source>
        <translation>In der &amp;Tabelle zeigen</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Clear and &amp;reload</source>
        <translation>Leeren und &amp;neu laden</translation>
    </message>
    <message>
        <source>In all &amp;profiles</source>
        <translation>In allen &amp;Profilen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Switch to this profile</source>
        <translation>Zu diesem Profil wech&amp;seln</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No token is stored for this profile in this session.</source>
        <translation>Für dieses Profil ist in dieser Sitzung kein Token gespeichert.</translation>
    </message>
    <message>
        <source>Connected; the token may manage tokens.</source>
        <translation>Verbunden; das Token darf Tokens verwalten.</translation>
    </message>
    <message>
        <source>No stored token: %1</source>
        <translation>Kein gespeichertes Token: %1</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Print the report, with the cluster, the date and the filter, to a PDF file</source>
        <translation>Den Bericht mit Cluster, Datum und Filter als PDF-Datei ausgeben</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to “%1”.</source>
        <translation>Das PDF konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ScopeCatalog</name>
    <message>
        <source>A scope this version of TokenDesk does not know yet.</source>
        <translation>Eine Berechtigung, die diese Version von TokenDesk noch nicht kennt.</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>Token created</source>
        <translation>Token erstellt</translation>
    </message>
    <message>
        <source>⚠ This secret is shown once. Store it now.</source>
        <translation>⚠ Dieses Geheimnis wird nur einmal angezeigt. Speichern Sie es jetzt.</translation>
    </message>
    <message>
        <source>Put it in your password manager or secrets vault. The cluster keeps only its identifier: once this dialog is closed, nobody can show the secret again.</source>
        <translation>Legen Sie es in Ihrem Passwortmanager oder Geheimnistresor ab. Der Cluster behält nur die Kennung: Sobald dieser Dialog geschlossen ist, kann niemand das Geheimnis wieder anzeigen.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>I &amp;have stored this token</source>
        <translation>Ich &amp;habe dieses Token gespeichert</translation>
    </message>
</context>
<context>
    <name>TokenDesk</name>
    <message>
        <source>The token no longer exists on the cluster; it may have been deleted elsewhere.</source>
        <translation>Das Token existiert auf dem Cluster nicht mehr; es wurde möglicherweise an anderer Stelle gelöscht.</translation>
    </message>
    <message>
        <source>The connection&apos;s token is not allowed to do this (it needs the ClusterTokenManagement scope).</source>
        <translation>Das Token der Verbindung darf das nicht (es braucht die Berechtigung ClusterTokenManagement).</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ApiError</name>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>parse</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>gedrosselt</translation>
    </message>
    <message>
        <source>redirect</source>
        <translation>Umleitung</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>invalid request</source>
        <translation>ungültige Anfrage</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>invalid response</source>
        <translation>ungültige Antwort</translation>
    </message>
    <message>
        <source>redirect refused</source>
        <translation>Umleitung abgelehnt</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>; the rate limit resets at %1 UTC</source>
        <translation>; die Drosselung endet um %1 UTC</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>No Content</source>
        <translation>Kein Inhalt</translation>
    </message>
    <message>
        <source>Moved Permanently</source>
        <translation>Dauerhaft verschoben</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden (umgeleitet)</translation>
    </message>
    <message>
        <source>See Other</source>
        <translation>Siehe andere Adresse</translation>
    </message>
    <message>
        <source>Temporary Redirect</source>
        <translation>Vorübergehende Umleitung</translation>
    </message>
    <message>
        <source>Permanent Redirect</source>
        <translation>Dauerhafte Umleitung</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Not Acceptable</source>
        <translation>Nicht annehmbar</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Payload Too Large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>Unsupported Media Type</source>
        <translation>Nicht unterstützter Medientyp</translation>
    </message>
    <message>
        <source>Unprocessable Entity</source>
        <translation>Nicht verarbeitbarer Inhalt</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>Not Implemented</source>
        <translation>Nicht implementiert</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Zeitüberschreitung am Gateway</translation>
    </message>
    <message>
        <source>Upgrade in progress</source>
        <translation>Aktualisierung läuft</translation>
    </message>
</context>
<context>
    <name>TokenDesk::AuditComparison</name>
    <message>
        <source>The file has no “%1” column: it is not a TokenDesk export with token IDs.</source>
        <translation>Die Datei hat keine Spalte „%1“: Sie ist kein TokenDesk-Export mit Token-IDs.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>TokenDesk::AuditReport</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n T.</numerusform>
            <numerusform>%n T.</numerusform>
        </translation>
    </message>
    <message>
        <source>older</source>
        <translation>älter</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(kein Besitzer)</translation>
    </message>
    <message>
        <source>Other owners</source>
        <translation>Andere Besitzer</translation>
    </message>
</context>
<context>
    <name>TokenDesk::AuditViewPane</name>
    <message>
        <source>Audit views</source>
        <translation>Prüfansichten</translation>
    </message>
    <message>
        <source>Choose one to show only the tokens it selects; the number is how many tokens it selects among those with details loaded</source>
        <translation>Wählen Sie eine, um nur die Tokens zu zeigen, die sie auswählt; die Zahl sagt, wie viele Tokens mit geladenen Details sie auswählt</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Alle Tokens</translation>
    </message>
    <message>
        <source>No audit view: the table shows every listed token that the other filters let through.</source>
        <translation>Keine Prüfansicht: Die Tabelle zeigt jedes gelistete Token, das die übrigen Filter durchlassen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 so far: %Ln token(s) have no details loaded yet and may belong here too.</source>
        <translation>
            <numerusform>%1 bisher: %Ln Token hat noch keine geladenen Details und gehört vielleicht auch hierher.</numerusform>
            <numerusform>%1 bisher: %Ln Tokens haben noch keine geladenen Details und gehören vielleicht auch hierher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>A view you saved: its filters, quick filter, status and audit view. F2 renames it, Delete deletes it.</source>
        <translation>Eine von Ihnen gespeicherte Ansicht: ihre Filter, Schnellfilter, Status und Prüfansicht. F2 benennt sie um, Entf löscht sie.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>TokenDesk::AuditViews</name>
    <message numerus="yes">
        <source>Unused for %n days or more</source>
        <translation>
            <numerusform>Seit %n Tag oder länger unbenutzt</numerusform>
            <numerusform>Seit %n Tagen oder länger unbenutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n days</source>
        <translation>
            <numerusform>Läuft innerhalb von %n Tag ab</numerusform>
            <numerusform>Läuft innerhalb von %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired, not deleted</source>
        <translation>Abgelaufen, nicht gelöscht</translation>
    </message>
    <message>
        <source>Revoked, not deleted</source>
        <translation>Widerrufen, nicht gelöscht</translation>
    </message>
    <message>
        <source>Token or cluster control</source>
        <translation>Token- oder Clustersteuerung</translation>
    </message>
    <message>
        <source>Personal access tokens</source>
        <translation>Persönliche Zugriffstokens</translation>
    </message>
    <message numerus="yes">
        <source>Active tokens whose last use (or, if never used, whose creation) is %n days ago or more.</source>
        <translation>
            <numerusform>Aktive Tokens, deren letzte Verwendung (oder, wenn nie verwendet, deren Erstellung) %n Tag oder länger zurückliegt.</numerusform>
            <numerusform>Aktive Tokens, deren letzte Verwendung (oder, wenn nie verwendet, deren Erstellung) %n Tage oder länger zurückliegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens that were never used, whatever their state.</source>
        <translation>Tokens, die nie verwendet wurden, in jedem Zustand.</translation>
    </message>
    <message numerus="yes">
        <source>Active tokens that expire within the next %n days.</source>
        <translation>
            <numerusform>Aktive Tokens, die innerhalb des nächsten Tages ablaufen.</numerusform>
            <numerusform>Aktive Tokens, die innerhalb der nächsten %n Tage ablaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens past their expiry date that are still on the cluster.</source>
        <translation>Tokens nach ihrem Ablaufdatum, die noch auf dem Cluster sind.</translation>
    </message>
    <message>
        <source>Revoked tokens that are still on the cluster.</source>
        <translation>Widerrufene Tokens, die noch auf dem Cluster sind.</translation>
    </message>
    <message>
        <source>Tokens created by a user as personal access tokens.</source>
        <translation>Tokens, die ein Benutzer als persönliche Zugriffstokens erstellt hat.</translation>
    </message>
    <message>
        <source>Tokens with a scope that manages tokens or controls the cluster: %1.</source>
        <translation>Tokens mit einer Berechtigung, die Tokens verwaltet oder den Cluster steuert: %1.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::BulkJob</name>
    <message>
        <source>no answer: the connection was changed before the cluster answered</source>
        <translation>keine Antwort: Die Verbindung wurde gewechselt, bevor der Cluster antwortete</translation>
    </message>
</context>
<context>
    <name>TokenDesk::BulkProgressDialog</name>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sent…</source>
        <translation>gesendet…</translation>
    </message>
    <message>
        <source>✗ failed: %1</source>
        <translation>✗ fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>– skipped: %1</source>
        <translation>– übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n tokens</source>
        <translation>
            <numerusform>%1: %n Token</numerusform>
            <numerusform>%1: %n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Send no more requests; those already sent still finish</source>
        <translation>Keine weiteren Anfragen senden; bereits gesendete laufen noch zu Ende</translation>
    </message>
    <message>
        <source>%1 of %2 finished: %3 %4, %5 failed</source>
        <translation>%1 von %2 fertig: %3 %4, %5 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 übersprungen</translation>
    </message>
    <message>
        <source>Finished. </source>
        <translation>Fertig. </translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent. </source>
        <translation>Abbruch: Warten auf die bereits gesendeten Anfragen. </translation>
    </message>
    <message>
        <source>was already gone (HTTP 404)</source>
        <translation>war schon weg (HTTP 404)</translation>
    </message>
    <message>
        <source>not sent: cancelled</source>
        <translation>nicht gesendet: abgebrochen</translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Reactivating</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>reaktiviert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
</context>
<context>
    <name>TokenDesk::BulkScopeDialog</name>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Scopes now: %1</source>
        <translation>Berechtigungen jetzt: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>⋯ loading the details</source>
        <translation>⋯ Details werden geladen</translation>
    </message>
    <message>
        <source>? details could not be loaded: decided when it is read</source>
        <translation>? Details konnten nicht geladen werden: entschieden, wenn es gelesen wird</translation>
    </message>
    <message>
        <source>– skipped: the token in use (a token cannot change itself)</source>
        <translation>– übersprungen: das verwendete Token (ein Token kann sich nicht selbst ändern)</translation>
    </message>
    <message>
        <source>– skipped: it would end with no scope</source>
        <translation>– übersprungen: es bliebe ohne Berechtigung</translation>
    </message>
    <message>
        <source>– nothing would change</source>
        <translation>– nichts würde sich ändern</translation>
    </message>
    <message>
        <source>– skipped: the token in use</source>
        <translation>– übersprungen: das verwendete Token</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>writing…</source>
        <translation>wird geschrieben…</translation>
    </message>
    <message>
        <source>✓ changed</source>
        <translation>✓ geändert</translation>
    </message>
    <message>
        <source>– nothing to change (as read)</source>
        <translation>– nichts zu ändern (wie gelesen)</translation>
    </message>
    <message>
        <source>– skipped: it would end with no scope (as read)</source>
        <translation>– übersprungen: es bliebe ohne Berechtigung (wie gelesen)</translation>
    </message>
    <message>
        <source>– gone: deleted meanwhile</source>
        <translation>– weg: inzwischen gelöscht</translation>
    </message>
    <message>
        <source>✗ failed: %1</source>
        <translation>✗ fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>– not sent: cancelled</source>
        <translation>– nicht gesendet: abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Change the scopes of %n token(s)</source>
        <translation>
            <numerusform>Berechtigungen von %n Token ändern</numerusform>
            <numerusform>Berechtigungen von %n Tokens ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick scopes to add and scopes to remove; the preview shows what changes for each token. Each token is read afresh and written with its own scopes changed. The token in use and tokens that would end with no scope are left alone. Nothing is sent before you confirm.</source>
        <translation>Wählen Sie Berechtigungen zum Hinzufügen und zum Entfernen; die Vorschau zeigt, was sich für jedes Token ändert. Jedes Token wird neu gelesen und mit seinen eigenen, geänderten Berechtigungen geschrieben. Das verwendete Token und Tokens, die ohne Berechtigung blieben, werden nicht angetastet. Nichts wird gesendet, bevor Sie bestätigen.</translation>
    </message>
    <message>
        <source>Search scopes to add…</source>
        <translation>Hinzuzufügende Berechtigungen suchen…</translation>
    </message>
    <message>
        <source>Search scopes to add</source>
        <translation>Hinzuzufügende Berechtigungen suchen</translation>
    </message>
    <message>
        <source>Narrows the list of scopes to add</source>
        <translation>Grenzt die Liste der hinzuzufügenden Berechtigungen ein</translation>
    </message>
    <message>
        <source>Scopes to add</source>
        <translation>Hinzuzufügende Berechtigungen</translation>
    </message>
    <message>
        <source>Check the scopes every selected token should get; each says what it allows</source>
        <translation>Haken Sie die Berechtigungen an, die jedes ausgewählte Token bekommen soll; jede sagt, was sie erlaubt</translation>
    </message>
    <message>
        <source>Search scopes to remove…</source>
        <translation>Zu entfernende Berechtigungen suchen…</translation>
    </message>
    <message>
        <source>Search scopes to remove</source>
        <translation>Zu entfernende Berechtigungen suchen</translation>
    </message>
    <message>
        <source>Narrows the list of scopes to remove</source>
        <translation>Grenzt die Liste der zu entfernenden Berechtigungen ein</translation>
    </message>
    <message>
        <source>Scopes to remove</source>
        <translation>Zu entfernende Berechtigungen</translation>
    </message>
    <message>
        <source>Check the scopes no selected token should keep; each says what it allows</source>
        <translation>Haken Sie die Berechtigungen an, die kein ausgewähltes Token behalten soll; jede sagt, was sie erlaubt</translation>
    </message>
    <message>
        <source>&amp;Add these scopes</source>
        <translation>Diese Berechtigungen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove these scopes</source>
        <translation>Diese Berechtigungen &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Each selected token with the scopes it gains (+) and loses (−), or why it is left alone</source>
        <translation>Jedes ausgewählte Token mit den Berechtigungen, die es bekommt (+) und verliert (−), oder warum es nicht angetastet wird</translation>
    </message>
    <message>
        <source>&amp;Change scopes</source>
        <translation>Berechtigungen ä&amp;ndern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Unticked under “%1”: %2 (a scope is either added or removed).</source>
        <translation>Unter „%1“ abgehakt: %2 (eine Berechtigung wird entweder hinzugefügt oder entfernt).</translation>
    </message>
    <message numerus="yes">
        <source>Loading the details of %n token(s) for the preview…</source>
        <translation>
            <numerusform>Die Details von %n Token werden für die Vorschau geladen…</numerusform>
            <numerusform>Die Details von %n Tokens werden für die Vorschau geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) selected. Pick the scopes to add or to remove.</source>
        <translation>
            <numerusform>%n Token ausgewählt. Wählen Sie die Berechtigungen zum Hinzufügen oder Entfernen.</numerusform>
            <numerusform>%n Tokens ausgewählt. Wählen Sie die Berechtigungen zum Hinzufügen oder Entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is left to change.</source>
        <translation>Es bleibt nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) will change</source>
        <translation>
            <numerusform>%n Token wird geändert</numerusform>
            <numerusform>%n Tokens werden geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with nothing to change</source>
        <translation>
            <numerusform>%n ohne Änderung</numerusform>
            <numerusform>%n ohne Änderung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone: would end with no scope</source>
        <translation>
            <numerusform>%n nicht angetastet: bliebe ohne Berechtigung</numerusform>
            <numerusform>%n nicht angetastet: blieben ohne Berechtigung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone: the token in use</source>
        <translation>
            <numerusform>%n nicht angetastet: das verwendete Token</numerusform>
            <numerusform>%n nicht angetastet: das verwendete Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still loading</source>
        <translation>
            <numerusform>%n lädt noch</numerusform>
            <numerusform>%n laden noch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without details: decided when read</source>
        <translation>
            <numerusform>%n ohne Details: entschieden beim Lesen</numerusform>
            <numerusform>%n ohne Details: entschieden beim Lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Change %n token(s)</source>
        <translation>
            <numerusform>%n Token ä&amp;ndern</numerusform>
            <numerusform>%n Tokens ä&amp;ndern</numerusform>
        </translation>
    </message>
    <message>
        <source>The change is being sent</source>
        <translation>Die Änderung wird gesendet</translation>
    </message>
    <message>
        <source>Waiting for the details of the selected tokens</source>
        <translation>Warten auf die Details der ausgewählten Tokens</translation>
    </message>
    <message>
        <source>Still needed: a scope to add or to remove</source>
        <translation>Es fehlt noch: eine Berechtigung zum Hinzufügen oder Entfernen</translation>
    </message>
    <message>
        <source>No selected token would change</source>
        <translation>Kein ausgewähltes Token würde sich ändern</translation>
    </message>
    <message>
        <source>Read each token afresh and write it with its own scopes changed</source>
        <translation>Jedes Token neu lesen und mit seinen eigenen, geänderten Berechtigungen schreiben</translation>
    </message>
    <message>
        <source>%1 of %2 finished: %3 changed, %4 failed</source>
        <translation>%1 von %2 fertig: %3 geändert, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %1 left alone</source>
        <translation>, %1 nicht angetastet</translation>
    </message>
    <message>
        <source>, %1 not sent</source>
        <translation>, %1 nicht gesendet</translation>
    </message>
    <message>
        <source>Finished. </source>
        <translation>Fertig. </translation>
    </message>
    <message>
        <source>Your choices are kept: change the failed tokens again, or close.</source>
        <translation>Ihre Auswahl bleibt erhalten: Ändern Sie die fehlgeschlagenen Tokens erneut, oder schließen Sie.</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent. </source>
        <translation>Abbruch: Warten auf die bereits gesendeten Anfragen. </translation>
    </message>
    <message>
        <source>Changing scopes… </source>
        <translation>Berechtigungen werden geändert… </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Send no more requests; those already sent still finish</source>
        <translation>Keine weiteren Anfragen senden; bereits gesendete laufen noch zu Ende</translation>
    </message>
</context>
<context>
    <name>TokenDesk::BulkScopeJob</name>
    <message>
        <source>no answer: the connection was changed before the cluster answered</source>
        <translation>keine Antwort: Die Verbindung wurde gewechselt, bevor der Cluster antwortete</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CertificateDialog</name>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Certificate refused</source>
        <translation>Zertifikat abgelehnt</translation>
    </message>
    <message>
        <source>TokenDesk does not connect to the cluster of &quot;%1&quot;: its certificate cannot be trusted, not even by pinning it. Ask the cluster administrator to replace it%2.</source>
        <translation>TokenDesk verbindet sich nicht mit dem Cluster von „%1“: Seinem Zertifikat kann nicht vertraut werden, auch nicht durch Hinterlegen. Bitten Sie die Cluster-Administration, es zu ersetzen%2.</translation>
    </message>
    <message>
        <source> (or check the date and time of this computer)</source>
        <translation> (oder prüfen Sie Datum und Uhrzeit dieses Computers)</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; has CHANGED since you trusted it. If you did not expect this, someone may be intercepting the connection. Trust the new certificate only after checking its fingerprint with your cluster administrator.</source>
        <translation>Das Zertifikat von „%1“ hat sich GEÄNDERT, seit Sie ihm vertraut haben. Wenn Sie das nicht erwartet haben, fängt womöglich jemand die Verbindung ab. Vertrauen Sie dem neuen Zertifikat erst, nachdem Sie seinen Fingerabdruck mit Ihrer Cluster-Administration geprüft haben.</translation>
    </message>
    <message>
        <source>Certificate for another host</source>
        <translation>Zertifikat für einen anderen Host</translation>
    </message>
    <message>
        <source>The cluster of &quot;%1&quot; was reached at %2, but the certificate it presents is made out for %3. Someone may be intercepting the connection, or the profile uses an address the certificate does not name. Trust it only if your cluster administrator confirms this fingerprint.</source>
        <translation>Der Cluster von „%1“ wurde unter %2 erreicht, legt aber ein Zertifikat vor, das auf %3 ausgestellt ist. Womöglich fängt jemand die Verbindung ab, oder das Profil verwendet eine Adresse, die das Zertifikat nicht nennt. Vertrauen Sie ihm nur, wenn Ihre Cluster-Administration diesen Fingerabdruck bestätigt.</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>kein Hostname</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <source>The cluster of &quot;%1&quot; presents a self-signed certificate: no certificate authority vouches for it. Check its fingerprint with your cluster administrator before you trust it.</source>
        <translation>Der Cluster von „%1“ legt ein selbstsigniertes Zertifikat vor: Keine Zertifizierungsstelle bürgt dafür. Prüfen Sie seinen Fingerabdruck mit Ihrer Cluster-Administration, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Certificate from an unknown authority</source>
        <translation>Zertifikat einer unbekannten Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>The cluster of &quot;%1&quot; presents a certificate from an authority your system does not trust. Set that authority&apos;s CA file in the profile, or check the certificate&apos;s fingerprint with your cluster administrator before you trust it.</source>
        <translation>Der Cluster von „%1“ legt ein Zertifikat einer Zertifizierungsstelle vor, der Ihr System nicht vertraut. Hinterlegen Sie die CA-Datei dieser Stelle im Profil, oder prüfen Sie den Fingerabdruck des Zertifikats mit Ihrer Cluster-Administration, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Gültig für</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>TokenDesk::Cli::CliText</name>
    <message>
        <source>List tokens (ID and name; --details adds metadata).</source>
        <translation>Tokens auflisten (ID und Name; --details ergänzt die Metadaten).</translation>
    </message>
    <message>
        <source>Show the metadata of one token.</source>
        <translation>Die Metadaten eines Tokens anzeigen.</translation>
    </message>
    <message>
        <source>Find the token a secret belongs to.</source>
        <translation>Das Token finden, zu dem ein Geheimnis gehört.</translation>
    </message>
    <message>
        <source>Create a token; prints only its secret on stdout, once.</source>
        <translation>Ein Token erstellen; gibt nur sein Geheimnis auf stdout aus, einmalig.</translation>
    </message>
    <message>
        <source>Rename, revoke, re-activate or re-scope a token (scopes replace the whole set).</source>
        <translation>Ein Token umbenennen, widerrufen, reaktivieren oder seine Berechtigungen ändern (sie ersetzen die ganze Menge).</translation>
    </message>
    <message>
        <source>Export tokens with their metadata to CSV (stdout or a file).</source>
        <translation>Tokens mit ihren Metadaten als CSV exportieren (stdout oder eine Datei).</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 usage, 2 API error, 3 network or TLS error, 4 export file not written.
</source>
        <translation>Exit-Codes: 0 in Ordnung, 1 Aufruf, 2 API-Fehler, 3 Netzwerk- oder TLS-Fehler, 4 Exportdatei nicht geschrieben.
</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli --help&apos; for usage.</source>
        <translation>Hilfe zum Aufruf: &apos;tokendesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;tokendesk-cli %1 --help&apos; for usage.</source>
        <translation>Hilfe zum Aufruf: &apos;tokendesk-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli COMMAND [options]

Administer the API tokens of a Dynatrace Managed cluster (Cluster API v2).

Commands:
</source>
        <translation>Aufruf: tokendesk-cli BEFEHL [Optionen]

Die API-Tokens eines Dynatrace-Managed-Clusters verwalten (Cluster API v2).

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;tokendesk-cli COMMAND --help&apos; for the options of a command.
</source>
        <translation>
Die Optionen eines Befehls zeigt &apos;tokendesk-cli BEFEHL --help&apos;.
</translation>
    </message>
    <message>
        <source>Usage: tokendesk-cli %1

%2

</source>
        <translation>Aufruf: tokendesk-cli %1

%2

</translation>
    </message>
    <message>
        <source>Output:
  --details            Load the metadata of every listed token (6 requests at a time).
  --json               JSON instead of tab-separated lines.
Lines: ID&lt;TAB&gt;name; with --details: ID, name, owner, status, scopes, created, expires, last use.
</source>
        <translation>Ausgabe:
  --details            Die Metadaten jedes aufgeführten Tokens laden (6 Anfragen gleichzeitig).
  --json               JSON statt durch Tabulatoren getrennter Zeilen.
Zeilen: ID&lt;TAB&gt;Name; mit --details: ID, Name, Besitzer, Status, Berechtigungen, erstellt, läuft ab, zuletzt verwendet.
</translation>
    </message>
    <message>
        <source>  --json               The metadata as JSON (the API&apos;s field names).
</source>
        <translation>  --json               Die Metadaten als JSON (mit den Feldnamen der API).
</translation>
    </message>
    <message>
        <source>The secret is read from standard input (first line), or prompted for without echo
when standard input is a terminal. It is never accepted as an argument.
  --json               The metadata as JSON.
</source>
        <translation>Das Geheimnis wird von der Standardeingabe gelesen (erste Zeile) oder, wenn die
Standardeingabe ein Terminal ist, ohne Echo abgefragt. Als Argument wird es nie angenommen.
  --json               Die Metadaten als JSON.
</translation>
    </message>
    <message>
        <source>  --name NAME          Token name (names need not be unique).
  --scope SCOPE        A scope; repeat for several (or separate with commas).
  --expires SPAN       90d, 24h, 30m, 45s or never (default: never).
Standard output gets the secret and nothing else; store it now, it is shown once.
</source>
        <translation>  --name NAME          Name des Tokens (Namen müssen nicht eindeutig sein).
  --scope SCOPE        Eine Berechtigung; für mehrere wiederholen (oder durch Kommas trennen).
  --expires SPAN       90d, 24h, 30m, 45s oder never (Standard: never, läuft nie ab).
Die Standardausgabe erhält das Geheimnis und sonst nichts; speichern Sie es sofort, es wird nur einmal angezeigt.
</translation>
    </message>
    <message>
        <source>  --name NAME          New name.
  --revoke             Revoke the token.
  --activate           Make a revoked token usable again.
  --scopes A,B         Replace the whole scope set.
</source>
        <translation>  --name NAME          Neuer Name.
  --revoke             Das Token widerrufen.
  --activate           Ein widerrufenes Token wieder verwendbar machen.
  --scopes A,B         Die gesamte Menge der Berechtigungen ersetzen.
</translation>
    </message>
    <message>
        <source>--expires wants a positive span like 90d, 24h, 30m, 45s, or &apos;never&apos;.</source>
        <translation>--expires erwartet eine positive Spanne wie 90d, 24h, 30m, 45s oder &apos;never&apos;.</translation>
    </message>
    <message>
        <source>“%1” is not a time: use ISO 8601 (2026-01-31 or 2026-01-31T12:00:00Z) or a relative span like 90d, 12h, 30m.</source>
        <translation>„%1“ ist kein Zeitpunkt: Verwenden Sie ISO 8601 (2026-01-31 oder 2026-01-31T12:00:00Z) oder eine relative Spanne wie 90d, 12h, 30m.</translation>
    </message>
    <message>
        <source>an argument contains a token secret. Secrets are never accepted on the command line (they end up in shell history and process lists): use &apos;lookup&apos; with the secret on standard input, and TOKENDESK_API_TOKEN for the API token. Consider this secret exposed and rotate it.</source>
        <translation>ein Argument enthält ein Token-Geheimnis. Geheimnisse werden auf der Befehlszeile nie angenommen (sie landen im Verlauf der Shell und in Prozesslisten): Verwenden Sie &apos;lookup&apos; mit dem Geheimnis auf der Standardeingabe und TOKENDESK_API_TOKEN für das API-Token. Betrachten Sie dieses Geheimnis als offengelegt und ersetzen Sie es.</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;.</source>
        <translation>unbekannte Option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a command.</source>
        <translation>die Option &apos;--%1&apos; braucht einen Befehl.</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; does not apply to &apos;%2&apos;.</source>
        <translation>die Option &apos;--%1&apos; gilt nicht für &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value.</source>
        <translation>die Option &apos;--%1&apos; braucht einen Wert.</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value.</source>
        <translation>die Option &apos;--%1&apos; nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the token ID is missing.</source>
        <translation>die Token-ID fehlt.</translation>
    </message>
    <message>
        <source>exactly one token ID is expected.</source>
        <translation>genau eine Token-ID wird erwartet.</translation>
    </message>
    <message>
        <source>the token ID is empty.</source>
        <translation>die Token-ID ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments (got &apos;%2&apos;).</source>
        <translation>&apos;%1&apos; nimmt keine Argumente an (erhalten: &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>use one of --url, --profile and --demo, not both.</source>
        <translation>verwenden Sie nur eines von --url, --profile und --demo.</translation>
    </message>
    <message>
        <source>no cluster given: use --url URL (with TOKENDESK_API_TOKEN set), --profile NAME, or --demo.</source>
        <translation>kein Cluster angegeben: Verwenden Sie --url URL (mit gesetztem TOKENDESK_API_TOKEN), --profile NAME oder --demo.</translation>
    </message>
    <message>
        <source>--timeout wants seconds from 1 to 3600.</source>
        <translation>--timeout erwartet Sekunden von 1 bis 3600.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from liegt nach --to.</translation>
    </message>
    <message>
        <source>--limit wants a number from 1 to %1.</source>
        <translation>--limit erwartet eine Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name ist erforderlich.</translation>
    </message>
    <message>
        <source>at least one --scope is required.</source>
        <translation>mindestens ein --scope ist erforderlich.</translation>
    </message>
    <message>
        <source>--revoke and --activate exclude each other.</source>
        <translation>--revoke und --activate schließen einander aus.</translation>
    </message>
    <message>
        <source>--scopes needs at least one scope (it replaces the whole set).</source>
        <translation>--scopes braucht mindestens eine Berechtigung (sie ersetzen die ganze Menge).</translation>
    </message>
    <message>
        <source>nothing to change: give --name, --revoke, --activate or --scopes.</source>
        <translation>nichts zu ändern: Geben Sie --name, --revoke, --activate oder --scopes an.</translation>
    </message>
    <message>
        <source>--preset is &apos;standard&apos; or &apos;excel&apos;.</source>
        <translation>--preset ist &apos;standard&apos; oder &apos;excel&apos;.</translation>
    </message>
    <message>
        <source>-o wants a file name.</source>
        <translation>-o erwartet einen Dateinamen.</translation>
    </message>
    <message>
        <source>set TOKENDESK_API_TOKEN to the API token of the cluster (it is never accepted as an argument).
</source>
        <translation>setzen Sie TOKENDESK_API_TOKEN auf das API-Token des Clusters (als Argument wird es nie angenommen).
</translation>
    </message>
    <message>
        <source>Token secret: </source>
        <translation>Token-Geheimnis: </translation>
    </message>
    <message>
        <source>no secret given on standard input.
</source>
        <translation>kein Geheimnis auf der Standardeingabe angegeben.
</translation>
    </message>
    <message>
        <source>refusing to delete without confirmation: standard input is not a terminal; add --yes.
</source>
        <translation>ohne Bestätigung wird nicht gelöscht: Die Standardeingabe ist kein Terminal; ergänzen Sie --yes.
</translation>
    </message>
    <message>
        <source>Delete token %1 for good? Type &apos;yes&apos; to confirm: </source>
        <translation>Token %1 endgültig löschen? Zur Bestätigung &apos;yes&apos; eingeben: </translation>
    </message>
    <message>
        <source>Not deleted.
</source>
        <translation>Nicht gelöscht.
</translation>
    </message>
    <message>
        <source>Output:
  --columns K,...      Columns (default: all): %1.
  --preset P           standard (UTF-8, comma, no BOM; default) or excel
                       (UTF-8 with BOM; &apos;;&apos; where the decimal point is &apos;,&apos;).
  --no-header          No header row.
  --no-formula-guard   Do not prefix server texts (name, id, owner, scopes)
                       starting with = + - @ with an apostrophe.
  -o, --output FILE    Write FILE atomically (default, or &apos;-&apos;: standard output).
Dates are ISO 8601 UTC (2026-01-31T12:00:00.000Z); absent values are empty.
</source>
        <translation>Ausgabe:
  --columns K,...      Spalten (Standard: alle): %1.
  --preset P           standard (UTF-8, Komma, kein BOM; Standard) oder excel
                       (UTF-8 mit BOM; &apos;;&apos;, wo das Dezimaltrennzeichen &apos;,&apos; ist).
  --no-header          Keine Kopfzeile.
  --no-formula-guard   Texten des Servers (Name, ID, Besitzer, Berechtigungen), die mit
                       = + - @ beginnen, kein Apostroph voranstellen.
  -o, --output FILE    FILE atomar schreiben (Standard oder &apos;-&apos;: die Standardausgabe).
Datumsangaben sind ISO 8601 in UTC (2026-01-31T12:00:00.000Z); fehlende Werte bleiben leer.
</translation>
    </message>
    <message>
        <source>that is a token id, not a secret: use `tokendesk-cli get ID`.
</source>
        <translation>das ist eine Token-ID, kein Geheimnis: Verwenden Sie `tokendesk-cli get ID`.
</translation>
    </message>
    <message>
        <source>Revoke tokens (they stay listed, but can no longer be used).</source>
        <translation>Tokens widerrufen (sie bleiben gelistet, können aber nicht mehr verwendet werden).</translation>
    </message>
    <message>
        <source>Delete tokens for good (asks unless --yes).</source>
        <translation>Tokens endgültig löschen (fragt nach, außer mit --yes).</translation>
    </message>
    <message>
        <source>Give one or more token IDs, or filters that select the tokens (as &apos;list&apos; would show them).
Deleting asks for a typed &apos;yes&apos; first.
</source>
        <translation>Geben Sie eine oder mehrere Token-IDs an oder Filter, die die Tokens auswählen (wie &apos;list&apos; sie zeigen würde).
Vor dem Löschen muss &apos;yes&apos; eingetippt werden.
</translation>
    </message>
    <message>
        <source>Give one or more token IDs, or filters that select the tokens (as &apos;list&apos; would show them).
Revoking the tokens filters select asks for a typed &apos;yes&apos; first; revoking IDs does not.
</source>
        <translation>Geben Sie eine oder mehrere Token-IDs an oder Filter, die die Tokens auswählen (wie &apos;list&apos; sie zeigen würde).
Vor dem Widerrufen der per Filter ausgewählten Tokens muss &apos;yes&apos; eingetippt werden; beim Widerrufen von IDs nicht.
</translation>
    </message>
    <message>
        <source>  --yes                Do not ask (required when standard input is not a terminal).
The token this command runs with is never selected by filters.
Requests go out 4 at a time; one failure does not stop the others.
Standard output: one line per token, ID&lt;TAB&gt;result (revoked, deleted, already gone,
failed, not sent). Exit code: 0 when every token was done, else that of the first
failure (2 API error, 3 network or TLS error).
</source>
        <translation>  --yes                Nicht nachfragen (nötig, wenn die Standardeingabe kein Terminal ist).
Das Token, mit dem dieser Befehl läuft, wird nie per Filter ausgewählt.
Anfragen gehen zu viert hinaus; ein Fehlschlag hält die anderen nicht auf.
Standardausgabe: eine Zeile pro Token, ID&lt;TAB&gt;Ergebnis (revoked, deleted, already gone,
failed, not sent). Exit-Code: 0, wenn jedes Token erledigt wurde, sonst der des ersten
Fehlschlags (2 API-Fehler, 3 Netzwerk- oder TLS-Fehler).
</translation>
    </message>
    <message>
        <source>Dynatrace recommends revoking first and deleting about a week later.
</source>
        <translation>Dynatrace empfiehlt, zuerst zu widerrufen und etwa eine Woche später zu löschen.
</translation>
    </message>
    <message>
        <source>give token IDs or filters, not both.</source>
        <translation>geben Sie Token-IDs oder Filter an, nicht beides.</translation>
    </message>
    <message>
        <source>--limit alone selects no tokens: add --user, --permission, --from or --to.</source>
        <translation>--limit allein wählt keine Tokens aus: Ergänzen Sie --user, --permission, --from oder --to.</translation>
    </message>
    <message>
        <source>the token ID is missing (or give filters that select the tokens).</source>
        <translation>die Token-ID fehlt (oder geben Sie Filter an, die die Tokens auswählen).</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tokens for good (%1)? Type &apos;yes&apos; to confirm: </source>
        <translation>
            <numerusform>%n Token endgültig löschen (%1)? Zum Bestätigen &apos;yes&apos; eintippen: </numerusform>
            <numerusform>%n Tokens endgültig löschen (%1)? Zum Bestätigen &apos;yes&apos; eintippen: </numerusform>
        </translation>
    </message>
    <message>
        <source>not a token secret: expected %1 or an old-format token.
</source>
        <translation>kein Token-Geheimnis: erwartet wird %1 oder ein Token im alten Format.
</translation>
    </message>
    <message>
        <source>Replace a token: a successor with its scopes, then the old one revoked; prints only the new secret.</source>
        <translation>Ein Token ersetzen: ein Nachfolger mit seinen Berechtigungen, dann wird das alte widerrufen; gibt nur das neue Geheimnis aus.</translation>
    </message>
    <message>
        <source>List the deletions rotations scheduled; --delete-due deletes the due ones.</source>
        <translation>Die von Rotationen geplanten Löschungen auflisten; --delete-due löscht die fälligen.</translation>
    </message>
    <message>
        <source>The audit report&apos;s numbers: last use, scopes, owners, expiries in the next weeks.</source>
        <translation>Die Zahlen des Prüfberichts: letzte Verwendung, Berechtigungen, Besitzer, Abläufe in den nächsten Wochen.</translation>
    </message>
    <message>
        <source>Connection:
  --url URL            Cluster address (https://host or https://host/api/cluster/v2).
                       The API token is read from the environment variable TOKENDESK_API_TOKEN;
                       it is never accepted as an argument.
  --profile NAME       Use a connection profile saved by TokenDesk (URL, CA file,
                       pinned certificate, timeout) and its API token from the
                       system keyring (TOKENDESK_API_TOKEN, when set, wins).
  --demo               Use an in-process demo cluster (seeded tokens, its admin token).
  --demo-tokens N      Number of seeded demo tokens (default %2).
  --ca-file FILE       Extra CA certificates (PEM) to trust.
  --allow-insecure-http
                       Allow plain http:// to a host other than this computer: the API
                       token then travels in clear. Without it (or the profile&apos;s saved
                       choice) such an address is refused before anything is sent.
  --timeout SECONDS    Per-request timeout (default %1).
  -v, --verbose        Log requests and errors of the API client on stderr (secrets redacted).
  -h, --help           Show help.
  -V, --version        Show the version.
</source>
        <translation>Verbindung:
  --url URL            Adresse des Clusters (https://host oder https://host/api/cluster/v2).
                       Das API-Token wird aus der Umgebungsvariablen TOKENDESK_API_TOKEN gelesen;
                       als Argument wird es nie angenommen.
  --profile NAME       Ein von TokenDesk gespeichertes Verbindungsprofil verwenden (URL, CA-Datei,
                       hinterlegtes Zertifikat, Zeitlimit) und sein API-Token aus dem
                       Schlüsselbund des Systems (TOKENDESK_API_TOKEN hat, wenn gesetzt, Vorrang).
  --demo               Einen Demo-Cluster im Prozess verwenden (vorbefüllte Tokens, sein Admin-Token).
  --demo-tokens N      Anzahl der vorbefüllten Demo-Tokens (Standard %2).
  --ca-file FILE       Zusätzliche CA-Zertifikate (PEM), denen vertraut wird.
  --allow-insecure-http
                       Unverschlüsseltes http:// zu einem anderen Host als diesem Computer erlauben:
                       Das API-Token wird dann im Klartext übertragen. Ohne diese Option (oder die
                       gespeicherte Wahl des Profils) wird eine solche Adresse abgelehnt, bevor
                       irgendetwas gesendet wird.
  --timeout SECONDS    Zeitlimit je Anfrage (Standard %1).
  -v, --verbose        Anfragen und Fehler des API-Clients auf stderr protokollieren (Geheimnisse geschwärzt).
  -h, --help           Hilfe anzeigen.
  -V, --version        Die Version anzeigen.
</translation>
    </message>
    <message>
        <source>Filters (all must match, as the API applies them):
  --user USER          Owner of the token.
  --permission SCOPE   Token has this scope (repeatable: must have all).
  --from TIME          Last used after TIME.
  --to TIME            Last used before TIME.
                       TIME: ISO 8601 (2026-01-31, 2026-01-31T12:00Z) or
                       relative 90d / 12h / 30m (= now minus that).
  --limit N            At most N tokens (1..%1; the server&apos;s default is %2).
</source>
        <translation>Filter (alle müssen zutreffen, so wendet die API sie an):
  --user USER          Besitzer des Tokens.
  --permission SCOPE   Das Token hat diese Berechtigung (wiederholbar: muss alle haben).
  --from TIME          Zuletzt verwendet nach TIME.
  --to TIME            Zuletzt verwendet vor TIME.
                       TIME: ISO 8601 (2026-01-31, 2026-01-31T12:00Z) oder
                       relativ 90d / 12h / 30m (= jetzt minus diese Spanne).
  --limit N            Höchstens N Tokens (1..%1; der Server liefert ohne Angabe %2).
</translation>
    </message>
    <message>
        <source>  --view KEY           Only the tokens of an audit view; every listed token&apos;s details are
                       loaded to decide. KEY is one of:
</source>
        <translation>  --view KEY           Nur die Tokens einer Prüfansicht; zur Entscheidung werden die Details
                       jedes gelisteten Tokens geladen. KEY ist eines von:
</translation>
    </message>
    <message>
        <source>A request the cluster rate-limits (HTTP 429, not carried out) is sent again when the limit
resets: at most %1 times, and at most %2 minutes of waiting in all. Nothing else is retried.
</source>
        <translation>Eine Anfrage, die der Cluster drosselt (HTTP 429, nicht ausgeführt), wird erneut gesendet, wenn die
Drosselung endet: höchstens %1-mal und mit höchstens %2 Minuten Wartezeit insgesamt. Sonst wird nichts wiederholt.
</translation>
    </message>
    <message>
        <source>
Changing the scopes of one or more tokens (IDs, or filters that select them):
  --add-scope SCOPE    Add a scope (repeatable, or separate with commas).
  --remove-scope SCOPE Remove a scope (repeatable, or separate with commas).
Each token is read afresh and written with its own scope set changed (the API replaces
the whole set). Left alone, and said so: the token this command runs with, a token
that would end with no scope, and one that has the asked-for set already.
Changing the tokens filters select asks for a typed &apos;yes&apos; first; IDs do not.
  --yes                Do not ask (required when standard input is not a terminal).
Standard output: one line per token, ID&lt;TAB&gt;result (updated, unchanged, in use,
no scope left, already gone, failed, not sent). Exit code: 0 when no token failed,
else that of the first failure.

</source>
        <translation>
Berechtigungen eines oder mehrerer Tokens ändern (IDs oder Filter, die sie auswählen):
  --add-scope SCOPE    Eine Berechtigung hinzufügen (wiederholbar oder durch Kommas trennen).
  --remove-scope SCOPE Eine Berechtigung entfernen (wiederholbar oder durch Kommas trennen).
Jedes Token wird neu gelesen und mit seiner eigenen, geänderten Menge von Berechtigungen
geschrieben (die API ersetzt die ganze Menge). Ausgelassen, mit Hinweis: das Token, mit dem
dieser Befehl läuft, ein Token, das ohne Berechtigung bliebe, und eines, das die gewünschte
Menge schon hat.
Vor dem Ändern der per Filter ausgewählten Tokens muss &apos;yes&apos; eingetippt werden; bei IDs nicht.
  --yes                Nicht nachfragen (nötig, wenn die Standardeingabe kein Terminal ist).
Standardausgabe: eine Zeile pro Token, ID&lt;TAB&gt;Ergebnis (updated, unchanged, in use,
no scope left, already gone, failed, not sent). Exit-Code: 0, wenn kein Token fehlschlug,
sonst der des ersten Fehlschlags.

</translation>
    </message>
    <message>
        <source>  --name NAME          Name of the successor (default: the old name with &quot;(rotated DATE)&quot;).
  --expires SPAN       The successor&apos;s lifetime: 90d, 24h, 30m, 45s or never (default: never).
  --delete-after DAYS  Days from revoking the old token until its deletion is due (default %1;
                       7d or 7; 0: due at once).
The old token is read afresh, a successor with the same scopes is created, then the old
token is revoked, not deleted. Its deletion is scheduled on this computer, for the
profile (or, without --profile, for the cluster&apos;s address): &apos;pending --delete-due&apos;
deletes it once due.
Standard output gets the new secret and nothing else; store it now, it is shown once.
When a step fails, standard error says what state each token is in. Exit code 4: the
rotation is done, but its deletion could not be scheduled.
</source>
        <translation>  --name NAME          Name des Nachfolgers (Standard: der alte Name mit &quot;(rotated DATE)&quot;).
  --expires SPAN       Lebensdauer des Nachfolgers: 90d, 24h, 30m, 45s oder never
                       (Standard: never, läuft nie ab).
  --delete-after DAYS  Tage vom Widerrufen des alten Tokens, bis seine Löschung fällig ist
                       (Standard %1; 7d oder 7; 0: sofort fällig).
Das alte Token wird neu gelesen, ein Nachfolger mit denselben Berechtigungen wird erstellt,
dann wird das alte Token widerrufen, nicht gelöscht. Seine Löschung wird auf diesem Computer
geplant, für das Profil (oder, ohne --profile, für die Adresse des Clusters):
&apos;pending --delete-due&apos; löscht es, sobald sie fällig ist.
Die Standardausgabe erhält das neue Geheimnis und sonst nichts; speichern Sie es sofort,
es wird nur einmal angezeigt.
Schlägt ein Schritt fehl, nennt die Standardfehlerausgabe den Zustand jedes Tokens.
Exit-Code 4: Die Rotation ist erledigt, aber die Löschung des alten Tokens konnte nicht
geplant werden.
</translation>
    </message>
    <message>
        <source>Every selected token&apos;s details are loaded first (tokens whose details do not load are
counted as such). Then: how many were last used today, within 7 / 30 / 90 / 180 days,
earlier or never; how many carry each scope; the owners with the most tokens; how many
(not revoked) expire in each of the next 13 weeks.
  --json               The numbers as JSON (the same as the desktop app&apos;s report).
</source>
        <translation>Zuerst werden die Details jedes ausgewählten Tokens geladen (Tokens, deren Details sich nicht
laden lassen, werden als solche gezählt). Dann: wie viele heute, innerhalb von 7 / 30 / 90 /
180 Tagen, früher oder nie zuletzt verwendet wurden; wie viele jede Berechtigung tragen; die
Besitzer mit den meisten Tokens; wie viele (nicht widerrufene) in jeder der nächsten 13 Wochen
ablaufen.
  --json               Die Zahlen als JSON (dasselbe wie der Bericht der Desktop-App).
</translation>
    </message>
    <message>
        <source>--%1 goes with --add-scope or --remove-scope (several tokens).</source>
        <translation>--%1 gehört zu --add-scope oder --remove-scope (mehrere Tokens).</translation>
    </message>
    <message>
        <source>--demo-tokens wants a number from 1 to %1.</source>
        <translation>--demo-tokens erwartet eine Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>--name is empty (leave it out for the default name).</source>
        <translation>--name ist leer (für den Standardnamen lassen Sie es weg).</translation>
    </message>
    <message>
        <source>--delete-after wants days from 0 to %1 (like 7d or 7).</source>
        <translation>--delete-after erwartet Tage von 0 bis %1 (wie 7d oder 7).</translation>
    </message>
    <message>
        <source>--add-scope and --remove-scope go without --name, --revoke, --activate and --scopes.</source>
        <translation>--add-scope und --remove-scope lassen sich nicht mit --name, --revoke, --activate oder --scopes kombinieren.</translation>
    </message>
    <message>
        <source>--add-scope and --remove-scope need a scope.</source>
        <translation>--add-scope und --remove-scope brauchen eine Berechtigung.</translation>
    </message>
    <message>
        <source>“%1” is both added and removed.</source>
        <translation>„%1“ wird zugleich hinzugefügt und entfernt.</translation>
    </message>
    <message>
        <source>Compare an earlier export with the current list: new, gone and changed tokens.</source>
        <translation>Einen früheren Export mit der aktuellen Liste vergleichen: neue, verschwundene und geänderte Tokens.</translation>
    </message>
    <message>
        <source>EARLIER.csv is a CSV that TokenDesk or tokendesk-cli exported earlier (either preset, any
columns as long as ID is among them). The current list (filters as for &apos;list&apos;) is read,
every token&apos;s details are loaded, and the tokens are compared by ID: new, gone, and
changed owner, scopes, state or expiry (what the file holds of them).
</source>
        <translation>EARLIER.csv ist eine CSV-Datei, die TokenDesk oder tokendesk-cli früher exportiert hat (beide
Vorlagen, beliebige Spalten, solange ID dabei ist). Die aktuelle Liste (Filter wie bei &apos;list&apos;)
wird gelesen, die Details jedes Tokens werden geladen, und die Tokens werden nach ID verglichen:
neu, verschwunden, und geänderter Besitzer, Berechtigungen, Status oder Ablauf (soweit die Datei sie enthält).
</translation>
    </message>
    <message>
        <source>Output:
  --json               The changes as JSON.
  -o, --output FILE    The changes as CSV (Change, Name, ID, What changed), written
                       atomically; &apos;-&apos; for standard output.
Standard output, without --json or -o: one line per change, new / gone / changed&lt;TAB&gt;
ID&lt;TAB&gt;name&lt;TAB&gt;what changed. Standard error: the counts. Exit code 2 also when the
details of some tokens did not load (they are counted as not compared).
</source>
        <translation>Ausgabe:
  --json               Die Änderungen als JSON.
  -o, --output FILE    Die Änderungen als CSV (Change, Name, ID, What changed), atomar
                       geschrieben; &apos;-&apos; für die Standardausgabe.
Standardausgabe ohne --json und -o: eine Zeile pro Änderung, new / gone / changed&lt;TAB&gt;
ID&lt;TAB&gt;Name&lt;TAB&gt;was sich geändert hat. Standardfehlerausgabe: die Anzahlen. Exit-Code 2
auch, wenn sich die Details einiger Tokens nicht laden ließen (sie gelten als nicht verglichen).
</translation>
    </message>
    <message>
        <source>the earlier export&apos;s file name is missing.</source>
        <translation>der Dateiname des früheren Exports fehlt.</translation>
    </message>
    <message>
        <source>exactly one earlier export is expected.</source>
        <translation>genau ein früherer Export wird erwartet.</translation>
    </message>
    <message>
        <source>--json and -o exclude each other.</source>
        <translation>--json und -o schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>List the audit views: the built-in keys and the views saved in TokenDesk for the profile.</source>
        <translation>Die Prüfansichten auflisten: die eingebauten Schlüssel und die in TokenDesk für das Profil gespeicherten Ansichten.</translation>
    </message>
    <message>
        <source>  --view NAME          With --profile: a view saved in TokenDesk for the profile (its server
                       filters where the command line gives none, its quick filter, status
                       and audit view). The built-in keys win over a saved name.
                       &apos;tokendesk-cli views --profile NAME&apos; lists them.
</source>
        <translation>  --view NAME          Mit --profile: eine in TokenDesk für das Profil gespeicherte Ansicht
                       (ihre Serverfilter, wo die Befehlszeile keine angibt, ihr Schnellfilter,
                       Status und ihre Prüfansicht). Die eingebauten Schlüssel gehen einem
                       gespeicherten Namen vor. &apos;tokendesk-cli views --profile NAME&apos; listet sie.
</translation>
    </message>
    <message>
        <source>The audit views &apos;list --view&apos; and &apos;report --view&apos; take: first the built-in ones, then, with
--profile, the views saved in TokenDesk for that profile (on this computer). Standard output:
one line per view, NAME&lt;TAB&gt;built-in or saved&lt;TAB&gt;what it selects (a saved view&apos;s filters as
key=value words). Reads this computer&apos;s settings only: no cluster, no API token.
  --json               A JSON array instead.
</source>
        <translation>Die Prüfansichten, die &apos;list --view&apos; und &apos;report --view&apos; annehmen: zuerst die eingebauten, dann,
mit --profile, die in TokenDesk für dieses Profil gespeicherten (auf diesem Computer).
Standardausgabe: eine Zeile pro Ansicht, NAME&lt;TAB&gt;built-in oder saved&lt;TAB&gt;was sie auswählt (die
Filter einer gespeicherten Ansicht als key=value-Wörter). Liest nur die Einstellungen dieses
Computers: kein Cluster, kein API-Token.
  --json               Stattdessen ein JSON-Array.
</translation>
    </message>
    <message>
        <source>--view: no audit view “%1”; the views are %2 (views saved in TokenDesk need --profile).</source>
        <translation>--view: keine Prüfansicht „%1“; die Ansichten sind %2 (in TokenDesk gespeicherte Ansichten brauchen --profile).</translation>
    </message>
    <message>
        <source>lookup over several profiles: 0 some cluster knows the secret, 5 every profile was asked
and none knows it, 6 none of those asked knows it but some could not be asked.
</source>
        <translation>lookup über mehrere Profile: 0 ein Cluster kennt das Geheimnis, 5 jedes Profil wurde gefragt
und keines kennt es, 6 keines der gefragten kennt es, aber manche konnten nicht gefragt werden.
</translation>
    </message>
    <message>
        <source>
Which of our clusters is this secret from?
  --all-profiles       Ask every profile saved by TokenDesk, each with its own API token
                       from the system keyring and its own connection settings.
  --profiles A,B       Ask these saved profiles only.
At most %1 profiles are asked at a time. TOKENDESK_API_TOKEN is not used.
Standard output: one line per profile, PROFILE&lt;TAB&gt;found&lt;TAB&gt;ID&lt;TAB&gt;name&lt;TAB&gt;owner&lt;TAB&gt;
status&lt;TAB&gt;scopes, PROFILE&lt;TAB&gt;not known, or PROFILE&lt;TAB&gt;not asked&lt;TAB&gt;reason.
With --json: an array of {profile, address, result, token | reason}.
Exit code: 0 some cluster knows it, 5 every profile was asked and none knows it,
6 none of those asked knows it but some could not be asked.
</source>
        <translation>
Aus welchem unserer Cluster stammt dieses Geheimnis?
  --all-profiles       Jedes von TokenDesk gespeicherte Profil fragen, jeweils mit dessen
                       eigenem API-Token aus dem Schlüsselbund und eigenen Verbindungseinstellungen.
  --profiles A,B       Nur diese gespeicherten Profile fragen.
Höchstens %1 Profile werden gleichzeitig gefragt. TOKENDESK_API_TOKEN wird nicht verwendet.
Standardausgabe: eine Zeile je Profil, PROFIL&lt;TAB&gt;found&lt;TAB&gt;ID&lt;TAB&gt;Name&lt;TAB&gt;Besitzer&lt;TAB&gt;
Status&lt;TAB&gt;Berechtigungen, PROFIL&lt;TAB&gt;not known oder PROFIL&lt;TAB&gt;not asked&lt;TAB&gt;Grund.
Mit --json: ein Array aus {profile, address, result, token | reason}.
Exit-Code: 0 ein Cluster kennt es, 5 jedes Profil wurde gefragt und keines kennt es,
6 keines der gefragten kennt es, aber manche konnten nicht gefragt werden.
</translation>
    </message>
    <message>
        <source>
One file across several clusters:
  --all-profiles       Export every profile saved by TokenDesk, each with its own API
                       token from the system keyring and its own connection settings.
  --profiles A,B       Export these saved profiles only, in this order.
The first column, Cluster, holds the profile&apos;s name; the filters apply to every
cluster. Profiles are exported one after the other. When one of them cannot be
exported, every profile is still asked (to say each failure), but no file is
written and the exit code is that of the first failure.
</source>
        <translation>
Eine Datei über mehrere Cluster:
  --all-profiles       Jedes von TokenDesk gespeicherte Profil exportieren, jeweils mit dessen
                       eigenem API-Token aus dem Schlüsselbund und eigenen Verbindungseinstellungen.
  --profiles A,B       Nur diese gespeicherten Profile exportieren, in dieser Reihenfolge.
Die erste Spalte, Cluster, enthält den Namen des Profils; die Filter gelten für jeden
Cluster. Die Profile werden nacheinander exportiert. Lässt sich eines nicht
exportieren, werden trotzdem alle gefragt (um jeden Fehler zu nennen), aber keine Datei
geschrieben, und der Exit-Code ist der des ersten Fehlers.
</translation>
    </message>
    <message>
        <source>The deletions &apos;rotate&apos; scheduled on this computer for the profile (or, without --profile,
for the cluster&apos;s address): token IDs and dates, never a name or a secret. Listing them
needs no API token; with one at hand, each token&apos;s name is asked of the cluster (one
request per token, at most %1). Standard output: one line per token, ID&lt;TAB&gt;name (empty
when not known)&lt;TAB&gt;due date (UTC)&lt;TAB&gt;due, not due, or not revoked (a rotation in
TokenDesk stopped before revoking it: never deleted from here), soonest first.
  --delete-due         Delete the tokens whose deletion is due, and take them off the
                       schedule (a token already gone is taken off too). Asks for a
                       typed &apos;yes&apos; first. Output as for &apos;delete&apos;.
  --yes                Do not ask (required when standard input is not a terminal).
The token this command runs with is never deleted.
</source>
        <translation>Die Löschungen, die &apos;rotate&apos; auf diesem Computer für das Profil geplant hat (oder, ohne
--profile, für die Adresse des Clusters): Token-IDs und Daten, nie ein Name oder ein Geheimnis.
Das Auflisten braucht kein API-Token; ist eines zur Hand, wird der Cluster nach dem Namen
jedes Tokens gefragt (eine Anfrage pro Token, höchstens %1). Standardausgabe: eine Zeile pro
Token, ID&lt;TAB&gt;Name (leer, wenn unbekannt)&lt;TAB&gt;Fälligkeitsdatum (UTC)&lt;TAB&gt;due, not due oder
not revoked (eine Rotation in TokenDesk blieb vor dem Widerruf stehen: von hier aus nie
gelöscht), die nächstfälligen zuerst.
  --delete-due         Die Tokens löschen, deren Löschung fällig ist, und sie aus dem
                       Zeitplan nehmen (ein bereits entferntes Token wird ebenfalls
                       herausgenommen). Vorher muss &apos;yes&apos; eingetippt werden. Ausgabe wie
                       bei &apos;delete&apos;.
  --yes                Nicht nachfragen (nötig, wenn die Standardeingabe kein Terminal ist).
Das Token, mit dem dieser Befehl läuft, wird nie gelöscht.
</translation>
    </message>
    <message>
        <source>--profiles wants profile names, separated by commas.</source>
        <translation>--profiles erwartet Profilnamen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>use one of --url, --profile, --profiles, --all-profiles and --demo.</source>
        <translation>verwenden Sie nur eines von --url, --profile, --profiles, --all-profiles und --demo.</translation>
    </message>
    <message>
        <source>--ca-file and --allow-insecure-http do not go with several profiles: each profile&apos;s own settings are used.</source>
        <translation>--ca-file und --allow-insecure-http passen nicht zu mehreren Profilen: Es gelten die eigenen Einstellungen jedes Profils.</translation>
    </message>
    <message>
        <source>TOKENDESK_API_TOKEN is not used with several profiles: each profile&apos;s own API token from the system keyring is.
</source>
        <translation>TOKENDESK_API_TOKEN wird bei mehreren Profilen nicht verwendet, sondern das eigene API-Token jedes Profils aus dem Schlüsselbund.
</translation>
    </message>
</context>
<context>
    <name>TokenDesk::Cli::Runner</name>
    <message>
        <source>no profile named “%1” (no profile is saved).
</source>
        <translation>kein Profil namens „%1“ (es ist kein Profil gespeichert).
</translation>
    </message>
    <message>
        <source>no profile named “%1” (saved profiles: %2).
</source>
        <translation>kein Profil namens „%1“ (gespeicherte Profile: %2).
</translation>
    </message>
    <message>
        <source>the demo cluster did not start: %1</source>
        <translation>der Demo-Cluster konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>no API token for profile “%1” in the system keyring (%2); set TOKENDESK_API_TOKEN instead.
</source>
        <translation>kein API-Token für das Profil „%1“ im Schlüsselbund des Systems (%2); setzen Sie stattdessen TOKENDESK_API_TOKEN.
</translation>
    </message>
    <message>
        <source>Loading details: %1 of %2</source>
        <translation>Details werden geladen: %1 von %2</translation>
    </message>
    <message>
        <source>Created token %1. Its secret was printed once on standard output; store it now, it cannot be shown again.
</source>
        <translation>Token %1 erstellt. Sein Geheimnis wurde einmalig auf der Standardausgabe ausgegeben; speichern Sie es sofort, es lässt sich nicht erneut anzeigen.
</translation>
    </message>
    <message>
        <source>Revoked token %1.
</source>
        <translation>Token %1 widerrufen.
</translation>
    </message>
    <message>
        <source>Updated token %1.
</source>
        <translation>Token %1 geändert.
</translation>
    </message>
    <message>
        <source>Deleted token %1.
</source>
        <translation>Token %1 gelöscht.
</translation>
    </message>
    <message>
        <source>cannot write to standard output.
</source>
        <translation>die Standardausgabe ist nicht beschreibbar.
</translation>
    </message>
    <message>
        <source>rate limited by the cluster; waiting %1 s for the limit to reset would exceed %2 s of waiting in all; giving up.
</source>
        <translation>vom Cluster gedrosselt; %1 s bis zum Ende der Drosselung zu warten überschritte %2 s Wartezeit insgesamt; Abbruch.
</translation>
    </message>
    <message>
        <source>rate limited by the cluster; retrying in %1 s (%2 of %3)
</source>
        <translation>vom Cluster gedrosselt; neuer Versuch in %1 s (%2 von %3)
</translation>
    </message>
    <message>
        <source>pass --allow-insecure-http to send it anyway.
</source>
        <translation>geben Sie --allow-insecure-http an, um es trotzdem zu senden.
</translation>
    </message>
    <message>
        <source>the API token stored for profile “%1” was entered for %2, but the profile now points to %3; enter the token again in TokenDesk&apos;s Connections, or set TOKENDESK_API_TOKEN.
</source>
        <translation>das für das Profil „%1“ gespeicherte API-Token wurde für %2 eingegeben, das Profil zeigt aber jetzt auf %3; geben Sie das Token unter „Verbindungen“ in TokenDesk erneut ein oder setzen Sie TOKENDESK_API_TOKEN.
</translation>
    </message>
    <message numerus="yes">
        <source>still rate limited by the cluster after %n retries; giving up.
</source>
        <translation>
            <numerusform>nach %n Wiederholung weiterhin vom Cluster gedrosselt; Abbruch.
</numerusform>
            <numerusform>nach %n Wiederholungen weiterhin vom Cluster gedrosselt; Abbruch.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens were deleted while loading details; they are listed without metadata.
</source>
        <translation>
            <numerusform>%n Token wurde beim Laden der Details gelöscht; es wird ohne Metadaten gelistet.
</numerusform>
            <numerusform>%n Tokens wurden beim Laden der Details gelöscht; sie werden ohne Metadaten gelistet.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Leaving out %1: this command runs with it.
</source>
        <translation>%1 wird ausgelassen: Dieser Befehl läuft damit.
</translation>
    </message>
    <message>
        <source>No token matches the filters; nothing was changed.
</source>
        <translation>Kein Token passt zu den Filtern; nichts wurde geändert.
</translation>
    </message>
    <message numerus="yes">
        <source>refusing to delete %n tokens without confirmation: standard input is not a terminal; add --yes.
</source>
        <translation>
            <numerusform>%n Token wird ohne Bestätigung nicht gelöscht: Die Standardeingabe ist kein Terminal; ergänzen Sie --yes.
</numerusform>
            <numerusform>%n Tokens werden ohne Bestätigung nicht gelöscht: Die Standardeingabe ist kein Terminal; ergänzen Sie --yes.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refusing to revoke %n tokens without confirmation: standard input is not a terminal; add --yes.
</source>
        <translation>
            <numerusform>%n Token wird ohne Bestätigung nicht widerrufen: Die Standardeingabe ist kein Terminal; ergänzen Sie --yes.
</numerusform>
            <numerusform>%n Tokens werden ohne Bestätigung nicht widerrufen: Die Standardeingabe ist kein Terminal; ergänzen Sie --yes.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tokens for good (first: %1)? Type &apos;yes&apos; to confirm: </source>
        <translation>
            <numerusform>%n Token endgültig löschen (erstes: %1)? Zum Bestätigen &apos;yes&apos; eintippen: </numerusform>
            <numerusform>%n Tokens endgültig löschen (erstes: %1)? Zum Bestätigen &apos;yes&apos; eintippen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens (first: %1)? Type &apos;yes&apos; to confirm: </source>
        <translation>
            <numerusform>%n Token widerrufen (erstes: %1)? Zum Bestätigen &apos;yes&apos; eintippen: </numerusform>
            <numerusform>%n Tokens widerrufen (erstes: %1)? Zum Bestätigen &apos;yes&apos; eintippen: </numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted.
</source>
        <translation>Nicht gelöscht.
</translation>
    </message>
    <message>
        <source>Not revoked.
</source>
        <translation>Nicht widerrufen.
</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n tokens.</source>
        <translation>
            <numerusform>%1 von %n Token gelöscht.</numerusform>
            <numerusform>%1 von %n Tokens gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %1 of %n tokens.</source>
        <translation>
            <numerusform>%1 von %n Token widerrufen.</numerusform>
            <numerusform>%1 von %n Tokens widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n tokens to %1.
</source>
        <translation>
            <numerusform>%n Token nach %1 exportiert.
</numerusform>
            <numerusform>%n Tokens nach %1 exportiert.
</numerusform>
        </translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Scopes of %n tokens: %1.
</source>
        <translation>
            <numerusform>Berechtigungen von %n Token: %1.
</numerusform>
            <numerusform>Berechtigungen von %n Tokens: %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refusing to change %n tokens without confirmation: standard input is not a terminal; add --yes.
</source>
        <translation>
            <numerusform>Die Berechtigungen von %n Token werden ohne Bestätigung nicht geändert: Die Standardeingabe ist kein Terminal; ergänzen Sie --yes.
</numerusform>
            <numerusform>Die Berechtigungen von %n Tokens werden ohne Bestätigung nicht geändert: Die Standardeingabe ist kein Terminal; ergänzen Sie --yes.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the scopes of %n tokens (first: %1)? Type &apos;yes&apos; to confirm: </source>
        <translation>
            <numerusform>Berechtigungen von %n Token ändern (%1)? Zum Bestätigen &apos;yes&apos; eintippen: </numerusform>
            <numerusform>Berechtigungen von %n Tokens ändern (erstes: %1)? Zum Bestätigen &apos;yes&apos; eintippen: </numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed.
</source>
        <translation>Nicht geändert.
</translation>
    </message>
    <message>
        <source>%1: not changed: it would be left with no scope (it has %2).
</source>
        <translation>%1: nicht geändert: Es bliebe ohne Berechtigung (es hat %2).
</translation>
    </message>
    <message numerus="yes">
        <source>Scopes changed or already as asked on %1 of %n tokens.</source>
        <translation>
            <numerusform>Berechtigungen geändert oder schon wie gewünscht bei %1 von %n Token.</numerusform>
            <numerusform>Berechtigungen geändert oder schon wie gewünscht bei %1 von %n Tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>the schedule could not be updated (the settings file was not written).
</source>
        <translation>der Zeitplan konnte nicht aktualisiert werden (die Einstellungsdatei wurde nicht geschrieben).
</translation>
    </message>
    <message>
        <source>The demo cluster&apos;s tokens do not outlast this command: no deletion was scheduled.
</source>
        <translation>Die Tokens des Demo-Clusters überdauern diesen Befehl nicht: Es wurde keine Löschung geplant.
</translation>
    </message>
    <message>
        <source>the deletion of %1 could not be scheduled (the settings file was not written); delete it by hand once it is due.
</source>
        <translation>die Löschung von %1 konnte nicht geplant werden (die Einstellungsdatei wurde nicht geschrieben); löschen Sie es von Hand, sobald sie fällig ist.
</translation>
    </message>
    <message>
        <source>Its deletion is scheduled for %1 (%2); &apos;tokendesk-cli pending --delete-due&apos; deletes it then.
</source>
        <translation>Seine Löschung ist für %1 geplant (%2); &apos;tokendesk-cli pending --delete-due&apos; löscht es dann.
</translation>
    </message>
    <message numerus="yes">
        <source>the details of %n tokens did not load: they may belong to the view too.
</source>
        <translation>
            <numerusform>die Details von %n Token ließen sich nicht laden: Es gehört vielleicht auch zur Ansicht.
</numerusform>
            <numerusform>die Details von %n Tokens ließen sich nicht laden: Sie gehören vielleicht auch zur Ansicht.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the details of %n tokens did not load: the report counts them as without details.
</source>
        <translation>
            <numerusform>die Details von %n Token ließen sich nicht laden: Der Bericht zählt es als ohne Details.
</numerusform>
            <numerusform>die Details von %n Tokens ließen sich nicht laden: Der Bericht zählt sie als ohne Details.
</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>within 7 days</source>
        <translation>innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <source>within 30 days</source>
        <translation>innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <source>within 90 days</source>
        <translation>innerhalb von 90 Tagen</translation>
    </message>
    <message>
        <source>within 180 days</source>
        <translation>innerhalb von 180 Tagen</translation>
    </message>
    <message>
        <source>longer ago</source>
        <translation>länger her</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>week %1 (%2 to %3)</source>
        <translation>Woche %1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Tokens: %1 (without details: %2)
</source>
        <translation>Tokens: %1 (ohne Details: %2)
</translation>
    </message>
    <message>
        <source>Last used:
</source>
        <translation>Zuletzt verwendet:
</translation>
    </message>
    <message>
        <source>Scopes:
</source>
        <translation>Berechtigungen:
</translation>
    </message>
    <message>
        <source>Owners:
</source>
        <translation>Besitzer:
</translation>
    </message>
    <message>
        <source>Expiring (not revoked), by week from now:
</source>
        <translation>Ablaufend (nicht widerrufen), nach Wochen ab jetzt:
</translation>
    </message>
    <message>
        <source>“%1” is not a cluster address.
</source>
        <translation>„%1“ ist keine Cluster-Adresse.
</translation>
    </message>
    <message>
        <source>No deletion is scheduled for %1.
</source>
        <translation>Für %1 ist keine Löschung geplant.
</translation>
    </message>
    <message>
        <source>the demo cluster</source>
        <translation>den Demo-Cluster</translation>
    </message>
    <message numerus="yes">
        <source>%n of them due: &apos;tokendesk-cli pending --delete-due&apos; deletes them.
</source>
        <translation>
            <numerusform>%n davon fällig: &apos;tokendesk-cli pending --delete-due&apos; löscht es.
</numerusform>
            <numerusform>%n davon fällig: &apos;tokendesk-cli pending --delete-due&apos; löscht sie.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No scheduled deletion is due (%n scheduled); nothing was deleted.
</source>
        <translation>
            <numerusform>Keine geplante Löschung ist fällig (%n geplant); nichts wurde gelöscht.
</numerusform>
            <numerusform>Keine geplante Löschung ist fällig (%n geplant); nichts wurde gelöscht.
</numerusform>
        </translation>
    </message>
    <message>
        <source>the changes could not be written to %1: %2. An existing file was left as it was.
</source>
        <translation>die Änderungen konnten nicht nach %1 geschrieben werden: %2. Eine vorhandene Datei blieb unverändert.
</translation>
    </message>
    <message>
        <source>%1 new, %2 gone, %3 changed, %4 unchanged.
</source>
        <translation>%1 neu, %2 verschwunden, %3 geändert, %4 unverändert.
</translation>
    </message>
    <message numerus="yes">
        <source>the details of %n tokens did not load: whether they changed is not known.
</source>
        <translation>
            <numerusform>die Details von %n Token ließen sich nicht laden: Ob es sich geändert hat, ist nicht bekannt.
</numerusform>
            <numerusform>die Details von %n Tokens ließen sich nicht laden: Ob sie sich geändert haben, ist nicht bekannt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>no audit view “%1”; the views are %2, and no view is saved for the profile “%3”.
</source>
        <translation>keine Prüfansicht „%1“; die Ansichten sind %2, und für das Profil „%3“ ist keine Ansicht gespeichert.
</translation>
    </message>
    <message>
        <source>no audit view “%1”; the views are %2, and the views saved for the profile “%3”: %4.
</source>
        <translation>keine Prüfansicht „%1“; die Ansichten sind %2, und die für das Profil „%3“ gespeicherten: %4.
</translation>
    </message>
    <message>
        <source>The saved view “%1” has the name of a built-in view: &apos;list --view&apos; takes the built-in one.
</source>
        <translation>Die gespeicherte Ansicht „%1“ trägt den Namen einer eingebauten Ansicht: &apos;list --view&apos; nimmt die eingebaute.
</translation>
    </message>
    <message>
        <source>Views saved in TokenDesk belong to a profile: add --profile NAME to list them.
</source>
        <translation>In TokenDesk gespeicherte Ansichten gehören zu einem Profil: Geben Sie --profile NAME an, um sie aufzulisten.
</translation>
    </message>
    <message>
        <source>No view is saved for the profile “%1”.
</source>
        <translation>Für das Profil „%1“ ist keine Ansicht gespeichert.
</translation>
    </message>
    <message>
        <source>The names are not shown: the schedule keeps token IDs only, and no API token is at hand to ask the cluster (set TOKENDESK_API_TOKEN).
</source>
        <translation>Die Namen werden nicht angezeigt: Der Zeitplan enthält nur Token-IDs, und es ist kein API-Token zur Hand, um den Cluster zu fragen (setzen Sie TOKENDESK_API_TOKEN).
</translation>
    </message>
    <message numerus="yes">
        <source>%n of them no longer on the cluster.
</source>
        <translation>
            <numerusform>%n davon ist nicht mehr auf dem Cluster.
</numerusform>
            <numerusform>%n davon sind nicht mehr auf dem Cluster.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Names are asked for the first %1 only.
</source>
        <translation>Namen werden nur für die ersten %1 erfragt.
</translation>
    </message>
    <message>
        <source>The names are not shown: the cluster did not answer (%1).
</source>
        <translation>Die Namen werden nicht angezeigt: Der Cluster hat nicht geantwortet (%1).
</translation>
    </message>
    <message>
        <source>no profile is saved: add the clusters in TokenDesk&apos;s Connections first.
</source>
        <translation>kein Profil gespeichert: Legen Sie die Cluster zuerst unter Verbindungen in TokenDesk an.
</translation>
    </message>
    <message numerus="yes">
        <source>no cluster asked knows this secret, but %n profiles could not be asked.
</source>
        <translation>
            <numerusform>kein gefragter Cluster kennt dieses Geheimnis, aber %n Profil konnte nicht gefragt werden.
</numerusform>
            <numerusform>kein gefragter Cluster kennt dieses Geheimnis, aber %n Profile konnten nicht gefragt werden.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of the %n clusters knows this secret.
</source>
        <translation>
            <numerusform>der %n Cluster kennt dieses Geheimnis nicht.
</numerusform>
            <numerusform>keiner der %n Cluster kennt dieses Geheimnis.
</numerusform>
        </translation>
    </message>
    <message>
        <source>listing</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <source>profile “%1”: %2
</source>
        <translation>Profil „%1“: %2
</translation>
    </message>
    <message>
        <source>nothing was exported: a file without these clusters would read as if they had no tokens. Leave them out with --profiles.
</source>
        <translation>es wurde nichts exportiert: Eine Datei ohne diese Cluster sähe aus, als hätten sie keine Token. Lassen Sie sie mit --profiles weg.
</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ComparisonDialog</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Load their details</source>
        <translation>Ihre Details &amp;laden</translation>
    </message>
    <message>
        <source>Compare with an earlier export</source>
        <translation>Mit einem früheren Export vergleichen</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Art der Änderung</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Filter: name, ID, owner, scope…</source>
        <translation>Filter: Name, ID, Besitzer, Berechtigung…</translation>
    </message>
    <message>
        <source>Filter the changes</source>
        <translation>Die Änderungen filtern</translation>
    </message>
    <message>
        <source>Loads the details of the tokens that could not be compared; the comparison is then made again</source>
        <translation>Lädt die Details der Tokens, die nicht verglichen werden konnten; danach wird erneut verglichen</translation>
    </message>
    <message>
        <source>Export the changes shown to a CSV file</source>
        <translation>Die gezeigten Änderungen in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Compared with “%1” (%Ln token(s) then): </source>
        <translation>
            <numerusform>Verglichen mit „%1“ (damals %Ln Token): </numerusform>
            <numerusform>Verglichen mit „%1“ (damals %Ln Tokens): </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 gone, %3 changed, %4 unchanged.</source>
        <translation>%1 neu, %2 entfernt, %3 geändert, %4 unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) in both could not be compared: their details are not loaded.</source>
        <translation>
            <numerusform>%Ln Token in beiden konnte nicht verglichen werden: Seine Details sind nicht geladen.</numerusform>
            <numerusform>%Ln Tokens in beiden konnten nicht verglichen werden: Ihre Details sind nicht geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no column for %1: not compared.</source>
        <translation>Die Datei hat keine Spalte für %1: nicht verglichen.</translation>
    </message>
    <message>
        <source>Export the changes</source>
        <translation>Änderungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The changes could not be written to “%1”: %2. An existing file was left as it was.</source>
        <translation>Die Änderungen konnten nicht nach „%1“ geschrieben werden: %2. Eine vorhandene Datei blieb unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln change(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln Änderung nach „%1“ exportiert.</numerusform>
            <numerusform>%Ln Änderungen nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::ComparisonModel</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ConnectionsDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>prod-cluster</source>
        <translation>prod-cluster</translation>
    </message>
    <message>
        <source>Cluster URL</source>
        <translation>Cluster-URL</translation>
    </message>
    <message>
        <source>https://cluster.example.com</source>
        <translation>https://cluster.example.com</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>System CAs</source>
        <translation>System-CAs</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Cluster &amp;URL</source>
        <translation>Cluster-&amp;URL</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>API-&amp;Token</translation>
    </message>
    <message>
        <source>CA &amp;file</source>
        <translation>CA-&amp;Datei</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Stored — type to replace</source>
        <translation>Gespeichert — zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>The cluster URL is not usable: %1</source>
        <translation>Die Cluster-URL ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Enter the API token this profile connects with (it needs the ClusterTokenManagement scope).</source>
        <translation>Geben Sie das API-Token ein, mit dem sich dieses Profil verbindet (es braucht die Berechtigung ClusterTokenManagement).</translation>
    </message>
    <message>
        <source>The saved clusters; select one to change or connect to it</source>
        <translation>Die gespeicherten Cluster; wählen Sie einen, um ihn zu ändern oder sich mit ihm zu verbinden</translation>
    </message>
    <message>
        <source>The secret TokenDesk connects with; kept in the system keyring, never in a file</source>
        <translation>Das Geheimnis, mit dem sich TokenDesk verbindet; liegt im Schlüsselbund des Systems, nie in einer Datei</translation>
    </message>
    <message>
        <source>Start a new connection profile</source>
        <translation>Ein neues Verbindungsprofil beginnen</translation>
    </message>
    <message>
        <source>Remove the selected profile and its stored API token</source>
        <translation>Das ausgewählte Profil und sein gespeichertes API-Token entfernen</translation>
    </message>
    <message>
        <source>Try to list one token with these settings</source>
        <translation>Mit diesen Einstellungen versuchen, ein Token aufzulisten</translation>
    </message>
    <message>
        <source>Save the profile and connect to its cluster</source>
        <translation>Das Profil speichern und sich mit seinem Cluster verbinden</translation>
    </message>
    <message>
        <source>Choose a PEM file with the certificate authority of the cluster</source>
        <translation>Eine PEM-Datei mit der Zertifizierungsstelle des Clusters wählen</translation>
    </message>
    <message>
        <source>Allow unencrypted &amp;http — the API token travels in clear</source>
        <translation>Unverschlüsseltes &amp;http erlauben — das API-Token wird im Klartext übertragen</translation>
    </message>
    <message>
        <source>Needed for an http:// address of another computer: anyone on the network path can read the API token</source>
        <translation>Nötig für eine http://-Adresse eines anderen Computers: Jeder auf dem Netzwerkweg kann das API-Token mitlesen</translation>
    </message>
    <message>
        <source>Enter the API token for this address</source>
        <translation>Geben Sie das API-Token für diese Adresse ein</translation>
    </message>
    <message>
        <source>To do so anyway, tick “%1”.</source>
        <translation>Um es trotzdem zu tun, haken Sie „%1“ an.</translation>
    </message>
    <message>
        <source>The address now points to another server (%1). The stored API token was entered for %2 and is not sent anywhere else: enter the API token for the new address.</source>
        <translation>Die Adresse zeigt jetzt auf einen anderen Server (%1). Das gespeicherte API-Token wurde für %2 eingegeben und wird nirgendwohin sonst gesendet: Geben Sie das API-Token für die neue Adresse ein.</translation>
    </message>
    <message>
        <source>Kept for this session only — type to replace</source>
        <translation>Nur für diese Sitzung behalten — zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>Not stored — type the API token again</source>
        <translation>Nicht gespeichert — tippen Sie das API-Token erneut ein</translation>
    </message>
    <message>
        <source>No API token is stored for this profile: type it again.</source>
        <translation>Für dieses Profil ist kein API-Token gespeichert: Tippen Sie es erneut ein.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CreateTokenDialog</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>365 days</source>
        <translation>365 Tage</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Custom expiry value</source>
        <translation>Benutzerdefinierte Ablaufzeit (Wert)</translation>
    </message>
    <message>
        <source>Custom expiry unit</source>
        <translation>Benutzerdefinierte Ablaufzeit (Einheit)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>at least one scope</source>
        <translation>mindestens eine Berechtigung</translation>
    </message>
    <message>
        <source>Create the token; its secret is shown once</source>
        <translation>Token erstellen; sein Geheimnis wird einmal angezeigt</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Es fehlt noch: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The token never expires. Prefer an expiry where you can.</source>
        <translation>Das Token läuft nie ab. Wählen Sie nach Möglichkeit ein Ablaufdatum.</translation>
    </message>
    <message>
        <source>Expires about %1 (counted from when the cluster creates it).</source>
        <translation>Läuft ungefähr am %1 ab (gerechnet ab der Erstellung durch den Cluster).</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>When the token stops working; the API cannot change it later</source>
        <translation>Wann das Token nicht mehr funktioniert; die API kann das später nicht ändern</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CsvExportJob</name>
    <message>
        <source>Could not write “%1”: the disk is full (or a quota was exceeded).</source>
        <translation>„%1“ konnte nicht geschrieben werden: Der Datenträger ist voll (oder ein Kontingent ist erschöpft).</translation>
    </message>
    <message>
        <source>Could not write “%1”: the file is larger than the file system or a limit allows.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Die Datei ist größer, als das Dateisystem oder eine Grenze erlaubt.</translation>
    </message>
    <message>
        <source>Could not write “%1”: permission denied (%2).</source>
        <translation>„%1“ konnte nicht geschrieben werden: Zugriff verweigert (%2).</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>„%1“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Permission denied: the folder “%1” is not writable.</source>
        <translation>Zugriff verweigert: In den Ordner „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Nothing to export.</source>
        <translation>Nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Export cancelled; “%1” was not changed.</source>
        <translation>Export abgebrochen; „%1“ wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CsvReader</name>
    <message>
        <source>Line %1 has %2 fields where the header has %3.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile aber %3.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::CsvWriter</name>
    <message>
        <source>Export refused: header column %1 contains a token secret. Token secrets are never written to CSV.</source>
        <translation>Export verweigert: Kopfspalte %1 enthält ein Token-Geheimnis. Token-Geheimnisse werden nie in CSV geschrieben.</translation>
    </message>
    <message>
        <source>Export refused: row %1, column “%2” contains a token secret. Token secrets are never written to CSV.</source>
        <translation>Export verweigert: Zeile %1, Spalte „%2“ enthält ein Token-Geheimnis. Token-Geheimnisse werden nie in CSV geschrieben.</translation>
    </message>
    <message>
        <source>The output is not open for writing.</source>
        <translation>Die Ausgabe ist nicht zum Schreiben geöffnet.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::DeleteDialog</name>
    <message>
        <source>an owner not loaded yet</source>
        <translation>einem noch nicht geladenen Besitzer</translation>
    </message>
    <message>
        <source>Delete “%1” (%2) owned by %3?</source>
        <translation>„%1“ (%2) von %3 löschen?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete “%1”&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;) owned by &lt;b&gt;%3&lt;/b&gt;?</source>
        <translation>&lt;b&gt;„%1“ löschen&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;), Besitzer &lt;b&gt;%3&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>Token löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tokens?</source>
        <translation>
            <numerusform>%n Token löschen?</numerusform>
            <numerusform>%n Tokens löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tokens</source>
        <translation>
            <numerusform>%n Token löschen</numerusform>
            <numerusform>%n Tokens löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting cannot be undone. Revoking first is the safer step: anything still using the token fails visibly and you can reactivate it; delete it after a quiet week.</source>
        <translation>Löschen lässt sich nicht rückgängig machen. Zuerst zu widerrufen ist sicherer: Was das Token noch verwendet, scheitert sichtbar, und Sie können es reaktivieren; löschen Sie es nach einer ruhigen Woche.</translation>
    </message>
    <message numerus="yes">
        <source>Type %1 to delete %n tokens:</source>
        <translation>
            <numerusform>Tippen Sie %1, um %n Token zu löschen:</numerusform>
            <numerusform>Tippen Sie %1, um %n Tokens zu löschen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of tokens to delete</source>
        <translation>Anzahl der zu löschenden Tokens</translation>
    </message>
    <message>
        <source>&amp;Revoke instead</source>
        <translation>Stattdessen &amp;widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n instead</source>
        <translation>
            <numerusform>Stattdessen %n &amp;widerrufen</numerusform>
            <numerusform>Stattdessen %n &amp;widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable instead of deleting; it can be reactivated</source>
        <translation>Deaktivieren statt löschen; lässt sich reaktivieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n</source>
        <translation>
            <numerusform>%n &amp;löschen</numerusform>
            <numerusform>%n &amp;löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Type %1 first</source>
        <translation>Tippen Sie zuerst %1</translation>
    </message>
    <message>
        <source>Type the number of tokens to confirm the deletion</source>
        <translation>Tippen Sie die Anzahl der Tokens, um das Löschen zu bestätigen</translation>
    </message>
    <message>
        <source>Delete for good; this cannot be undone</source>
        <translation>Endgültig löschen; das lässt sich nicht rückgängig machen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>Tokens affected</source>
        <translation>Betroffene Tokens</translation>
    </message>
    <message>
        <source>Every token this action changes, by name and ID</source>
        <translation>Jedes Token, das diese Aktion ändert, mit Name und ID</translation>
    </message>
    <message numerus="yes">
        <source>Type %1 and press Enter to delete %n tokens. Nothing was deleted.</source>
        <translation>
            <numerusform>Tippen Sie %1 und drücken Sie die Eingabetaste, um %n Token zu löschen. Es wurde nichts gelöscht.</numerusform>
            <numerusform>Tippen Sie %1 und drücken Sie die Eingabetaste, um %n Tokens zu löschen. Es wurde nichts gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%2” is not %1: type %1 to delete %n tokens. Nothing was deleted.</source>
        <translation>
            <numerusform>„%2“ ist nicht %1: Tippen Sie %1, um %n Token zu löschen. Es wurde nichts gelöscht.</numerusform>
            <numerusform>„%2“ ist nicht %1: Tippen Sie %1, um %n Tokens zu löschen. Es wurde nichts gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster created this token itself (e.g. %1). Deleting it may break the feature that still uses it.</source>
        <translation>Der Cluster hat dieses Token selbst erstellt (z. B. %1). Das Löschen kann die Funktion stören, die es noch verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them were created by the cluster itself (e.g. %1). Deleting them may break the features that still use them.</source>
        <translation>
            <numerusform>%n davon wurde vom Cluster selbst erstellt (z. B. %1). Das Löschen kann die Funktion stören, die es noch verwendet.</numerusform>
            <numerusform>%n davon wurden vom Cluster selbst erstellt (z. B. %1). Das Löschen kann die Funktionen stören, die sie noch verwenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It was used in the last %n days: something still relies on it.</source>
        <translation>
            <numerusform>Es wurde in den letzten %n Tagen verwendet: Etwas verlässt sich noch darauf.</numerusform>
            <numerusform>Es wurde in den letzten %n Tagen verwendet: Etwas verlässt sich noch darauf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were used in the last %1 days: something still relies on them.</source>
        <translation>
            <numerusform>%n davon wurde in den letzten %1 Tagen verwendet: Etwas verlässt sich noch darauf.</numerusform>
            <numerusform>%n davon wurden in den letzten %1 Tagen verwendet: Etwas verlässt sich noch darauf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::DemoCluster</name>
    <message>
        <source>the demo cluster plugin (%1) is not installed; looked in %2</source>
        <translation>das Plugin des Demo-Clusters (%1) ist nicht installiert; gesucht in %2</translation>
    </message>
</context>
<context>
    <name>TokenDesk::DetailPane</name>
    <message>
        <source>Token ID</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Select a token to see its details.</source>
        <translation>Wählen Sie ein Token, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Token-Name</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy the token ID (Ctrl+Shift+C)</source>
        <translation>Die Token-ID kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Copy token ID</source>
        <translation>Token-ID kopieren</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Kennzeichen</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>⚙ Auto-created system token</source>
        <translation>⚙ Automatisch erstelltes System-Token</translation>
    </message>
    <message>
        <source>⋯ loading</source>
        <translation>⋯ wird geladen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>⊘ Revoked</source>
        <translation>⊘ Widerrufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie verwendet</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>The token this connection uses</source>
        <translation>Das Token dieser Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Expires within %n days</source>
        <translation>
            <numerusform>⚠ Läuft innerhalb von %n Tag ab</numerusform>
            <numerusform>⚠ Läuft innerhalb von %n Tagen ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::EarlierExport</name>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 1 GiB: not a TokenDesk export.</source>
        <translation>„%1“ ist größer als 1 GiB: kein TokenDesk-Export.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>TokenDesk::EditTokenDialog</name>
    <message>
        <source>Edit token “%1”</source>
        <translation>Token „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2) — the API cannot change the expiry</source>
        <translation>%1 (%2) — die API kann den Ablauf nicht ändern</translation>
    </message>
    <message>
        <source>Never — the API cannot change the expiry</source>
        <translation>Nie — die API kann den Ablauf nicht ändern</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Berechtigungen: %1</translation>
    </message>
    <message>
        <source>renamed to “%1”</source>
        <translation>umbenannt in „%1“</translation>
    </message>
    <message>
        <source>revoked: stops working at once</source>
        <translation>widerrufen: funktioniert sofort nicht mehr</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>reaktiviert</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Änderungen: %1</translation>
    </message>
    <message>
        <source>A token needs a name.</source>
        <translation>Ein Token braucht einen Namen.</translation>
    </message>
    <message>
        <source>Keep at least one scope.</source>
        <translation>Behalten Sie mindestens eine Berechtigung.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Send the changes to the cluster</source>
        <translation>Die Änderungen an den Cluster senden</translation>
    </message>
    <message>
        <source>The token&apos;s name; it need not be unique</source>
        <translation>Der Name des Tokens; er muss nicht eindeutig sein</translation>
    </message>
    <message>
        <source>The token can be used</source>
        <translation>Das Token kann verwendet werden</translation>
    </message>
    <message>
        <source>Anything using the token fails at once; it stays listed and can be reactivated</source>
        <translation>Alles, was das Token verwendet, scheitert sofort; es bleibt gelistet und lässt sich reaktivieren</translation>
    </message>
</context>
<context>
    <name>TokenDesk::EnsureDetailsJob</name>
    <message>
        <source>the token list was loaded again</source>
        <translation>die Tokenliste wurde neu geladen</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ExportController</name>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the rows the table shows, in its order, to a CSV file</source>
        <translation>Die Zeilen, die die Tabelle zeigt, in ihrer Reihenfolge in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Export the rows the table shows to a CSV file (Ctrl+E)</source>
        <translation>Die Zeilen, die die Tabelle zeigt, in eine CSV-Datei exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The token list was reloaded during the export; nothing was written.</source>
        <translation>Die Token-Liste wurde während des Exports neu geladen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The cluster asks to slow down: waiting %1 s…</source>
        <translation>Der Cluster bittet um Drosselung: %1 s warten…</translation>
    </message>
    <message>
        <source>Applying the table&apos;s filter and sort…</source>
        <translation>Filter und Sortierung der Tabelle werden angewendet…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written. The details loaded so far are kept.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben. Die bisher geladenen Details bleiben erhalten.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The table was closed during the export; nothing was written.</source>
        <translation>Die Tabelle wurde während des Exports geschlossen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Loading the details of %Ln token(s)…</source>
        <translation>
            <numerusform>Die Details von %Ln Token werden geladen…</numerusform>
            <numerusform>Die Details von %Ln Tokens werden geladen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln row(s) to “%1”…</source>
        <translation>
            <numerusform>%Ln Zeile wird nach „%1“ geschrieben…</numerusform>
            <numerusform>%Ln Zeilen werden nach „%1“ geschrieben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to “%1”.</source>
        <translation>
            <numerusform>%Ln Zeile nach „%1“ exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them have no details: their detail cells are empty.</source>
        <translation>
            <numerusform>%Ln davon hat keine Details: Seine Detailzellen sind leer.</numerusform>
            <numerusform>%Ln davon haben keine Details: Ihre Detailzellen sind leer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The details of %Ln token(s) could not be loaded (deleted meanwhile, or refused).</source>
        <translation>
            <numerusform>Die Details von %Ln Token konnten nicht geladen werden (inzwischen gelöscht oder verweigert).</numerusform>
            <numerusform>Die Details von %Ln Tokens konnten nicht geladen werden (inzwischen gelöscht oder verweigert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more token(s) may match the filter once their details are loaded; they are not in the file.</source>
        <translation>
            <numerusform>%Ln weiteres Token passt vielleicht zum Filter, sobald seine Details geladen sind; es ist nicht in der Datei.</numerusform>
            <numerusform>%Ln weitere Tokens passen vielleicht zum Filter, sobald ihre Details geladen sind; sie sind nicht in der Datei.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::ExportDialog</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Standard CSV</source>
        <translation>Standard-CSV</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Comes with the token&apos;s details; empty for rows whose details are not loaded.</source>
        <translation>Kommt mit den Details des Tokens; leer für Zeilen, deren Details nicht geladen sind.</translation>
    </message>
    <message>
        <source>Comes with the token list.</source>
        <translation>Kommt mit der Token-Liste.</translation>
    </message>
    <message>
        <source>UTF-8, comma-separated (RFC 4180), for scripts and most tools.</source>
        <translation>UTF-8, durch Kommas getrennt (RFC 4180), für Skripte und die meisten Werkzeuge.</translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark, semicolon-separated (this locale writes decimals with a comma), so that Excel opens it by double-click.</source>
        <translation>UTF-8 mit Byte-Order-Mark, durch Semikolons getrennt (diese Region schreibt Dezimalzahlen mit Komma), damit Excel die Datei per Doppelklick öffnet.</translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark, comma-separated, so that Excel opens it by double-click.</source>
        <translation>UTF-8 mit Byte-Order-Mark, durch Kommas getrennt, damit Excel die Datei per Doppelklick öffnet.</translation>
    </message>
    <message>
        <source>; %1 without details</source>
        <translation>; %1 ohne Details</translation>
    </message>
    <message>
        <source>Tick at least one column.</source>
        <translation>Haken Sie mindestens eine Spalte an.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Choose the file and write the CSV</source>
        <translation>Die Datei wählen und die CSV schreiben</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Move the selected column one place earlier</source>
        <translation>Die ausgewählte Spalte eine Stelle nach vorn verschieben</translation>
    </message>
    <message>
        <source>Move the selected column one place later</source>
        <translation>Die ausgewählte Spalte eine Stelle nach hinten verschieben</translation>
    </message>
    <message>
        <source>The CSV dialect: separator, encoding and byte order mark</source>
        <translation>Die CSV-Variante: Trennzeichen, Kodierung und Byte-Order-Mark</translation>
    </message>
    <message>
        <source>The first line names the columns</source>
        <translation>Die erste Zeile benennt die Spalten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the %1 row(s) have no details loaded yet: their cells other than Name and ID would be empty.</source>
        <translation>
            <numerusform>%Ln der %1 Zeilen hat noch keine geladenen Details: Ihre Zellen außer Name und ID wären leer.</numerusform>
            <numerusform>%Ln der %1 Zeilen haben noch keine geladenen Details: Ihre Zellen außer Name und ID wären leer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Load them first (%Ln request(s) to the cluster)</source>
        <translation>
            <numerusform>Zuerst &amp;laden (%Ln Anfrage an den Cluster)</numerusform>
            <numerusform>Zuerst &amp;laden (%Ln Anfragen an den Cluster)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more token(s) may match the filter once their details are loaded. They are not among the rows above and would be missing from the export.</source>
        <translation>
            <numerusform>%Ln weiteres Token passt vielleicht zum Filter, sobald seine Details geladen sind. Es ist nicht unter den Zeilen oben und würde im Export fehlen.</numerusform>
            <numerusform>%Ln weitere Tokens passen vielleicht zum Filter, sobald ihre Details geladen sind. Sie sind nicht unter den Zeilen oben und würden im Export fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prof&amp;iles</source>
        <translation>Prof&amp;ile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>The clusters to export, each asked with its own API token; the file&apos;s first column names the profile</source>
        <translation>Die zu exportierenden Cluster, jeder mit seinem eigenen API-Token gefragt; die erste Spalte der Datei nennt das Profil</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s): every token of each, with the details the columns need, a first column Cluster naming the profile.</source>
        <translation>
            <numerusform>%n Profil: jedes seiner Token, mit den Details, die die Spalten brauchen, und einer ersten Spalte Cluster mit dem Profilnamen.</numerusform>
            <numerusform>%n Profile: jedes Token jedes Profils, mit den Details, die die Spalten brauchen, und einer ersten Spalte Cluster mit dem Profilnamen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one profile.</source>
        <translation>Wählen Sie mindestens ein Profil aus.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::FilterPane</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Beliebiger Besitzer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Only tokens owned by this user (exact match, asked of the server)</source>
        <translation>Nur Tokens dieses Benutzers (exakte Übereinstimmung, vom Server gefiltert)</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>A token must have all checked scopes</source>
        <translation>Ein Token muss alle angehakten Berechtigungen haben</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Last used from</source>
        <translation>Zuletzt verwendet ab</translation>
    </message>
    <message>
        <source>Last used to</source>
        <translation>Zuletzt verwendet bis</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Höchstzahl</translation>
    </message>
    <message>
        <source>Ask the cluster for the tokens matching these filters</source>
        <translation>Den Cluster nach den Tokens fragen, die diesen Filtern entsprechen</translation>
    </message>
    <message>
        <source>Clear checked scopes</source>
        <translation>Angehakte Berechtigungen leeren</translation>
    </message>
    <message>
        <source>Scopes (token must have all)</source>
        <translation>Berechtigungen (Token muss alle haben)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Besitzer</translation>
    </message>
    <message>
        <source>&amp;Last used</source>
        <translation>Zu&amp;letzt verwendet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Li&amp;mit</source>
        <translation>&amp;Höchstzahl</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Used in the last 7 days</source>
        <translation>In den letzten 7 Tagen verwendet</translation>
    </message>
    <message>
        <source>Used in the last 30 days</source>
        <translation>In den letzten 30 Tagen verwendet</translation>
    </message>
    <message>
        <source>Unused for 30 days</source>
        <translation>Seit 30 Tagen unbenutzt</translation>
    </message>
    <message>
        <source>Unused for 90 days</source>
        <translation>Seit 90 Tagen unbenutzt</translation>
    </message>
    <message>
        <source>Unused for 180 days</source>
        <translation>Seit 180 Tagen unbenutzt</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Benutzerdefinierter Zeitraum…</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>The server leaves out tokens that were never used whenever a date is set; choose &quot;Never used&quot; to see those.</source>
        <translation>Der Server lässt nie verwendete Tokens weg, sobald ein Datum gesetzt ist; wählen Sie „Nie verwendet“, um diese zu sehen.</translation>
    </message>
    <message>
        <source>The API cannot ask for never-used tokens: all tokens are listed and filtered here once their details are loaded.</source>
        <translation>Die API kann nicht nach nie verwendeten Tokens fragen: Alle Tokens werden gelistet und hier gefiltert, sobald ihre Details geladen sind.</translation>
    </message>
    <message>
        <source>Tokens that were never used are left out by the server when a date is set.</source>
        <translation>Nie verwendete Tokens lässt der Server weg, wenn ein Datum gesetzt ist.</translation>
    </message>
    <message>
        <source>Only tokens last used (or not used) in this period</source>
        <translation>Nur Tokens, die in diesem Zeitraum zuletzt verwendet (oder nicht verwendet) wurden</translation>
    </message>
    <message>
        <source>Start of the custom last-used period</source>
        <translation>Beginn des benutzerdefinierten Zeitraums der letzten Verwendung</translation>
    </message>
    <message>
        <source>End of the custom last-used period</source>
        <translation>Ende des benutzerdefinierten Zeitraums der letzten Verwendung</translation>
    </message>
    <message>
        <source>Uncheck every scope, so that the scopes do not filter</source>
        <translation>Alle Berechtigungen abhaken, sodass nicht nach Berechtigungen gefiltert wird</translation>
    </message>
    <message>
        <source>The most tokens the server returns (1 to %L1)</source>
        <translation>Höchstens so viele Tokens liefert der Server (1 bis %L1)</translation>
    </message>
</context>
<context>
    <name>TokenDesk::Json</name>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 (bei Byte %2)</translation>
    </message>
    <message>
        <source>the end of the input</source>
        <translation>das Ende der Eingabe</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>einen Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>the character &apos;%1&apos;</source>
        <translation>das Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>das Byte 0x%1</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1: %2 erwartet, %3 erhalten</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object, got %1</source>
        <translation>&apos;,&apos; oder &apos;}&apos; in einem Objekt erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a field name in quotes, got %1</source>
        <translation>einen Feldnamen in Anführungszeichen erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a field name, got %1</source>
        <translation>&apos;:&apos; nach einem Feldnamen erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array, got %1</source>
        <translation>&apos;,&apos; oder &apos;]&apos; in einem Array erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>eine Zeichenkette erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>unescaped control character in a string</source>
        <translation>nicht maskiertes Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>ungültiges UTF-8 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid literal (expected %1)</source>
        <translation>ungültiges Literal (%1 erwartet)</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>invalid number (leading zero)</source>
        <translation>ungültige Zahl (führende Null)</translation>
    </message>
    <message>
        <source>invalid number (no digits after &apos;.&apos;)</source>
        <translation>ungültige Zahl (keine Ziffern nach &apos;.&apos;)</translation>
    </message>
    <message>
        <source>invalid number (no digits in the exponent)</source>
        <translation>ungültige Zahl (keine Ziffern im Exponenten)</translation>
    </message>
    <message>
        <source>expected a value, got %1</source>
        <translation>einen Wert erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;, got %2</source>
        <translation>&apos;,&apos; oder &apos;%1&apos; erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Maskierung</translation>
    </message>
    <message>
        <source>invalid \u escape (expected 4 hex digits)</source>
        <translation>ungültige \u-Maskierung (4 Hexadezimalziffern erwartet)</translation>
    </message>
    <message>
        <source>unterminated escape</source>
        <translation>nicht abgeschlossene Maskierung</translation>
    </message>
    <message>
        <source>invalid \u escape (lone low surrogate)</source>
        <translation>ungültige \u-Maskierung (einzelnes Low-Surrogate)</translation>
    </message>
    <message>
        <source>invalid \u escape (high surrogate without a low surrogate)</source>
        <translation>ungültige \u-Maskierung (High-Surrogate ohne Low-Surrogate)</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Maskierungssequenz</translation>
    </message>
    <message>
        <source>missing required field &apos;%1&apos;</source>
        <translation>Pflichtfeld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>duplicate field &apos;%1&apos;</source>
        <translation>Feld &apos;%1&apos; doppelt vorhanden</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <source>%1: expected an integer, got a number with a fraction</source>
        <translation>%1: Ganzzahl erwartet, Zahl mit Nachkommastellen erhalten</translation>
    </message>
    <message>
        <source>%1: integer out of the int64 range</source>
        <translation>%1: Ganzzahl außerhalb des int64-Bereichs</translation>
    </message>
    <message>
        <source>empty document</source>
        <translation>leeres Dokument</translation>
    </message>
    <message>
        <source>unexpected data after the JSON value</source>
        <translation>unerwartete Daten nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>%1: unknown unit (expected DAYS, HOURS, MILLIS, MINUTES or SECONDS)</source>
        <translation>%1: unbekannte Einheit (DAYS, HOURS, MILLIS, MINUTES oder SECONDS erwartet)</translation>
    </message>
    <message>
        <source>list body too large (4 GiB or more)</source>
        <translation>Listentext zu groß (4 GiB oder mehr)</translation>
    </message>
    <message>
        <source>too many entries</source>
        <translation>zu viele Einträge</translation>
    </message>
</context>
<context>
    <name>TokenDesk::KeychainSecretStore</name>
    <message>
        <source>stored in the system keyring</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>the keyring gave no reason</source>
        <translation>der Schlüsselbund nannte keinen Grund</translation>
    </message>
</context>
<context>
    <name>TokenDesk::LookupDialog</name>
    <message>
        <source>Token secret</source>
        <translation>Token-Geheimnis</translation>
    </message>
    <message>
        <source>Paste the secret (Ctrl+V).</source>
        <translation>Fügen Sie das Geheimnis ein (Strg+V).</translation>
    </message>
    <message>
        <source>✓ A token secret, identifier %1.</source>
        <translation>✓ Ein Token-Geheimnis, Kennung %1.</translation>
    </message>
    <message>
        <source>✓ Looks like an old-format token secret.</source>
        <translation>✓ Sieht aus wie ein Token-Geheimnis im alten Format.</translation>
    </message>
    <message>
        <source>✗ This is a token&apos;s public identifier, not its secret. Find it in the table instead (Ctrl+F).</source>
        <translation>✗ Das ist die öffentliche Kennung eines Tokens, nicht sein Geheimnis. Suchen Sie es stattdessen in der Tabelle (Strg+F).</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Wird nachgeschlagen…</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source> · personal access token</source>
        <translation> · persönliches Zugriffstoken</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The cluster knows no token with this secret.</source>
        <translation>Der Cluster kennt kein Token mit diesem Geheimnis.</translation>
    </message>
    <message>
        <source>Ask the cluster which token this secret belongs to</source>
        <translation>Den Cluster fragen, zu welchem Token dieses Geheimnis gehört</translation>
    </message>
    <message>
        <source>✓ Found. The secret was cleared from the field.</source>
        <translation>✓ Gefunden. Das Geheimnis wurde aus dem Feld gelöscht.</translation>
    </message>
    <message>
        <source>The connection changed; look up again.</source>
        <translation>Die Verbindung hat sich geändert; schlagen Sie erneut nach.</translation>
    </message>
    <message>
        <source>Disable this token at once; anything using it stops working. It can be reactivated later.</source>
        <translation>Dieses Token sofort deaktivieren; alles, was es verwendet, funktioniert nicht mehr. Es lässt sich später reaktivieren.</translation>
    </message>
    <message>
        <source>Delete this token for good, after a confirmation</source>
        <translation>Dieses Token nach einer Bestätigung endgültig löschen</translation>
    </message>
    <message>
        <source>Clear the list filters that leave this token out, load the list again and select it</source>
        <translation>Die Listenfilter leeren, die dieses Token weglassen, die Liste neu laden und es auswählen</translation>
    </message>
    <message>
        <source>The connection changed: the token shown was on the other cluster. Look it up again to act on this one.</source>
        <translation>Die Verbindung hat sich geändert: Das angezeigte Token gehörte zum anderen Cluster. Schlagen Sie erneut nach, um auf diesem Cluster damit zu arbeiten.</translation>
    </message>
    <message>
        <source>Disable the token at once; it stays listed and can be reactivated</source>
        <translation>Das Token sofort deaktivieren; es bleibt aufgeführt und lässt sich reaktivieren</translation>
    </message>
    <message>
        <source>Delete the token for good</source>
        <translation>Das Token endgültig löschen</translation>
    </message>
    <message>
        <source>This token was deleted.</source>
        <translation>Dieses Token wurde gelöscht.</translation>
    </message>
    <message>
        <source>This token is revoked: nothing can use it any more. Delete it when nothing needs it.</source>
        <translation>Dieses Token ist widerrufen: Nichts kann es mehr verwenden. Löschen Sie es, wenn nichts es mehr braucht.</translation>
    </message>
    <message>
        <source>The token is already revoked</source>
        <translation>Das Token ist bereits widerrufen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>✗ This looks like a token secret, but not exactly: paste the secret alone, as the cluster gave it (%1, capital letters and digits).</source>
        <translation>✗ Das sieht aus wie ein Token-Geheimnis, aber nicht genau: Fügen Sie nur das Geheimnis ein, so wie der Cluster es ausgegeben hat (%1, Großbuchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>✗ Not a token secret: expected %1 or an old-format token.</source>
        <translation>✗ Kein Token-Geheimnis: erwartet wird %1 oder ein Token im alten Format.</translation>
    </message>
    <message>
        <source>Paste a token secret (%1 or an old-format token). It is sent only to the cluster, never stored, and cleared when this dialog closes.</source>
        <translation>Fügen Sie ein Token-Geheimnis ein (%1 oder ein Token im alten Format). Es wird nur an den Cluster gesendet, nie gespeichert und beim Schließen dieses Dialogs gelöscht.</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>R&amp;otieren…</translation>
    </message>
    <message>
        <source>Create a successor with the same scopes, show its secret once, then revoke this token</source>
        <translation>Einen Nachfolger mit denselben Berechtigungen erstellen, sein Geheimnis einmal zeigen, dann dieses Token widerrufen</translation>
    </message>
    <message>
        <source>Replace the token: a successor with the same scopes, then this one revoked</source>
        <translation>Das Token ersetzen: ein Nachfolger mit denselben Berechtigungen, dann wird dieses widerrufen</translation>
    </message>
    <message>
        <source>Look up in all profiles</source>
        <translation>In allen Profilen nachschlagen</translation>
    </message>
    <message>
        <source>Ask the cluster of every saved profile, each with its own API token, which one knows this secret</source>
        <translation>Den Cluster jedes gespeicherten Profils, jeweils mit dessen eigenem API-Token, fragen, welcher dieses Geheimnis kennt</translation>
    </message>
    <message>
        <source>Ask every saved profile&apos;s cluster, each with its own API token from the keyring (Alt+P)</source>
        <translation>Den Cluster jedes gespeicherten Profils fragen, jeweils mit dessen eigenem API-Token aus dem Schlüsselbund (Alt+P)</translation>
    </message>
    <message>
        <source>Results per profile</source>
        <translation>Ergebnisse je Profil</translation>
    </message>
    <message>
        <source>What the cluster of each profile answered: found, not known, or why it could not be asked</source>
        <translation>Was der Cluster jedes Profils geantwortet hat: gefunden, nicht bekannt, oder warum er nicht gefragt werden konnte</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Zu diesem Profil wechseln</translation>
    </message>
    <message>
        <source>Connect to the profile whose cluster knows the secret and show the token there, to revoke or rotate it</source>
        <translation>Mit dem Profil verbinden, dessen Cluster das Geheimnis kennt, und das Token dort zeigen, um es zu widerrufen oder zu rotieren</translation>
    </message>
    <message>
        <source>Connect to this profile and show the token there, with Revoke and Rotate (Alt+S)</source>
        <translation>Mit diesem Profil verbinden und das Token dort zeigen, mit Widerrufen und Rotieren (Alt+S)</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Wird gefragt…</translation>
    </message>
    <message>
        <source>✓ Found</source>
        <translation>✓ Gefunden</translation>
    </message>
    <message>
        <source>Not known to this cluster</source>
        <translation>Diesem Cluster nicht bekannt</translation>
    </message>
    <message>
        <source>✗ Could not ask</source>
        <translation>✗ Konnte nicht fragen</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n profile(s)…</source>
        <translation>
            <numerusform>%n Profil wird gefragt…</numerusform>
            <numerusform>%n Profile werden gefragt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Found in %n profile(s). The secret was cleared from the field.</source>
        <translation>
            <numerusform>✓ In %n Profil gefunden. Das Geheimnis wurde aus dem Feld gelöscht.</numerusform>
            <numerusform>✓ In %n Profilen gefunden. Das Geheimnis wurde aus dem Feld gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No cluster asked knows this secret, but %n profile(s) could not be asked.</source>
        <translation>
            <numerusform>Kein gefragter Cluster kennt dieses Geheimnis, aber %n Profil konnte nicht gefragt werden.</numerusform>
            <numerusform>Kein gefragter Cluster kennt dieses Geheimnis, aber %n Profile konnten nicht gefragt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n cluster(s) knows this secret.</source>
        <translation>
            <numerusform>Der %n Cluster kennt dieses Geheimnis nicht.</numerusform>
            <numerusform>Keiner der %n Cluster kennt dieses Geheimnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: asking…</source>
        <translation>%1: wird gefragt…</translation>
    </message>
    <message>
        <source>%1 knows this secret: token %2, %3, owned by %4.</source>
        <translation>%1 kennt dieses Geheimnis: Token %2, %3, Besitzer %4.</translation>
    </message>
    <message>
        <source>%1 was asked and knows no token with this secret.</source>
        <translation>%1 wurde gefragt und kennt kein Token mit diesem Geheimnis.</translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation>%1 konnte nicht gefragt werden: %2</translation>
    </message>
    <message>
        <source>&amp;Show the token here</source>
        <translation>Token hier an&amp;sehen</translation>
    </message>
    <message>
        <source>&amp;Switch to this profile</source>
        <translation>Zu diesem Profil wech&amp;seln</translation>
    </message>
</context>
<context>
    <name>TokenDesk::MainWindow</name>
    <message>
        <source>TokenDesk</source>
        <translation>TokenDesk</translation>
    </message>
    <message>
        <source>The cluster asks to slow down (HTTP 429): loading details pauses for %1 s</source>
        <translation>Der Cluster bittet um Drosselung (HTTP 429): Das Laden der Details pausiert %1 s</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the list again with the current filters (F5)</source>
        <translation>Die Liste mit den aktuellen Filtern neu laden (F5)</translation>
    </message>
    <message>
        <source>Load &amp;all details</source>
        <translation>&amp;Alle Details laden</translation>
    </message>
    <message>
        <source>Fetch owner, scopes and dates of every listed token (one request per token)</source>
        <translation>Besitzer, Berechtigungen und Daten jedes gelisteten Tokens abrufen (eine Anfrage pro Token)</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Copy token &amp;ID</source>
        <translation>Token-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation>&amp;Schnellfilter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quick filter (Ctrl+F): name, ID, owner, scope…</source>
        <translation>Schnellfilter (Strg+F): Name, ID, Besitzer, Berechtigung…</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>Shows only tokens whose name, ID, owner or scopes contain this text</source>
        <translation>Zeigt nur Tokens, deren Name, ID, Besitzer oder Berechtigungen diesen Text enthalten</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About TokenDesk</source>
        <translation>Über &amp;TokenDesk</translation>
    </message>
    <message>
        <source>Starting the demo cluster…</source>
        <translation>Der Demo-Cluster startet…</translation>
    </message>
    <message>
        <source>The demo cluster could not start: %1</source>
        <translation>Der Demo-Cluster konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>DEMO · %1</source>
        <translation>DEMO · %1</translation>
    </message>
    <message>
        <source>The URL of profile &quot;%1&quot; is not usable: %2</source>
        <translation>Die URL des Profils „%1“ ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>The API token is kept in the system keyring, never in a file.</source>
        <translation>Das API-Token liegt im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation>Verbindungen verwalten…</translation>
    </message>
    <message numerus="yes">
        <source>Listed %Ln token(s) in %1 ms</source>
        <translation>
            <numerusform>%Ln Token in %1 ms gelistet</numerusform>
            <numerusform>%Ln Tokens in %1 ms gelistet</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the token list…</source>
        <translation>Die Token-Liste wird geladen…</translation>
    </message>
    <message>
        <source>%1 of %2 tokens shown · details %3 of %2 loaded</source>
        <translation>%1 von %2 Tokens angezeigt · Details %3 von %2 geladen</translation>
    </message>
    <message>
        <source> · refreshing…</source>
        <translation> · wird aktualisiert…</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n token ID(s)</source>
        <translation>
            <numerusform>%n Token-ID kopiert</numerusform>
            <numerusform>%n Token-IDs kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About TokenDesk</source>
        <translation>Über TokenDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;TokenDesk %1&lt;/b&gt;&lt;p&gt;Administration of the API tokens of Dynatrace Managed clusters through the Cluster API v2.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;b&gt;TokenDesk %1&lt;/b&gt;&lt;p&gt;Verwaltung der API-Tokens von Dynatrace-Managed-Clustern über die Cluster-API v2.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Shows all tokens, or only the active, revoked or expired ones</source>
        <translation>Zeigt alle Tokens oder nur die aktiven, widerrufenen oder abgelaufenen</translation>
    </message>
    <message>
        <source>The tokens of the cluster; the selected token&apos;s details are shown beside</source>
        <translation>Die Tokens des Clusters; die Details des ausgewählten Tokens stehen daneben</translation>
    </message>
    <message>
        <source>The cluster to work with; the last entry manages connections</source>
        <translation>Der Cluster, mit dem gearbeitet wird; der letzte Eintrag verwaltet die Verbindungen</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>Demo-Cluster</translation>
    </message>
    <message>
        <source>Unencrypted connection</source>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>Not connected to &quot;%1&quot;. %2 Allow it in Connections if you must.</source>
        <translation>Nicht mit „%1“ verbunden. %2 Erlauben Sie es unter Verbindungen, wenn es sein muss.</translation>
    </message>
    <message>
        <source>The API token stored for &quot;%1&quot; was entered for %2, but the profile now points to %3. Enter the API token for the new address in Connections.</source>
        <translation>Das für „%1“ gespeicherte API-Token wurde für %2 eingegeben, das Profil zeigt aber jetzt auf %3. Geben Sie das API-Token für die neue Adresse unter Verbindungen ein.</translation>
    </message>
    <message>
        <source>Enter the API token for this address: the stored one was entered for %1.</source>
        <translation>Geben Sie das API-Token für diese Adresse ein: Das gespeicherte wurde für %1 eingegeben.</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>etwa %n Sekunde</numerusform>
            <numerusform>etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>etwa %n Stunde</numerusform>
            <numerusform>etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>etwa %n Tag</numerusform>
            <numerusform>etwa %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>the owner filter “%1”</source>
        <translation>der Besitzerfilter „%1“</translation>
    </message>
    <message>
        <source>the scopes filter</source>
        <translation>der Berechtigungsfilter</translation>
    </message>
    <message>
        <source>the last-used filter</source>
        <translation>der Filter „Zuletzt verwendet“</translation>
    </message>
    <message numerus="yes">
        <source>The cluster returned %Ln token(s), the limit you set: there may be more.</source>
        <translation>
            <numerusform>Der Cluster hat %Ln Token geliefert, die von Ihnen gesetzte Höchstzahl: Es kann weitere geben.</numerusform>
            <numerusform>Der Cluster hat %Ln Tokens geliefert, die von Ihnen gesetzte Höchstzahl: Es kann weitere geben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Raise the limit…</source>
        <translation>Höchstzahl erhöhen…</translation>
    </message>
    <message>
        <source>Opens the filter pane at the limit field</source>
        <translation>Öffnet die Filter beim Feld für die Höchstzahl</translation>
    </message>
    <message>
        <source>At least %1 of %2 tokens match (%3 undecided until their details load) · details %4 of %2 loaded</source>
        <translation>Mindestens %1 von %2 Tokens passen (%3 offen, bis ihre Details geladen sind) · Details %4 von %2 geladen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more token(s) may match once their details are loaded.</source>
        <translation>
            <numerusform>%Ln weiteres Token kann passen, sobald seine Details geladen sind.</numerusform>
            <numerusform>%Ln weitere Tokens können passen, sobald ihre Details geladen sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorted by %1: %Ln token(s) without details are listed at the end, unsorted.</source>
        <translation>
            <numerusform>Sortiert nach %1: %Ln Token ohne Details steht unsortiert am Ende.</numerusform>
            <numerusform>Sortiert nach %1: %Ln Tokens ohne Details stehen unsortiert am Ende.</numerusform>
        </translation>
    </message>
    <message>
        <source>Load them</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Loads the details of exactly these tokens</source>
        <translation>Lädt die Details genau dieser Tokens</translation>
    </message>
    <message>
        <source>At the cluster&apos;s rate limit of %1 requests per minute this takes %2, and other clients of the cluster share that limit meanwhile.</source>
        <translation>Bei der Drosselung des Clusters auf %1 Anfragen pro Minute dauert das %2, und andere Clients des Clusters teilen sich so lange diese Grenze.</translation>
    </message>
    <message>
        <source>The cluster&apos;s rate limit is not known yet; at 6 requests at a time this may take a long while.</source>
        <translation>Die Drosselung des Clusters ist noch nicht bekannt; mit 6 Anfragen gleichzeitig kann das lange dauern.</translation>
    </message>
    <message>
        <source>Load details</source>
        <translation>Details laden</translation>
    </message>
    <message numerus="yes">
        <source>This sends %Ln request(s), one per token.</source>
        <translation>
            <numerusform>Das sendet %Ln Anfrage, eine je Token.</numerusform>
            <numerusform>Das sendet %Ln Anfragen, eine je Token.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Load %Ln token(s)</source>
        <translation>
            <numerusform>%Ln Token laden</numerusform>
            <numerusform>%Ln Tokens laden</numerusform>
        </translation>
    </message>
    <message>
        <source>API token not kept</source>
        <translation>API-Token nicht behalten</translation>
    </message>
    <message>
        <source>No API token is stored for &quot;%1&quot;: type it again in Connections.</source>
        <translation>Für „%1“ ist kein API-Token gespeichert: Tippen Sie es unter Verbindungen erneut ein.</translation>
    </message>
    <message>
        <source>No API token is stored for &quot;%1&quot;: no system keyring is available (the keyring said: %2), so a token typed earlier was kept for that session only. Type the API token again in Connections.</source>
        <translation>Für „%1“ ist kein API-Token gespeichert: Kein Schlüsselbund des Systems ist verfügbar (der Schlüsselbund meldete: %2), daher wurde ein früher eingetipptes Token nur für jene Sitzung behalten. Tippen Sie das API-Token unter Verbindungen erneut ein.</translation>
    </message>
    <message>
        <source>To keep API tokens across restarts, install or unlock a Secret Service such as GNOME Keyring or KWallet, then enter the token again.</source>
        <translation>Um API-Tokens über Neustarts hinweg zu behalten, installieren oder entsperren Sie einen Secret Service wie GNOME Keyring oder KWallet und geben Sie das Token dann erneut ein.</translation>
    </message>
    <message>
        <source>No system keyring is available (the keyring said: %1): a typed API token is kept for this session only, never in a file.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (der Schlüsselbund meldete: %1): Ein eingetipptes API-Token wird nur für diese Sitzung behalten, nie in einer Datei.</translation>
    </message>
    <message>
        <source>No system keyring is available (the keyring said: %1). The API token of &quot;%2&quot; is kept for this session only and must be typed again after TokenDesk restarts.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (der Schlüsselbund meldete: %1). Das API-Token von „%2“ wird nur für diese Sitzung behalten und muss nach einem Neustart von TokenDesk erneut eingetippt werden.</translation>
    </message>
    <message>
        <source>DEMO (%1)</source>
        <translation>DEMO (%1)</translation>
    </message>
    <message>
        <source>Audit views</source>
        <translation>Prüfansichten</translation>
    </message>
    <message>
        <source>Compare with an earlier export</source>
        <translation>Mit einem früheren Export vergleichen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>owner “%1”</source>
        <translation>Besitzer „%1“</translation>
    </message>
    <message>
        <source>scopes %1</source>
        <translation>Berechtigungen %1</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>zuletzt verwendet %1</translation>
    </message>
    <message>
        <source>quick filter “%1”</source>
        <translation>Schnellfilter „%1“</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>audit view “%1”</source>
        <translation>Prüfansicht „%1“</translation>
    </message>
    <message>
        <source>Filter: none, every listed token.</source>
        <translation>Filter: keiner, jedes gelistete Token.</translation>
    </message>
    <message>
        <source>Filter: %1.</source>
        <translation>Filter: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The table shows only the %Ln token(s) of “%1” from the audit report.</source>
        <translation>
            <numerusform>Die Tabelle zeigt nur das %Ln Token von „%1“ aus dem Prüfbericht.</numerusform>
            <numerusform>Die Tabelle zeigt nur die %Ln Tokens von „%1“ aus dem Prüfbericht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Shows every token again</source>
        <translation>Zeigt wieder jedes Token</translation>
    </message>
    <message>
        <source>C&amp;ompare with an earlier export…</source>
        <translation>Mit früherem Export &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Open a CSV exported at an earlier audit and see which tokens are new, gone or changed since</source>
        <translation>Eine bei einer früheren Prüfung exportierte CSV öffnen und sehen, welche Tokens seitdem neu, entfernt oder geändert sind</translation>
    </message>
    <message>
        <source>&amp;Audit view</source>
        <translation>&amp;Prüfansicht</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Alle Tokens</translation>
    </message>
    <message>
        <source>Show every listed token</source>
        <translation>Jedes gelistete Token zeigen</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick filter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the quick filter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show or hide the filter pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;All tokens (no audit view)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New token&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Edit the selected token&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Del&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Delete the selected tokens&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Look up a token by its secret&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Export CSV&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Compare with an earlier export&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Audit report of the tokens shown&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Copy the selected token IDs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Schnellfilter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Schnellfilter leeren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Liste aktualisieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Filterbereich ein- oder ausblenden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Alle Tokens (keine Prüfansicht)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Neues Token&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ausgewähltes Token bearbeiten&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entf&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ausgewählte Tokens löschen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Token anhand seines Geheimnisses nachschlagen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;CSV exportieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Mit einem früheren Export vergleichen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Prüfbericht der gezeigten Tokens&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;IDs der ausgewählten Tokens kopieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Beenden&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>the connection has no profile to keep the new token in.</source>
        <translation>die Verbindung hat kein Profil, in dem das neue Token gespeichert werden könnte.</translation>
    </message>
    <message>
        <source>the keyring did not store it (%1).</source>
        <translation>der Schlüsselbund hat es nicht gespeichert (%1).</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>the window connected to another profile meanwhile; “%1” now holds the new token.</source>
        <translation>das Fenster hat sich inzwischen mit einem anderen Profil verbunden; „%1“ enthält jetzt das neue Token.</translation>
    </message>
    <message>
        <source> · sorting and filtering…</source>
        <translation> · wird sortiert und gefiltert…</translation>
    </message>
    <message>
        <source>Rotate the selected token</source>
        <translation>Ausgewähltes Token rotieren</translation>
    </message>
    <message>
        <source>Pending deletions</source>
        <translation>Ausstehende Löschungen</translation>
    </message>
    <message>
        <source>Change the scopes of the selected tokens</source>
        <translation>Berechtigungen der ausgewählten Tokens ändern</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the filters, the quick filter, the status and the audit view under a name, for this profile (Ctrl+S)</source>
        <translation>Die Filter, den Schnellfilter, den Status und die Prüfansicht unter einem Namen für dieses Profil speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Manage views…</source>
        <translation>Ansichten &amp;verwalten…</translation>
    </message>
    <message>
        <source>Rename or delete the views saved for this profile (Ctrl+Shift+S)</source>
        <translation>Die für dieses Profil gespeicherten Ansichten umbenennen oder löschen (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Apply the saved view “%1”: its filters, quick filter, status and audit view</source>
        <translation>Die gespeicherte Ansicht „%1“ anwenden: ihre Filter, Schnellfilter, Status und Prüfansicht</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view (for the profile “%1”):</source>
        <translation>Name der Ansicht (für das Profil „%1“):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The view was not saved: %1</source>
        <translation>Die Ansicht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the view “%1”.</source>
        <translation>Die Ansicht „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>Replace view</source>
        <translation>Ansicht ersetzen</translation>
    </message>
    <message>
        <source>There is a view named “%1” for this profile already. Replace it with the filters as they are now?</source>
        <translation>Für dieses Profil gibt es bereits eine Ansicht namens „%1“. Durch die Filter in ihrem jetzigen Zustand ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Applied the view “%1”.</source>
        <translation>Die Ansicht „%1“ wurde angewendet.</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name of the view “%1”:</source>
        <translation>Neuer Name der Ansicht „%1“:</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>The view was not renamed: %1</source>
        <translation>Die Ansicht wurde nicht umbenannt: %1</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The filters in use and the tokens stay as they are.</source>
        <translation>Die gespeicherte Ansicht „%1“ löschen? Die aktiven Filter und die Tokens bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Save the filters as a named view</source>
        <translation>Die Filter als benannte Ansicht speichern</translation>
    </message>
    <message>
        <source>Rename or delete saved views</source>
        <translation>Gespeicherte Ansichten umbenennen oder löschen</translation>
    </message>
    <message>
        <source>Export across profiles</source>
        <translation>Über alle Profile exportieren</translation>
    </message>
    <message>
        <source>In Look up: look the secret up in all profiles</source>
        <translation>Im Nachschlagen: das Geheimnis in allen Profilen nachschlagen</translation>
    </message>
    <message>
        <source>In Look up: switch to the profile that knows it</source>
        <translation>Im Nachschlagen: zum Profil wechseln, das es kennt</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ManageViewsDialog</name>
    <message>
        <source>Manage views</source>
        <translation>Ansichten verwalten</translation>
    </message>
    <message>
        <source>The views saved for the profile “%1” on this computer.</source>
        <translation>Die auf diesem Computer für das Profil „%1“ gespeicherten Ansichten.</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>F2 renames the selected view, Delete deletes it</source>
        <translation>F2 benennt die ausgewählte Ansicht um, Entf löscht sie</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected view (F2)</source>
        <translation>Die ausgewählte Ansicht umbenennen (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected view, after a confirmation (Delete)</source>
        <translation>Die ausgewählte Ansicht nach einer Bestätigung löschen (Entf)</translation>
    </message>
</context>
<context>
    <name>TokenDesk::MemorySecretStore</name>
    <message>
        <source>kept for this session only (no system keyring available)</source>
        <translation>nur für diese Sitzung behalten (kein Schlüsselbund des Systems verfügbar)</translation>
    </message>
</context>
<context>
    <name>TokenDesk::MessageBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Repeat the request that failed</source>
        <translation>Die fehlgeschlagene Anfrage wiederholen</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
</context>
<context>
    <name>TokenDesk::PendingDeletionsDialog</name>
    <message>
        <source>Pending deletions</source>
        <translation>Ausstehende Löschungen</translation>
    </message>
    <message>
        <source>Nothing is scheduled for deletion.</source>
        <translation>Nichts ist zur Löschung geplant.</translation>
    </message>
    <message>
        <source>Scheduled deletions</source>
        <translation>Geplante Löschungen</translation>
    </message>
    <message>
        <source>Each revoked token with when it was revoked and when its deletion is due</source>
        <translation>Jedes widerrufene Token mit dem Zeitpunkt seines Widerrufs und der Fälligkeit seiner Löschung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Deletion due</source>
        <translation>Löschung fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Delete the due ones…</source>
        <translation>&amp;Fällige löschen…</translation>
    </message>
    <message>
        <source>Delete the tokens whose deletion is due, after a confirmation</source>
        <translation>Die Tokens, deren Löschung fällig ist, nach einer Bestätigung löschen</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Take the selected tokens off the schedule; the tokens stay as they are</source>
        <translation>Die ausgewählten Tokens aus dem Zeitplan nehmen; die Tokens selbst bleiben, wie sie sind</translation>
    </message>
    <message>
        <source>(not in the loaded list)</source>
        <translation>(nicht in der geladenen Liste)</translation>
    </message>
    <message>
        <source>%1 · due</source>
        <translation>%1 · fällig</translation>
    </message>
    <message>
        <source>Not in the loaded list</source>
        <translation>Nicht in der geladenen Liste</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n token(s) whose deletion is due, after a confirmation</source>
        <translation>
            <numerusform>Das %n Token, dessen Löschung fällig ist, nach einer Bestätigung löschen</numerusform>
            <numerusform>Die %n Tokens, deren Löschung fällig ist, nach einer Bestätigung löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>No deletion is due yet</source>
        <translation>Noch ist keine Löschung fällig</translation>
    </message>
    <message>
        <source>Revoked tokens whose deletion a rotation scheduled, and rotations still to finish. The schedule is kept on this computer for the profile “%1”: token IDs and dates only, never a secret. TokenDesk deletes nothing by itself: “Delete the due ones” asks first.</source>
        <translation>Widerrufene Tokens, deren Löschung eine Rotation geplant hat, und noch abzuschließende Rotationen. Der Zeitplan wird auf diesem Computer für das Profil „%1“ gespeichert: nur Token-IDs und Daten, nie ein Geheimnis. TokenDesk löscht nichts von sich aus: „Fällige löschen“ fragt zuerst nach.</translation>
    </message>
    <message>
        <source>&amp;Revoke to finish</source>
        <translation>Zum Abschließen &amp;widerrufen</translation>
    </message>
    <message>
        <source>Revoke the selected old tokens whose rotation stopped before revoking them; their deletion is then scheduled</source>
        <translation>Die ausgewählten alten Tokens widerrufen, deren Rotation vor dem Widerruf stehen blieb; danach wird ihre Löschung geplant</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after revoking</source>
        <translation>
            <numerusform>%n Tag nach dem Widerruf</numerusform>
            <numerusform>%n Tage nach dem Widerruf</numerusform>
        </translation>
    </message>
    <message>
        <source>Active: the rotation stopped before revoking it</source>
        <translation>Aktiv: die Rotation blieb vor dem Widerruf stehen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke the %n selected old token(s); their deletion is then scheduled</source>
        <translation>
            <numerusform>Das %n ausgewählte alte Token widerrufen; danach wird seine Löschung geplant</numerusform>
            <numerusform>Die %n ausgewählten alten Tokens widerrufen; danach wird ihre Löschung geplant</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a token whose rotation stopped before revoking it</source>
        <translation>Wählen Sie ein Token, dessen Rotation vor dem Widerruf stehen blieb</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ProfileExportController</name>
    <message>
        <source>Export &amp;across profiles…</source>
        <translation>Über &amp;alle Profile exportieren…</translation>
    </message>
    <message>
        <source>One CSV of the tokens of several clusters, each asked with its profile&apos;s own API token (Ctrl+Shift+E)</source>
        <translation>Eine CSV-Datei mit den Token mehrerer Cluster, jeder mit dem eigenen API-Token seines Profils gefragt (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Export across profiles</source>
        <translation>Über alle Profile exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Asking the clusters…</source>
        <translation>Die Cluster werden gefragt…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3): loading the details of its tokens…</source>
        <translation>%1 (%2 von %3): Details seiner Token werden geladen…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3): listing its tokens…</source>
        <translation>%1 (%2 von %3): seine Token werden aufgelistet…</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n profile(s) could not be exported. Untick them to export the others.</source>
        <translation>
            <numerusform>Es wurde nichts geschrieben: %n Profil konnte nicht exportiert werden. Wählen Sie es ab, um die anderen zu exportieren.</numerusform>
            <numerusform>Es wurde nichts geschrieben: %n Profile konnten nicht exportiert werden. Wählen Sie sie ab, um die anderen zu exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln token(s) to %1.</source>
        <translation>
            <numerusform>%Ln Token nach %1 exportiert.</numerusform>
            <numerusform>%Ln Token nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) were deleted while their details loaded: they have their ID and name only.</source>
        <translation>
            <numerusform>%Ln Token wurde gelöscht, während seine Details geladen wurden: Es hat nur ID und Namen.</numerusform>
            <numerusform>%Ln Token wurden gelöscht, während ihre Details geladen wurden: Sie haben nur ID und Namen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ProfileLookup</name>
    <message>
        <source>The cluster is rate limiting this profile&apos;s API token (HTTP 429); ask again later.</source>
        <translation>Der Cluster drosselt das API-Token dieses Profils (HTTP 429); fragen Sie später erneut.</translation>
    </message>
    <message>
        <source>The cluster refused this profile&apos;s API token (HTTP 401): it may be revoked, expired or mistyped. Enter it again in Connections.</source>
        <translation>Der Cluster hat das API-Token dieses Profils abgelehnt (HTTP 401): Es ist womöglich widerrufen, abgelaufen oder falsch eingegeben. Geben Sie es unter Verbindungen erneut ein.</translation>
    </message>
    <message>
        <source>This profile&apos;s API token is not allowed to do this on this cluster (HTTP 403): it needs the ClusterTokenManagement scope.</source>
        <translation>Das API-Token dieses Profils darf das auf diesem Cluster nicht (HTTP 403): Es braucht die Berechtigung ClusterTokenManagement.</translation>
    </message>
    <message>
        <source>The address answered 404 without the cluster&apos;s error message: is it the address of a Dynatrace cluster?</source>
        <translation>Die Adresse antwortete mit 404 ohne die Fehlermeldung des Clusters: Ist es die Adresse eines Dynatrace-Clusters?</translation>
    </message>
    <message>
        <source>Connect to this profile once to check and trust its certificate.</source>
        <translation>Verbinden Sie sich einmal mit diesem Profil, um sein Zertifikat zu prüfen und ihm zu vertrauen.</translation>
    </message>
    <message>
        <source>No API token is stored for this profile.</source>
        <translation>Für dieses Profil ist kein API-Token gespeichert.</translation>
    </message>
    <message>
        <source>No API token is stored for this profile (%1).</source>
        <translation>Für dieses Profil ist kein API-Token gespeichert (%1).</translation>
    </message>
    <message>
        <source>The profile&apos;s address is not usable: %1</source>
        <translation>Die Adresse des Profils ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>The API token stored for this profile was entered for %1, but the profile now points to %2; it is not sent there.</source>
        <translation>Das für dieses Profil gespeicherte API-Token wurde für %1 eingegeben, das Profil zeigt aber jetzt auf %2; dorthin wird es nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ReportController</name>
    <message>
        <source>Audit &amp;report…</source>
        <translation>Prüf&amp;bericht…</translation>
    </message>
    <message>
        <source>Charts of the tokens the table shows: last use, scopes, owners, expiries</source>
        <translation>Diagramme der Tokens, die die Tabelle zeigt: letzte Verwendung, Berechtigungen, Besitzer, Abläufe</translation>
    </message>
    <message>
        <source>Audit report of the tokens shown (Ctrl+Shift+R)</source>
        <translation>Prüfbericht der gezeigten Tokens (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>The report window (%1) is not installed; looked in %2.</source>
        <translation>Das Berichtsfenster (%1) ist nicht installiert; gesucht in %2.</translation>
    </message>
    <message>
        <source>The report window could not be loaded: %1</source>
        <translation>Das Berichtsfenster konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Audit report: %1</source>
        <translation>Prüfbericht: %1</translation>
    </message>
    <message>
        <source>Made %1 by TokenDesk.</source>
        <translation>Erstellt %1 von TokenDesk.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) shown in the table.</source>
        <translation>
            <numerusform>%Ln Token in der Tabelle gezeigt.</numerusform>
            <numerusform>%Ln Tokens in der Tabelle gezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them without details (in no chart): they could not be loaded.</source>
        <translation>
            <numerusform>%Ln davon ohne Details (in keinem Diagramm): Sie konnten nicht geladen werden.</numerusform>
            <numerusform>%Ln davon ohne Details (in keinem Diagramm): Sie konnten nicht geladen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Within (days)</source>
        <translation>Innerhalb (Tage)</translation>
    </message>
    <message numerus="yes">
        <source>Expiring in the next %n weeks</source>
        <translation>
            <numerusform>Läuft in der nächsten Woche ab</numerusform>
            <numerusform>Läuft in den nächsten %n Wochen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Week from today</source>
        <translation>Woche ab heute</translation>
    </message>
    <message>
        <source>Top scopes</source>
        <translation>Häufigste Berechtigungen</translation>
    </message>
    <message>
        <source>Top owners</source>
        <translation>Häufigste Besitzer</translation>
    </message>
    <message>
        <source>Expiring in the week of</source>
        <translation>Läuft ab in der Woche</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
</context>
<context>
    <name>TokenDesk::RotateDialog</name>
    <message>
        <source>Rotate token</source>
        <translation>Token rotieren</translation>
    </message>
    <message numerus="yes">
        <source>“%1” (%2) gets a successor with the same %n scope(s). Its secret is shown once; then “%1” is revoked, not deleted, so that whatever still uses it fails visibly and can be switched back, and its deletion is scheduled. Nothing is revoked before the successor exists.</source>
        <translation>
            <numerusform>„%1“ (%2) erhält einen Nachfolger mit derselben %n Berechtigung. Sein Geheimnis wird einmal angezeigt; dann wird „%1“ widerrufen, nicht gelöscht, damit alles, was es noch verwendet, sichtbar scheitert und zurückgestellt werden kann, und seine Löschung wird geplant. Nichts wird widerrufen, bevor der Nachfolger existiert.</numerusform>
            <numerusform>„%1“ (%2) erhält einen Nachfolger mit denselben %n Berechtigungen. Sein Geheimnis wird einmal angezeigt; dann wird „%1“ widerrufen, nicht gelöscht, damit alles, was es noch verwendet, sichtbar scheitert und zurückgestellt werden kann, und seine Löschung wird geplant. Nichts wird widerrufen, bevor der Nachfolger existiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no scopes)</source>
        <translation>(keine Berechtigungen)</translation>
    </message>
    <message>
        <source>Successor name</source>
        <translation>Name des Nachfolgers</translation>
    </message>
    <message>
        <source>The new token&apos;s name, proposed from the old one&apos;s</source>
        <translation>Der Name des neuen Tokens, vorgeschlagen nach dem des alten</translation>
    </message>
    <message>
        <source>Successor expires</source>
        <translation>Ablauf des Nachfolgers</translation>
    </message>
    <message>
        <source>When the successor stops working; the API cannot change it later</source>
        <translation>Wann der Nachfolger nicht mehr funktioniert; die API kann das später nicht ändern</translation>
    </message>
    <message>
        <source>Custom expiry value</source>
        <translation>Benutzerdefinierte Ablaufzeit (Wert)</translation>
    </message>
    <message>
        <source>How long the successor lives, in the unit beside it</source>
        <translation>Wie lange der Nachfolger gilt, in der Einheit daneben</translation>
    </message>
    <message>
        <source>Custom expiry unit</source>
        <translation>Benutzerdefinierte Ablaufzeit (Einheit)</translation>
    </message>
    <message>
        <source>Minutes, hours or days</source>
        <translation>Minuten, Stunden oder Tage</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Delete the old token after (days)</source>
        <translation>Altes Token löschen nach (Tagen)</translation>
    </message>
    <message>
        <source>Days between revoking the old token and its scheduled deletion</source>
        <translation>Tage zwischen dem Widerrufen des alten Tokens und seiner geplanten Löschung</translation>
    </message>
    <message>
        <source>The old token is listed under Tokens → Pending deletions until then; deleting it is a separate step you confirm</source>
        <translation>Das alte Token steht bis dahin unter Tokens → Ausstehende Löschungen; das Löschen ist ein eigener Schritt, den Sie bestätigen</translation>
    </message>
    <message>
        <source>The schedule is kept on this computer, for this connection profile: token IDs and dates only, never a secret. TokenDesk deletes nothing by itself.</source>
        <translation>Der Zeitplan wird auf diesem Computer für dieses Verbindungsprofil gespeichert: nur Token-IDs und Daten, nie ein Geheimnis. TokenDesk löscht nichts von sich aus.</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>Successor &amp;name:</source>
        <translation>&amp;Name des Nachfolgers:</translation>
    </message>
    <message>
        <source>Successor &amp;expires:</source>
        <translation>Nachfolger läuft &amp;ab:</translation>
    </message>
    <message>
        <source>&amp;Delete the old token after:</source>
        <translation>Altes Token &amp;löschen nach:</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotieren</translation>
    </message>
    <message>
        <source>This is the token TokenDesk connects with. Once you have stored the successor&apos;s secret, it replaces this token in the profile&apos;s keyring entry, the connection switches to it, and only then is this token revoked, through the successor.</source>
        <translation>Mit diesem Token ist TokenDesk verbunden. Sobald Sie das Geheimnis des Nachfolgers gespeichert haben, ersetzt es dieses Token im Schlüsselbund-Eintrag des Profils, die Verbindung wechselt zu ihm, und erst dann wird dieses Token widerrufen, über den Nachfolger.</translation>
    </message>
    <message>
        <source>Still needed: a name</source>
        <translation>Es fehlt noch: ein Name</translation>
    </message>
    <message>
        <source>The token in use can only be rotated when it has the scope %1: the connection needs it in the successor</source>
        <translation>Das verwendete Token lässt sich nur rotieren, wenn es die Berechtigung %1 hat: Die Verbindung braucht sie im Nachfolger</translation>
    </message>
    <message>
        <source>Create the successor (its secret is shown once), then revoke this token</source>
        <translation>Den Nachfolger erstellen (sein Geheimnis wird einmal angezeigt), dann dieses Token widerrufen</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Wird rotiert…</translation>
    </message>
</context>
<context>
    <name>TokenDesk::RotateJob</name>
    <message>
        <source>Nothing was changed: the old token is as it was, and no successor was created.</source>
        <translation>Nichts wurde geändert: Das alte Token ist unverändert, und kein Nachfolger wurde erstellt.</translation>
    </message>
    <message>
        <source>The successor “%1” exists (its secret was shown once); the old token “%2” is still active. Revoke it once the successor is in use to finish the rotation.</source>
        <translation>Der Nachfolger „%1“ existiert (sein Geheimnis wurde einmal gezeigt); das alte Token „%2“ ist noch aktiv. Widerrufen Sie es, sobald der Nachfolger verwendet wird, um die Rotation abzuschließen.</translation>
    </message>
    <message>
        <source>The successor “%1” exists; the old token “%2” is revoked, and its deletion is due on %3.</source>
        <translation>Der Nachfolger „%1“ existiert; das alte Token „%2“ ist widerrufen, und seine Löschung ist am %3 fällig.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::SavedViews</name>
    <message>
        <source>A view needs a name.</source>
        <translation>Eine Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>A view&apos;s name may be %1 characters long at most.</source>
        <translation>Der Name einer Ansicht darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A view&apos;s name cannot contain line breaks, tabs or other control characters.</source>
        <translation>Der Name einer Ansicht darf keine Zeilenumbrüche, Tabulatoren oder anderen Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A view&apos;s name cannot contain a token secret.</source>
        <translation>Der Name einer Ansicht darf kein Token-Geheimnis enthalten.</translation>
    </message>
    <message>
        <source>The quick filter or the owner filter holds a token secret; a view that keeps it is not saved. Clear the field first.</source>
        <translation>Der Schnellfilter oder der Besitzerfilter enthält ein Token-Geheimnis; eine Ansicht, die es behielte, wird nicht gespeichert. Leeren Sie zuerst das Feld.</translation>
    </message>
    <message>
        <source>There is no view named “%1”.</source>
        <translation>Es gibt keine Ansicht namens „%1“.</translation>
    </message>
    <message>
        <source>There is a view named “%1” already.</source>
        <translation>Es gibt bereits eine Ansicht namens „%1“.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ScopeCatalog</name>
    <message>
        <source>Diagnostic export</source>
        <translation>Diagnoseexport</translation>
    </message>
    <message>
        <source>Export diagnostic data (support archives) from the cluster.</source>
        <translation>Diagnosedaten (Support-Archive) aus dem Cluster exportieren.</translation>
    </message>
    <message>
        <source>Control management</source>
        <translation>Steuerungsverwaltung</translation>
    </message>
    <message>
        <source>Cluster control operations: backup, bootstrap files, remote access.</source>
        <translation>Steuerungsoperationen des Clusters: Sicherung, Bootstrap-Dateien, Fernzugriff.</translation>
    </message>
    <message>
        <source>Unattended install</source>
        <translation>Unbeaufsichtigte Installation</translation>
    </message>
    <message>
        <source>Install cluster nodes unattended (bootstrap management).</source>
        <translation>Cluster-Knoten unbeaufsichtigt installieren (Bootstrap-Verwaltung).</translation>
    </message>
    <message>
        <source>Service Provider API</source>
        <translation>Service-Provider-API</translation>
    </message>
    <message>
        <source>Cluster Management API: environments, licenses, network zones, ActiveGates, users.</source>
        <translation>Cluster-Management-API: Umgebungen, Lizenzen, Netzwerkzonen, ActiveGates, Benutzer.</translation>
    </message>
    <message>
        <source>External synthetic integration</source>
        <translation>Externe Synthetic-Integration</translation>
    </message>
    <message>
        <source>Create and read synthetic monitors, locations and nodes.</source>
        <translation>Synthetic-Monitore, -Standorte und -Knoten erstellen und lesen.</translation>
    </message>
    <message>
        <source>Cluster token management</source>
        <translation>Cluster-Token-Verwaltung</translation>
    </message>
    <message>
        <source>Use the Tokens API: list, create, change and delete cluster tokens.</source>
        <translation>Die Tokens-API nutzen: Cluster-Tokens auflisten, erstellen, ändern und löschen.</translation>
    </message>
    <message>
        <source>Read synthetic data</source>
        <translation>Synthetic-Daten lesen</translation>
    </message>
    <message>
        <source>Read synthetic monitors, locations and nodes.</source>
        <translation>Synthetic-Monitore, -Standorte und -Knoten lesen.</translation>
    </message>
    <message>
        <source>Nodekeeper</source>
        <translation>Nodekeeper</translation>
    </message>
    <message>
        <source>Node management through Nodekeeper: cluster and node configuration, backup.</source>
        <translation>Knotenverwaltung über Nodekeeper: Cluster- und Knotenkonfiguration, Sicherung.</translation>
    </message>
    <message>
        <source>Environment token management</source>
        <translation>Umgebungs-Token-Verwaltung</translation>
    </message>
    <message>
        <source>Create token-management tokens for existing environments.</source>
        <translation>Token-Verwaltungs-Tokens für bestehende Umgebungen erstellen.</translation>
    </message>
    <message>
        <source>Read ActiveGate tokens</source>
        <translation>ActiveGate-Tokens lesen</translation>
    </message>
    <message>
        <source>Read ActiveGate tokens.</source>
        <translation>ActiveGate-Tokens lesen.</translation>
    </message>
    <message>
        <source>Create ActiveGate tokens</source>
        <translation>ActiveGate-Tokens erstellen</translation>
    </message>
    <message>
        <source>Create ActiveGate tokens.</source>
        <translation>ActiveGate-Tokens erstellen.</translation>
    </message>
    <message>
        <source>Write ActiveGate tokens</source>
        <translation>ActiveGate-Tokens schreiben</translation>
    </message>
    <message>
        <source>Change and revoke ActiveGate tokens.</source>
        <translation>ActiveGate-Tokens ändern und widerrufen.</translation>
    </message>
    <message>
        <source>Read settings</source>
        <translation>Einstellungen lesen</translation>
    </message>
    <message>
        <source>Read objects and schemas of the Settings API.</source>
        <translation>Objekte und Schemas der Settings-API lesen.</translation>
    </message>
    <message>
        <source>Write settings</source>
        <translation>Einstellungen schreiben</translation>
    </message>
    <message>
        <source>Create, change and delete objects of the Settings API.</source>
        <translation>Objekte der Settings-API erstellen, ändern und löschen.</translation>
    </message>
    <message>
        <source>Read API tokens</source>
        <translation>API-Tokens lesen</translation>
    </message>
    <message>
        <source>Read API tokens.</source>
        <translation>API-Tokens lesen.</translation>
    </message>
    <message>
        <source>Write API tokens</source>
        <translation>API-Tokens schreiben</translation>
    </message>
    <message>
        <source>Create and change API tokens.</source>
        <translation>API-Tokens erstellen und ändern.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::ScopePicker</name>
    <message>
        <source>Search scopes…</source>
        <translation>Berechtigungen suchen…</translation>
    </message>
    <message>
        <source>Search scopes</source>
        <translation>Berechtigungen suchen</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Not in the documented list of cluster-token scopes</source>
        <translation>Nicht in der dokumentierten Liste der Cluster-Token-Berechtigungen</translation>
    </message>
    <message>
        <source>Add “%1” (not a documented scope)</source>
        <translation>„%1“ hinzufügen (keine dokumentierte Berechtigung)</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the scopes the token grants; each says what it allows</source>
        <translation>Haken Sie die Berechtigungen an, die das Token gewährt; jede sagt, was sie erlaubt</translation>
    </message>
</context>
<context>
    <name>TokenDesk::SecretDialog</name>
    <message>
        <source>New token secret</source>
        <translation>Geheimnis des neuen Tokens</translation>
    </message>
    <message>
        <source>Tick “I have stored this token” first</source>
        <translation>Haken Sie zuerst „Ich habe dieses Token gespeichert“ an</translation>
    </message>
    <message>
        <source>Copy the secret; the clipboard is cleared after a while and skipped by clipboard history</source>
        <translation>Das Geheimnis kopieren; die Zwischenablage wird nach einer Weile geleert und vom Zwischenablage-Verlauf übergangen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard clears in %n s.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n s geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n s geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>The clipboard no longer holds the secret.</source>
        <translation>Die Zwischenablage enthält das Geheimnis nicht mehr.</translation>
    </message>
    <message>
        <source>Close without storing?</source>
        <translation>Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>The secret cannot be shown again. If you have not stored it, the token is useless and has to be deleted and created anew.

Close without storing it?</source>
        <translation>Das Geheimnis kann nicht erneut angezeigt werden. Wenn Sie es nicht gespeichert haben, ist das Token nutzlos und muss gelöscht und neu erstellt werden.

Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Geöffnet lassen</translation>
    </message>
    <message>
        <source>Close without storing</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenColumns</name>
    <message>
        <source>Valid columns: %1.</source>
        <translation>Gültige Spalten: %1.</translation>
    </message>
    <message>
        <source>Empty column name.</source>
        <translation>Leerer Spaltenname.</translation>
    </message>
    <message>
        <source>Unknown column “%1”.</source>
        <translation>Unbekannte Spalte „%1“.</translation>
    </message>
    <message>
        <source>Column “%1” is listed twice.</source>
        <translation>Die Spalte „%1“ ist doppelt aufgeführt.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenFormat</name>
    <message>
        <source>%1.&lt;%2 characters&gt;.&lt;%3 characters&gt;</source>
        <translation>%1.&lt;%2 Zeichen&gt;.&lt;%3 Zeichen&gt;</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenInUse</name>
    <message>
        <source>The token this connection uses cannot be changed or deleted through itself.</source>
        <translation>Das Token dieser Verbindung kann nicht über sich selbst geändert oder gelöscht werden.</translation>
    </message>
    <message>
        <source>This is the token TokenDesk is connected with. The cluster does not let a token change or delete itself; connect with another token to do this.</source>
        <translation>Mit diesem Token ist TokenDesk verbunden. Der Cluster lässt ein Token sich nicht selbst ändern oder löschen; verbinden Sie sich dafür mit einem anderen Token.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenItemDelegate</name>
    <message>
        <source>%1 (this connection)</source>
        <translation>%1 (diese Verbindung)</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenOperations</name>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Neues Token…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Look up by secret…</source>
        <translation>Anhand des &amp;Geheimnisses nachschlagen…</translation>
    </message>
    <message>
        <source>Create a token (Ctrl+N); its secret is shown once</source>
        <translation>Ein Token erstellen (Strg+N); sein Geheimnis wird einmal angezeigt</translation>
    </message>
    <message>
        <source>Find the token a secret belongs to (Ctrl+L)</source>
        <translation>Das Token finden, zu dem ein Geheimnis gehört (Strg+L)</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Geheimnis nachschlagen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>The token&apos;s details are still loading</source>
        <translation>Die Details des Tokens werden noch geladen</translation>
    </message>
    <message>
        <source>Rename the token, change its scopes (F2)</source>
        <translation>Das Token umbenennen, seine Berechtigungen ändern (F2)</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;activate %n</source>
        <translation>
            <numerusform>%n &amp;reaktivieren</numerusform>
            <numerusform>%n &amp;reaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;voke %n</source>
        <translation>
            <numerusform>%n &amp;widerrufen</numerusform>
            <numerusform>%n &amp;widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable the token; it stays listed and can be reactivated</source>
        <translation>Das Token deaktivieren; es bleibt gelistet und lässt sich reaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n…</source>
        <translation>
            <numerusform>%n &amp;löschen…</numerusform>
            <numerusform>%n &amp;löschen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the token for good (Del)</source>
        <translation>Das Token endgültig löschen (Entf)</translation>
    </message>
    <message>
        <source>This token is not in the loaded list: the list&apos;s filters (owner, scopes, last used, limit) leave it out.</source>
        <translation>Dieses Token ist nicht in der geladenen Liste: Die Filter der Liste (Besitzer, Berechtigungen, zuletzt verwendet, Höchstzahl) lassen es weg.</translation>
    </message>
    <message>
        <source>The token is in the list but hidden by the quick filter or the status filter; clear them to see it.</source>
        <translation>Das Token ist in der Liste, wird aber vom Schnellfilter oder Statusfilter ausgeblendet; leeren Sie diese, um es zu sehen.</translation>
    </message>
    <message>
        <source>The token was created, but its details could not be loaded: %1</source>
        <translation>Das Token wurde erstellt, aber seine Details konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Token “%1” was created. %2</source>
        <translation>Token „%1“ wurde erstellt. %2</translation>
    </message>
    <message>
        <source>Revoke “%1” (%2)? Anything using it stops working at once. It can be reactivated later.</source>
        <translation>„%1“ (%2) widerrufen? Alles, was es verwendet, funktioniert sofort nicht mehr. Es lässt sich später reaktivieren.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens? Anything using them stops working at once. They can be reactivated later.</source>
        <translation>
            <numerusform>%n Token widerrufen? Alles, was es verwendet, funktioniert sofort nicht mehr. Es lässt sich später reaktivieren.</numerusform>
            <numerusform>%n Tokens widerrufen? Alles, was sie verwendet, funktioniert sofort nicht mehr. Sie lassen sich später reaktivieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n</source>
        <translation>
            <numerusform>%n widerrufen</numerusform>
            <numerusform>%n widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tokens failed; see the result list.</source>
        <translation>Bei %1 von %2 Tokens fehlgeschlagen; siehe Ergebnisliste.</translation>
    </message>
    <message>
        <source>Selected in the table.</source>
        <translation>In der Tabelle ausgewählt.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>the limit of %1 tokens</source>
        <translation>die Höchstzahl von %1 Tokens</translation>
    </message>
    <message>
        <source>This token is not in the loaded list: %1 leaves it out.</source>
        <translation>Dieses Token ist nicht in der geladenen Liste: %1 lässt es weg.</translation>
    </message>
    <message>
        <source>This token is not in the loaded list: %1 leave it out.</source>
        <translation>Dieses Token ist nicht in der geladenen Liste: %1 lassen es weg.</translation>
    </message>
    <message>
        <source>This token is not in the loaded list: it was probably created after the list was loaded.</source>
        <translation>Dieses Token ist nicht in der geladenen Liste: Es wurde wahrscheinlich erst nach dem Laden der Liste erstellt.</translation>
    </message>
    <message>
        <source>Reload to load it.</source>
        <translation>Laden Sie die Liste neu, um es zu laden.</translation>
    </message>
    <message>
        <source>Clear them and reload to load it.</source>
        <translation>Leeren Sie diese und laden Sie die Liste neu, um es zu laden.</translation>
    </message>
    <message>
        <source>the quick filter “%1” was cleared</source>
        <translation>Schnellfilter „%1“ geleert</translation>
    </message>
    <message>
        <source>the status filter was set to All</source>
        <translation>Statusfilter auf „Alle“ gesetzt</translation>
    </message>
    <message>
        <source>the “never used” filter was turned off</source>
        <translation>Filter „Nie verwendet“ ausgeschaltet</translation>
    </message>
    <message>
        <source>Selected in the table; to show it, %1.</source>
        <translation>In der Tabelle ausgewählt; damit es sichtbar ist: %1.</translation>
    </message>
    <message>
        <source>The token is not in the list even without the filters: it may have been deleted meanwhile.</source>
        <translation>Das Token ist auch ohne die Filter nicht in der Liste: Es wurde womöglich inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>Loading the list again without the filters that left this token out…</source>
        <translation>Die Liste wird ohne die Filter neu geladen, die dieses Token weggelassen haben…</translation>
    </message>
    <message>
        <source>The list could not be loaded; the main window says why.</source>
        <translation>Die Liste konnte nicht geladen werden; das Hauptfenster nennt den Grund.</translation>
    </message>
    <message>
        <source>the audit view “%1” was set back to all tokens</source>
        <translation>die Prüfansicht „%1“ wurde auf alle Tokens zurückgesetzt</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>R&amp;otieren…</translation>
    </message>
    <message>
        <source>&amp;Pending deletions…</source>
        <translation>&amp;Ausstehende Löschungen…</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Revoked tokens whose deletion a rotation scheduled (Ctrl+Shift+D)</source>
        <translation>Widerrufene Tokens, deren Löschung eine Rotation geplant hat (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Select one token to rotate it</source>
        <translation>Wählen Sie ein Token aus, um es zu rotieren</translation>
    </message>
    <message>
        <source>Replace the token: a successor with the same scopes, its secret shown once, then the old one revoked (Ctrl+Shift+T)</source>
        <translation>Das Token ersetzen: ein Nachfolger mit denselben Berechtigungen, dessen Geheimnis einmal angezeigt wird, dann wird das alte widerrufen (Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>Connect to a cluster first</source>
        <translation>Verbinden Sie sich zuerst mit einem Cluster</translation>
    </message>
    <message>
        <source>A rotation is under way</source>
        <translation>Eine Rotation läuft</translation>
    </message>
    <message>
        <source>The token is revoked: nothing uses it to hand over to a successor</source>
        <translation>Das Token ist widerrufen: Nichts verwendet es, das an einen Nachfolger übergeben werden könnte</translation>
    </message>
    <message>
        <source>The rotation failed: %1 %2</source>
        <translation>Die Rotation ist fehlgeschlagen: %1 %2</translation>
    </message>
    <message>
        <source>Rotated. %1 It is listed under Tokens → Pending deletions.</source>
        <translation>Rotiert. %1 Es steht unter Tokens → Ausstehende Löschungen.</translation>
    </message>
    <message>
        <source>The old token could not be revoked: %1</source>
        <translation>Das alte Token konnte nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <source>The rotation was interrupted before the old token was revoked.</source>
        <translation>Die Rotation wurde unterbrochen, bevor das alte Token widerrufen wurde.</translation>
    </message>
    <message>
        <source>Revoke the old token now</source>
        <translation>Altes Token jetzt widerrufen</translation>
    </message>
    <message>
        <source>Revokes the old token and schedules its deletion, which finishes the rotation</source>
        <translation>Widerruft das alte Token und plant seine Löschung; damit ist die Rotation abgeschlossen</translation>
    </message>
    <message>
        <source>The old token “%1” (%2) could not be revoked: %3 It is still active; the successor exists.</source>
        <translation>Das alte Token „%1“ (%2) konnte nicht widerrufen werden: %3 Es ist noch aktiv; der Nachfolger existiert.</translation>
    </message>
    <message>
        <source>The rotation is finished: the old token “%1” is revoked, and its deletion is due on %2. It is listed under Tokens → Pending deletions.</source>
        <translation>Die Rotation ist abgeschlossen: Das alte Token „%1“ ist widerrufen, und seine Löschung ist am %2 fällig. Es steht unter Tokens → Ausstehende Löschungen.</translation>
    </message>
    <message>
        <source>The successor “%1” exists (its secret was shown once), but TokenDesk could not switch to it: %2 The connection still uses “%3”, which is still active. Enter the successor&apos;s secret in Connections, then revoke “%3”.</source>
        <translation>Der Nachfolger „%1“ existiert (sein Geheimnis wurde einmal gezeigt), aber TokenDesk konnte nicht zu ihm wechseln: %2 Die Verbindung verwendet weiterhin „%3“, das noch aktiv ist. Geben Sie das Geheimnis des Nachfolgers unter Verbindungen ein und widerrufen Sie dann „%3“.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Active again: deleting it would break what uses it</source>
        <translation>Wieder aktiv: Das Löschen würde stören, was es verwendet</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) revoked.</source>
        <translation>
            <numerusform>%n Token widerrufen.</numerusform>
            <numerusform>%n Tokens widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 deletions failed; they stay scheduled. The first failure: %3</source>
        <translation>%1 von %2 Löschungen sind fehlgeschlagen; sie bleiben geplant. Der erste Fehlschlag: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) deleted.</source>
        <translation>
            <numerusform>%n Token gelöscht.</numerusform>
            <numerusform>%n Tokens gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The deletion of %n token(s) revoked by a rotation is due.</source>
        <translation>
            <numerusform>Die Löschung von %n durch eine Rotation widerrufenen Token ist fällig.</numerusform>
            <numerusform>Die Löschung von %n durch eine Rotation widerrufenen Tokens ist fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Opens Pending deletions, where the due ones can be deleted</source>
        <translation>Öffnet „Ausstehende Löschungen“, wo die fälligen gelöscht werden können</translation>
    </message>
    <message>
        <source>Change &amp;scopes…</source>
        <translation>Be&amp;rechtigungen ändern…</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message numerus="yes">
        <source>Change &amp;scopes of %n…</source>
        <translation>
            <numerusform>Be&amp;rechtigungen von %n ändern…</numerusform>
            <numerusform>Be&amp;rechtigungen von %n ändern…</numerusform>
        </translation>
    </message>
    <message>
        <source>Add or remove scopes on the selected tokens, with a preview of what changes for each (Shift+F2)</source>
        <translation>Berechtigungen der ausgewählten Tokens hinzufügen oder entfernen, mit einer Vorschau dessen, was sich für jedes ändert (Umschalt+F2)</translation>
    </message>
    <message>
        <source>No profile is saved: add your clusters in Connections first.</source>
        <translation>Es ist kein Profil gespeichert: Legen Sie Ihre Cluster zuerst unter Verbindungen an.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenTableModel</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 T.</translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation>in %1 T.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Details not loaded yet</source>
        <translation>Details noch nicht geladen</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
    <message>
        <source>No creation date</source>
        <translation>Kein Erstellungsdatum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Persönliches Zugriffstoken</translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokensService</name>
    <message>
        <source>Enter the cluster address, e.g. https://cluster.example.com</source>
        <translation>Geben Sie die Adresse des Clusters ein, z. B. https://cluster.example.com</translation>
    </message>
    <message>
        <source>Not a valid address: %1</source>
        <translation>Keine gültige Adresse: %1</translation>
    </message>
    <message>
        <source>Unsupported scheme &quot;%1&quot;: use https:// (or http:// for a local test cluster)</source>
        <translation>Nicht unterstütztes Schema „%1“: Verwenden Sie https:// (oder http:// für einen lokalen Test-Cluster)</translation>
    </message>
    <message>
        <source>The address has no host name</source>
        <translation>Die Adresse hat keinen Hostnamen</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password; the API token is entered separately</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten; das API-Token wird separat eingegeben</translation>
    </message>
    <message>
        <source>The address must not contain a query (&quot;?…&quot;)</source>
        <translation>Die Adresse darf keine Abfrage („?…“) enthalten</translation>
    </message>
    <message>
        <source>The address must not contain a fragment (&quot;#…&quot;)</source>
        <translation>Die Adresse darf kein Fragment („#…“) enthalten</translation>
    </message>
    <message>
        <source>Unexpected path &quot;%1&quot;: give the cluster address (https://host) or the API base (https://host/api/cluster/v2)</source>
        <translation>Unerwarteter Pfad „%1“: Geben Sie die Adresse des Clusters (https://host) oder die API-Basis (https://host/api/cluster/v2) an</translation>
    </message>
    <message>
        <source>The pinned certificate fingerprint is not a SHA-256 hex digest</source>
        <translation>Der hinterlegte Zertifikat-Fingerabdruck ist kein hexadezimaler SHA-256-Wert</translation>
    </message>
    <message>
        <source>No valid cluster address is set</source>
        <translation>Es ist keine gültige Cluster-Adresse eingestellt</translation>
    </message>
    <message>
        <source>No API token is set</source>
        <translation>Es ist kein API-Token eingestellt</translation>
    </message>
    <message>
        <source>List tokens</source>
        <translation>Tokens auflisten</translation>
    </message>
    <message>
        <source>Get token</source>
        <translation>Token abrufen</translation>
    </message>
    <message>
        <source>Look up token</source>
        <translation>Token nachschlagen</translation>
    </message>
    <message>
        <source>Create token</source>
        <translation>Token erstellen</translation>
    </message>
    <message>
        <source>Update token</source>
        <translation>Token ändern</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation>Token löschen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>the API token was not accepted (missing, unknown, revoked or expired)</source>
        <translation>das API-Token wurde nicht angenommen (fehlt, unbekannt, widerrufen oder abgelaufen)</translation>
    </message>
    <message>
        <source>the API token lacks the required scope (ClusterTokenManagement)</source>
        <translation>dem API-Token fehlt die nötige Berechtigung (ClusterTokenManagement)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>too many requests; try again later</source>
        <translation>zu viele Anfragen; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the cluster is being upgraded; try again later</source>
        <translation>der Cluster wird gerade aktualisiert; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate</source>
        <translation>Die CA-Datei „%1“ enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>The API token contains characters that cannot be sent (spaces, line breaks or non-ASCII)</source>
        <translation>Das API-Token enthält Zeichen, die sich nicht senden lassen (Leerzeichen, Zeilenumbrüche oder Nicht-ASCII-Zeichen)</translation>
    </message>
    <message>
        <source>no complete response within %1</source>
        <translation>keine vollständige Antwort innerhalb von %1</translation>
    </message>
    <message>
        <source>the response body (%1) exceeds the limit of %2</source>
        <translation>der Antworttext (%1) überschreitet die Grenze von %2</translation>
    </message>
    <message>
        <source>expected JSON, got %1</source>
        <translation>JSON erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>the body is not a JSON object (it starts with byte 0x%1)</source>
        <translation>der Antworttext ist kein JSON-Objekt (er beginnt mit dem Byte 0x%1)</translation>
    </message>
    <message>
        <source>the response body exceeds the limit of %1</source>
        <translation>der Antworttext überschreitet die Grenze von %1</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>Verbindung von %1 abgelehnt</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>the server closed the connection before the response was complete</source>
        <translation>der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>no data for %1</source>
        <translation>seit %1 keine Daten</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the response was cut short (%1 of %2 bytes)</source>
        <translation>die Antwort wurde abgeschnitten (%1 von %2 Byte)</translation>
    </message>
    <message>
        <source>the server redirects to %1; redirects are not followed (check the cluster address)</source>
        <translation>der Server leitet auf %1 um; TokenDesk folgt keinen Umleitungen (prüfen Sie die Adresse des Clusters)</translation>
    </message>
    <message>
        <source>empty response body (expected %1)</source>
        <translation>leerer Antworttext (%1 erwartet)</translation>
    </message>
    <message>
        <source>malformed %1: %2</source>
        <translation>fehlerhaftes %1: %2</translation>
    </message>
    <message>
        <source>the &quot;last used from&quot; time is after the &quot;to&quot; time</source>
        <translation>der Zeitpunkt „zuletzt verwendet ab“ liegt nach dem Zeitpunkt „bis“</translation>
    </message>
    <message>
        <source>no valid token id given</source>
        <translation>keine gültige Token-ID angegeben</translation>
    </message>
    <message>
        <source>no token given</source>
        <translation>kein Token angegeben</translation>
    </message>
    <message>
        <source>unexpected success status (expected 201)</source>
        <translation>unerwarteter Erfolgsstatus (201 erwartet)</translation>
    </message>
    <message>
        <source>the created token is empty</source>
        <translation>das erstellte Token ist leer</translation>
    </message>
    <message>
        <source>a token needs at least one scope</source>
        <translation>ein Token braucht mindestens eine Berechtigung</translation>
    </message>
    <message>
        <source>the limit must be between 1 and %L1 (got %2)</source>
        <translation>die Höchstzahl muss zwischen 1 und %L1 liegen (erhalten: %2)</translation>
    </message>
</context>
<context>
    <name>TokenDesk::Transport</name>
    <message>
        <source>an unknown date</source>
        <translation>unbekanntes Datum</translation>
    </message>
    <message>
        <source>Refusing to send the API token in clear to %1: plain http is allowed without asking only for this computer (localhost, 127.0.0.1, ::1). Use https://, or allow unencrypted http explicitly.</source>
        <translation>Das API-Token wird nicht im Klartext an %1 gesendet: Unverschlüsseltes http ist ohne Nachfrage nur für diesen Computer erlaubt (localhost, 127.0.0.1, ::1). Verwenden Sie https:// oder erlauben Sie unverschlüsseltes http ausdrücklich.</translation>
    </message>
    <message>
        <source>Unencrypted connection to %1: the API token and every token&apos;s data travel in clear, readable by anyone on the network path.</source>
        <translation>Unverschlüsselte Verbindung zu %1: Das API-Token und die Daten jedes Tokens werden im Klartext übertragen, lesbar für jeden auf dem Netzwerkweg.</translation>
    </message>
</context>
<context>
    <name>TokenDesk::Transport::TlsDiagnosis</name>
    <message>
        <source>it is self-signed: no certificate authority vouches for it</source>
        <translation>es ist selbstsigniert, keine Zertifizierungsstelle bürgt dafür</translation>
    </message>
    <message>
        <source>it is issued by an authority this system does not trust</source>
        <translation>es ist von einer Zertifizierungsstelle ausgestellt, der dieses System nicht vertraut</translation>
    </message>
    <message>
        <source>it is issued by “%1”, an authority this system does not trust</source>
        <translation>es ist von „%1“ ausgestellt, einer Zertifizierungsstelle, der dieses System nicht vertraut</translation>
    </message>
    <message>
        <source>it names no host, so it is not valid for %1 (host name mismatch)</source>
        <translation>es nennt keinen Host und gilt daher nicht für %1 (Hostname passt nicht)</translation>
    </message>
    <message>
        <source>it is valid for %1, not for %2 (host name mismatch)</source>
        <translation>es gilt für %1, nicht für %2 (Hostname passt nicht)</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>es ist abgelaufen (Ablaufdatum: %1)</translation>
    </message>
    <message>
        <source>it is not valid before %1 (check this computer&apos;s clock)</source>
        <translation>es ist noch nicht gültig (gültig ab: %1; prüfen Sie die Uhr dieses Computers)</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>es wurde widerrufen</translation>
    </message>
    <message>
        <source>it is not the certificate trusted for this profile (its fingerprint changed)</source>
        <translation>es ist nicht das Zertifikat, dem dieses Profil vertraut (sein Fingerabdruck hat sich geändert)</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, search, create, change, look up, delete and export the API tokens of Dynatrace Managed clusters.</source>
        <translation>Die API-Tokens von Dynatrace-Managed-Clustern durchsuchen, erstellen, ändern, nachschlagen, löschen und exportieren.</translation>
    </message>
    <message>
        <source>Start the embedded demo cluster and connect to it.</source>
        <translation>Den eingebauten Demo-Cluster starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <source>Tokens seeded in the demo cluster.</source>
        <translation>Anzahl der Tokens im Demo-Cluster.</translation>
    </message>
    <message>
        <source>Connect to this saved profile.</source>
        <translation>Mit diesem gespeicherten Profil verbinden.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the list and details are loaded, then quit (documentation).</source>
        <translation>Ein Bild des Fensters in FILE speichern, sobald Liste und Details geladen sind, dann beenden (Dokumentation).</translation>
    </message>
    <message>
        <source>Log every request (never a secret).</source>
        <translation>Jede Anfrage protokollieren (nie ein Geheimnis).</translation>
    </message>
    <message>
        <source>Use this language (for example de or en) instead of the system&apos;s.</source>
        <translation>Diese Sprache (zum Beispiel de oder en) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>--demo-tokens takes a number from 1 to %1</source>
        <translation>--demo-tokens erwartet eine Zahl von 1 bis %1</translation>
    </message>
</context>
</TS>
