import { HttpError } from './errors';
import type { Route } from './types';

interface CompiledRoute {
  route: Route;
  segments: Array<{ literal: string } | { param: string }>;
}

export type RouteMatch = { route: Route; params: Record<string, string> };

export class Router {
  private readonly compiled: CompiledRoute[] = [];

  constructor(routes: Route[]) {
    for (const route of routes) {
      const segments = splitPath(route.template).map((segment) => {
        const param = /^\{(\w+)\}$/.exec(segment)?.[1];
        return param ? { param } : { literal: segment };
      });
      this.compiled.push({ route, segments });
    }
  }

  /** Returns the match, or throws 404/405 as an HttpError. */
  match(method: string, path: string): RouteMatch {
    const parts = splitPath(path);
    const allowed: string[] = [];
    for (const candidate of this.compiled) {
      const params = matchSegments(candidate.segments, parts);
      if (!params) continue;
      if (candidate.route.method === method) return { route: candidate.route, params };
      allowed.push(candidate.route.method);
    }
    if (allowed.length > 0) {
      throw new HttpError(
        405,
        'method_not_allowed',
        `Use ${allowed.join(', ')} for ${path}`,
        {},
        { allow: allowed.join(', ') },
      );
    }
    // Never the path itself: an error message is no place to echo a caller's raw input.
    throw new HttpError(404, 'not_found', `No ${method} route for this path`);
  }
}

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment.length > 0);
}

function matchSegments(
  segments: CompiledRoute['segments'],
  parts: string[],
): Record<string, string> | null {
  if (segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of segments.entries()) {
    const part = parts[index] ?? '';
    if ('literal' in segment) {
      if (segment.literal !== part) return null;
      continue;
    }
    let value: string;
    try {
      value = decodeURIComponent(part);
    } catch {
      throw new HttpError(400, 'invalid_path', `Malformed percent-encoding in {${segment.param}}`);
    }
    // No id, slug or token has one, and a NUL is text PostgreSQL refuses to compare with.
    if (CONTROL_CHARACTER.test(value))
      throw new HttpError(400, 'invalid_path', `{${segment.param}} contains a control character`);
    params[segment.param] = value;
  }
  return params;
}
