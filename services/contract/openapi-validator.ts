import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  loadDocuments,
  type JsonSchema,
  type OpenApiDocument,
  type OperationSpec,
  type ResponseSpec,
} from './openapi-documents';

export interface ObservedResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON when the response said it is JSON, else the raw text ('' for no body). */
  body: unknown;
}

export interface ContractOptions {
  /**
   * `reject`: an object property the document does not declare is a mismatch, as if every object
   * schema without `additionalProperties` said `unevaluatedProperties: false`. The typed clients
   * are generated from the documents, so an undeclared property is invisible to them: either dead
   * weight or read around the types. `allow` is plain JSON Schema semantics.
   */
  undocumentedProperties: 'reject' | 'allow';
}

const OPEN = '.open';
const isRecord = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A copy of `node` whose objects refuse undeclared properties. An allOf branch stays open (its
 * siblings declare the rest) and the node holding the allOf is closed instead: its
 * unevaluatedProperties sees what every branch evaluated. A ref from a branch goes to the
 * referenced schema's open variant for the same reason.
 */
function closeObjects(node: unknown, isAllOfBranch = false): unknown {
  if (Array.isArray(node)) return node.map((item) => closeObjects(item));
  if (!isRecord(node)) return node;
  const copy: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'allOf' && Array.isArray(value))
      copy[key] = value.map((branch) => closeObjects(branch, true));
    else if (key === '$ref' && isAllOfBranch && typeof value === 'string') copy[key] = value + OPEN;
    else if (key === 'properties' && isRecord(value))
      copy[key] = Object.fromEntries(
        Object.entries(value).map(([name, schema]) => [name, closeObjects(schema)]),
      );
    else copy[key] = key === 'enum' || key === 'const' ? value : closeObjects(value);
  }
  const objectLike = node.type === 'object' || 'properties' in node || 'allOf' in node;
  const saysWhatElse = 'additionalProperties' in node || 'unevaluatedProperties' in node;
  if (objectLike && !saysWhatElse && !isAllOfBranch) {
    // Ajv's strict mode wants the type next to an object keyword; an allOf of objects is one.
    copy.type ??= 'object';
    copy.unevaluatedProperties = false;
  }
  return copy;
}

function createAjv(documents: OpenApiDocument[], options: ContractOptions): Ajv2020 {
  // strict: a typo'd keyword in a document fails here instead of silently checking nothing.
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  // OpenAPI 3.1's own annotation keywords next to JSON Schema's.
  ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
  const close = options.undocumentedProperties === 'reject';
  for (const { id, schemas } of documents) {
    const defs: JsonSchema = {};
    for (const [name, schema] of Object.entries(schemas)) {
      defs[name] = close ? closeObjects(schema) : schema;
      defs[name + OPEN] = close ? closeObjects(schema, true) : schema;
    }
    ajv.addSchema({ $id: id, $defs: defs });
  }
  return ajv;
}

function describeErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const params = Object.entries(error.params)
      .filter(([key]) => key !== 'passingSchemas')
      .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
      .join(' ');
    return `${where}${error.instancePath || '/'} ${error.message ?? error.keyword} (${params})`;
  });
}

function matcher(template: string): RegExp {
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The responses the `openapi/*.yaml` documents declare, checked against real ones. */
export class OpenApiContract {
  readonly operations: OperationSpec[];
  private readonly ajv: Ajv2020;
  private readonly close: boolean;
  private readonly validators = new WeakMap<JsonSchema, ValidateFunction>();
  private readonly routes: Array<{ operation: OperationSpec; pattern: RegExp; literals: number }>;

  constructor(documents: OpenApiDocument[], options: ContractOptions) {
    this.operations = documents.flatMap((document) => document.operations);
    this.ajv = createAjv(documents, options);
    this.close = options.undocumentedProperties === 'reject';
    this.routes = this.operations
      .map((operation) => ({
        operation,
        pattern: matcher(operation.template),
        literals: operation.template.split('/').filter((part) => !part.startsWith('{')).length,
      }))
      // /checkout/orders/lookup must win over /checkout/orders/{orderId}.
      .sort((a, b) => b.literals - a.literals);
    // Compile every schema now: a document the validator cannot read fails at load, not mid-test.
    for (const operation of this.operations)
      for (const response of Object.values(operation.responses))
        for (const schema of [
          ...Object.values(response.content),
          ...Object.values(response.headers),
        ])
          if (schema) this.validator(schema);
  }

  static load(options: ContractOptions): OpenApiContract {
    return new OpenApiContract(loadDocuments(), options);
  }

  operationFor(method: string, path: string): OperationSpec | undefined {
    const pathname = path.split('?')[0] ?? path;
    return this.routes.find(
      (route) => route.operation.method === method && route.pattern.test(pathname),
    )?.operation;
  }

  /** What is wrong with `response` as an answer of `operation`; empty when the document allows it. */
  problems(operation: OperationSpec, response: ObservedResponse): string[] {
    const { status } = response;
    const declared = operation.responses;
    const spec = declared[String(status)] ?? declared[`${String(status)[0]}XX`] ?? declared.default;
    if (!spec) return [`status ${status} is not declared (${Object.keys(declared).join(', ')})`];
    return [...this.bodyProblems(spec, response), ...this.headerProblems(spec, response)];
  }

  private bodyProblems(spec: ResponseSpec, { headers, body }: ObservedResponse): string[] {
    const contentType = headers.get('content-type');
    const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
    if (Object.keys(spec.content).length === 0)
      return body === '' ? [] : [`declares no body, got ${contentType ?? 'an untyped body'}`];
    if (mediaType === undefined || !(mediaType in spec.content))
      return [`content-type ${contentType} is not declared (${Object.keys(spec.content)})`];
    const schema = spec.content[mediaType];
    if (!schema) return [];
    const validate = this.validator(schema);
    return validate(body) ? [] : describeErrors('body', validate.errors);
  }

  private headerProblems(spec: ResponseSpec, { headers }: ObservedResponse): string[] {
    return Object.entries(spec.headers).flatMap(([name, schema]) => {
      const value = headers.get(name);
      if (value === null || !schema) return [];
      const validate = this.validator(schema);
      return validate(value) ? [] : describeErrors(`header ${name}`, validate.errors);
    });
  }

  private validator(schema: JsonSchema): ValidateFunction {
    let validate = this.validators.get(schema);
    if (!validate) {
      validate = this.ajv.compile(this.close ? (closeObjects(schema) as JsonSchema) : schema);
      this.validators.set(schema, validate);
    }
    return validate;
  }
}
