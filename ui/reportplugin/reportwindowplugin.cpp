// SPDX-FileCopyrightText: 2026 The TokenDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The report plugin: one window with the report's header lines and a 2 x 2 grid of bar charts
// (Qt Charts), a button that prints the whole report to PDF, and clicks on bars passed back.
#include "reportwindow.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMessageBox>
#include <QObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWidget>

namespace TokenDesk {

namespace {

class ReportWindow final : public QWidget
{
public:
    ReportWindow(const ReportData &report, std::function<void(int, int)> barClicked, QWidget *parent)
        : QWidget(parent, Qt::Window)
        , m_data(report)
    {
        setObjectName(QStringLiteral("reportWindow"));
        setAttribute(Qt::WA_DeleteOnClose);
        setWindowTitle(report.windowTitle);
        resize(1100, 760);

        m_page = new QWidget(this);
        m_page->setObjectName(QStringLiteral("reportPage"));
        m_page->setAutoFillBackground(true);
        auto *heading = new QLabel(report.heading, m_page);
        heading->setTextFormat(Qt::PlainText);
        QFont font = heading->font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        font.setBold(true);
        heading->setFont(font);
        auto *lines = new QLabel(report.headerLines.join(QLatin1Char('\n')), m_page);
        lines->setObjectName(QStringLiteral("reportHeaderLines"));
        lines->setTextFormat(Qt::PlainText);
        lines->setWordWrap(true);
        auto *grid = new QGridLayout;
        for (int c = 0; c < report.charts.size(); ++c) {
            auto *view = new QChartView(makeChart(c, barClicked), m_page);
            view->setObjectName(QStringLiteral("reportChart%1").arg(c));
            view->setRenderHint(QPainter::Antialiasing);
            view->setMinimumSize(360, 260);
            view->setAccessibleName(report.charts[c].title);
            grid->addWidget(view, c / 2, c % 2);
        }
        auto *pageLayout = new QVBoxLayout(m_page);
        pageLayout->addWidget(heading);
        pageLayout->addWidget(lines);
        pageLayout->addLayout(grid, 1);

        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        auto *pdf = buttons->addButton(QObject::tr("Export &PDF\u2026"), QDialogButtonBox::ActionRole);
        pdf->setObjectName(QStringLiteral("reportPdfButton"));
        pdf->setToolTip(QObject::tr("Print the report, with the cluster, the date and the filter, to a PDF file"));
        QObject::connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
        QObject::connect(pdf, &QPushButton::clicked, this, [this] { choosePdf(); });
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_page, 1);
        layout->addWidget(buttons);
    }

private:
    QChart *makeChart(int index, const std::function<void(int, int)> &barClicked)
    {
        const ReportData::Chart &spec = m_data.charts[index];
        auto *chart = new QChart;
        chart->setTitle(spec.title);
        chart->legend()->hide();
        chart->setAnimationOptions(QChart::NoAnimation);
        auto *set = new QBarSet(spec.title);
        int maximum = 0;
        for (int value : spec.values) {
            set->append(value);
            maximum = qMax(maximum, value);
        }
        QAbstractBarSeries *series = spec.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                                     : static_cast<QAbstractBarSeries *>(new QBarSeries);
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        chart->addSeries(series);
        auto *categories = new QBarCategoryAxis;
        categories->append(spec.labels);
        categories->setTitleText(spec.categoryAxisTitle);
        categories->setTruncateLabels(false); // a scope name cut to "…" says nothing
        auto *values = new QValueAxis;
        values->setRange(0, qMax(1, maximum + maximum / 8 + 1));
        values->setLabelFormat(QStringLiteral("%d"));
        values->applyNiceNumbers();
        values->setTitleText(spec.valueAxisTitle);
        chart->addAxis(categories, spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
        chart->addAxis(values, spec.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
        series->attachAxis(categories);
        series->attachAxis(values);
        if (barClicked) {
            QObject::connect(set, &QBarSet::clicked, this, [barClicked, index](int bar) { barClicked(index, bar); });
        }
        return chart;
    }

    void choosePdf()
    {
        const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        auto *dialog =
            new QFileDialog(this, QObject::tr("Export the report as PDF"), directory, QObject::tr("PDF files (*.pdf)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("pdf"));
        dialog->selectFile(m_data.defaultPdfName);
        QObject::connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { writePdf(path); });
        dialog->open();
    }

    void writePdf(const QString &path)
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setTitle(m_data.heading);
        writer.setCreator(QStringLiteral("TokenDesk"));
        QPainter painter;
        if (!painter.begin(&writer)) {
            QMessageBox::warning(
                this, windowTitle(),
                QObject::tr("The PDF could not be written to \u201C%1\u201D.").arg(QDir::toNativeSeparators(path)));
            return;
        }
        // The page as shown, scaled to the paper (keeping its proportions).
        const QRect paper = painter.viewport();
        const double scale = qMin(double(paper.width()) / m_page->width(), double(paper.height()) / m_page->height());
        painter.scale(scale, scale);
        m_page->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.end();
    }

    ReportData m_data;
    QWidget *m_page = nullptr;
};

} // namespace

class ReportWindowPlugin final : public QObject, public ReportWindowFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TokenDesk_ReportWindowFactory_iid)
    Q_INTERFACES(TokenDesk::ReportWindowFactory)
public:
    QWidget *create(const ReportData &report, std::function<void(int, int)> barClicked, QWidget *parent) override
    {
        return new ReportWindow(report, std::move(barClicked), parent);
    }
};

} // namespace TokenDesk

#include "reportwindowplugin.moc"
