#include "Pager.h"

#include <QJsonDocument>

namespace amodesk {

Pager::Pager(ApiClient *client, const QString &path, const QByteArray &query, const QString &embeddedName, int limit, QObject *parent)
    : QObject(parent), m_client(client), m_path(path), m_query(query), m_embedded(embeddedName), m_limit(limit)
{
}

void Pager::fetchNext()
{
    if (m_atEnd || m_done || !m_inFlight.isEmpty())
        return;
    m_all = false;
    request(m_nextNumber++, m_nextUrl);
}

void Pager::fetchAll(int parallel)
{
    if (m_atEnd || m_done)
        return;
    m_all = true;
    m_parallel = qMax(1, parallel);
    launchMore();
}

void Pager::launchMore()
{
    // Until a page has said another follows, one at a time: pages asked for past the end of a
    // short list (following finds one page, mostly) would spend the account's budget for nothing.
    const int width = m_sawNext ? m_parallel : 1;
    while (!m_done && m_inFlight.size() < width && (m_lastPage < 0 || m_nextNumber <= m_lastPage) && m_nextNumber <= m_pageCap)
        request(m_nextNumber++);
}

QByteArray Pager::pageQuery(const QByteArray &query, int number, int limit)
{
    return query + (query.isEmpty() ? "" : "&") + "page=" + QByteArray::number(number) + "&limit=" + QByteArray::number(limit);
}

QString Pager::pageUrl(const QString &baseUrl, const QString &path, const QByteArray &query, int number, int limit)
{
    return baseUrl + path + u'?' + QString::fromLatin1(pageQuery(query, number, limit));
}

void Pager::request(int number, const QString &absoluteUrl)
{
    ApiRequest req;
    req.priority = m_priority;
    if (!absoluteUrl.isEmpty()) {
        req.path = absoluteUrl; // _links.next, followed verbatim
    } else {
        req.path = m_path;
        req.query = pageQuery(m_query, number, m_limit);
    }
    ApiReply *reply = m_client->send(req);
    m_inFlight.append(reply);
    connect(reply, &ApiReply::finished, this, [this, number, reply] { onPage(number, reply); });
}

void Pager::onPage(int number, ApiReply *reply)
{
    m_inFlight.removeAll(reply);
    if (m_done)
        return;
    const ApiResult &r = reply->result();
    if (!r.ok()) {
        end(r.error);
        return;
    }
    if (m_lastPage >= 0 && number > m_lastPage)
        return; // asked for ahead of the end
    const ListPage list = ListPage::read(r, m_embedded, m_check);
    if (!list.problem.isEmpty()) {
        fail(r.status, list.problem);
        return;
    }
    if (!list.items.isEmpty() && repeatsEarlierPage(list.items)) {
        fail(r.status, tr("page %1 repeats the items of an earlier page").arg(number));
        return;
    }
    if (!list.items.isEmpty() && !list.next.isEmpty() && number >= m_pageCap) {
        fail(r.status, tr("the list did not end after %1 pages").arg(m_pageCap));
        return;
    }
    m_nextUrl = list.next;
    const bool hasNext = !m_nextUrl.isEmpty();
    m_sawNext = m_sawNext || hasNext;
    if (list.items.isEmpty()) {
        m_lastPage = (m_lastPage < 0) ? number - 1 : qMin(m_lastPage, number - 1);
    } else {
        m_ready.insert(number, list.items);
        if (!hasNext)
            m_lastPage = (m_lastPage < 0) ? number : qMin(m_lastPage, number);
    }
    deliverReady();
    if (m_done)
        return;
    if (m_lastPage >= 0 && m_deliverNumber > m_lastPage) {
        m_atEnd = true;
        endAborting({}); // pages asked for ahead of the end are dropped
        return;
    }
    if (m_all)
        launchMore();
    else if (m_inFlight.isEmpty())
        end({}); // one page asked for, one delivered
}

bool Pager::repeatsEarlierPage(const QJsonArray &items)
{
    const size_t hash = qHash(QJsonDocument(items).toJson(QJsonDocument::Compact));
    if (m_pageHashes.contains(hash))
        return true;
    m_pageHashes.insert(hash);
    return false;
}

void Pager::fail(int status, const QString &problem)
{
    ApiError error = ApiError::make(ApiError::Kind::BadResponse, problem);
    error.status = status;
    endAborting(error);
}

void Pager::deliverReady()
{
    while (m_ready.contains(m_deliverNumber)) {
        const QJsonArray items = m_ready.take(m_deliverNumber);
        ++m_delivered;
        Q_EMIT page(m_deliverNumber, items);
        ++m_deliverNumber;
    }
}

void Pager::cancel()
{
    if (!m_done)
        endAborting(ApiError::make(ApiError::Kind::Cancelled));
}

// Ends with the error, then drops the pages still on their way.
void Pager::endAborting(const ApiError &error)
{
    const auto running = std::exchange(m_inFlight, {});
    end(error);
    for (const auto &reply : running) {
        if (reply)
            reply->abort();
    }
}

// After fetchNext() a clean end only closes that one fetch; an error, the end of the list,
// cancel() or the end of fetchAll() close the pager.
void Pager::end(const ApiError &error)
{
    if (m_done)
        return;
    if (m_all || error.isError() || m_atEnd)
        m_done = true;
    Q_EMIT finished(error);
}

} // namespace amodesk
