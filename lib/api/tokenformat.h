// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The shape of a Dynatrace API token, defined once. Every part of TokenDesk that has to tell a
// secret from other text asks here: log and error redaction (ApiError::redactSecrets), the CSV
// writer's refusal, the CLI's refusal of secrets on its command line, the lookup dialog's reading
// of a pasted value, and the client's mapping of a secret to its public identifier.
//
// The formats
//   New format (the default since Dynatrace 1.210), as Dynatrace publishes it for secret scanners:
//       dt0[a-zA-Z][0-9]{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64}
//   that is prefix "dt0c01" (classic API tokens; other letters and digits name other token kinds),
//   a dot, the 24-character public part, a dot, the 64-character private part. Prefix, dot and
//   public part ("dt0c01.<24>", 31 characters) are the token's identifier: safe to show and log.
//   The 64 characters after it are what must never be shown, logged or written.
//   Old format (before 1.210): the docs show "abcdefjhij1234567890" (20 characters); tokens seen
//   in the field are 21 characters. Letters, digits, '-' and '_' (URL-safe base64). Their ids are
//   UUIDs, so an old-format secret never looks like an id.
//
// Two strictnesses, on purpose
//   Detection (containsSecret, redacted): anything that might be a new-format secret, anywhere
//   in longer text: case-insensitive in every part (a secret upper- or lower-cased by a tool, a
//   shell or a user is still the secret), unanchored (inside a URL, a JSON body, a sentence),
//   i.e. [dD][tT]0[a-zA-Z][0-9]{2}\.[a-zA-Z0-9]{24}\.[a-zA-Z0-9]{64} found anywhere. It errs on
//   the side of hiding and refusing too much: a false alarm costs a redacted log line or a
//   refused export; a miss costs the cluster. All consumers that hide or refuse use exactly this,
//   so a string that redaction hides is also refused by the CSV writer and the CLI.
//   Old-format secrets are not detected inside text: 20 letters and digits cannot be told from a
//   word, a hash or an id, so searching for them would redact and refuse everything.
//
//   Classification (classify, isSecret, isIdentifier, isOldSecret): what a whole value *is*, for
//   a value the user pasted or typed in a place meant for one token (the lookup field, an id on
//   the command line) or one the server sent. Exact: anchored, case as published. The caller
//   strips surrounding blanks or an "Api-Token " prefix first. A value that detection catches but
//   classification does not accept (a lower-cased secret, one with a character too many) is not
//   sent anywhere as a token, and is still hidden wherever it would be shown.
#pragma once

#include <QString>
#include <QStringView>

namespace TokenDesk::TokenFormat {

inline constexpr char ClassicPrefix[] = "dt0c01";   // the prefix of classic API tokens
inline constexpr qsizetype PrefixLength = 6;        // dt0c01
inline constexpr qsizetype PublicPartLength = 24;   // after the first dot
inline constexpr qsizetype PrivatePartLength = 64;  // after the second dot
inline constexpr qsizetype IdentifierLength = 31;   // dt0c01.<24>
inline constexpr qsizetype SecretLength = 96;       // dt0c01.<24>.<64>
inline constexpr qsizetype OldSecretMinLength = 20; // the docs' example
inline constexpr qsizetype OldSecretMaxLength = 21; // tokens in the field

// The published pattern (for documentation and as a test oracle; the code below does not use a
// regular expression) and the detection pattern, the same made case-insensitive.
inline constexpr char PublishedPattern[] = "dt0[a-zA-Z][0-9]{2}\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}";
inline constexpr char DetectionPattern[] = "[dD][tT]0[a-zA-Z][0-9]{2}\\.[a-zA-Z0-9]{24}\\.[a-zA-Z0-9]{64}";

enum class Kind {
    Empty,        // nothing
    Secret,       // a new-format secret, exactly
    Identifier,   // a new-format public identifier, exactly (not a secret)
    OldSecret,    // an old-format secret: 20 or 21 of [A-Za-z0-9_-]
    Unrecognised, // anything else
};

// --- Classification: the whole value, exact -------------------------------------------------
Kind classify(QStringView value);
bool isSecret(QStringView value);
bool isIdentifier(QStringView value);
bool isOldSecret(QStringView value);
// For a value that is a secret (exactly, or as detection sees it, e.g. lower-cased) or an
// identifier: its identifier, the first 31 characters. Otherwise an empty string.
QString identifierOf(QStringView value);

// --- The format in words, for messages that tell the user what was expected ------------------
// "dt0c01.<24 characters>.<64 characters>" (translated), built from the constants above.
QString describeSecret();
// "dt0c01.…", the start of a secret, for a field's placeholder or a short hint.
QString secretHint();

// --- Detection: anywhere in text, case-insensitive --------------------------------------------
bool containsSecret(QStringView text);

// `text` with the private part of every detected secret replaced by "****", so that
// "…/tokens/dt0c01.<24>.<64>?x" becomes "…/tokens/dt0c01.<24>.****?x". The identifier stays.
QString redacted(const QString &text);

} // namespace TokenDesk::TokenFormat
