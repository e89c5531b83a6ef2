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
        <source>A name or owner starting with = + - @ gets a leading &apos; so that a spreadsheet shows it as text instead of running it.</source>
        <translation>Ein Name oder Besitzer, der mit = + - @ beginnt, erhält ein vorangestelltes &apos;, damit eine Tabellenkalkulation ihn als Text zeigt, statt ihn auszuführen.</translation>
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
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <source>Look up a token by its secret</source>
        <translation>Token anhand seines Geheimnisses suchen</translation>
    </message>
    <message>
        <source>Paste a token secret (dt0c01.… or an old-format token). It is sent only to the cluster, never stored, and cleared when this dialog closes.</source>
        <translation>Fügen Sie ein Token-Geheimnis ein (dt0c01.… oder ein Token im alten Format). Es wird nur an den Cluster gesendet, nie gespeichert und beim Schließen dieses Dialogs gelöscht.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Suchen</translation>
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
        <source>This is the token TokenDesk is connected with. The cluster does not let a token change or delete itself; connect with another token to do this.</source>
        <translation>Mit diesem Token ist TokenDesk verbunden. Der Cluster lässt ein Token sich nicht selbst ändern oder löschen; verbinden Sie sich dafür mit einem anderen Token.</translation>
    </message>
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
</context>
<context>
    <name>TokenDesk::BulkOperation</name>
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
    <message>
        <source>not sent: cancelled</source>
        <translation>nicht gesendet: abgebrochen</translation>
    </message>
    <message>
        <source>was already gone (HTTP 404)</source>
        <translation>war schon weg (HTTP 404)</translation>
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
</context>
<context>
    <name>TokenDesk::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>The certificate of &quot;%1&quot; has CHANGED since you trusted it. If you did not expect this, someone may be intercepting the connection.</source>
        <translation>Das Zertifikat von „%1“ hat sich GEÄNDERT, seit Sie ihm vertraut haben. Wenn Sie das nicht erwartet haben, fängt womöglich jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>The cluster of &quot;%1&quot; presents a certificate your system does not trust. Check its fingerprint with your cluster administrator before you trust it.</source>
        <translation>Der Cluster von „%1“ legt ein Zertifikat vor, dem Ihr System nicht vertraut. Prüfen Sie seinen Fingerabdruck mit Ihrer Cluster-Administration, bevor Sie ihm vertrauen.</translation>
    </message>
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
        <source>dt0c01.…</source>
        <translation>dt0c01.…</translation>
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
        <source>The cluster created this token itself (e.g. InstallerDownload, Mobile). Deleting it may break the feature that still uses it.</source>
        <translation>Der Cluster hat dieses Token selbst erstellt (z. B. InstallerDownload, Mobile). Das Löschen kann die Funktion stören, die es noch verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them were created by the cluster itself (e.g. InstallerDownload, Mobile). Deleting them may break the features that still use them.</source>
        <translation>
            <numerusform>%n davon wurde vom Cluster selbst erstellt (z. B. InstallerDownload, Mobile). Das Löschen kann die Funktion stören, die es noch verwendet.</numerusform>
            <numerusform>%n davon wurden vom Cluster selbst erstellt (z. B. InstallerDownload, Mobile). Das Löschen kann die Funktionen stören, die sie noch verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was used in the last 7 days: something still relies on it.</source>
        <translation>Es wurde in den letzten 7 Tagen verwendet: Etwas verlässt sich noch darauf.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them were used in the last 7 days: something still relies on them.</source>
        <translation>
            <numerusform>%n davon wurde in den letzten 7 Tagen verwendet: Etwas verlässt sich noch darauf.</numerusform>
            <numerusform>%n davon wurden in den letzten 7 Tagen verwendet: Etwas verlässt sich noch darauf.</numerusform>
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
        <source>⚿ The token this connection uses</source>
        <translation>⚿ Das Token dieser Verbindung</translation>
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
        <source>⌛ Expired</source>
        <translation>⌛ Abgelaufen</translation>
    </message>
    <message>
        <source>⚠ Expires within 30 days</source>
        <translation>⚠ Läuft innerhalb von 30 Tagen ab</translation>
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
        <source>The token this connection uses cannot be changed through itself.</source>
        <translation>Das Token dieser Verbindung kann nicht über sich selbst geändert werden.</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>The token this connection uses cannot be revoked through itself.</source>
        <translation>Das Token dieser Verbindung kann nicht über sich selbst widerrufen werden.</translation>
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
        <source>Loading the details of %1 tokens…</source>
        <translation>Die Details von %1 Tokens werden geladen…</translation>
    </message>
    <message>
        <source>Applying the table&apos;s filter and sort…</source>
        <translation>Filter und Sortierung der Tabelle werden angewendet…</translation>
    </message>
    <message>
        <source>Writing %1 rows to “%2”…</source>
        <translation>%1 Zeilen werden nach „%2“ geschrieben…</translation>
    </message>
    <message>
        <source>Exported 1 row to “%1”.</source>
        <translation>1 Zeile nach „%1“ exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 rows to “%2”.</source>
        <translation>%1 Zeilen nach „%2“ exportiert.</translation>
    </message>
    <message>
        <source>%1 of them have no details: their detail cells are empty.</source>
        <translation>%1 davon haben keine Details: Ihre Detailzellen sind leer.</translation>
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
        <source>Loading the details of 1 token…</source>
        <translation>Die Details von 1 Token werden geladen…</translation>
    </message>
    <message>
        <source>The table was closed during the export; nothing was written.</source>
        <translation>Die Tabelle wurde während des Exports geschlossen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>1 of them has no details: its detail cells are empty.</source>
        <translation>1 davon hat keine Details: Seine Detailzellen sind leer.</translation>
    </message>
    <message>
        <source>The details of 1 token could not be loaded (deleted meanwhile, or refused).</source>
        <translation>Die Details von 1 Token konnten nicht geladen werden (inzwischen gelöscht oder verweigert).</translation>
    </message>
    <message>
        <source>The details of %1 tokens could not be loaded (deleted meanwhile, or refused).</source>
        <translation>Die Details von %1 Tokens konnten nicht geladen werden (inzwischen gelöscht oder verweigert).</translation>
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
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>; %1 without details</source>
        <translation>; %1 ohne Details</translation>
    </message>
    <message>
        <source>%1 of the %2 rows have no details loaded yet: their cells other than Name and ID would be empty.</source>
        <translation>Für %1 der %2 Zeilen sind noch keine Details geladen: Ihre Zellen außer Name und ID wären leer.</translation>
    </message>
    <message>
        <source>&amp;Load them first (1 request to the cluster)</source>
        <translation>Zuerst &amp;laden (1 Anfrage an den Cluster)</translation>
    </message>
    <message>
        <source>&amp;Load them first (%1 requests to the cluster)</source>
        <translation>Zuerst &amp;laden (%1 Anfragen an den Cluster)</translation>
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
        <source>The most tokens the server returns (1 to 1,000,000)</source>
        <translation>Höchstens so viele Tokens liefert der Server (1 bis 1.000.000)</translation>
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
</context>
<context>
    <name>TokenDesk::KeychainSecretStore</name>
    <message>
        <source>stored in the system keyring</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
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
        <source>✗ Not a token secret: expected dt0c01.&lt;24 characters&gt;.&lt;64 characters&gt; or an old-format token.</source>
        <translation>✗ Kein Token-Geheimnis: erwartet wird dt0c01.&lt;24 Zeichen&gt;.&lt;64 Zeichen&gt; oder ein Token im alten Format.</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Suchen</translation>
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
        <source>TokenDesk — DEMO (%1)</source>
        <translation>TokenDesk — DEMO (%1)</translation>
    </message>
    <message>
        <source>TokenDesk — %1</source>
        <translation>TokenDesk — %1</translation>
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
        <source>No API token is available for &quot;%1&quot;: %2 — enter it in Connections.</source>
        <translation>Für „%1“ ist kein API-Token verfügbar: %2 — geben Sie es unter Verbindungen ein.</translation>
    </message>
    <message>
        <source>The API token is kept in the system keyring, never in a file.</source>
        <translation>Das API-Token liegt im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
    <message>
        <source>No system keyring is available (%1). The API token of &quot;%2&quot; is kept for this session only and must be entered again next time.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1). Das API-Token von „%2“ wird nur für diese Sitzung behalten und muss beim nächsten Mal erneut eingegeben werden.</translation>
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
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quick filter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Clear the quick filter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Refresh the list&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Show or hide the filter pane&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New token&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Edit the selected token&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Del&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Delete the selected tokens&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Look up a token by its secret&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Export CSV&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Copy the selected token IDs&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Schnellfilter&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Schnellfilter leeren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Liste aktualisieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Filterbereich ein- oder ausblenden&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Neues Token&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F2&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ausgewähltes Token bearbeiten&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entf&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ausgewählte Tokens löschen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Token anhand seines Geheimnisses suchen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;CSV exportieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;IDs der ausgewählten Tokens kopieren&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Beenden&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>Demo-Cluster</translation>
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
        <translation>Anhand des &amp;Geheimnisses suchen…</translation>
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
        <translation>Suchen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>The token this connection uses cannot be changed or deleted through itself.</source>
        <translation>Das Token dieser Verbindung kann nicht über sich selbst geändert oder gelöscht werden.</translation>
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
        <translation>Token suchen</translation>
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
        <source>--demo-tokens takes a number from 1 to 1000000</source>
        <translation>--demo-tokens erwartet eine Zahl von 1 bis 1000000</translation>
    </message>
</context>
</TS>
