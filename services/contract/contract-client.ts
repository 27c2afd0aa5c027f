import { expect } from 'vitest';
import type { OpenApiContract } from './openapi-validator';
import type { TestServices } from '../testing/test-services';

export interface ContractResponse<Body> {
  status: number;
  headers: Headers;
  body: Body;
}

interface SendOptions {
  body?: unknown;
  headers?: Record<string, string>;
}

/** Over the services' 64 KB body limit, as valid JSON, so only the size can be refused. */
export const OVERSIZED_BODY = JSON.stringify({ padding: 'x'.repeat(65 * 1024) });

/**
 * Sends requests to the running services and holds every answer to its document: the status
 * must be the one the scenario expects and one the operation declares, and the body and declared
 * headers must match that response's schemas. Records what was exercised, for the coverage check.
 */
export class ContractClient {
  /** `service.operationId` → the statuses seen for it. */
  readonly seen = new Map<string, Set<string>>();

  constructor(
    private readonly services: TestServices,
    private readonly contract: OpenApiContract,
  ) {}

  /**
   * `Body` is what the document declares for `expected` (the generated schema types); the check
   * below is what makes that cast honest.
   */
  async send<Body = unknown>(
    expected: number,
    method: string,
    path: string,
    options: SendOptions = {},
  ): Promise<ContractResponse<Body>> {
    const response = await this.services.request(method, path, options);
    const operation = this.contract.operationFor(method, path);
    if (!operation) throw new Error(`${method} ${path} matches no operation in openapi/*.yaml`);
    const key = `${operation.service}.${operation.operationId}`;
    const statuses = this.seen.get(key) ?? new Set<string>();
    statuses.add(String(response.status));
    this.seen.set(key, statuses);

    const call = `${method} ${path} (${key})`;
    expect(response.status, `${call} answered ${JSON.stringify(response.body)}`).toBe(expected);
    expect(
      this.contract.problems(operation, response),
      `${call} ${response.status} disagrees with openapi/${operation.service}.yaml`,
    ).toEqual([]);
    return response as ContractResponse<Body>;
  }
}
