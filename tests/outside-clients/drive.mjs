// Drives two amoCRM client libraries written by others against amodesk-sandbox over HTTPS, each
// through its own methods, and prints one JSON line per check:
//   {"library": ..., "check": ..., "ok": true|false, "detail": ...}
// and one per thing a library cannot do: {"library": ..., "cannot": ..., "why": ...}.
// Environment: SANDBOX_URL (https://127.0.0.1:PORT), CLIENT_ID, CLIENT_SECRET, REDIRECT_URI;
// NODE_EXTRA_CA_CERTS names the sandbox's certificate. Run by tests/outside/tst_outside_clients.
import https from 'node:https';
import tls from 'node:tls';
import { Amo } from '@shevernitskiy/amo';
import amocrm from 'amocrm-js';

const base = new URL(process.env.SANDBOX_URL);
const auth = {
    client_id: process.env.CLIENT_ID,
    client_secret: process.env.CLIENT_SECRET,
    redirect_uri: process.env.REDIRECT_URI,
};
const WIDE_FROM = 1;
const WIDE_TO = 4102444800; // 2100-01-01

function report(line) {
    process.stdout.write(JSON.stringify(line) + '\n');
}

async function check(library, name, fn) {
    try {
        const detail = await fn();
        report({ library, check: name, ok: true, detail: detail ?? '' });
    } catch (e) {
        const response = e && e.response !== undefined ? ' ' + JSON.stringify(e.response) : '';
        report({ library, check: name, ok: false, detail: String(e && e.message ? e.message : e) + response });
    }
}

function cannot(library, what, why) {
    report({ library, cannot: what, why });
}

function expect(condition, message) {
    if (!condition)
        throw new Error(message);
}

// What a user's consent in the browser gives: a one-time code on the redirect.
async function consentCode(state) {
    const url = new URL('/oauth', base);
    url.searchParams.set('client_id', auth.client_id);
    url.searchParams.set('state', state);
    url.searchParams.set('mode', 'popup');
    const answer = await fetch(url, { redirect: 'manual' });
    const location = answer.headers.get('location');
    expect(location, `consent answered ${answer.status} without a redirect`);
    const code = new URL(location).searchParams.get('code');
    expect(code, `consent redirect carries no code: ${location}`);
    return code;
}

async function liveLead() {
    const answer = await fetch(new URL('/api/v4/leads?limit=5&order[id]=desc', base), {
        headers: { Authorization: 'Bearer ' + process.env.SANDBOX_TOKEN },
    });
    const body = await answer.json();
    return body._embedded.leads[1].id;
}

function eventsAreStageChangesInRange(events, from, to) {
    expect(events.length > 0, 'no events came back');
    for (const e of events) {
        expect(e.type === 'lead_status_changed', `an event of type ${e.type} passed the type filter`);
        expect(e.created_at >= from && e.created_at <= to, `event ${e.id} at ${e.created_at} is outside the range`);
        expect(typeof e._embedded.entity.name === 'string', `event ${e.id} has no lead name despite with=lead_name`);
    }
    return `${events.length} events`;
}

