<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>TokenDesk::AuditReport</name>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::AuditViewPane</name>
    <message numerus="yes">
        <source>%1 so far: %Ln token(s) have no details loaded yet and may belong here too.</source>
        <translation>
            <numerusform>%1 so far: %Ln token has no details loaded yet and may belong here too.</numerusform>
            <numerusform>%1 so far: %Ln tokens have no details loaded yet and may belong here too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::AuditViews</name>
    <message numerus="yes">
        <source>Unused for %n days or more</source>
        <translation>
            <numerusform>Unused for %n day or more</numerusform>
            <numerusform>Unused for %n days or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n days</source>
        <translation>
            <numerusform>Expiring within %n day</numerusform>
            <numerusform>Expiring within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active tokens whose last use (or, if never used, whose creation) is %n days ago or more.</source>
        <translation>
            <numerusform>Active tokens whose last use (or, if never used, whose creation) is %n day ago or more.</numerusform>
            <numerusform>Active tokens whose last use (or, if never used, whose creation) is %n days ago or more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active tokens that expire within the next %n days.</source>
        <translation>
            <numerusform>Active tokens that expire within the next day.</numerusform>
            <numerusform>Active tokens that expire within the next %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::BulkProgressDialog</name>
    <message numerus="yes">
        <source>%1 %n tokens</source>
        <translation>
            <numerusform>%1 %n token</numerusform>
            <numerusform>%1 %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::BulkScopeDialog</name>
    <message numerus="yes">
        <source>Change the scopes of %n token(s)</source>
        <translation>
            <numerusform>Change the scopes of %n token</numerusform>
            <numerusform>Change the scopes of %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the details of %n token(s) for the preview…</source>
        <translation>
            <numerusform>Loading the details of %n token for the preview…</numerusform>
            <numerusform>Loading the details of %n tokens for the preview…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) selected. Pick the scopes to add or to remove.</source>
        <translation>
            <numerusform>%n token selected. Pick the scopes to add or to remove.</numerusform>
            <numerusform>%n tokens selected. Pick the scopes to add or to remove.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) will change</source>
        <translation>
            <numerusform>%n token will change</numerusform>
            <numerusform>%n tokens will change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with nothing to change</source>
        <translation>
            <numerusform>%n with nothing to change</numerusform>
            <numerusform>%n with nothing to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone: would end with no scope</source>
        <translation>
            <numerusform>%n left alone: would end with no scope</numerusform>
            <numerusform>%n left alone: would end with no scope</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone: the token in use</source>
        <translation>
            <numerusform>%n left alone: the token in use</numerusform>
            <numerusform>%n left alone: the token in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still loading</source>
        <translation>
            <numerusform>%n still loading</numerusform>
            <numerusform>%n still loading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without details: decided when read</source>
        <translation>
            <numerusform>%n without details: decided when read</numerusform>
            <numerusform>%n without details: decided when read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Change %n token(s)</source>
        <translation>
            <numerusform>&amp;Change %n token</numerusform>
            <numerusform>&amp;Change %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::Cli::CliText</name>
    <message numerus="yes">
        <source>Delete %n tokens for good (%1)? Type &apos;yes&apos; to confirm: </source>
        <translation>
            <numerusform>Delete %n token for good (%1)? Type &apos;yes&apos; to confirm: </numerusform>
            <numerusform>Delete %n tokens for good (%1)? Type &apos;yes&apos; to confirm: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::Cli::Runner</name>
    <message numerus="yes">
        <source>still rate limited by the cluster after %n retries; giving up.
</source>
        <translation>
            <numerusform>still rate limited by the cluster after %n retry; giving up.
</numerusform>
            <numerusform>still rate limited by the cluster after %n retries; giving up.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens were deleted while loading details; they are listed without metadata.
</source>
        <translation>
            <numerusform>%n token was deleted while loading details; it is listed without metadata.
</numerusform>
            <numerusform>%n tokens were deleted while loading details; they are listed without metadata.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refusing to delete %n tokens without confirmation: standard input is not a terminal; add --yes.
</source>
        <translation>
            <numerusform>refusing to delete %n token without confirmation: standard input is not a terminal; add --yes.
</numerusform>
            <numerusform>refusing to delete %n tokens without confirmation: standard input is not a terminal; add --yes.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refusing to revoke %n tokens without confirmation: standard input is not a terminal; add --yes.
