// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditcomparison.h"

#include "csv/csvreader.h"
#include "export/modelsnapshot.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace TokenDesk {

namespace {

QSet<QString> scopeSet(const QString &cell)
{
    const QStringList scopes = cell.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return QSet<QString>(scopes.begin(), scopes.end());
}

bool same(TokenColumn column, const QString &before, const QString &after)
{
    if (column == TokenColumn::Scopes)
        return scopeSet(before) == scopeSet(after);
    return before == after;
}

} // namespace

std::optional<EarlierExport> EarlierExport::readFile(const QString &path, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            tr("\u201C%1\u201D could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > MaxFileBytes)
        return fail(
            tr("\u201C%1\u201D is larger than 1 GiB: not a TokenDesk export.").arg(QDir::toNativeSeparators(path)));
    const QByteArray bytes = file.readAll();
    QString why;
    std::optional<EarlierExport> earlier = read(bytes, &why);
    if (!earlier)
        return fail(tr("\u201C%1\u201D could not be read: %2").arg(QDir::toNativeSeparators(path), why));
    return earlier;
}

std::optional<EarlierExport> EarlierExport::read(QByteArrayView data, QString *error)
{
    QString csvError;
    const std::optional<CsvReader::Table> table = CsvReader::parse(data, &csvError);
    if (!table) {
        if (error)
            *error = csvError;
        return std::nullopt;
    }
    EarlierExport result;
    QList<std::pair<qsizetype, TokenColumn>> known;
    qsizetype idIndex = -1;
    for (qsizetype i = 0; i < table->header.size(); ++i) {
        const QString name = table->header.at(i).trimmed();
        for (TokenColumn column : TokenColumns::all()) {
            if (name.compare(TokenColumns::headerName(column), Qt::CaseInsensitive) == 0 ||
                name.compare(TokenColumns::key(column), Qt::CaseInsensitive) == 0) {
                known.append({i, column});
                result.columns.append(column);
                if (column == TokenColumn::Id)
                    idIndex = i;
                break;
            }
        }
    }
    if (idIndex < 0) {
        if (error)
            *error = AuditComparison::tr("The file has no “%1” column: it is not a TokenDesk export with token IDs.")
                         .arg(TokenColumns::headerName(TokenColumn::Id));
        return std::nullopt;
    }
    result.tokens.reserve(table->records.size());
    for (const QStringList &record : table->records) {
        EarlierExport::Token token;
        token.id = CsvReader::unguard(record.at(idIndex)).trimmed();
        if (token.id.isEmpty())
            continue;
        for (const auto &[index, column] : known) {
            const QString cell = record.at(index);
            token.cells.insert(column, TokenColumns::isFreeText(column) ? CsvReader::unguard(cell) : cell);
        }
        result.tokens.append(std::move(token));
    }
    return result;
}

QList<TokenColumn> AuditComparison::comparedColumns()
{
    return {TokenColumn::Owner, TokenColumn::Scopes, TokenColumn::Status, TokenColumn::Expires};
}

namespace {

// `count` tokens; `at(i, md)` fills the i-th one's metadata (id and name at least) and says whether its
// details are loaded.
template<class At>
AuditComparison compareWith(const EarlierExport &earlier, qsizetype count, At at, qint64 nowMs)
{
    AuditComparison result;
    QHash<QString, qsizetype> before;
    before.reserve(earlier.tokens.size());
    for (qsizetype i = 0; i < earlier.tokens.size(); ++i)
        before.insert(earlier.tokens.at(i).id, i);
    QList<TokenColumn> compared;
    for (TokenColumn column : AuditComparison::comparedColumns()) {
        if (earlier.columns.contains(column))
            compared.append(column);
    }

    QList<TokenChange> added;
    QList<TokenChange> changed;
    QSet<QString> seen;
    seen.reserve(count);
    TokenMetadata metadata;
    for (qsizetype i = 0; i < count; ++i) {
        const bool loaded = at(i, metadata);
        const QString id = metadata.id.value_or(QString());
        seen.insert(id);
        const auto found = before.constFind(id);
        if (found == before.constEnd()) {
            added.append(TokenChange{TokenChange::Kind::New, id, metadata.name.value_or(QString()), {}});
            continue;
        }
        if (!loaded) {
            ++result.notCompared;
            continue;
        }
        const EarlierExport::Token &then = earlier.tokens.at(*found);
        TokenChange change{TokenChange::Kind::Changed, id, metadata.name.value_or(QString()), {}};
        for (TokenColumn column : std::as_const(compared)) {
            const QString was = then.cells.value(column);
            const QString is = TokenColumns::cell(column, metadata, nowMs);
            if (!same(column, was, is))
                change.fields.append({column, was, is});
        }
        if (change.fields.isEmpty())
            ++result.unchanged;
        else
            changed.append(std::move(change));
    }
    result.changes = added + changed;
    for (const EarlierExport::Token &then : earlier.tokens) {
        if (!seen.contains(then.id))
            result.changes.append(
                TokenChange{TokenChange::Kind::Gone, then.id, then.cells.value(TokenColumn::Name), {}});
    }
    return result;
}

} // namespace

AuditComparison AuditComparison::compare(const EarlierExport &earlier, const QList<CurrentToken> &current, qint64 nowMs)
{
    return compareWith(
        earlier, current.size(),
        [&current](qsizetype i, TokenMetadata &out) {
            out = current.at(i).metadata;
            return current.at(i).detailsLoaded;
        },
        nowMs);
}

AuditComparison AuditComparison::compare(const EarlierExport &earlier, const ModelSnapshot &current, qint64 nowMs)
{
    return compareWith(
        earlier, current.rowCount(),
        [&current](qsizetype i, TokenMetadata &out) {
            current.token(int(i), out);
            return current.isLoaded(int(i));
        },
        nowMs);
}

QString AuditComparison::kindText(TokenChange::Kind kind)
{
    switch (kind) {
    case TokenChange::Kind::New:
        return tr("new");
    case TokenChange::Kind::Gone:
        return tr("gone");
    case TokenChange::Kind::Changed:
        return tr("changed");
    }
    return QString();
}

QString AuditComparison::describe(const TokenChange &change)
{
    QStringList parts;
    const QString never = tr("none");
    for (const TokenChange::Field &field : change.fields) {
        const QString name = TokenColumns::displayName(field.column);
        if (field.column == TokenColumn::Scopes) {
            const QSet<QString> was = scopeSet(field.before);
            const QSet<QString> is = scopeSet(field.after);
            QStringList delta;
            QStringList addedScopes = QStringList(is.begin(), is.end());
            QStringList removedScopes = QStringList(was.begin(), was.end());
            addedScopes.sort();
            removedScopes.sort();
            for (const QString &scope : std::as_const(addedScopes)) {
                if (!was.contains(scope))
                    delta << QStringLiteral("+") + scope;
            }
            for (const QString &scope : std::as_const(removedScopes)) {
                if (!is.contains(scope))
                    delta << QStringLiteral("\u2212") + scope;
            }
            parts << tr("%1: %2").arg(name, delta.join(QLatin1Char(' ')));
        } else {
            parts << tr("%1: %2 \u2192 %3")
                         .arg(name, field.before.isEmpty() ? never : field.before,
                              field.after.isEmpty() ? never : field.after);
        }
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace TokenDesk
