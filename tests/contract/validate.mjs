#!/usr/bin/env node
// Checks every HTTP exchange that the API tests recorded (SOUK_API_RECORD, see
// tests/support/HttpClient.cpp) against docs/api/openapi.yaml:
//  * the path and method are an operation of the spec (or the answer is the router's own
//    404 route_not_found / 405 method_not_allowed, or a 400/408/411/413/431 of the guard);
//  * the status is documented for that operation;
//  * the Content-Type is one the spec lists for that status (no body where it lists none);
//  * a JSON body validates against the response schema (Ajv, all errors, formats).
// It also refuses a spec whose response schemas leave an object open (no
// `additionalProperties`), so that an unknown property in an answer always fails.
//
// usage: node validate.mjs <openapi.yaml> <record dir or .jsonl file>... [--min-exchanges N]
import fs from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const args = process.argv.slice(2);
let minExchanges = 1;
const inputs = [];
for (let i = 0; i < args.length; ++i) {
    if (args[i] === "--min-exchanges") minExchanges = Number(args[++i]);
    else inputs.push(args[i]);
}
if (inputs.length < 2) {
    console.error("usage: node validate.mjs <openapi.yaml> <record dir or .jsonl>... [--min-exchanges N]");
    process.exit(2);
}
const specFile = inputs.shift();

// Dereference a copy; keep the original to name schemas in messages.
const spec = await SwaggerParser.dereference(specFile);

const failures = [];
const fail = (message) => failures.push(message);

// --- 1. The spec itself: every object schema reachable from a response is closed. ---
function checkClosed(schema, where, seen = new Set()) {
    if (!schema || typeof schema !== "object" || seen.has(schema)) return;
    seen.add(schema);
    const isObject = schema.type === "object" || (schema.properties && !schema.type);
    if (isObject && !("additionalProperties" in schema) && !schema.allOf && !schema.oneOf && !schema.anyOf)
        fail(`spec: ${where} is an object schema without additionalProperties (unknown properties would pass)`);
    if (isObject && schema.additionalProperties === true && !schema.description)
        fail(`spec: ${where} allows any property (additionalProperties: true) without a description saying why`);
    for (const [key, value] of Object.entries(schema.properties ?? {})) checkClosed(value, `${where}.${key}`, seen);
    if (schema.items) checkClosed(schema.items, `${where}[]`, seen);
    if (schema.additionalProperties && typeof schema.additionalProperties === "object")
        checkClosed(schema.additionalProperties, `${where}{*}`, seen);
    for (const k of ["allOf", "oneOf", "anyOf"])
        (schema[k] ?? []).forEach((s, i) => checkClosed(s, `${where}.${k}[${i}]`, seen));
}

const methods = ["get", "put", "post", "patch", "delete", "head", "options"];
const operations = [];
for (const [template, item] of Object.entries(spec.paths)) {
    const pattern = new RegExp(
        "^" + template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}/]+\}/g, "[^/]+") + "$");
    for (const method of methods) {
        const operation = item[method];
        if (!operation) continue;
        operations.push({ template, method: method.toUpperCase(), pattern, operation, seen: new Map() });
        for (const [status, response] of Object.entries(operation.responses ?? {}))
            for (const [type, media] of Object.entries(response.content ?? {}))
                if (type.includes("json"))
                    checkClosed(media.schema, `${operation.operationId} ${status} ${type}`);
        const body = operation.requestBody?.content?.["application/json"]?.schema;
        if (body) checkClosed(body, `${operation.operationId} request body`);
    }
}

// --- 2. The recorded exchanges. ---
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
addFormats(ajv);
const compiled = new Map();
function validator(schema) {
    if (!compiled.has(schema)) compiled.set(schema, ajv.compile(schema));
    return compiled.get(schema);
}

function recordFiles(input) {
    if (!fs.existsSync(input)) return [];
    if (fs.statSync(input).isDirectory())
        return fs.readdirSync(input).filter((f) => f.endsWith(".jsonl")).sort().map((f) => path.join(input, f));
    return [input];
}

