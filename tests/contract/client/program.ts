// A third party's client of the Souk API, typed only by what `openapi-typescript` generates from
// docs/api/openapi.yaml (into ../generated/api.ts). tst_api_client_types type-checks it with
// `tsc --strict`: it fails when a route's body is untyped (`Record<string, never>` or
// `unknown`), when a field it reads is missing from the spec, and, through @ts-expect-error,
// when a schema stops refusing properties it does not list.
import type { components, operations } from "../generated/api";

type Schemas = components["schemas"];
type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : never;
type Success<O> = O extends { responses: infer R }
    ? JsonOf<R[Extract<keyof R, 200 | 201>]>
    : never;
// A body the spec leaves untyped or open is refused here, so that reading any field of it fails.
type Checked<T> = [T] extends [never]
    ? { untyped_body: never }
    : string extends keyof T
      ? { open_body: never }
      : T;
type RequestBody<O> = O extends { requestBody?: { content: { "application/json": infer B } } }
    ? B
    : never;
type PathParams<O> = O extends { parameters: { path: infer P } } ? P : Record<string, never>;
type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

interface Route<O> {
    method: "GET" | "POST" | "PATCH";
    path: string;
    _op?: O;
}
const route = <K extends keyof operations>(method: Route<operations[K]>["method"], path: string) =>
    ({ method, path }) as Route<operations[K]>;

const routes = {
    listConversations: route<"listConversations">("GET", "/api/v1/conversations"),
    createConversation: route<"createConversation">("POST", "/api/v1/conversations"),
    listMessages: route<"listMessages">("GET", "/api/v1/conversations/{id}/messages"),
    postMessage: route<"postMessage">("POST", "/api/v1/conversations/{id}/messages"),
    browseCatalog: route<"browseCatalog">("GET", "/api/v1/catalog"),
    getProduct: route<"getProduct">("GET", "/api/v1/products/{id}"),
    getShop: route<"getShop">("GET", "/api/v1/shops/{id}"),
    submitShopRequest: route<"submitShopRequest">("POST", "/api/v1/shop-requests"),
    decideShopRequest: route<"decideShopRequest">("POST", "/api/v1/admin/shop-requests/{id}/decision"),
    readAuditLog: route<"readAuditLog">("GET", "/api/v1/admin/audit"),
    readStats: route<"readStats">("GET", "/api/v1/admin/stats"),
    searchUsers: route<"searchUsers">("GET", "/api/v1/admin/users"),
    readUserRecord: route<"readUserRecord">("GET", "/api/v1/admin/users/{id}"),
    createShop: route<"createShop">("POST", "/api/v1/admin/shops"),
    syncPull: route<"syncPull">("GET", "/api/v1/sync/pull"),
    login: route<"login">("POST", "/api/v1/auth/login"),
};

class ApiError extends Error {
    constructor(readonly status: number, readonly body: Schemas["Error"]) {
        super(`${status} ${body.error.code}: ${body.error.message}`);
    }
}

class Client {
    constructor(private readonly base: string, private token = "") {}

    async call<O>(
        r: Route<O>,
        options: { path?: PathParams<O>; query?: QueryParams<O>; body?: RequestBody<O> } = {},
    ): Promise<Checked<Success<O>>> {
        let path = r.path;
        for (const [key, value] of Object.entries((options.path ?? {}) as Record<string, string>))
            path = path.replace(`{${key}}`, encodeURIComponent(value));
        const query = new URLSearchParams();
        for (const [key, value] of Object.entries((options.query ?? {}) as Record<string, unknown>))
            if (value !== undefined) query.append(key, String(value));
        const headers: Record<string, string> = {};
        if (this.token) headers.Authorization = `Bearer ${this.token}`;
        if (options.body !== undefined) headers["Content-Type"] = "application/json";
        const init: RequestInit = { method: r.method, headers };
        if (options.body !== undefined) init.body = JSON.stringify(options.body);
        const response = await fetch(`${this.base}${path}${query.size ? "?" + query : ""}`, init);
        const json: unknown = await response.json();
        if (!response.ok) throw new ApiError(response.status, json as Schemas["Error"]);
        return json as Checked<Success<O>>;
    }

    async signIn(login: string, password: string): Promise<Schemas["User"]> {
        const session = await this.call(routes.login, { body: { login, password } });
        this.token = session.access_token;
        return session.user;
    }
}

