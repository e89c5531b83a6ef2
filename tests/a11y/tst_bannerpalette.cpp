// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The message banner follows the system palette: in a light and in a dark palette its background
// stays on the palette's side (light or dark), is tinted per level, and its text keeps a readable
// contrast (WCAG AA, 4.5:1).
#include "dialogstyle.h"
#include "messagebanner.h"

#include <QLabel>
#include <QPalette>
#include <QTest>

#include <cmath>

using namespace TokenDesk;

namespace {
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette paletteWith(const QColor &window, const QColor &text)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, window);
    p.setColor(QPalette::Text, text);
    return p;
}
} // namespace

class TestBannerPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void banner_followsPalette_data();
    void banner_followsPalette();
    void errorAndWarningText_readableOnPalette_data();
    void errorAndWarningText_readableOnPalette();
};

void TestBannerPalette::banner_followsPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("dark");
    const QPalette light = paletteWith(QColor(0xef, 0xf0, 0xf1), QColor(0x23, 0x26, 0x29));
    const QPalette dark = paletteWith(QColor(0x2a, 0x2e, 0x32), QColor(0xfc, 0xfc, 0xfc));
    const struct
    {
        const char *name;
        MessageBanner::Level level;
    } levels[] = {{"information", MessageBanner::Level::Information},
                  {"warning", MessageBanner::Level::Warning},
                  {"error", MessageBanner::Level::Error}};
    for (const auto &l : levels) {
        QTest::newRow(qPrintable(QStringLiteral("light, %1").arg(QLatin1String(l.name))))
            << light << int(l.level) << false;
        QTest::newRow(qPrintable(QStringLiteral("dark, %1").arg(QLatin1String(l.name))))
            << dark << int(l.level) << true;
    }
}

void TestBannerPalette::banner_followsPalette()
{
    QFETCH(QPalette, palette);
    QFETCH(int, level);
    QFETCH(bool, dark);
    QWidget parent;
    parent.setPalette(palette);
    auto *banner = new MessageBanner(&parent);
    banner->showMessage(MessageBanner::Level(level), QStringLiteral("Something happened"));
    const QColor window = banner->palette().color(QPalette::Window);
    const QColor text = banner->palette().color(QPalette::WindowText);
    QCOMPARE(luminance(window) < 0.18, dark);
    QVERIFY2(window != palette.color(QPalette::Window), "the level tints the background");
    QCOMPARE(text, palette.color(QPalette::WindowText));
    QVERIFY2(contrast(window, text) >= 4.5, qPrintable(QString::number(contrast(window, text))));
}

void TestBannerPalette::errorAndWarningText_readableOnPalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << paletteWith(QColor(0xef, 0xf0, 0xf1), QColor(0x23, 0x26, 0x29));
    QTest::newRow("white") << paletteWith(QColor(0xff, 0xff, 0xff), QColor(0, 0, 0));
    QTest::newRow("dark") << paletteWith(QColor(0x2a, 0x2e, 0x32), QColor(0xfc, 0xfc, 0xfc));
    QTest::newRow("black") << paletteWith(QColor(0, 0, 0), QColor(0xff, 0xff, 0xff));
}

void TestBannerPalette::errorAndWarningText_readableOnPalette()
{
    QFETCH(QPalette, palette);
    QWidget parent;
    parent.setPalette(palette);
    auto *label = new QLabel(&parent);
    DialogStyle::makeErrorLabel(label);
    const QString prefix = QStringLiteral("color: ");
    for (const QString &sheet :
         {label->styleSheet(), DialogStyle::errorStyleSheet(label), DialogStyle::warningStyleSheet(label)}) {
        QVERIFY2(sheet.startsWith(prefix), qPrintable(sheet));
        const QColor color(sheet.mid(prefix.size()));
        QVERIFY2(color.isValid(), qPrintable(sheet));
        const double ratio = contrast(color, palette.color(QPalette::Window));
        QVERIFY2(ratio >= 4.5, qPrintable(sheet + QStringLiteral(": ") + QString::number(ratio)));
    }
}

QTEST_MAIN(TestBannerPalette)
#include "tst_bannerpalette.moc"