const errorSchema = spec.components.schemas.Error;
// Answers that come before routing (the connection guard) or from the router itself.
const unroutedStatuses = new Set([400, 404, 405, 408, 411, 413, 429, 431]);

let exchanges = 0;
for (const input of inputs) {
    for (const file of recordFiles(input)) {
        const lines = fs.readFileSync(file, "utf8").split("\n").filter(Boolean);
        lines.forEach((text, index) => {
            const where = `${path.basename(file)}:${index + 1}`;
            let x;
            try {
                x = JSON.parse(text);
            } catch {
                fail(`${where}: not a JSON line`);
                return;
            }
            ++exchanges;
            const label = `${where}: ${x.method} ${x.path}${x.query ? "?" + x.query : ""} -> ${x.status}`;
            const method = x.method === "HEAD" ? "GET" : x.method;
            const candidates = operations.filter((o) => o.pattern.test(x.path));
            // A literal segment wins over a template ("/a/b" over "/a/{id}").
            candidates.sort((a, b) => (a.template.match(/\{/g) ?? []).length - (b.template.match(/\{/g) ?? []).length);
            const op = candidates.find((o) => o.method === method);
            if (!op) {
                const expected = candidates.length ? 405 : 404;
                if (!unroutedStatuses.has(x.status))
                    fail(`${label}: no operation ${method} ${x.path} in the spec (expected an unrouted ${expected})`);
                else if (x.body !== undefined && !validator(errorSchema)(x.body))
                    fail(`${label}: the unrouted answer is not an Error: ${ajv.errorsText(validator(errorSchema).errors)}`);
                return;
            }
            const key = String(x.status);
            const response = op.operation.responses[key] ?? op.operation.responses[key[0] + "XX"] ?? op.operation.responses.default;
            op.seen.set(key, (op.seen.get(key) ?? 0) + 1);
            const id = op.operation.operationId;
            if (!response) {
                fail(`${label}: status ${x.status} is not documented for ${id}`);
                return;
            }
            const content = response.content ?? {};
            const types = Object.keys(content);
            const type = (x.content_type ?? "").split(";")[0].trim().toLowerCase();
            if (x.method === "HEAD" || x.status === 304) return; // no body, by definition
            if (types.length === 0) {
                if (x.body_bytes > 0) fail(`${label}: ${id} documents no body for ${x.status}, got ${x.body_bytes} bytes of ${type}`);
                return;
            }
            if (!types.includes(type)) {
                fail(`${label}: ${id} ${x.status} is documented as ${types.join(", ")}, got "${x.content_type}"`);
                return;
            }
            if (!type.includes("json")) return;
            if (x.body === undefined) {
                fail(`${label}: ${id} ${x.status}: the body is not JSON`);
                return;
            }
            const validate = validator(content[type].schema ?? {});
            if (!validate(x.body)) {
                const details = validate.errors.slice(0, 8)
                    .map((e) => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`)
                    .join("; ");
                fail(`${label}: ${id} ${x.status} body does not match the spec: ${details}\n    body: ${JSON.stringify(x.body).slice(0, 400)}`);
            }
        });
    }
}

if (exchanges < minExchanges)
    fail(`only ${exchanges} exchanges recorded (at least ${minExchanges} expected): did the API tests run with SOUK_API_RECORD?`);

// Coverage, for information: operations and statuses the tests exercised.
const unexercised = operations.filter((o) => o.seen.size === 0).map((o) => o.operation.operationId);
const statuses = operations.reduce((n, o) => n + o.seen.size, 0);
console.log(`${exchanges} exchanges checked; ${operations.length - unexercised.length}/${operations.length} operations and ${statuses} operation statuses exercised`);
if (unexercised.length) console.log(`not exercised: ${unexercised.join(", ")}`);

if (failures.length) {
    const shown = failures.slice(0, 60);
    for (const f of shown) console.error("FAIL " + f);
    if (failures.length > shown.length) console.error(`... and ${failures.length - shown.length} more`);
    console.error(`${failures.length} contract failures`);
    process.exit(1);
}
console.log("all recorded answers match docs/api/openapi.yaml");