</source>
        <translation>
            <numerusform>refusing to revoke %n token without confirmation: standard input is not a terminal; add --yes.
</numerusform>
            <numerusform>refusing to revoke %n tokens without confirmation: standard input is not a terminal; add --yes.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tokens for good (first: %1)? Type &apos;yes&apos; to confirm: </source>
        <translation>
            <numerusform>Delete %n token for good (%1)? Type &apos;yes&apos; to confirm: </numerusform>
            <numerusform>Delete %n tokens for good (first: %1)? Type &apos;yes&apos; to confirm: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens (first: %1)? Type &apos;yes&apos; to confirm: </source>
        <translation>
            <numerusform>Revoke %n token (%1)? Type &apos;yes&apos; to confirm: </numerusform>
            <numerusform>Revoke %n tokens (first: %1)? Type &apos;yes&apos; to confirm: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 of %n tokens.</source>
        <translation>
            <numerusform>Deleted %1 of %n token.</numerusform>
            <numerusform>Deleted %1 of %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %1 of %n tokens.</source>
        <translation>
            <numerusform>Revoked %1 of %n token.</numerusform>
            <numerusform>Revoked %1 of %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n tokens to %1.
</source>
        <translation>
            <numerusform>Exported %n token to %1.
</numerusform>
            <numerusform>Exported %n tokens to %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scopes of %n tokens: %1.
</source>
        <translation>
            <numerusform>Scopes of %n token: %1.
</numerusform>
            <numerusform>Scopes of %n tokens: %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>refusing to change %n tokens without confirmation: standard input is not a terminal; add --yes.
</source>
        <translation>
            <numerusform>refusing to change %n token without confirmation: standard input is not a terminal; add --yes.
</numerusform>
            <numerusform>refusing to change %n tokens without confirmation: standard input is not a terminal; add --yes.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the scopes of %n tokens (first: %1)? Type &apos;yes&apos; to confirm: </source>
        <translation>
            <numerusform>Change the scopes of %n token (%1)? Type &apos;yes&apos; to confirm: </numerusform>
            <numerusform>Change the scopes of %n tokens (first: %1)? Type &apos;yes&apos; to confirm: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scopes changed or already as asked on %1 of %n tokens.</source>
        <translation>
            <numerusform>Scopes changed or already as asked on %1 of %n token.</numerusform>
            <numerusform>Scopes changed or already as asked on %1 of %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the details of %n tokens did not load: they may belong to the view too.
</source>
        <translation>
            <numerusform>the details of %n token did not load: it may belong to the view too.
</numerusform>
            <numerusform>the details of %n tokens did not load: they may belong to the view too.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the details of %n tokens did not load: the report counts them as without details.
</source>
        <translation>
            <numerusform>the details of %n token did not load: the report counts it as without details.
</numerusform>
            <numerusform>the details of %n tokens did not load: the report counts them as without details.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them due: &apos;tokendesk-cli pending --delete-due&apos; deletes them.
</source>
        <translation>
            <numerusform>%n of them due: &apos;tokendesk-cli pending --delete-due&apos; deletes it.
</numerusform>
            <numerusform>%n of them due: &apos;tokendesk-cli pending --delete-due&apos; deletes them.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No scheduled deletion is due (%n scheduled); nothing was deleted.
</source>
        <translation>
            <numerusform>No scheduled deletion is due (%n scheduled); nothing was deleted.
</numerusform>
            <numerusform>No scheduled deletion is due (%n scheduled); nothing was deleted.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the details of %n tokens did not load: whether they changed is not known.
</source>
        <translation>
            <numerusform>the details of %n token did not load: whether it changed is not known.
</numerusform>
            <numerusform>the details of %n tokens did not load: whether they changed is not known.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them no longer on the cluster.
</source>
        <translation>
            <numerusform>%n of them no longer on the cluster.
</numerusform>
            <numerusform>%n of them no longer on the cluster.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no cluster asked knows this secret, but %n profiles could not be asked.
</source>
        <translation>
            <numerusform>no cluster asked knows this secret, but %n profile could not be asked.
</numerusform>
            <numerusform>no cluster asked knows this secret, but %n profiles could not be asked.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>none of the %n clusters knows this secret.
</source>
        <translation>
            <numerusform>the %n cluster does not know this secret.
