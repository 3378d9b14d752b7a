#pragma once

#include "ApiClient.h"
#include "ListPage.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QObject>

namespace amodesk {

// Reads a list page by page: one page at a time following _links.next verbatim, or every
// page with several requests in flight (the pipeline keeps them within the rate limit).
// Pages are delivered in order; a 204 or a page without "next" ends the list. A page of
// another shape, a page that repeats an earlier one, or more than maxPageCount() pages end
// it with an error: a server that keeps giving pages cannot keep the pager going for ever.
class Pager : public QObject
{
    Q_OBJECT
public:
    Pager(ApiClient *client, const QString &path, const QByteArray &query, const QString &embeddedName,
          int limit, QObject *parent = nullptr);

    void fetchNext();                    // the next page (the first on the first call)
    void fetchAll(int parallel = 4);     // every page from the current one on
    void cancel();
    void setMaxPages(int pages) { m_lastPage = pages; } // stop after this many pages
    void setPriority(ApiRequest::Priority priority) { m_priority = priority; }
    void setItemCheck(const ItemCheck &check) { m_check = check; }
    void setPageCap(int pages) { m_pageCap = pages; } // more pages than this are an error
    static constexpr int kDefaultPageCap = 20000;
    bool atEnd() const { return m_atEnd; }
    bool isClosed() const { return m_done; } // at the end, failed or cancelled: nothing more to fetch
    int pagesDelivered() const { return m_delivered; }

    // The query of page `number` of a list, as the pager asks for it.
    static QByteArray pageQuery(const QByteArray &query, int number, int limit);
    // The URL the pager asks for page `number` at, as shown to the user (a request preview).
    static QString pageUrl(const QString &baseUrl, const QString &path, const QByteArray &query, int number, int limit);

Q_SIGNALS:
    void page(int number, const QJsonArray &items);
    void finished(const amodesk::ApiError &error); // after the last page, on error, or when cancelled

private:
    void request(int number, const QString &absoluteUrl = {});
    void onPage(int number, ApiReply *reply);
    void deliverReady();
    void launchMore();
    void end(const ApiError &error);
    void endAborting(const ApiError &error);
    void fail(int status, const QString &problem);
    bool repeatsEarlierPage(const QJsonArray &items);

    ApiClient *m_client;
    QString m_path;
    QByteArray m_query;
    QString m_embedded;
    int m_limit;
    QString m_nextUrl;
    int m_nextNumber = 1;      // the next page to request
    int m_deliverNumber = 1;   // the next page to hand out
    int m_lastPage = -1;       // known once the end was seen (0: the list is empty); -1 = not yet
    int m_parallel = 1;
    ApiRequest::Priority m_priority = ApiRequest::Priority::Interactive;
    bool m_all = false;
    bool m_sawNext = false;    // a page said another follows: reading ahead pays
    bool m_atEnd = false;
    bool m_done = false;
    int m_delivered = 0;
    int m_pageCap = kDefaultPageCap;
    ItemCheck m_check;
    QSet<size_t> m_pageHashes; // of the pages read so far: one seen again means the server repeats
    QMap<int, QJsonArray> m_ready;
    QList<QPointer<ApiReply>> m_inFlight;
};

} // namespace amodesk