// ---------------------------------------------------------------------------------------------
// @shevernitskiy/amo: fetch to "https://" + the domain given, which may carry a port.
async function driveShevernitskiy(lead) {
    const lib = '@shevernitskiy/amo';
    const host = base.host;
    const tokens = [];
    const options = { request_delay: 0, on_token: (t) => tokens.push(t) };
    let amo;
    await check(lib, 'oauth-code', async () => {
        const code = await consentCode('shev');
        amo = new Amo(host, { ...auth, grant_type: 'authorization_code', code }, options);
        const account = await amo.account.getAccount({});
        expect(tokens.length === 1 && tokens[0].access_token, 'no token from the code exchange');
        expect(typeof account.id === 'number', 'account answer has no id');
        return `account ${account.id}`;
    });
    await check(lib, 'oauth-refresh', async () => {
        const expired = { ...tokens[0], expires_at: Date.now() - 1000 };
        amo = new Amo(host, { ...auth, ...expired }, options);
        await amo.account.getAccount({});
        expect(tokens.length === 2, 'an expired token was not refreshed');
        expect(tokens[1].access_token !== tokens[0].access_token, 'refresh gave the same access token');
        expect(tokens[1].refresh_token !== tokens[0].refresh_token, 'the refresh token did not rotate');
        return 'rotated';
    });
    let some;
    await check(lib, 'events-filtered', async () => {
        const answer = await amo.event.getEvents({
            limit: 20, with: ['lead_name'],
            filter: (f) => f.multi('type', ['lead_status_changed']).range('created_at', WIDE_FROM, WIDE_TO),
        });
        some = answer._embedded.events[0];
        return eventsAreStageChangesInRange(answer._embedded.events, WIDE_FROM, WIDE_TO);
    });
    await check(lib, 'events-of-an-entity', async () => {
        const answer = await amo.event.getEvents({
            filter: (f) => f.single('entity', 'lead').multi('entity_id', [some.entity_id]),
        });
        for (const e of answer._embedded.events)
            expect(e.entity_id === some.entity_id, `event ${e.id} is of entity ${e.entity_id}`);
        return `${answer._embedded.events.length} events of lead ${some.entity_id}`;
    });
    await check(lib, 'event-by-id', async () => {
        const e = await amo.event.getEventById(some.id, {});
        expect(e.id === some.id && e.type === some.type, 'a different event came back');
    });
    await check(lib, 'event-types', async () => {
        const answer = await amo.event.getEventsTypes('en');
        const added = answer._embedded.events_types.find((t) => t.key === 'lead_added');
        expect(added && added.lang === 'New lead', 'lead_added is missing or not in English');
        return `${answer._embedded.events_types.length} types`;
    });
    let noteId;
    await check(lib, 'notes-list', async () => {
        const answer = await amo.note.getNotesByEntityType('leads', { limit: 10 });
        expect(answer._embedded.notes.length === 10, `${answer._embedded.notes.length} notes for limit 10`);
    });
    await check(lib, 'notes-add', async () => {
        const answer = await amo.note.addNotes('leads', [{ entity_id: lead, note_type: 'common', params: { text: 'from @shevernitskiy/amo' } }]);
        noteId = answer._embedded.notes[0].id;
        const back = await amo.note.getNotesById(noteId, 'leads');
        expect(back.params.text === 'from @shevernitskiy/amo' && back.entity_id === lead, 'the note read back differs');
        return `note ${noteId}`;
    });
    await check(lib, 'notes-edit', async () => {
        await amo.note.updateNoteById(noteId, 'leads', { entity_id: lead, note_type: 'common', params: { text: 'edited by @shevernitskiy/amo' } });
        const back = await amo.note.getNotesById(noteId, 'leads');
        expect(back.params.text === 'edited by @shevernitskiy/amo', `text is "${back.params.text}"`);
    });
    await check(lib, 'widget-install-uninstall', async () => {
        const installed = await amo.widget.addWidgetByCode('amo_dropbox', { conf: { folder: '/amo' } });
        expect(installed.code === 'amo_dropbox' && installed.settings && installed.settings.conf, 'install answer lacks the widget or its settings');
        expect((await amo.widget.getWidgetByCode('amo_dropbox')).is_active_in_account === true, 'not active after install');
        await amo.widget.deleteWidgetByCode('amo_dropbox');
        expect((await amo.widget.getWidgetByCode('amo_dropbox')).is_active_in_account === false, 'still active after uninstall');
    });
    await check(lib, 'lead-update', async () => {
        await amo.lead.updateLeadById(lead, { name: 'Renamed by @shevernitskiy/amo', price: 777 });
        const back = await amo.lead.getLeadById(lead, {});
        expect(back.name === 'Renamed by @shevernitskiy/amo' && back.price === 777, 'the lead read back differs');
        const log = await amo.event.getEvents({ filter: (f) => f.single('entity', 'lead').multi('entity_id', [lead]).multi('type', ['name_field_changed']) });
        expect(log._embedded.events[0].value_after[0].name_field_value.name === 'Renamed by @shevernitskiy/amo', 'no name_field_changed event');
    });
}

// ---------------------------------------------------------------------------------------------
// amocrm-js: https.request to port 443 of its domain. It takes no port, so its connections are
// routed to the sandbox as a hosts-file entry and a port forward would route them.
class ToSandbox extends https.Agent {
    createConnection(options, callback) {
        return tls.connect({
            ...options, host: base.hostname, port: Number(base.port), servername: undefined,
            checkServerIdentity: (_, cert) => tls.checkServerIdentity(base.hostname, cert),
        }, callback);
    }
}