</numerusform>
            <numerusform>none of the %n clusters knows this secret.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::ComparisonDialog</name>
    <message numerus="yes">
        <source>Compared with “%1” (%Ln token(s) then): </source>
        <translation>
            <numerusform>Compared with “%1” (%Ln token then): </numerusform>
            <numerusform>Compared with “%1” (%Ln tokens then): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) in both could not be compared: their details are not loaded.</source>
        <translation>
            <numerusform>%Ln token in both could not be compared: its details are not loaded.</numerusform>
            <numerusform>%Ln tokens in both could not be compared: their details are not loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln change(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln change to “%1”.</numerusform>
            <numerusform>Exported %Ln changes to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::DeleteDialog</name>
    <message numerus="yes">
        <source>Delete %n tokens?</source>
        <translation>
            <numerusform>Delete %n token?</numerusform>
            <numerusform>Delete %n tokens?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tokens</source>
        <translation>
            <numerusform>Delete %n token</numerusform>
            <numerusform>Delete %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type %1 to delete %n tokens:</source>
        <translation>
            <numerusform>Type %1 to delete %n token:</numerusform>
            <numerusform>Type %1 to delete %n tokens:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n instead</source>
        <translation>
            <numerusform>&amp;Revoke %n instead</numerusform>
            <numerusform>&amp;Revoke %n instead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n</source>
        <translation>
            <numerusform>&amp;Delete %n</numerusform>
            <numerusform>&amp;Delete %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type %1 and press Enter to delete %n tokens. Nothing was deleted.</source>
        <translation>
            <numerusform>Type %1 and press Enter to delete %n token. Nothing was deleted.</numerusform>
            <numerusform>Type %1 and press Enter to delete %n tokens. Nothing was deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%2” is not %1: type %1 to delete %n tokens. Nothing was deleted.</source>
        <translation>
            <numerusform>“%2” is not %1: type %1 to delete %n token. Nothing was deleted.</numerusform>
            <numerusform>“%2” is not %1: type %1 to delete %n tokens. Nothing was deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were created by the cluster itself (e.g. %1). Deleting them may break the features that still use them.</source>
        <translation>
            <numerusform>%n of them was created by the cluster itself (e.g. %1). Deleting it may break the feature that still uses it.</numerusform>
            <numerusform>%n of them were created by the cluster itself (e.g. %1). Deleting them may break the features that still use them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It was used in the last %n days: something still relies on it.</source>
        <translation>
            <numerusform>It was used in the last day: something still relies on it.</numerusform>
            <numerusform>It was used in the last %n days: something still relies on it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them were used in the last %1 days: something still relies on them.</source>
        <translation>
            <numerusform>%n of them was used in the last %1 days: something still relies on it.</numerusform>
            <numerusform>%n of them were used in the last %1 days: something still relies on them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::DetailPane</name>
    <message numerus="yes">
        <source>⚠ Expires within %n days</source>
        <translation>
            <numerusform>⚠ Expires within %n day</numerusform>
            <numerusform>⚠ Expires within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::ExportController</name>
    <message numerus="yes">
        <source>Loading the details of %Ln token(s)…</source>
        <translation>
            <numerusform>Loading the details of %Ln token…</numerusform>
            <numerusform>Loading the details of %Ln tokens…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %Ln row(s) to “%1”…</source>
        <translation>
            <numerusform>Writing %Ln row to “%1”…</numerusform>
            <numerusform>Writing %Ln rows to “%1”…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to “%1”.</source>
        <translation>
            <numerusform>Exported %Ln row to “%1”.</numerusform>
            <numerusform>Exported %Ln rows to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them have no details: their detail cells are empty.</source>
        <translation>
            <numerusform>%Ln of them has no details: its detail cells are empty.</numerusform>
            <numerusform>%Ln of them have no details: their detail cells are empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The details of %Ln token(s) could not be loaded (deleted meanwhile, or refused).</source>
        <translation>
            <numerusform>The details of %Ln token could not be loaded (deleted meanwhile, or refused).</numerusform>
            <numerusform>The details of %Ln tokens could not be loaded (deleted meanwhile, or refused).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more token(s) may match the filter once their details are loaded; they are not in the file.</source>
        <translation>
            <numerusform>%Ln more token may match the filter once its details are loaded; it is not in the file.</numerusform>
            <numerusform>%Ln more tokens may match the filter once their details are loaded; they are not in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::ExportDialog</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the %1 row(s) have no details loaded yet: their cells other than Name and ID would be empty.</source>
        <translation>
            <numerusform>%Ln of the %1 rows has no details loaded yet: its cells other than Name and ID would be empty.</numerusform>
            <numerusform>%Ln of the %1 rows have no details loaded yet: their cells other than Name and ID would be empty.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Load them first (%Ln request(s) to the cluster)</source>
        <translation>
            <numerusform>&amp;Load them first (%Ln request to the cluster)</numerusform>
            <numerusform>&amp;Load them first (%Ln requests to the cluster)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more token(s) may match the filter once their details are loaded. They are not among the rows above and would be missing from the export.</source>
        <translation>
            <numerusform>%Ln more token may match the filter once its details are loaded. It is not among the rows above and would be missing from the export.</numerusform>
            <numerusform>%Ln more tokens may match the filter once their details are loaded. They are not among the rows above and would be missing from the export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s): every token of each, with the details the columns need, a first column Cluster naming the profile.</source>
        <translation>
            <numerusform>%n profile: every token of it, with the details the columns need, a first column Cluster naming the profile.</numerusform>
            <numerusform>%n profiles: every token of each, with the details the columns need, a first column Cluster naming the profile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::LookupDialog</name>
    <message numerus="yes">
        <source>Asking %n profile(s)…</source>
        <translation>
            <numerusform>Asking %n profile…</numerusform>
            <numerusform>Asking %n profiles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Found in %n profile(s). The secret was cleared from the field.</source>
        <translation>
            <numerusform>✓ Found in %n profile. The secret was cleared from the field.</numerusform>
            <numerusform>✓ Found in %n profiles. The secret was cleared from the field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No cluster asked knows this secret, but %n profile(s) could not be asked.</source>
        <translation>
            <numerusform>No cluster asked knows this secret, but %n profile could not be asked.</numerusform>
            <numerusform>No cluster asked knows this secret, but %n profiles could not be asked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n cluster(s) knows this secret.</source>
        <translation>
            <numerusform>The %n cluster does not know this secret.</numerusform>
            <numerusform>None of the %n clusters knows this secret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::MainWindow</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listed %Ln token(s) in %1 ms</source>
        <translation>
            <numerusform>Listed %Ln token in %1 ms</numerusform>
            <numerusform>Listed %Ln tokens in %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n token ID(s)</source>
        <translation>
            <numerusform>Copied %n token ID</numerusform>
            <numerusform>Copied %n token IDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>about %n second</numerusform>
            <numerusform>about %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n day(s)</source>
        <translation>
            <numerusform>about %n day</numerusform>
            <numerusform>about %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster returned %Ln token(s), the limit you set: there may be more.</source>
        <translation>
            <numerusform>The cluster returned %Ln token, the limit you set: there may be more.</numerusform>
            <numerusform>The cluster returned %Ln tokens, the limit you set: there may be more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more token(s) may match once their details are loaded.</source>
        <translation>
            <numerusform>%Ln more token may match once its details are loaded.</numerusform>
            <numerusform>%Ln more tokens may match once their details are loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorted by %1: %Ln token(s) without details are listed at the end, unsorted.</source>
        <translation>
            <numerusform>Sorted by %1: %Ln token without details is listed at the end, unsorted.</numerusform>
            <numerusform>Sorted by %1: %Ln tokens without details are listed at the end, unsorted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This sends %Ln request(s), one per token.</source>
        <translation>
            <numerusform>This sends %Ln request, one per token.</numerusform>
            <numerusform>This sends %Ln requests, one per token.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Load %Ln token(s)</source>
        <translation>
            <numerusform>Load %Ln token</numerusform>
            <numerusform>Load %Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table shows only the %Ln token(s) of “%1” from the audit report.</source>
        <translation>
            <numerusform>The table shows only the %Ln token of “%1” from the audit report.</numerusform>
            <numerusform>The table shows only the %Ln tokens of “%1” from the audit report.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::PendingDeletionsDialog</name>
    <message numerus="yes">
        <source>Delete the %n token(s) whose deletion is due, after a confirmation</source>
        <translation>
            <numerusform>Delete the %n token whose deletion is due, after a confirmation</numerusform>
            <numerusform>Delete the %n tokens whose deletion is due, after a confirmation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after revoking</source>
        <translation>
            <numerusform>%n day after revoking</numerusform>
            <numerusform>%n days after revoking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke the %n selected old token(s); their deletion is then scheduled</source>
        <translation>
            <numerusform>Revoke the %n selected old token; its deletion is then scheduled</numerusform>
            <numerusform>Revoke the %n selected old tokens; their deletion is then scheduled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::ProfileExportController</name>
    <message numerus="yes">
        <source>Nothing was written: %n profile(s) could not be exported. Untick them to export the others.</source>
        <translation>
            <numerusform>Nothing was written: %n profile could not be exported. Untick it to export the others.</numerusform>
            <numerusform>Nothing was written: %n profiles could not be exported. Untick them to export the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln token(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln token to %1.</numerusform>
            <numerusform>Exported %Ln tokens to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) were deleted while their details loaded: they have their ID and name only.</source>
        <translation>
            <numerusform>%Ln token was deleted while its details loaded: it has its ID and name only.</numerusform>
            <numerusform>%Ln tokens were deleted while their details loaded: they have their ID and name only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::ReportController</name>
    <message numerus="yes">
        <source>%Ln token(s) shown in the table.</source>
        <translation>
            <numerusform>%Ln token shown in the table.</numerusform>
            <numerusform>%Ln tokens shown in the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them without details (in no chart): they could not be loaded.</source>
        <translation>
            <numerusform>%Ln of them without details (in no chart): it could not be loaded.</numerusform>
            <numerusform>%Ln of them without details (in no chart): they could not be loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expiring in the next %n weeks</source>
        <translation>
            <numerusform>Expiring in the next week</numerusform>
            <numerusform>Expiring in the next %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::RotateDialog</name>
    <message numerus="yes">
        <source>“%1” (%2) gets a successor with the same %n scope(s). Its secret is shown once; then “%1” is revoked, not deleted, so that whatever still uses it fails visibly and can be switched back, and its deletion is scheduled. Nothing is revoked before the successor exists.</source>
        <translation>
            <numerusform>“%1” (%2) gets a successor with the same %n scope. Its secret is shown once; then “%1” is revoked, not deleted, so that whatever still uses it fails visibly and can be switched back, and its deletion is scheduled. Nothing is revoked before the successor exists.</numerusform>
            <numerusform>“%1” (%2) gets a successor with the same %n scopes. Its secret is shown once; then “%1” is revoked, not deleted, so that whatever still uses it fails visibly and can be switched back, and its deletion is scheduled. Nothing is revoked before the successor exists.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::ScopePicker</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::SecretDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard clears in %n s.</source>
        <translation>
            <numerusform>Copied. The clipboard clears in %n s.</numerusform>
            <numerusform>Copied. The clipboard clears in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenDesk::TokenOperations</name>
    <message numerus="yes">
        <source>Re&amp;activate %n</source>
        <translation>
            <numerusform>Re&amp;activate %n</numerusform>
            <numerusform>Re&amp;activate %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;voke %n</source>
        <translation>
            <numerusform>Re&amp;voke %n</numerusform>
            <numerusform>Re&amp;voke %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n…</source>
        <translation>
            <numerusform>&amp;Delete %n…</numerusform>
            <numerusform>&amp;Delete %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n tokens? Anything using them stops working at once. They can be reactivated later.</source>
        <translation>
            <numerusform>Revoke %n token? Anything using it stops working at once. It can be reactivated later.</numerusform>
            <numerusform>Revoke %n tokens? Anything using them stops working at once. They can be reactivated later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n</source>
        <translation>
            <numerusform>Revoke %n</numerusform>
            <numerusform>Revoke %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) revoked.</source>
        <translation>
            <numerusform>%n token revoked.</numerusform>
            <numerusform>%n tokens revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) deleted.</source>
        <translation>
            <numerusform>%n token deleted.</numerusform>
            <numerusform>%n tokens deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The deletion of %n token(s) revoked by a rotation is due.</source>
        <translation>
            <numerusform>The deletion of %n token revoked by a rotation is due.</numerusform>
            <numerusform>The deletion of %n tokens revoked by a rotation is due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change &amp;scopes of %n…</source>
        <translation>
            <numerusform>Change &amp;scopes of %n…</numerusform>
            <numerusform>Change &amp;scopes of %n…</numerusform>
        </translation>
    </message>
</context>
</TS>
