#pragma once

#include "FormDialog.h"

#include <memory>

namespace Ui {
class SyncPeriodDialog;
}

namespace amodesk {

// Asks for the days whose every event goes into the local cache (a month up to today at first).
class SyncPeriodDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit SyncPeriodDialog(QWidget *parent = nullptr);
    ~SyncPeriodDialog() override;

    qint64 fromSeconds() const; // the start of the first day
    qint64 toSeconds() const;   // the end of the last day

protected:
    void load() override;       // a month up to today
    Issues validate() override; // a period that ends before it starts

private:
    std::unique_ptr<Ui::SyncPeriodDialog> m_ui;
};

} // namespace amodesk