async function driveAmocrmJs(lead) {
    const lib = 'amocrm-js';
    https.globalAgent = new ToSandbox({ keepAlive: false });
    cannot(lib, 'connect to a port other than 443', 'it calls https.request with a hostname only; the drive forwards its connections to the sandbox');
    cannot(lib, 'events, notes and widgets through dedicated methods', 'it has none; they go through its generic client.request.get/post/patch/delete');
    let client;
    const get = async (path, query) => (await client.request.get(path, query)).data;
    await check(lib, 'oauth-code', async () => {
        client = new amocrm.Client({ domain: base.hostname, auth: { ...auth, code: await consentCode('js') } });
        await client.connection.connect();
        expect(client.token.getValue().access_token, 'no token from the code exchange');
    });
    await check(lib, 'oauth-refresh', async () => {
        const before = client.token.getValue();
        await client.token.refresh();
        const after = client.token.getValue();
        expect(after.access_token !== before.access_token && after.refresh_token !== before.refresh_token, 'tokens did not rotate');
        expect((await get('/api/v4/account')).id, 'the refreshed token is not accepted');
        return 'rotated';
    });
    let some;
    await check(lib, 'events-filtered', async () => {
        const answer = await get('/api/v4/events', {
            limit: 20, with: 'lead_name', filter: { type: ['lead_status_changed'], created_at: { from: WIDE_FROM, to: WIDE_TO } },
        });
        some = answer._embedded.events[0];
        return eventsAreStageChangesInRange(answer._embedded.events, WIDE_FROM, WIDE_TO);
    });
    await check(lib, 'events-of-an-entity', async () => {
        const answer = await get('/api/v4/events', { filter: { entity: 'lead', entity_id: [some.entity_id] } });
        for (const e of answer._embedded.events)
            expect(e.entity_id === some.entity_id, `event ${e.id} is of entity ${e.entity_id}`);
        return `${answer._embedded.events.length} events of lead ${some.entity_id}`;
    });
    await check(lib, 'event-by-id', async () => {
        const e = await get('/api/v4/events/' + some.id);
        expect(e.id === some.id, 'a different event came back');
    });
    await check(lib, 'event-types', async () => {
        const answer = await get('/api/v4/events/types', { language_code: 'en' });
        expect(answer._embedded.events_types.some((t) => t.key === 'lead_added' && t.lang === 'New lead'), 'lead_added is missing or not in English');
    });
    let noteId;
    await check(lib, 'notes-list', async () => {
        const answer = await get('/api/v4/leads/notes', { limit: 10 });
        expect(answer._embedded.notes.length === 10, `${answer._embedded.notes.length} notes for limit 10`);
    });
    await check(lib, 'notes-add', async () => {
        const added = (await client.request.post('/api/v4/leads/notes', [{ entity_id: lead, note_type: 'common', params: { text: 'from amocrm-js' } }])).data;
        noteId = added._embedded.notes[0].id;
        const back = await get(`/api/v4/leads/notes/${noteId}`);
        expect(back.params.text === 'from amocrm-js', 'the note read back differs');
        return `note ${noteId}`;
    });
    await check(lib, 'notes-edit', async () => {
        await client.request.patch(`/api/v4/leads/${lead}/notes/${noteId}`, { note_type: 'common', params: { text: 'edited by amocrm-js' } });
        expect((await get(`/api/v4/leads/notes/${noteId}`)).params.text === 'edited by amocrm-js', 'the edit did not land');
    });
    await check(lib, 'widget-install-uninstall', async () => {
        const installed = (await client.request.post('/api/v4/widgets/amo_vk', { conf: { group: 1 } })).data;
        expect(installed.code === 'amo_vk', 'install answer lacks the widget');
        expect((await get('/api/v4/widgets/amo_vk')).is_active_in_account === true, 'not active after install');
        await client.request.delete('/api/v4/widgets/amo_vk');
        expect((await get('/api/v4/widgets/amo_vk')).is_active_in_account === false, 'still active after uninstall');
    });
    await check(lib, 'lead-update', async () => {
        const [first] = await client.leads.get({ filter: { id: [lead] } }).then((page) => page.getData());
        expect(first && first.id === lead, 'leads.get did not find the lead');
        first.name = 'Renamed by amocrm-js';
        await first.save();
        const back = await get(`/api/v4/leads/${lead}`);
        expect(back.name === 'Renamed by amocrm-js', `name is "${back.name}"`);
        const log = await get('/api/v4/events', { filter: { entity: 'lead', entity_id: [lead], type: ['name_field_changed'] } });
        expect(log._embedded.events[0].created_by > 0, 'no name_field_changed event');
    });
}

const lead = await liveLead();
await driveShevernitskiy(lead);
await driveAmocrmJs(lead);