// --- chat -------------------------------------------------------------------------------------
async function chat(api: Client, friendId: string): Promise<string> {
    const group = await api.call(routes.createConversation, {
        body: { kind: "group", title: "Suppliers", user_ids: [friendId] },
    });
    const direct = await api.call(routes.createConversation, { body: { kind: "direct", user_id: friendId } });
    const kind: "direct" | "group" = direct.kind;
    const sent = await api.call(routes.postMessage, {
        path: { id: group.id },
        body: { body: "Hello", reply_to: "" },
    });
    const seq: number = sent.seq;
    const page = await api.call(routes.listMessages, { path: { id: group.id }, query: { limit: 20, before_seq: seq + 1 } });
    const lines = page.messages.map((m) => `${m.author.username}: ${m.removed ? "(removed)" : m.body}`);
    const { conversations } = await api.call(routes.listConversations);
    const unread = conversations.reduce((n, c) => n + c.unread, 0);
    const readers = conversations.flatMap((c) => c.members.filter((m) => m.read_seq >= c.last_seq));
    // @ts-expect-error a conversation has no `owner` (the schema is closed)
    void group.owner;
    // @ts-expect-error a direct conversation needs user_id
    void api.call(routes.createConversation, { body: { kind: "direct" } });
    return `${kind} ${lines.join("\n")} ${unread} ${readers.length}`;
}

// --- commerce ---------------------------------------------------------------------------------
async function commerce(api: Client): Promise<number> {
    const page = await api.call(routes.browseCatalog, {
        query: { q: "lamp", sort: "price_asc", in_stock: true, limit: 10 },
    });
    const next: number | undefined = page.next_offset;
    let total = next ?? 0;
    for (const p of page.products) {
        const product = await api.call(routes.getProduct, { path: { id: p.id } });
        total += product.price * product.variants.reduce((n, v) => n + v.stock, 0);
        const stars = product.reviews.map((r) => r.stars);
        const thumbs = product.media.map((m) => m.thumb_url);
        const shop = await api.call(routes.getShop, { path: { id: product.shop.id } });
        const logo: string | undefined = shop.logo[0]?.url;
        total += stars.length + thumbs.length + shop.product_count + (logo ? 1 : 0);
        // @ts-expect-error prices are integers of minor units, not strings
        const price: string = product.price;
        void price;
    }
    const request = await api.call(routes.submitShopRequest, {
        body: { shop_name: "Lamps", description: "", documents: ["0".repeat(64)] },
    });
    const status: "pending" | "approved" | "rejected" = request.status;
    return total + (status === "pending" ? 1 : 0);
}

// --- admin ------------------------------------------------------------------------------------
async function admin(api: Client, requestId: string): Promise<string> {
    const stats = await api.call(routes.readStats, { query: { from: "2026-01-01", to: "2026-01-31" } });
    const eur: number = stats.totals.revenue["EUR"] ?? 0;
    const median: number | null = stats.median_resolve_ms;
    // @ts-expect-error the stats have no `users` (the schema is closed)
    void stats.users;
    const busiest = stats.days.reduce((a, b) => (b.messages > a.messages ? b : a));
    const audit = await api.call(routes.readAuditLog, { query: { action: "create_shop", limit: 10 } });
    const older: string | undefined = audit.next_before;
    const actions = audit.entries.map((e) => `${e.actor_username} ${e.action} ${e.target_type}:${e.target_id}`);
    const { users } = await api.call(routes.searchUsers, { query: { q: "ka" } });
    const first = users[0];
    if (first) {
        const record = await api.call(routes.readUserRecord, { path: { id: first.id } });
        const open = record.reports_against.filter((r) => r.status === "open").length;
        const live = record.sessions.filter((s) => s.revoked_at === null).length;
        const banned: boolean = record.user.banned;
        actions.push(`${open} ${live} ${banned} ${record.strikes.length}`);
        const shop = await api.call(routes.createShop, { body: { owner_id: first.id, name: "Lamps" } });
        actions.push(shop.id);
    }
    const decided = await api.call(routes.decideShopRequest, { path: { id: requestId }, body: { approve: true } });
    actions.push(decided.shop_id);
    // @ts-expect-error approve is a boolean
    void api.call(routes.decideShopRequest, { path: { id: requestId }, body: { approve: "yes" } });
    return `${eur} ${median} ${busiest.date} ${older} ${actions.join(",")}`;
}

// --- sync -------------------------------------------------------------------------------------
async function pull(api: Client): Promise<number> {
    const changes = await api.call(routes.syncPull, { query: { client_id: "device-0001", schema_version: 1 } });
    let n = 0;
    for (const change of changes.changes) {
        const value: string | number | boolean | undefined = change.fields?.["title"];
        if (value !== undefined) ++n;
    }
    for (const [bucket, state] of Object.entries(changes.buckets)) if (state.has_more) n += bucket.length;
    return n;
}

export async function main(base: string): Promise<void> {
    const api = new Client(base);
    const me = await api.signIn("amina", "correct-horse-battery");
    console.log(me.role, await chat(api, me.id), await commerce(api), await admin(api, me.id), await pull(api));
}
