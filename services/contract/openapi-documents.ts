import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A JSON Schema as the documents write it; only the keys this module rewrites are named. */
export type JsonSchema = { [key: string]: unknown };

export interface ResponseSpec {
  /** Media type (e.g. application/json) → its schema; empty when the response has no body. */
  content: Record<string, JsonSchema | undefined>;
  headers: Record<string, JsonSchema | undefined>;
}

export interface OperationSpec {
  /** The document's file name without .yaml, e.g. `cart`. */
  service: string;
  operationId: string;
  method: string;
  template: string;
  /** Status code (or `default`, `4XX`) → response, with `#/components/responses` refs resolved. */
  responses: Record<string, ResponseSpec>;
}

export interface OpenApiDocument {
  service: string;
  /** The `$id` its component schemas are registered under, so refs resolve across compiles. */
  id: string;
  schemas: Record<string, JsonSchema>;
  operations: OperationSpec[];
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function record(value: unknown, where: string): Record<string, unknown> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new Error(`${where} is not an object`);
  return value;
}

/** Follows one local `$ref` (e.g. to `#/components/responses/E404`) inside the document. */
function deref(document: Record<string, unknown>, node: unknown, where: string): unknown {
  if (!isRecord(node) || typeof node.$ref !== 'string') return node;
  const ref = node.$ref;
  if (!ref.startsWith('#/')) throw new Error(`${where}: only local refs are supported, got ${ref}`);
  let target: unknown = document;
  for (const part of ref.slice(2).split('/')) target = isRecord(target) ? target[part] : undefined;
  if (target === undefined) throw new Error(`${where}: ${ref} does not resolve`);
  return deref(document, target, ref);
}

/**
 * Points schema refs at the document's registered `$defs`, so Ajv resolves them without the rest
 * of the OpenAPI document (which is not a JSON Schema). Any other ref is refused loudly: the
 * validator would otherwise fail later with a less helpful message.
 */
function rewriteRefs(node: unknown, id: string): unknown {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, id));
  if (!isRecord(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key !== '$ref' || typeof value !== 'string') return [key, rewriteRefs(value, id)];
      const match = /^#\/components\/schemas\/([\w.-]+)$/.exec(value);
      if (!match) throw new Error(`${id}: unsupported schema ref ${value}`);
      return [key, `${id}#/$defs/${match[1]}`];
    }),
  );
}

function responseSpec(
  document: Record<string, unknown>,
  raw: unknown,
  id: string,
  where: string,
): ResponseSpec {
  const response = record(deref(document, raw, where), where);
  const schemas = (entries: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(entries).map(([name, value]) => {
        const schema = record(deref(document, value, `${where} ${name}`), where).schema;
        return [name, schema === undefined ? undefined : (rewriteRefs(schema, id) as JsonSchema)];
      }),
    );
  return {
    content: schemas(record(response.content, `${where} content`)),
    headers: schemas(record(response.headers, `${where} headers`)),
  };
}

function loadDocument(directory: URL, file: string): OpenApiDocument {
  const service = file.replace(/\.yaml$/, '');
  const document = record(parse(readFileSync(new URL(file, directory), 'utf8')), file);
  // 3.1 writes nullability as type: [x, 'null'], which is plain JSON Schema; a 3.0 document's
  // `nullable` would need translating, so it is refused rather than half-checked.
  if (typeof document.openapi !== 'string' || !document.openapi.startsWith('3.1.')) {
    throw new Error(`${file}: expected an OpenAPI 3.1 document, got ${String(document.openapi)}`);
  }
  const id = `https://contract.invalid/${file}`;
  const components = record(document.components, `${file} components`);
  const schemas = rewriteRefs(record(components.schemas, `${file} schemas`), id) as Record<
    string,
    JsonSchema
  >;
  const operations: OperationSpec[] = [];
  for (const [template, item] of Object.entries(record(document.paths, `${file} paths`))) {
    for (const [method, raw] of Object.entries(record(item, `${file} ${template}`))) {
      if (!METHODS.includes(method)) continue;
      const operation = record(raw, `${file} ${method} ${template}`);
      const where = `${file} ${method.toUpperCase()} ${template}`;
      if (typeof operation.operationId !== 'string') throw new Error(`${where}: no operationId`);
      const responses = Object.entries(record(operation.responses, `${where} responses`));
      operations.push({
        service,
        operationId: operation.operationId,
        method: method.toUpperCase(),
        template,
        responses: Object.fromEntries(
          responses.map(([status, response]) => [
            status,
            responseSpec(document, response, id, `${where} ${status}`),
          ]),
        ),
      });
    }
  }
  return { service, id, schemas, operations };
}

/** Every `openapi/*.yaml` document, in file-name order. */
export function loadDocuments(
  directory = new URL('../../openapi/', import.meta.url),
): OpenApiDocument[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => loadDocument(directory, file));
}
